import type { Json } from '../../json';

/** Image tag as `parsers.ParseImageName` sees it: `latest` when neither tag nor digest is given. */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  if (colon > slash) return noDigest.slice(colon + 1);
  return at >= 0 ? '' : 'latest';
}

/** `SetDefaults_Probe` and its handler. */
function defaultProbe(p: Json): void {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (p.httpGet) {
    if (!p.httpGet.path) p.httpGet.path = '/';
    if (!p.httpGet.scheme) p.httpGet.scheme = 'HTTP';
  }
}

function defaultContainer(c: Json): void {
  if (!c || typeof c !== 'object') return;
  // an image that does not parse (or none) has no tag: IfNotPresent
  if (!c.imagePullPolicy) c.imagePullPolicy = typeof c.image === 'string' && c.image && imageTag(c.image) === 'latest' ? 'Always' : 'IfNotPresent';
  c.terminationMessagePath ||= '/dev/termination-log';
  c.terminationMessagePolicy ||= 'File';
  // ResourceRequirements is a struct, always serialized
  c.resources ??= {};
  for (const p of c.ports ?? []) if (p && !p.protocol) p.protocol = 'TCP';
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  for (const h of [c.lifecycle?.postStart, c.lifecycle?.preStop]) if (h?.httpGet && !h.httpGet.scheme) h.httpGet.scheme = 'HTTP';
  for (const e of c.env ?? []) {
    if (e?.valueFrom?.fieldRef && !e.valueFrom.fieldRef.apiVersion) e.valueFrom.fieldRef.apiVersion = 'v1';
  }
  // requests default to limits (SetDefaults_Pod does it for pods; templates get it when the pod is created)
}

/** `defaultMode: 0644` for secret, configMap, downwardAPI and projected volumes. */
function defaultVolume(v: Json): void {
  if (!v || typeof v !== 'object') return;
  const sources = Object.keys(v).filter((k) => k !== 'name');
  if (sources.length === 0) v.emptyDir = {};
  for (const k of ['secret', 'configMap', 'downwardAPI', 'projected']) if (v[k]) v[k].defaultMode ??= 420;
  if (v.hostPath) v.hostPath.type ??= '';
  for (const item of v.downwardAPI?.items ?? []) if (item?.fieldRef && !item.fieldRef.apiVersion) item.fieldRef.apiVersion = 'v1';
}

/** `SetDefaults_PodSpec` plus the container, probe, port and volume defaults beneath it. */
function defaultPodSpec(spec: Json): void {
  if (!spec || typeof spec !== 'object') return;
  spec.dnsPolicy ||= 'ClusterFirst';
  spec.restartPolicy ||= 'Always';
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= 'default-scheduler';
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
  if (spec.hostNetwork) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const p of c?.ports ?? []) if (p && !p.hostPort) p.hostPort = p.containerPort;
    }
  }
}

/** `SetDefaults_Pod`: requests from limits, enableServiceLinks, then the spec. */
export function defaultPod(pod: Json): void {
  const spec = pod.spec;
  if (!spec || typeof spec !== 'object') return;
  for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    const limits = c?.resources?.limits;
    if (!limits) continue;
    c.resources.requests ??= {};
    for (const [k, v] of Object.entries(limits)) c.resources.requests[k] ??= v;
  }
  spec.enableServiceLinks ??= true;
  defaultPodSpec(spec);
}

/** Template defaults: PodTemplateSpec gets the spec defaults (not the Pod-level ones). */
export function defaultTemplate(tpl: Json): void {
  if (tpl && typeof tpl === 'object') defaultPodSpec(tpl.spec);
}

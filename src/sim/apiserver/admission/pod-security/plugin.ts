import type { KObject } from '../../../types';
import type { AdmissionContext, AdmissionPlugin } from '../../apiserver';
import { invalid } from '../../errors';
import { admissionForbidden } from '../forbidden';
import { evaluate, formatViolations, labelErrors, LABEL_PREFIX, modePolicy, policyString, type LevelVersion } from './policy';

/** Resources whose pod template PodSecurity checks (warn and audit only: their pods are enforced on creation). */
const WORKLOADS: Record<string, (o: KObject) => KObject | undefined> = {
  'deployments.apps': (o) => o.spec?.template,
  'replicasets.apps': (o) => o.spec?.template,
  'statefulsets.apps': (o) => o.spec?.template,
  'daemonsets.apps': (o) => o.spec?.template,
  replicationcontrollers: (o) => o.spec?.template,
  'jobs.batch': (o) => o.spec?.template,
  'cronjobs.batch': (o) => o.spec?.jobTemplate?.spec?.template,
  podtemplates: (o) => o.template,
};

function namespaceLabels(ctx: AdmissionContext, ns: string | undefined): Record<string, string> {
  return (ns && ctx.api.tryGet('namespaces', undefined, ns)?.metadata.labels) || {};
}

/** A pod or pod template: the checks read its spec and (AppArmor) its annotations. */
function podWarnings(ctx: AdmissionContext, pod: KObject, labels: Record<string, string>, enforce?: LevelVersion): void {
  const warn = modePolicy(labels, 'warn');
  const seen = new Set<string>();
  for (const p of [enforce, warn]) {
    if (!p || p.level === 'privileged' || seen.has(policyString(p))) continue;
    seen.add(policyString(p));
    const vs = evaluate(p.level, pod.spec, pod.metadata, p.version);
    if (vs.length) ctx.warn(`would violate PodSecurity "${policyString(p)}": ${formatViolations(vs)}`);
  }
}

/** After an enforce label change: which existing pods break the new level (grouped by identical reasons). */
function existingPodWarnings(ctx: AdmissionContext, ns: string, p: LevelVersion): void {
  const groups = new Map<string, string[]>();
  for (const pod of ctx.api.list('pods', ns)) {
    const vs = evaluate(p.level, pod.spec, pod.metadata, p.version);
    if (!vs.length) continue;
    const key = vs.map((v) => v.reason).join(', ');
    groups.set(key, [...(groups.get(key) ?? []), pod.metadata.name!]);
  }
  if (!groups.size) return;
  ctx.warn(`existing pods in namespace "${ns}" violate the new PodSecurity enforce level "${policyString(p)}"`);
  for (const [reasons, pods] of groups) {
    const others = pods.length - 1;
    ctx.warn(others ? `${pods[0]} (and ${others} other ${others === 1 ? 'pod' : 'pods'}): ${reasons}` : `${pods[0]}: ${reasons}`);
  }
}

/**
 * Pod Security Admission (built in since v1.25, in place of PodSecurityPolicy): the namespace's
 * `pod-security.kubernetes.io/<mode>` labels choose privileged, baseline or restricted. `enforce`
 * rejects a pod that violates the level, `warn` returns warnings, `audit` only annotates the audit log.
 */
export const podSecurityPlugin: AdmissionPlugin = {
  name: 'PodSecurity',
  phase: 'admit',
  run(obj, ctx) {
    const key = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    if (key === 'namespaces') return admitNamespace(obj, ctx);
    if (ctx.subresource) return;
    if (key === 'pods') {
      // updates of a running pod can change only images and tolerations: not re-checked here
      if (ctx.op !== 'CREATE') return;
      const labels = namespaceLabels(ctx, obj.metadata.namespace);
      if (!Object.keys(labels).some((k) => k.startsWith(LABEL_PREFIX))) return;
      const enforce = modePolicy(labels, 'enforce');
      if (enforce.level !== 'privileged') {
        const vs = evaluate(enforce.level, obj.spec, obj.metadata, enforce.version);
        if (vs.length) throw admissionForbidden(ctx.rt, obj, `violates PodSecurity "${policyString(enforce)}": ${formatViolations(vs)}`);
      }
      podWarnings(ctx, obj, labels);
      return;
    }
    const template = WORKLOADS[key];
    if (!template) return;
    const labels = namespaceLabels(ctx, obj.metadata.namespace);
    const t = template(obj);
    if (t?.spec) podWarnings(ctx, t, labels, modePolicy(labels, 'enforce'));
  },
};

function admitNamespace(obj: KObject, ctx: AdmissionContext): void {
  const labels = obj.metadata?.labels ?? {};
  const errs = labelErrors(labels);
  if (errs.length) throw invalid(ctx.rt, obj.metadata.name ?? '', errs);
  if (ctx.op !== 'UPDATE') return;
  const before = policyString(modePolicy(ctx.old?.metadata.labels, 'enforce'));
  const now = modePolicy(labels, 'enforce');
  if (policyString(now) === before || now.level === 'privileged') return;
  existingPodWarnings(ctx, obj.metadata.name!, now);
}

/** `kubectl expose (-f FILE | TYPE NAME) [--port=port] [--target-port=..] [--type=..] [--name=..]`. */
import { setOwn } from '../../../sim/own';
import type { ResourceType } from '../../../sim/apiserver/resources';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import type { CommandDef } from '../../command';
import { dryRunOf, errorWithSource, FILENAME_FLAGS, opLine } from '../write/common';
import { GENERATOR_FLAGS } from '../write/generate';
import { applyOverrides, OVERRIDE_FLAGS } from '../write/overrides';
import { flatReaderErrors, loadInfos } from '../write/sources';
import { selectTargets } from '../write/targets';

export const exposeCommands: CommandDef[] = [];

const USAGE = "\nSee 'kubectl expose -h' for help and examples";
const EXPOSABLE = new Set(['Pod', 'Service', 'ReplicationController', 'Deployment.apps', 'ReplicaSet.apps']);

const groupKind = (rt: ResourceType) => (rt.group ? `${rt.kind}.${rt.group}` : rt.kind);

/** MapBasedSelectorForObject: the pod selector a service for this object should use. */
function selectorFor(obj: KObject): Record<string, string> {
  switch (obj.kind) {
    case 'Pod':
      if (!obj.metadata.labels || Object.keys(obj.metadata.labels).length === 0) throw new Error('the pod has no labels and cannot be exposed');
      return { ...obj.metadata.labels };
    case 'Service':
      if (!obj.spec?.selector) throw new Error('the service has no pod selector set');
      return { ...obj.spec.selector };
    case 'ReplicationController':
      return { ...(obj.spec?.selector ?? {}) };
    default: {
      const sel = obj.spec?.selector ?? {};
      if (sel.matchExpressions?.length) {
        throw new Error(`couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}", to map: operator "${sel.matchExpressions[0].operator}" cannot be converted into the old label selector format`);
      }
      return { ...(sel.matchLabels ?? {}) };
    }
  }
}

function containersOf(obj: KObject): KObject[] {
  const spec = obj.kind === 'Pod' ? obj.spec : obj.spec?.template?.spec;
  return spec?.containers ?? [];
}

/** PortsForObject and ProtocolsForObject: container ports (or a service's ports) and their protocols. */
function portsFor(obj: KObject): { ports: string[]; protocols: Map<string, string> } {
  const protocols = new Map<string, string>();
  const ports: string[] = [];
  const list: KObject[] = obj.kind === 'Service' ? (obj.spec?.ports ?? []) : containersOf(obj).flatMap((c) => c.ports ?? []);
  for (const p of list) {
    const n = String(obj.kind === 'Service' ? p.port : p.containerPort);
    ports.push(n);
    protocols.set(n, p.protocol ?? 'TCP');
  }
  return { ports, protocols };
}

/** `a=b,c=d` (kubectl's ParseLabels). */
function parseLabelPairs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const kv = pair.split('=');
    if (kv.length !== 2 || !kv[0]) throw new KubectlError(`invalid label spec: ${pair}`);
    out[kv[0]] = kv[1];
  }
  return out;
}

function sortKeysDeep<T>(v: T): T {
  if (Array.isArray(v)) return v.map(sortKeysDeep) as T;
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) setOwn(o, k, sortKeysDeep((v as Record<string, unknown>)[k]));
    return o as T;
  }
  return v;
}

/** The Service kubectl expose generates for an object (service generator v2 semantics). */
function generateExposeService(obj: KObject, rt: ResourceType, p: ParsedArgs): KObject {
  const flag = (n: string) => (p.flags[n] as string | undefined) || undefined;
  let selector: Record<string, string>;
  if (flag('selector')) selector = parseLabelPairs(flag('selector')!);
  else {
    try {
      selector = selectorFor(obj);
    } catch (e) {
      throw new KubectlError(`couldn't retrieve selectors via --selector flag or introspection: ${(e as Error).message}${USAGE}`);
    }
  }
  const headless = flag('cluster-ip') === 'None';
  let portStrings: string[];
  const { ports: found, protocols } = portsFor(obj);
  if (flag('port')) portStrings = [flag('port')!];
  else {
    if (found.length === 0 && !headless) throw new KubectlError(`couldn't find port via --port flag or introspection${USAGE}`);
    portStrings = found;
  }
  const protocolFlag = flag('protocol');
  const targetFlag = flag('target-port') ?? flag('container-port');
  const ports = portStrings.map((s, i) => {
    if (!/^\d+$/.test(s)) throw new KubectlError(`strconv.Atoi: parsing ${JSON.stringify(s)}: invalid syntax`);
    const port = Number(s);
    const sp: Record<string, unknown> = { port, protocol: protocolFlag ?? protocols.get(s) ?? 'TCP' };
    if (portStrings.length > 1) sp.name = `port-${i + 1}`;
    sp.targetPort = targetFlag === undefined ? port : /^\d+$/.test(targetFlag) ? Number(targetFlag) : targetFlag;
    return sp;
  });
  const name = (flag('name') ?? obj.metadata.name!).slice(0, 63);
  const labels = flag('labels') ? parseLabelPairs(flag('labels')!) : obj.metadata.labels;
  const spec: Record<string, unknown> = { selector };
  if (ports.length) spec.ports = ports;
  if (flag('external-ip')) spec.externalIPs = [flag('external-ip')];
  if (flag('type')) spec.type = flag('type');
  if (spec.type === 'LoadBalancer' && flag('load-balancer-ip')) spec.loadBalancerIP = flag('load-balancer-ip');
  if (flag('session-affinity')) spec.sessionAffinity = flag('session-affinity');
  if (flag('cluster-ip')) spec.clusterIP = flag('cluster-ip');
  const metadata: Record<string, unknown> = { name };
  if (labels && Object.keys(labels).length) metadata.labels = { ...labels };
  void rt;
  return sortKeysDeep({ apiVersion: 'v1', kind: 'Service', metadata, spec, status: { loadBalancer: {} } }) as KObject;
}

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const dry = dryRunOf(p);
  const output = p.flags.output as string | undefined;
  if (output && output !== 'name' && !NON_TABLE_FORMATS.includes(output.split('=')[0])) {
    throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${NON_TABLE_FORMATS.join(',')}`);
  }
  const items: { rt: ResourceType; obj: KObject }[] = [];
  // per-object errors: text, or an API error with its source (both forms the builder hands back)
  const errors: unknown[] = [];
  if (((p.flags.filename as string[] | undefined) ?? []).length) {
    if (p.args.length) throw new KubectlError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
    const loaded = loadInfos(p, ctx, ctx.namespace, p.set.has('namespace'));
    errors.push(...flatReaderErrors(loaded));
    for (const info of loaded.infos) items.push({ rt: info.rt, obj: { ...info.obj, metadata: { ...info.obj.metadata, namespace: info.namespace } } });
  } else {
    if (p.args.length === 0) {
      throw new KubectlError(`You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`);
    }
    const sel = selectTargets(p, ctx, { args: p.args, requireObject: true });
    errors.push(...sel.errors);
    for (const t of sel.targets) items.push({ rt: t.rt, obj: t.obj! });
  }
  for (const { rt, obj } of items) {
    if (!EXPOSABLE.has(groupKind(rt))) throw new KubectlError(`cannot expose a ${groupKind(rt)}`);
    const svc = applyOverrides(generateExposeService(obj, rt, p), p);
    let result = svc;
    if (dry !== 'client') {
      result = ctx.cluster.api.create(structuredClone(svc), { dryRun: dry === 'server', namespace: ctx.namespace, user: ctx.user });
    }
    if (output && output !== 'name') out.write(printObjects([result], output, { allowedFormats: NON_TABLE_FORMATS, keepKeyOrder: dry === 'client' }));
    else out.line(opLine(result, 'exposed', dry, output));
  }
  for (const e of errors) out.fail(typeof e === 'string' ? e : errorWithSource((e as { e: unknown }).e, (e as { verb: string }).verb, (e as { source?: string }).source));
}

exposeCommands.push({
  path: ['expose'],
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  flags: [
    ...GENERATOR_FLAGS,
    ...FILENAME_FLAGS,
    { name: 'port', type: 'string' },
    { name: 'target-port', type: 'string' },
    { name: 'container-port', type: 'string' },
    { name: 'type', type: 'string' },
    { name: 'name', type: 'string' },
    { name: 'protocol', type: 'string' },
    { name: 'selector', type: 'string' },
    { name: 'external-ip', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'load-balancer-ip', type: 'string' },
    { name: 'session-affinity', type: 'string' },
    { name: 'cluster-ip', type: 'string' },
    ...OVERRIDE_FLAGS,
    { name: 'record', type: 'bool' },
  ],
  run,
});

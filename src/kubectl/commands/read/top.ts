/** `kubectl top node|pod`: metrics.k8s.io read through the API server, printed as kubectl v1.34's metricsutil does. */
import { goDuration } from '../../../sim/duration';
import { nodeMetrics, podMetrics } from '../../../sim/apiserver/metrics-api';
import { selectorFromString } from '../../../sim/labels';
import { bytes, milliCpu } from '../../../sim/quantity';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { tabwrite } from '../../printers/tabwriter';
import type { CommandDef } from '../../command';
import { fieldSelectorFor } from './fieldselector';
import { RESOURCES } from '../../../sim/apiserver/resources';

export const topCommands: CommandDef[] = [];

const TOP_HELP = `Display resource (CPU/memory) usage.

 This command provides a view of recent resource consumption for nodes and pods. It fetches metrics from the Metrics Server, which aggregates this data from the kubelet on each node. The Metrics Server must be installed and running in the cluster for this command to work.

 The metrics shown are specifically optimized for Kubernetes autoscaling decisions, such as those made by the Horizontal Pod Autoscaler (HPA) and Vertical Pod Autoscaler (VPA). Because of this, the values may not match those from standard OS tools like 'top', as the metrics are designed to provide a stable signal for autoscalers rather than for pinpoint accuracy.

 When to use this command:

  *  For on-the-fly spot-checks of resource usage (e.g. identify which pods are consuming the most resources at a glance, or get a quick sense of the load on your nodes)
  *  Understand current resource consumption patterns
  *  Validate the behavior of your HPA or VPA configurations by seeing the metrics they use for scaling decisions.

 It is not intended to be a replacement for full-featured monitoring solutions. Its primary design goal is to provide a low-overhead signal for autoscalers, not to be a perfectly accurate monitoring tool. For high-accuracy reporting, historical analysis, dashboarding, or alerting, you should use a dedicated monitoring solution.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

/** metrics-server only reports pods this old; younger ones are still waiting for their first CPU rate. */
const METRICS_CREATION_DELAY_MS = 2 * 60_000;

const MI = 2 ** 20;
interface Usage {
  cpu: number;
  memory: number;
}
const usageOf = (u: Record<string, string> | undefined): Usage => ({ cpu: milliCpu(u?.cpu ?? '0'), memory: bytes(u?.memory ?? '0') });
const cpuText = (m: number) => `${m}m`;
const memText = (b: number) => `${Math.floor(b / MI)}Mi`;

/** Every cell ends with a tab, so the last column is padded too (trailing spaces, as kubectl prints). */
const table = (rows: string[][]) => tabwrite(rows.map((r) => [...r, '']));

function labelSelector(p: ParsedArgs): ((l: Record<string, string>) => boolean) | undefined {
  const sel = p.flags.selector as string | undefined;
  if (!sel) return undefined;
  try {
    return selectorFromString(sel);
  } catch (e) {
    throw new KubectlError((e as Error).message);
  }
}

function sortBy(p: ParsedArgs): string {
  const s = String(p.flags['sort-by'] ?? '');
  if (s && s !== 'cpu' && s !== 'memory') throw new KubectlError('--sort-by accepts only cpu or memory');
  return s;
}

function requireMetrics(ctx: KubectlContext) {
  const src = ctx.cluster.api.metrics;
  if (!src?.available()) throw new KubectlError('Metrics API not available');
  return src;
}

function oneName(p: ParsedArgs, use: string, cmd: string): string | undefined {
  if (p.args.length > 1) throw new KubectlError(`${use}\nSee 'kubectl top ${cmd} -h' for help and examples`);
  const name = p.args[0];
  if (name && p.flags.selector) throw new KubectlError('only one of NAME or selector can be provided');
  return name;
}

function topNode(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const name = oneName(p, 'node [NAME | -l label]', 'node');
  const by = sortBy(p);
  const match = labelSelector(p);
  const src = requireMetrics(ctx);
  let metrics = nodeMetrics(src, name);
  if (match) metrics = metrics.filter((m) => match(m.metadata.labels ?? {}));
  if (!metrics.length) throw new KubectlError('metrics not available yet');
  const nodes = name ? [ctx.cluster.api.get('nodes', undefined, name)] : ctx.cluster.api.list('nodes').filter((n) => !match || match(n.metadata.labels ?? {}));
  const field = p.flags['show-capacity'] ? 'capacity' : 'allocatable';
  const available = new Map(nodes.map((n) => [n.metadata.name!, usageOf(n.status?.[field])]));
  const rows = metrics.map((m) => ({ name: m.metadata.name!, u: usageOf(m.usage) }));
  rows.sort((a, b) => (by === 'cpu' ? b.u.cpu - a.u.cpu : by === 'memory' ? b.u.memory - a.u.memory : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lines: string[][] = p.flags['no-headers'] ? [] : [['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)']];
  for (const r of rows) {
    const a = available.get(r.name);
    if (!a) continue;
    lines.push([r.name, cpuText(r.u.cpu), `${Math.trunc((r.u.cpu / a.cpu) * 100)}%`, memText(r.u.memory), `${Math.trunc((r.u.memory / a.memory) * 100)}%`]);
    available.delete(r.name);
  }
  // nodes whose kubelet could not be scraped
  for (const n of available.keys()) lines.push([n, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
  out.write(table(lines));
}

function sumContainers(m: KObject): Usage {
  const t = { cpu: 0, memory: 0 };
  for (const c of m.containers ?? []) {
    const u = usageOf(c.usage);
    t.cpu += u.cpu;
    t.memory += u.memory;
  }
  return t;
}

function topPod(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const name = oneName(p, 'pod [NAME | -l label]', 'pod');
  const by = sortBy(p);
  const match = labelSelector(p);
  const all = !!p.flags['all-namespaces'];
  const fieldSel = p.flags['field-selector'] as string | undefined;
  const podsRt = RESOURCES.find((r) => r.plural === 'pods' && r.group === '')!;
  const field = fieldSel ? fieldSelectorFor(podsRt, 'pods', fieldSel, String(p.flags.selector ?? '')) : undefined;
  const src = requireMetrics(ctx);
  const ns = all ? undefined : ctx.namespace;
  let metrics = podMetrics(src, ns, name);
  const api = ctx.cluster.api;
  const podOf = (m: KObject) => api.tryGet('pods', m.metadata.namespace, m.metadata.name!);
  if (match) metrics = metrics.filter((m) => match(m.metadata.labels ?? {}));
  if (field) metrics = metrics.filter((m) => {
    const pod = podOf(m);
    return !!pod && field(pod);
  });
  if (!metrics.length) {
    // verifyEmptyMetrics: pods that should have metrics by now are named
    const pods = api.list('pods', ns).filter((x) => (!match || match(x.metadata.labels ?? {})) && (!field || field(x)));
    if (pods.length) {
      for (const pod of pods) {
        const age = ctx.cluster.now() - Date.parse(pod.metadata.creationTimestamp ?? "");
        if (age > METRICS_CREATION_DELAY_MS) throw new KubectlError(`Metrics not available for pod ${pod.metadata.namespace}/${pod.metadata.name}, age: ${goDuration(age)}`);
      }
      throw new KubectlError('metrics not available yet');
    }
    out.fail(all ? 'No resources found' : `No resources found in ${ctx.namespace} namespace.`, 0);
    return;
  }
  const containers = !!p.flags.containers;
  const key = (u: Usage) => (by === 'cpu' ? u.cpu : u.memory);
  metrics = [...metrics].sort((a, b) => {
    if (by) return key(sumContainers(b)) - key(sumContainers(a));
    const an = `${all ? a.metadata.namespace + '/' : ''}${a.metadata.name}`;
    const bn = `${all ? b.metadata.namespace + '/' : ''}${b.metadata.name}`;
    return an < bn ? -1 : an > bn ? 1 : 0;
  });
  const lines: string[][] = [];
  if (!p.flags['no-headers']) lines.push([...(all ? ['NAMESPACE'] : []), ...(containers ? ['POD'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)']);
  const pre = (m: KObject) => (all ? [m.metadata.namespace!] : []);
  for (const m of metrics) {
    if (containers) {
      const cs = [...(m.containers ?? [])];
      if (by) cs.sort((a, b) => key(usageOf(b.usage)) - key(usageOf(a.usage)));
      for (const c of cs) {
        const u = usageOf(c.usage);
        lines.push([...pre(m), m.metadata.name!, c.name, cpuText(u.cpu), memText(u.memory)]);
      }
    } else {
      const u = sumContainers(m);
      lines.push([...pre(m), m.metadata.name!, cpuText(u.cpu), memText(u.memory)]);
    }
  }
  if (p.flags.sum) {
    const width = 3 + (all ? 1 : 0) + (containers ? 1 : 0);
    const total = metrics.reduce((t, m) => {
      const u = sumContainers(m);
      return { cpu: t.cpu + u.cpu, memory: t.memory + u.memory };
    }, { cpu: 0, memory: 0 });
    lines.push([...Array(width - 2).fill(''), '________', '________']);
    lines.push([...Array(width - 3).fill(''), '', cpuText(total.cpu), memText(total.memory)]);
  }
  out.write(table(lines));
}

topCommands.push({
  path: ['top'],
  short: 'Display resource (CPU/memory) usage',
  flags: [],
  run(p, _ctx, out) {
    const [sub] = p.args;
    if (sub === undefined) return out.fail(TOP_HELP);
    out.fail(`error: unknown command "${sub}"\nSee 'kubectl top -h' for help and examples`);
  },
});

const NODE_FLAGS: FlagSpec[] = [
    { name: 'no-headers', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'show-capacity', type: 'bool' },
    { name: 'show-swap', type: 'bool' },
    { name: 'sort-by', type: 'string' },
    { name: 'use-protocol-buffers', type: 'bool', default: true },
];

const POD_FLAGS: FlagSpec[] = [
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'containers', type: 'bool' },
    { name: 'field-selector', type: 'string' },
    { name: 'no-headers', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'show-swap', type: 'bool' },
    { name: 'sort-by', type: 'string' },
    { name: 'sum', type: 'bool' },
    { name: 'use-protocol-buffers', type: 'bool', default: true },
];

// the subcommands and their cobra aliases
for (const word of ['node', 'nodes', 'no']) topCommands.push({ path: ['top', word], short: 'Display resource (CPU/memory) usage of nodes', flags: NODE_FLAGS, run: topNode });
for (const word of ['pod', 'pods', 'po']) topCommands.push({ path: ['top', word], short: 'Display resource (CPU/memory) usage of pods', flags: POD_FLAGS, run: topPod });

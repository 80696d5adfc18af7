/** Failure injection at the prompt: what a lesson, a check or the canvas does to the simulated machines. */
import { breakProbes, fillMemory, freeMemory, killContainer, startNode, stopNode, type FaultResult } from '../sim/kubelet/faults';
import { containerLayers } from '../sim/kubelet/inspect';
import type { RootfsLayers } from '../sim/kubelet/layers';
import { etcdHost } from '../sim/etcd/hosts';
import { MAX_ETCD_MEMBERS } from '../sim/etcd/limits';
import { StreamWriter } from '../sim/sh/streams';
import type { Builtin, BuiltinEnv } from './io';

const NODE_ACTIONS: Record<string, (cluster: BuiltinEnv['cluster'], name: string) => FaultResult> = { stop: stopNode, start: startNode, 'fill-memory': fillMemory, 'free-memory': freeMemory };
const NODE_USAGE = 'usage: node stop|start|fill-memory|free-memory NODE';
const ETCD_USAGE = `usage: etcd stop|start MEMBER | etcd members [1-${MAX_ETCD_MEMBERS}]`;
const CONTAINER_USAGE = 'usage: container kill|break-probes|fix-probes|layers POD [-c CONTAINER] [-n NAMESPACE]';

function report(r: FaultResult, cmd: string): ReturnType<Builtin> {
  const w = new StreamWriter();
  return r.ok ? w.out(r.message + '\n').done() : w.err(`${cmd}: ${r.message}`).done();
}

/** `node stop k8s-node1`: the machine powers off; `node start k8s-node1`: it boots again; `node fill-memory|free-memory`: a host process takes or frees its memory. */
export const node: Builtin = (args, env) => {
  const [action, name, ...rest] = args;
  const run = action !== undefined && Object.prototype.hasOwnProperty.call(NODE_ACTIONS, action) ? NODE_ACTIONS[action] : undefined;
  if (!name || rest.length || !run) return new StreamWriter().err(NODE_USAGE, 2).done();
  return report(run(env.cluster, name), 'node');
};

/** The members, their state and the quorum, one line each. */
function membersText(e: BuiltinEnv['cluster']['etcd']): string {
  const leader = e.leader();
  const width = Math.max(...e.members.map((m) => m.name.length));
  const rows = e.members.map((m) => `  ${m.name.padEnd(width)}  ${m.ip.padEnd(13)}  ${m.running ? 'running' : 'stopped'}${m.id === leader?.id ? ', leader' : ''}\n`);
  return `${e.members.length} members, quorum ${e.quorum()} (floor(${e.members.length}/2)+1), ${e.running().length} running:\n${rows.join('')}`;
}

/**
 * `etcd stop k8s-master`: an etcd member's process stops (its host stays up); `etcd start` brings it back;
 * `etcd members`: the members and the quorum; `etcd members 5`: members added (started at once) or the
 * highest-numbered removed, one membership change at a time, as etcdctl member add / remove would.
 */
export const etcd: Builtin = (args, env) => {
  const [action, name, ...rest] = args;
  if (action === 'members' && !rest.length) {
    const e = env.cluster.etcd;
    if (name === undefined) return new StreamWriter().out(membersText(e)).done();
    if (!/^\d+$/.test(name) || +name < 1 || +name > MAX_ETCD_MEMBERS) return new StreamWriter().err(ETCD_USAGE, 2).done();
    const r = e.resize(+name, (i) => etcdHost(env.cluster.config, i));
    env.cluster.runUntilIdle();
    return report(r, 'etcd');
  }
  if ((action !== 'stop' && action !== 'start') || !name || rest.length) return new StreamWriter().err(ETCD_USAGE, 2).done();
  const r = action === 'stop' ? env.cluster.etcd.stop(name) : env.cluster.etcd.start(name);
  // a regained quorum lets the control plane catch up at once
  env.cluster.runUntilIdle();
  return report(r, 'etcd');
};

function podArgs(args: string[], env: BuiltinEnv): { pod: string; container?: string; ns: string } | undefined {
  let pod: string | undefined;
  let container: string | undefined;
  let ns = env.namespace;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-c' || a === '--container') container = args[++i];
    else if (a === '-n' || a === '--namespace') ns = args[++i];
    else if (a.startsWith('-') || pod) return undefined;
    else pod = a;
  }
  if (!pod || container === '' || !ns) return undefined;
  return { pod, container, ns };
}

/** The layers from the top down, as the runtime stacks them. */
function layersText(l: RootfsLayers): string {
  const lines = [`writable layer (lost when the container restarts; restarts so far: ${l.restarts}):`];
  lines.push(...(l.writable.length ? l.writable.map((f) => `  ${f.path}  ${f.bytes} bytes`) : ['  (nothing written yet)']));
  lines.push('volumes (kept across restarts):', ...(l.volumes.length ? l.volumes.map((v) => `  ${v.path}  volume ${v.volume}${v.readOnly ? ' (read-only)' : ''}`) : ['  (none)']));
  lines.push('init layer (written by the kubelet):', ...l.init.map((p) => `  ${p}`));
  lines.push(`image layers (read-only): ${l.image.name}`, `  ${l.image.id}`, `  ${l.image.files} files`);
  return lines.join('\n') + '\n';
}

/** `container kill POD`: the runtime kills its process (exit 137); `break-probes`/`fix-probes`: the app stops or resumes answering probes; `layers`: its root file system's layers (`--json` for the canvas). */
export const container: Builtin = (args, env) => {
  const [action, ...rest] = args;
  const json = rest[rest.length - 1] === '--json';
  const target = podArgs(json ? rest.slice(0, -1) : rest, env);
  if (!target || !['kill', 'break-probes', 'fix-probes', 'layers'].includes(action) || (json && action !== 'layers')) return new StreamWriter().err(CONTAINER_USAGE, 2).done();
  const { pod, container: c, ns } = target;
  if (action === 'layers') {
    const l = containerLayers(env.cluster, ns, pod, c);
    const w = new StreamWriter();
    return typeof l === 'string' ? w.err(`container: ${l}`).done() : w.out(json ? JSON.stringify(l) + '\n' : layersText(l)).done();
  }
  const r = action === 'kill' ? killContainer(env.cluster, ns, pod, c) : breakProbes(env.cluster, ns, pod, c, action === 'break-probes');
  return report(r, 'container');
};

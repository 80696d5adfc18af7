/** Failure injection at the prompt: what a lesson, a check or the canvas does to the simulated machines. */
import { breakProbes, fillMemory, freeMemory, killContainer, startNode, stopNode, type FaultResult } from '../sim/kubelet/faults';
import { StreamWriter, type Builtin, type BuiltinEnv } from './io';

const NODE_ACTIONS: Record<string, (cluster: BuiltinEnv['cluster'], name: string) => FaultResult> = { stop: stopNode, start: startNode, 'fill-memory': fillMemory, 'free-memory': freeMemory };
const NODE_USAGE = 'usage: node stop|start|fill-memory|free-memory NODE';
const CONTAINER_USAGE = 'usage: container kill|break-probes|fix-probes POD [-c CONTAINER] [-n NAMESPACE]';

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

/** `container kill POD`: the runtime kills its process (exit 137); `break-probes`/`fix-probes`: the app stops or resumes answering probes. */
export const container: Builtin = (args, env) => {
  const [action, ...rest] = args;
  const target = podArgs(rest, env);
  if (!target || !['kill', 'break-probes', 'fix-probes'].includes(action)) return new StreamWriter().err(CONTAINER_USAGE, 2).done();
  const { pod, container: c, ns } = target;
  const r = action === 'kill' ? killContainer(env.cluster, ns, pod, c) : breakProbes(env.cluster, ns, pod, c, action === 'break-probes');
  return report(r, 'container');
};

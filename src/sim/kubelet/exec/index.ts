import type { SimContext } from '../../context';
import type { NodeAgent } from '../agent';
import { serviceEnv } from '../env';
import { effectiveUser } from '../security';
import type { ContainerRt, PodRt } from '../state';
import { shellKind, type ExecHost } from './host';
import { makeHost } from './host-factory';
import { invoke } from '../../sh/interp';
import { MAX_SPIN, SPIN, type Sink, type Yield } from '../../sh/host';
import { containerShellHost, onPath } from './shell-host';

/** Printed when an exec'd command loops without ever sleeping. */
const SPIN_NOTE = `command stopped: a loop ran ${MAX_SPIN} times without sleeping and would never end (the playground's limit); the container keeps running\n`;

/** The longest a `sleep` inside exec may advance the clock. */
const MAX_EXEC_SLEEP = 3_600_000;

/** The environment a process in the container sees (image env, container env, service links, HOSTNAME). */
export function containerEnv(ctx: SimContext, rt: PodRt, c: ContainerRt): Record<string, string> {
  const env: Record<string, string> = { PATH: c.def?.env.PATH ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOSTNAME: rt.pod.spec?.hostNetwork ? rt.node : (rt.pod.spec?.hostname ?? rt.name) };
  for (const [key, v] of Object.entries(c.def?.env ?? {})) if (key !== 'PATH') env[key] = v;
  const started = c.state.running?.startedAt;
  Object.assign(env, serviceEnv(ctx.api, rt.ns, rt.pod.spec?.enableServiceLinks !== false, started));
  Object.assign(env, c.env);
  // runc sets HOME from the user the process runs as (runAsUser included): root's, else / for a uid without a passwd entry
  env.HOME = env.HOME ?? (effectiveUser(rt.pod, c).uid === 0 ? '/root' : '/');
  return env;
}

/** What the runtime answers when exec names a program the container does not have. */
export function missingExecutable(host: ExecHost, exe: string): { out: string; code: number } | undefined {
  if (onPath(host, exe)) return undefined;
  if (exe.includes('/')) return { out: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": stat ${exe}: no such file or directory: unknown\n`, code: 127 };
  return { out: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown\n`, code: 126 };
}

/** Run argv in a running container (exec and exec probes). `advance` lets `sleep` move virtual time. */
/** What a command in a container printed: `out` as a terminal shows both streams, `parts` each stream's text in order. */
export interface ExecOutput {
  out: string;
  code: number;
  parts: { text: string; stderr: boolean }[];
}

export function execIn(ctx: SimContext, k: NodeAgent, rt: PodRt, c: ContainerRt, argv: string[], stdin: string, advance: boolean): ExecOutput {
  const host = makeHost(ctx, k, rt, c);
  const exe = argv[0] ?? '';
  const missing = missingExecutable(host, exe);
  if (missing) return { ...missing, parts: [{ text: missing.out, stderr: true }] };
  const env = containerEnv(ctx, rt, c);
  const sink: Sink = { out: '', err: '' };
  const st = { vars: { ...env }, cwd: c.spec.workingDir ?? c.def?.workingDir ?? '/', last: 0, shell: shellKind(c.def!, exe), main: false };
  return drive(ctx, c, invoke(argv, env, containerShellHost(host), st, sink, stdin), sink, advance);
}

/** Run an interpreter generator to its end: collect output, let `sleep` move virtual time (bounded). */
export function drive(ctx: SimContext, c: ContainerRt, gen: Generator<Yield, number>, sink: Sink, advance: boolean): ExecOutput {
  const parts: ExecOutput['parts'] = [];
  const take = () => {
    if (sink.err) parts.push({ text: sink.err, stderr: true });
    if (sink.out) parts.push({ text: sink.out, stderr: false });
    sink.out = '';
    sink.err = '';
  };
  const end = (code: number, note?: string): ExecOutput => {
    if (note) parts.push({ text: note, stderr: true });
    return { out: parts.map((p) => p.text).join(''), code, parts };
  };
  let slept = 0;
  for (let guard = 0; guard < 100_000; guard++) {
    const r = gen.next();
    take();
    if (r.done) return end(r.value);
    // what Ctrl-C would end at a real terminal; here the learner learns why
    if (r.value === SPIN) return end(130, SPIN_NOTE);
    if (typeof r.value === 'number') {
      const ms = Math.min(r.value, MAX_EXEC_SLEEP - slept);
      if (ms <= 0) return end(130);
      slept += ms;
      if (advance) ctx.services.advance(ms);
      if (!c.proc?.alive) return end(137);
    }
  }
  return end(0);
}

/** Why exec cannot run, in kubectl's words, or the container to run in. */
export function execTarget(ctx: SimContext, ns: string, pod: string, container: string | undefined): { rt: PodRt; c: ContainerRt } | { error: string } {
  const k = ctx.services.kubelet;
  const obj = ctx.api.tryGet('pods', ns, pod);
  if (!obj) return { error: `Error from server (NotFound): pods "${pod}" not found` };
  const name = container ?? obj.spec?.containers?.[0]?.name;
  const all = [...(obj.spec?.containers ?? []), ...(obj.spec?.initContainers ?? [])];
  if (!all.some((x: { name: string }) => x.name === name)) return { error: `Error from server (BadRequest): container ${name} is not valid for pod ${pod}` };
  const phase = obj.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return { error: `error: cannot exec into a container in a completed pod; current phase is ${phase}` };
  const rt = k?.find(ns, pod);
  const c = rt?.containers.find((x) => x.name === name);
  if (!rt || !c || !c.proc?.alive) return { error: `error: unable to upgrade connection: container not found ("${name}")` };
  return { rt, c };
}

/**
 * `kubectl exec` into a container: the busybox-like command set plus the image's own tools.
 * Returns what the terminal shows and the exit code (126/127 when the executable is missing).
 */
export function execInContainer(ctx: SimContext, ns: string, pod: string, container: string | undefined, argv: string[], stdin?: string): ExecOutput {
  const t = execTarget(ctx, ns, pod, container);
  if ('error' in t) return { out: t.error + '\n', code: 1, parts: [{ text: t.error + '\n', stderr: true }] };
  return execIn(ctx, ctx.services.kubelet!, t.rt, t.c, argv, stdin ?? '', true);
}

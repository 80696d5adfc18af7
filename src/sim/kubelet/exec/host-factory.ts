import type { SimContext } from '../../context';
import type { NodeAgent } from '../agent';
import { podHostname } from '../rootfs';
import { capabilities, effectiveUser } from '../security';
import type { ContainerRt, PodRt } from '../state';
import { userName, type ExecHost, type ProcLine } from './host';
import { nodeProcesses } from '../node-procs';

/** The exec host for a container: its files, user, capabilities and process list. */
/** `session`: an interactive shell `kubectl exec -i[t]` started in the container (ps lists it), its command line and whether it has a terminal. */
export function makeHost(ctx: SimContext, k: NodeAgent, rt: PodRt, c: ContainerRt, session?: { cmd: string; tty: boolean }): ExecHost {
  const user = effectiveUser(rt.pod, c);
  const { caps, privileged } = capabilities(c, user.uid);
  const sessionStart = ctx.clock.now();
  return {
    ctx,
    get fs() {
      return k.fsOf(rt, c);
    },
    def: c.def!,
    pod: rt.pod,
    container: c.name,
    hostname: podHostname(rt),
    podIP: rt.ip,
    user,
    caps,
    privileged,
    procs: () => {
      // hostPID: the container sees the node's PID namespace, init first
      if (rt.pod.spec?.hostPID) return nodeProcesses(k.pods.values(), rt.node);
      const who = userName(user.uid) ?? String(user.uid);
      const argv = c.proc?.argv ?? [];
      // a script run through its shebang shows its interpreter
      const script = argv[0]?.endsWith('.sh') ? ['/bin/bash', ...argv] : argv;
      const startMs = c.proc?.startedMs;
      const list: ProcLine[] = [{ pid: 1, ppid: 0, user: who, cmd: script.join(' '), startMs }];
      // workers are forked by PID 1
      (c.proc?.program?.extraProcs ?? []).forEach((cmd, i) => list.push({ pid: 7 + i, ppid: 1, user: who, cmd, startMs }));
      if (session) list.push({ pid: list[list.length - 1].pid + 6, ppid: 0, user: who, cmd: session.cmd, tty: session.tty ? 'pts/0' : undefined, startMs: sessionStart });
      return list;
    },
    now: () => ctx.clock.now(),
    clockOffset: c.clockOffset,
  };
}

import type { SimContext } from '../../context';
import type { NodeAgent } from '../agent';
import { podHostname } from '../rootfs';
import { capabilities, effectiveUser } from '../security';
import type { ContainerRt, PodRt } from '../state';
import type { ExecHost } from './host';
import { containerProcesses } from '../node-procs';

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
      const list = containerProcesses(k.pods.values(), rt, c);
      // the interactive shell kubectl exec -i[t] started joins the container's PID namespace
      if (session && !rt.pod.spec?.hostPID) list.push({ ...list[0], pid: list[list.length - 1].pid + 6, ppid: 0, cmd: session.cmd, tty: session.tty ? 'pts/0' : undefined, startMs: sessionStart });
      return list;
    },
    now: () => ctx.clock.now(),
    clockOffset: c.clockOffset,
  };
}

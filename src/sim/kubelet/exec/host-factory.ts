import type { SimContext } from '../../context';
import type { NodeAgent } from '../agent';
import { podHostname } from '../rootfs';
import type { ContainerFs } from '../fs';
import { ProcTree } from '../procfs';
import { capabilities, containerCreds, effectiveUser } from '../security';
import type { ContainerRt, PodRt } from '../state';
import type { ExecHost } from './host';
import { containerProcesses } from '../node-procs';
import { nodeWrittenKiB } from '../node-disk';

/** The exec host for a container: its files, user, capabilities and process list. */
/** `session`: an interactive shell `kubectl exec -i[t]` started in the container (ps lists it), its command line and whether it has a terminal. */
export function makeHost(ctx: SimContext, k: NodeAgent, rt: PodRt, c: ContainerRt, session?: { cmd: string; tty: boolean }): ExecHost {
  const user = effectiveUser(rt.pod, c);
  const { caps, privileged } = capabilities(c, user.uid);
  const sessionStart = ctx.clock.now();
  // the container's files with a /proc that knows who reads it, rebuilt when the container's files are
  let view: { base: ContainerFs; fs: ContainerFs } | undefined;
  const host: ExecHost = {
    ctx,
    get fs() {
      const base = k.fsOf(rt, c);
      const proc = base.mounts.find((m) => m.fstype === 'proc');
      if (!proc) return base;
      if (view?.base !== base) view = { base, fs: base.withMount({ ...proc, tree: new ProcTree(proc.tree.root.mtime, () => host.procs(), () => host.running ?? sessionProc()) }) };
      return view.fs;
    },
    def: c.def!,
    pod: rt.pod,
    container: c.name,
    hostname: podHostname(rt),
    podIP: rt.ip,
    user,
    caps,
    privileged,
    creds: containerCreds(rt.pod, c),
    procs: () => {
      const list = containerProcesses(k.pods.values(), rt, c);
      // the interactive shell kubectl exec -i[t] started joins the container's PID namespace
      if (session && !rt.pod.spec?.hostPID) list.push({ ...list[0], pid: list[list.length - 1].pid + 6, ppid: 0, cmd: session.cmd, tty: session.tty ? 'pts/0' : undefined, startMs: sessionStart });
      return list;
    },
    now: () => ctx.clock.now(),
    nodeDiskWritten: () => nodeWrittenKiB(k, rt.node),
    clockOffset: c.clockOffset,
  };
  // between commands the interactive shell itself is the reader (a redirection it opens)
  const sessionProc = () => (session ? host.procs().find((p) => p.pid !== 1 && p.ppid === 0) : undefined);
  return host;
}

import { execInContainer, type ExecOutput } from '../../../sim/kubelet/exec';
import { isBareShell } from '../../../sim/kubelet/exec/host';
import { ContainerShell, openExecShell } from '../../../sim/kubelet/exec/session';
import type { Output } from '../../context';
import { KubectlError } from '../../errors';
import { requireAccess, simCluster } from '../../identity';
import type { CommandDef } from '../../command';
import { pickContainer, resolvePod } from './pods';
import { execEnd, onTerminal, shellSession } from './shell-session';

export const execCommands: CommandDef[] = [];

/** `kubectl exec POD [-c CONTAINER] [-i] [-t] -- COMMAND [args...]`. */
execCommands.push({
  path: ['exec'],
  short: 'Execute a command in a container',
  flags: [
    { name: 'container', short: 'c', type: 'string' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s' },
  ],
  run(p, ctx, out) {
    if (!p.args.length) throw new KubectlError('pod, type/name or --filename must be specified');
    if (!p.dashDash && p.args.length > 1) {
      throw new KubectlError("exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples");
    }
    if (!p.command.length) throw new KubectlError('you must specify at least one command for the container');
    const ns = ctx.namespace;
    const pod = resolvePod(ctx, ns, p.args[0]);
    const container = pickContainer(pod, p.flags.container as string | undefined, !!p.flags.quiet, (s) => out.warn(s));
    requireAccess(ctx, { resourceRequest: true, verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', name: pod.metadata.name, namespace: ns });
    const stdin = !!p.flags.stdin;
    const tty = onTerminal(ctx, stdin);
    // exec.go SetupTTY: -t needs -i, and stdin must be a terminal (not a heredoc, a pipe or a script)
    if (stdin && p.flags.tty && !tty && !p.flags.quiet) out.warn('Unable to use a TTY - input is not a terminal or the right kind of file');
    if (tty && isBareShell(p.command)) {
      const shell = openExecShell(simCluster(ctx), ns, pod.metadata.name!, container, p.command, !!p.flags.tty);
      if (shell instanceof ContainerShell) return ctx.tty!.open(shellSession(shell, execEnd));
      return report(out, shell);
    }
    report(out, execInContainer(simCluster(ctx), ns, pod.metadata.name!, container, p.command, stdin ? (ctx.stdin ?? '') : undefined));
  },
});

/** What the remote command printed, each stream to its own, then kubectl's own line for an error or a non-zero exit code. */
function report(out: Output, r: Pick<ExecOutput, 'out' | 'code'> & Partial<ExecOutput>): void {
  if (r.out.startsWith('Error from server') || r.out.startsWith('error: ')) {
    out.fail(r.out.replace(/\n$/, ''));
    return;
  }
  for (const part of r.parts ?? [{ text: r.out, stderr: true }]) {
    if (part.stderr) out.writeErr(part.text);
    else out.write(part.text);
  }
  if (r.code !== 0) out.fail(`command terminated with exit code ${r.code}`, r.code);
}

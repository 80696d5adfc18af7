import type { ContainerShell, ShellTurn } from '../../../sim/kubelet/exec/session';
import type { CommandResult, KubectlContext, TtySession, TtyTurn } from '../../context';

/** A container shell on the terminal; when it ends, `end(code)` says what kubectl prints last. */
export function shellSession(shell: ContainerShell, end: (code: number) => CommandResult): TtySession {
  const turn = (t: ShellTurn): TtyTurn => (t.exit === undefined ? { out: t.out } : { out: t.out, end: end(t.exit) });
  return {
    prompt: () => shell.prompt(),
    input: (line) => turn(shell.input(line)),
    eof: () => turn(shell.eof()),
    poll: () => (shell.alive() ? undefined : turn(shell.input(''))),
  };
}

/** `kubectl exec`'s last words: a non-zero exit code of the remote command. */
export function execEnd(code: number): CommandResult {
  return code ? { out: `command terminated with exit code ${code}\n`, code, stderr: `command terminated with exit code ${code}\n`, stdout: '' } : { out: '', code: 0 };
}

/** Whether kubectl's stdin is the learner's terminal (not a heredoc, a pipe or a headless script). */
export function onTerminal(ctx: KubectlContext, stdin: boolean): boolean {
  return stdin && ctx.stdin === undefined && !!ctx.tty;
}

import type { CommandResult } from '../kubectl/context';
import type { AppStore } from '../state/store';

/**
 * Apply a workspace file exactly like `kubectl apply -f <file>` typed in the terminal (shown there
 * when it exists); a file `kubectl edit` opened is saved instead, and that command prints the result.
 */
async function applyFile(store: AppStore, file: string): Promise<CommandResult> {
  const s = store.getState();
  const run = () => store.getState().apply(file);
  const cmd = s.edits.includes(file) ? null : `kubectl apply -f ${/^[\w./-]+$/.test(file) ? file : `'${file}'`}`;
  return s.terminal ? s.terminal.show(cmd, run) : run();
}

/** Apply the active editor tab. */
export async function applyActive(store: AppStore): Promise<CommandResult | undefined> {
  const active = store.getState().active;
  return active ? applyFile(store, active) : undefined;
}

/** Type a command into the terminal and run it (lesson Run buttons); without a terminal, just run it. */
export function runInTerminal(store: AppStore, command: string): void {
  const s = store.getState();
  if (s.terminal) void s.terminal.type(command);
  else void s.run(command);
}

/** Ask the editor to show a line (problems list → editor). */
export function revealLine(file: string, line: number, col = 1): void {
  window.dispatchEvent(new CustomEvent('kp:reveal', { detail: { file, line, col } }));
}

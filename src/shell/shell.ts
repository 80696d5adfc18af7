import type { Cluster } from '../sim/cluster';
import type { CommandResult, Workspace } from '../kubectl/context';

export interface ShellOptions {
  cluster: Cluster;
  fs: Workspace;
  namespace?: string;
}

/** The small shell shared by the terminal, lesson Run buttons, checks and the CLI. Stub until it lands. */
export class Shell {
  constructor(readonly opts: ShellOptions) {}

  /** Run one command (a line, or a line with its heredoc body). */
  run(text: string): CommandResult {
    void text;
    return { out: 'shell: not implemented yet\n', code: 127 };
  }

  /** Run a whole script; returns the transcript (`$ cmd` then its output, per command). */
  transcript(script: string): string {
    void script;
    return '';
  }
}

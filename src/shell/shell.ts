import { internalErrorText } from '../sim/internal-error';
import type { Cluster } from '../sim/cluster';
import type { CommandResult, Editor, Tty, Workspace } from '../kubectl/context';
import { runKubectl } from '../kubectl/kubectl';
import type { ProblemSink } from '../kubectl/problems';
import { BUILTINS, CLEAR_SCREEN } from './builtins';
import { StreamWriter, type Streams } from './io';
import { parseTokens, ShellSyntaxError, type CommandList, type Redirect, type SimpleCommand } from './parser';
import { scanScript, type ScannedCommand } from './tokenizer';

export interface ShellOptions {
  cluster: Cluster;
  fs: Workspace;
  namespace?: string;
  /**
   * Called before every kubectl invocation (argv after `kubectl`/`k`); a returned result replaces
   * running it (tests inject failures through it).
   */
  interceptKubectl?: (argv: string[], stdin: string | undefined) => CommandResult | undefined;
  /** Receives kubectl's problems with `-f` files as data (see KubectlContext.report). */
  report?: ProblemSink;
  /** The terminal, in the browser: `kubectl exec -it … -- sh` and `kubectl run -it` open a shell on it. */
  tty?: Tty;
  /** The editor, in the browser: `kubectl edit` opens its file in a tab. */
  editor?: Editor;
}

/** One command of a script and what it printed. */
export interface TranscriptEntry {
  /** The command as typed (with heredoc bodies). */
  command: string;
  /** stdout and stderr merged, as a terminal shows them. */
  out: string;
  code: number;
}

const DEV_NULL = '/dev/null';

/**
 * The small shell shared by the terminal, lesson Run buttons, checks and the CLI: kubectl, a few
 * builtins, quoting, pipes, redirection into the workspace and heredocs. No variables: env-free.
 */
export class Shell {
  /** The kubectl context's namespace. */
  namespace: string;

  constructor(readonly opts: ShellOptions) {
    this.namespace = opts.namespace ?? 'default';
  }

  /** Run one command (a line, or a line with its heredoc body), or several lines in a row. */
  run(text: string): CommandResult {
    const entries = this.runScript(text);
    const out = entries.map((e) => e.out).join('');
    return { out, code: entries.length ? entries[entries.length - 1].code : 0 };
  }

  /** Run a script command by command; a failing command does not stop it. */
  runScript(script: string): TranscriptEntry[] {
    return scanScript(script).map((sc) => {
      const r = this.runScanned(sc);
      return { command: sc.source, out: r.merged, code: r.code };
    });
  }

  /** Run a whole script; returns the transcript (`$ cmd` then its output, per command). */
  transcript(script: string): string {
    let text = '';
    for (const e of this.runScript(script)) {
      const out = e.out.split(CLEAR_SCREEN).join('');
      text += `$ ${e.command}\n${out}${out && !out.endsWith('\n') ? '\n' : ''}`;
    }
    return text;
  }

  private runScanned(sc: ScannedCommand): Streams {
    if (sc.error) return new StreamWriter().err(`bash: ${sc.error}`, 2).done();
    // `replay` tells what the command before it set off
    const first = sc.tokens[0];
    if (!(first?.type === 'word' && first.value === 'replay')) this.opts.cluster.activity.beginCommand(sc.source);
    let list: CommandList;
    try {
      list = parseTokens(sc.tokens);
    } catch (e) {
      if (e instanceof ShellSyntaxError) return new StreamWriter().err(`bash: ${e.message}`, 2).done();
      throw e;
    }
    let merged = '';
    let code = 0;
    for (const { pipeline, joiner } of list.items) {
      if ((joiner === '&&' && code !== 0) || (joiner === '||' && code === 0)) continue;
      const r = this.runPipeline(pipeline.commands);
      merged += r.merged;
      code = r.code;
    }
    return { stdout: '', stderr: '', merged, code };
  }

  /** Run `a | b | c`: each stdout feeds the next stdin; stderr goes to the terminal. */
  private runPipeline(cmds: SimpleCommand[]): Streams {
    let stdin: string | undefined;
    let shown = '';
    let code = 0;
    cmds.forEach((cmd, i) => {
      const last = i === cmds.length - 1;
      const r = this.runSimple(cmd, stdin);
      code = r.result.code;
      const { toTerminal, toNext } = this.route(cmd.redirects, r.result, !last, r.notes);
      shown += toTerminal;
      stdin = toNext;
    });
    return { stdout: '', stderr: '', merged: shown, code };
  }

  /** Apply output redirections; returns what the terminal shows and what goes down the pipe. */
  private route(redirects: Redirect[], r: Streams, piped: boolean, notes: string): { toTerminal: string; toNext: string } {
    let stdout = r.stdout;
    let stderr = r.stderr;
    let redirected = false;
    for (const rd of redirects) {
      if (rd.kind === 'errToOut') {
        stdout = r.merged;
        stderr = '';
        redirected = true;
      } else if (rd.kind === 'out' || rd.kind === 'err' || rd.kind === 'both') {
        const content = rd.kind === 'out' ? stdout : rd.kind === 'err' ? stderr : r.merged;
        this.writeFile(rd.path, content, rd.kind !== 'both' && rd.append);
        if (rd.kind !== 'err') stdout = '';
        if (rd.kind !== 'out') stderr = '';
        redirected = true;
      }
    }
    if (piped) return { toTerminal: notes + stderr, toNext: stdout };
    // nothing redirected: keep the interleaving the command produced
    return { toTerminal: notes + (redirected ? stderr + stdout : r.merged), toNext: '' };
  }

  private writeFile(path: string, content: string, append: boolean): void {
    if (path === DEV_NULL) return;
    const prev = append ? (this.opts.fs.read(path) ?? '') : '';
    this.opts.fs.write(path, prev + content);
  }

  /** Resolve input redirections and run one command. `notes` are shell warnings shown before its output. */
  private runSimple(cmd: SimpleCommand, piped: string | undefined): { result: Streams; notes: string } {
    let stdin = piped;
    let notes = '';
    for (const rd of cmd.redirects) {
      if (rd.kind === 'heredoc') {
        stdin = rd.body;
        if (rd.warning) notes += rd.warning + '\n';
      } else if (rd.kind === 'in') {
        const text = rd.path === DEV_NULL ? '' : this.opts.fs.read(rd.path);
        if (text === undefined) return { result: new StreamWriter().err(`bash: ${rd.path}: No such file or directory`).done(), notes };
        stdin = text;
      }
    }
    if (!cmd.argv.length) return { result: new StreamWriter().done(), notes };
    return { result: this.exec(cmd.argv, stdin), notes };
  }

  private exec(argv: string[], stdin: string | undefined): Streams {
    const [name, ...args] = argv;
    try {
      if (name === 'kubectl' || name === 'k') {
        const r = this.opts.interceptKubectl?.(args, stdin) ?? runKubectl(args, { cluster: this.opts.cluster, fs: this.opts.fs, stdin, namespace: this.namespace, report: this.opts.report, tty: this.opts.tty, editor: this.opts.editor });
        return { stdout: r.stdout ?? r.out, stderr: r.stderr ?? '', merged: r.out, code: r.code };
      }
      const b = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
      if (!b) return new StreamWriter().err(`bash: ${name}: command not found`, 127).done();
      return b(args, { cluster: this.opts.cluster, fs: this.opts.fs, stdin, namespace: this.namespace });
    } catch (e) {
      // a bug in the simulation must not end the learner's session, nor show them its JavaScript text
      return new StreamWriter().err(internalErrorText(e)).done();
    }
  }
}

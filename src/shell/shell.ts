import { internalErrorText } from '../sim/internal-error';
import type { Cluster } from '../sim/cluster';
import type { CommandResult, Editor, Tty, Workspace } from '../kubectl/context';
import { runKubectl } from '../kubectl/kubectl';
import { Kubeconfig } from '../kubectl/kubeconfig';
import type { ProblemSink } from '../kubectl/problems';
import { CLEAR_SCREEN } from './builtins';
import { DIALECTS } from '../sim/sh/dialect';
import { put, SPIN, type ShellHost, type ShellState, type Sink } from '../sim/sh/host';
import { runTree } from '../sim/sh/interp';
import { readCommands, type ReadCommand } from '../sim/sh/parse';
import { promptShellHost } from './prompt-host';
import { HOME } from './workspace-files';

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

/** `$$` at the prompt: the learner's bash has some process id; it only has to stay the same. */
const PROMPT_PID = '4242';

/** Why a command line stopped before its end (the playground's limits, where a real terminal waits for Ctrl-C). */
const SPIN_NOTE = 'command stopped: a loop ran without sleeping and would never end (the playground\'s limit)\n';
const SLEPT_NOTE = 'command stopped: its sleeps moved the clock 24h, the most one command line may (the playground\'s limit)\n';

/** One sleep moves the clock at most this far: simulating weeks would freeze the page for seconds. */
const MAX_SLEEP_MS = 24 * 3600 * 1000;
const SLEEP_CAP_NOTE = 'sleep: the playground moves its clock at most 24h per sleep; sleeping 24h\n';

// the playground's terminal has nothing to log out of; a learner typing exit expects to leave a container's shell
const EXIT_NOTE = "exit: this is the playground's own shell and stays open (exit leaves a shell opened with kubectl exec -it or kubectl run -it)\n";

/**
 * The learner's bash at the prompt, shared by the terminal, lesson Run buttons, checks and the CLI:
 * the one interpreter (sim/sh/interp.ts) over the prompt's host (prompt-host.ts), so that what a
 * container's shell runs, the prompt runs too. Plain variables stay in the shell; exported ones
 * (and a command's own `NAME=value` prefixes) are its programs' environment (kubectl's KUBECONFIG,
 * etcdctl's ETCDCTL_*).
 */
export class Shell {
  /** The kubectl context's namespace. */
  readonly namespace: string;
  /** The session's kubeconfig (`~/.kube/config`): `kubectl config` changes it for the commands after. */
  readonly kubeconfig = new Kubeconfig();
  private readonly state: ShellState = { vars: {}, exported: new Set(), cwd: HOME, last: 0, shell: 'prompt', main: false, pid: PROMPT_PID };
  private readonly host: ShellHost;

  constructor(readonly opts: ShellOptions) {
    this.namespace = opts.namespace ?? 'default';
    this.host = promptShellHost({
      env: { cluster: opts.cluster, fs: opts.fs, namespace: this.namespace },
      kubectl: (argv, stdin) =>
        opts.interceptKubectl?.(argv, stdin) ??
        runKubectl(argv, { cluster: opts.cluster, fs: opts.fs, stdin, namespace: this.namespace, kubeconfig: this.kubeconfig, report: opts.report, tty: opts.tty, editor: opts.editor }),
    });
  }

  /** Run one command (a line, or a line with its heredoc body), or several lines in a row. */
  run(text: string): CommandResult {
    const entries = this.runScript(text);
    const out = entries.map((e) => e.out).join('');
    return { out, code: entries.length ? entries[entries.length - 1].code : 0 };
  }

  /** Run a script command by command; a failing command does not stop it. */
  runScript(script: string): TranscriptEntry[] {
    return readCommands(script).map((c) => {
      const r = this.runCommand(c);
      return { command: c.source, ...r };
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

  /** `exit` at the prompt ends the command line, not the session: say so, and take the next line. */
  private stayOpen(): string {
    if (this.state.exited === undefined) return '';
    this.state.last = this.state.exited;
    this.state.exited = undefined;
    return EXIT_NOTE;
  }

  /** Run one command as the terminal shows it: both streams in order; its sleeps move the cluster's clock. */
  private runCommand(c: ReadCommand): { out: string; code: number } {
    const words = DIALECTS.prompt;
    if (c.error?.lex) return { out: words.lex(c.error.lex, false), code: (this.state.last = 2) };
    // `replay` tells what the command before it set off
    if (c.first !== 'replay') this.opts.cluster.activity.beginCommand(c.source);
    if (!c.tree) return { out: c.error ? words.syntax(c.error, false) : '', code: (this.state.last = 2) };
    const sink: Sink = { out: '', err: '', both: '' };
    const gen = runTree(c.tree, this.host, this.state, sink);
    let slept = 0;
    try {
      for (;;) {
        const r = gen.next();
        if (r.done) return { out: sink.both + this.stayOpen(), code: r.value };
        if (typeof r.value !== 'number' && r.value !== SPIN) continue;
        let ms = typeof r.value === 'number' ? r.value : 0;
        if (ms > MAX_SLEEP_MS) {
          put(sink, 'err', SLEEP_CAP_NOTE);
          ms = MAX_SLEEP_MS;
        }
        const stop = r.value === SPIN ? SPIN_NOTE : slept + ms > MAX_SLEEP_MS ? SLEPT_NOTE : undefined;
        if (stop) {
          gen.return(130);
          return { out: sink.both + stop, code: (this.state.last = 130) };
        }
        slept += ms;
        this.opts.cluster.advance(ms);
      }
    } catch (e) {
      // a bug in the simulation must not end the learner's session, nor show them its JavaScript text
      return { out: sink.both + internalErrorText(e) + '\n', code: (this.state.last = 1) };
    }
  }
}

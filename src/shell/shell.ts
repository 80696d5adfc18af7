import { internalErrorText } from '../sim/internal-error';
import type { Cluster } from '../sim/cluster';
import type { CommandResult, Editor, Tty, Workspace } from '../kubectl/context';
import { runKubectl } from '../kubectl/kubectl';
import { Kubeconfig } from '../kubectl/kubeconfig';
import type { ProblemSink } from '../kubectl/problems';
import { BUILTINS, CLEAR_SCREEN } from './builtins';
import { expandFields, expandJoined, splitAssignment, type Resolve } from '../sim/sh/expand';
import { StreamWriter, type Streams } from '../sim/sh/streams';
import { parseTokens, ShellSyntaxError, type CommandList, type SimpleCommand } from './parser';
import type { Redirect } from '../sim/sh/parse';
import { scanScript, type ScannedCommand, type WordToken } from '../sim/sh/lexer';
import { BASH_LEX_ERRORS } from '../sim/sh/lex-errors';
import { paramValue } from '../sim/sh/params';

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

/** How deep command substitutions may nest (`$(echo $(echo ...))`) before the shell gives up. */
const MAX_SUBST_DEPTH = 32;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `$$` at the prompt: the learner's bash has some process id; it only has to stay the same. */
const PROMPT_PID = '4242';

/**
 * The small shell shared by the terminal, lesson Run buttons, checks and the CLI: kubectl, a few
 * builtins, quoting, pipes, redirection into the workspace, heredocs, shell variables
 * (`NAME=value`, `export`, `unset`, `$NAME`, `${NAME}`, `$?`) and command substitution
 * (`$(...)`, backquotes). A command's environment is the exported variables and its own `NAME=value`
 * prefixes (etcdctl reads its ETCDCTL_* variables there).
 */
export class Shell {
  /** The kubectl context's namespace. */
  namespace: string;
  /** The session's kubeconfig (`~/.kube/config`): `kubectl config` changes it for the commands after. */
  readonly kubeconfig = new Kubeconfig();
  private vars = new Map<string, string>();
  /** The names `export` marked: they, once set, are in the environment of the commands run. */
  private exported = new Set<string>();
  /** `$?`: the exit code of the last pipeline. */
  private status = 0;
  private substDepth = 0;

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
    if (sc.error) return new StreamWriter().err(`bash: ${BASH_LEX_ERRORS[sc.error]}`, 2).done();
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
    return this.runList(list, false);
  }

  /**
   * Run a command list. `capture` (a command substitution) keeps the last command's stdout as the
   * result's stdout instead of showing it; `merged` is what the terminal shows.
   */
  private runList(list: CommandList, capture: boolean): Streams {
    let merged = '';
    let stdout = '';
    let code = this.status;
    for (const { pipeline, joiner } of list.items) {
      if ((joiner === '&&' && code !== 0) || (joiner === '||' && code === 0)) continue;
      const r = this.runPipeline(pipeline.commands, capture);
      merged += r.merged;
      stdout += r.stdout;
      this.status = code = r.code;
    }
    return { stdout, stderr: '', merged, code };
  }

  /** Run `a | b | c`: each stdout feeds the next stdin; stderr goes to the terminal. */
  private runPipeline(cmds: SimpleCommand[], capture: boolean): Streams {
    let stdin: string | undefined;
    let shown = '';
    let code = 0;
    cmds.forEach((cmd, i) => {
      const last = i === cmds.length - 1;
      const r = this.runSimple(cmd, stdin);
      code = r.result.code;
      const { toTerminal, toNext } = this.route(r.redirects, r.result, capture || !last, r.notes);
      shown += toTerminal;
      stdin = toNext;
    });
    return { stdout: capture ? (stdin ?? '') : '', stderr: '', merged: shown, code };
  }

  /**
   * `$(script)`: run it as a subshell (its variable assignments do not last) and return what it
   * printed to stdout, trailing newlines removed; its stderr goes to the terminal.
   */
  private substitute(script: string): { stdout: string; stderr: string; code: number } {
    if (this.substDepth >= MAX_SUBST_DEPTH) return { stdout: '', stderr: 'bash: command substitution: nested too deeply\n', code: 1 };
    const saved = new Map(this.vars);
    const savedExported = new Set(this.exported);
    const savedNs = this.namespace;
    this.substDepth++;
    let stdout = '';
    let stderr = '';
    let code = 0;
    try {
      for (const sc of scanScript(script)) {
        if (sc.error) {
          stderr += `bash: command substitution: ${BASH_LEX_ERRORS[sc.error]}\n`;
          code = 2;
          continue;
        }
        let list: CommandList;
        try {
          list = parseTokens(sc.tokens);
        } catch (e) {
          if (!(e instanceof ShellSyntaxError)) throw e;
          stderr += `bash: command substitution: ${e.message}\n`;
          code = 2;
          continue;
        }
        const r = this.runList(list, true);
        stdout += r.stdout;
        stderr += r.merged;
        code = r.code;
      }
    } finally {
      this.substDepth--;
      this.vars = saved;
      this.exported = savedExported;
      this.namespace = savedNs;
    }
    return { stdout: stdout.replace(/\n+$/, ''), stderr, code };
  }

  /** Apply output redirections; returns what the terminal shows and what goes down the pipe. */
  private route(redirects: Redirect<string>[], r: Streams, piped: boolean, notes: string): { toTerminal: string; toNext: string } {
    let stdout = r.stdout;
    let stderr = r.stderr;
    let redirected = false;
    for (const rd of redirects) {
      if (rd.kind === 'errToOut') {
        stdout = r.merged;
        stderr = '';
        redirected = true;
      } else if (rd.kind === 'outToErr') {
        stderr = r.merged;
        stdout = '';
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

  /**
   * Expand one command's words, resolve its input redirections and run it. `notes` are shell
   * warnings and the stderr of its substitutions, shown before its output.
   */
  private runSimple(cmd: SimpleCommand, piped: string | undefined): { result: Streams; notes: string; redirects: Redirect<string>[] } {
    let stdin = piped;
    let notes = '';
    let substCode: number | undefined;
    const resolve: Resolve = (part) => {
      // a `${...}` that names no parameter stays as typed
      if (part.kind === 'param') return part.bad ? `\${${part.name}}` : paramValue(part, (name) => this.vars.get(name), { '?': String(this.status), $: PROMPT_PID, '#': '0', '0': 'bash' });
      const r = this.substitute(part.script);
      notes += r.stderr;
      substCode = r.code;
      return r.stdout;
    };
    const declaring = cmd.words[0]?.value === 'export';
    const argv = cmd.words.flatMap((w, i) => (declaring && i > 0 && w.assign ? [expandJoined(w, resolve)] : expandFields(w, resolve)));
    const redirects: Redirect<string>[] = [];
    for (const rd of cmd.redirects) {
      if (rd.kind === 'errToOut' || rd.kind === 'outToErr' || rd.kind === 'heredoc') {
        redirects.push(rd);
        continue;
      }
      const path = this.redirectPath(rd.path, resolve);
      if (path === undefined) return { result: new StreamWriter().err(`bash: ${rd.path.value}: ambiguous redirect`).done(), notes, redirects: [] };
      redirects.push({ ...rd, path });
    }
    const assigns = cmd.assigns.map((w) => splitAssignment(expandJoined(w, resolve)));
    if (!argv.length) {
      // `NAME=value` alone sets a shell variable; its status is that of its last substitution
      for (const [name, value] of assigns) this.vars.set(name, value);
      return { result: { ...new StreamWriter().done(), code: substCode ?? 0 }, notes, redirects };
    }
    for (const rd of redirects) {
      if (rd.kind === 'heredoc') {
        stdin = rd.word ? expandJoined(rd.word, resolve) : rd.body;
        if (rd.unterminated) notes += `bash: warning: here-document delimited by end-of-file (wanted \`${rd.unterminated}')\n`;
      } else if (rd.kind === 'in') {
        const text = rd.path === DEV_NULL ? '' : this.opts.fs.read(rd.path);
        if (text === undefined) return { result: new StreamWriter().err(`bash: ${rd.path}: No such file or directory`).done(), notes, redirects };
        stdin = text;
      }
    }
    return { result: this.exec(argv, stdin, assigns), notes, redirects };
  }

  /** The one path a redirection's word names; undefined when it expands to none or several. */
  private redirectPath(word: WordToken, resolve: Resolve): string | undefined {
    const fields = expandFields(word, resolve);
    return fields.length === 1 ? fields[0] : undefined;
  }

  /** `export NAME=value ...` and `unset NAME ...`: the shell's own variables. */
  private variables(name: 'export' | 'unset', args: string[]): Streams {
    const w = new StreamWriter();
    for (const a of args) {
      const [key, value] = a.includes('=') ? splitAssignment(a) : [a, undefined];
      if (!NAME.test(key)) {
        w.err(`bash: ${name}: \`${a}': not a valid identifier`);
        continue;
      }
      if (name === 'unset') {
        this.vars.delete(key);
        this.exported.delete(key);
        continue;
      }
      this.exported.add(key);
      if (value !== undefined) this.vars.set(key, value);
    }
    return w.done();
  }

  /** The environment a command gets: the exported variables that are set, then its own prefix assignments. */
  private environ(assigns: [string, string][]): Map<string, string> {
    const env = new Map<string, string>();
    for (const [k, v] of this.vars) if (this.exported.has(k)) env.set(k, v);
    for (const [k, v] of assigns) {
      // a prefix replaces the variable where it stood in the environment
      env.delete(k);
      env.set(k, v);
    }
    return env;
  }

  private exec(argv: string[], stdin: string | undefined, assigns: [string, string][]): Streams {
    const [name, ...args] = argv;
    try {
      if (name === 'export' || name === 'unset') return this.variables(name, args);
      if (name === 'kubectl' || name === 'k') {
        const r = this.opts.interceptKubectl?.(args, stdin) ?? runKubectl(args, { cluster: this.opts.cluster, fs: this.opts.fs, stdin, namespace: this.namespace, kubeconfig: this.kubeconfig, report: this.opts.report, tty: this.opts.tty, editor: this.opts.editor });
        return { stdout: r.stdout ?? r.out, stderr: r.stderr ?? '', merged: r.out, code: r.code };
      }
      const b = Object.hasOwn(BUILTINS, name) ? BUILTINS[name] : undefined;
      if (!b) return new StreamWriter().err(`bash: ${name}: command not found`, 127).done();
      return b(args, { cluster: this.opts.cluster, fs: this.opts.fs, stdin, namespace: this.namespace, environ: this.environ(assigns) });
    } catch (e) {
      // a bug in the simulation must not end the learner's session, nor show them its JavaScript text
      return new StreamWriter().err(internalErrorText(e)).done();
    }
  }
}

/**
 * The resumable shell interpreter: runs the one grammar's tree (parse.ts) as a generator that yields
 * its sleeps, so a host drives it on its own clock. Builtins, expansion and redirections are here;
 * every program and file is the host's (ShellHost, host.ts).
 */
import { setOwn } from '../own';
import { parse, ParseError, type Node, type Simple } from './parse';
import { expandFields, expandJoined, splitAssignment } from './expand';
import type { WordPart, WordToken } from './lexer';
import { SH_LEX_ERRORS } from './lex-errors';
import { paramValue } from './params';
import { MAX_SPIN, SPIN, type ShellHost, type ShellState, type Sink, type Yield } from './host';

/** The most text one shell word or variable may hold (a doubling `x=$x$x` hits it within 20 rounds). */
const MAX_WORD_BYTES = 1024 * 1024;

/** Thrown by `exit`: unwinds to the script's runner, which returns the code. */
class ExitSignal {
  constructor(readonly code: number) {}
}

const BUILTINS = new Set(['echo', 'printf', 'cd', 'pwd', 'export', 'exit', 'true', 'false', ':', 'test', '[', 'sleep', 'set', 'unset', 'read', 'exec', 'trap', 'wait', 'type', 'command']);

/** Run a shell script; yields sleeps; returns the exit code. Output accumulates in `sink`. */
export function* runScript(src: string, host: ShellHost, st: ShellState, sink: Sink, stdin = ''): Generator<Yield, number> {
  let tree: Node;
  try {
    tree = parse(src);
  } catch (e) {
    if (e instanceof ParseError) {
      const message = e.lex ? SH_LEX_ERRORS[e.lex] : e.message;
      sink.err += st.shell === 'ash' ? `sh: ${message}\n` : `sh: 1: ${message}\n`;
      return 2;
    }
    throw e;
  }
  try {
    return yield* node(tree, host, st, sink, stdin);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}

function* node(n: Node, host: ShellHost, st: ShellState, sink: Sink, stdin: string): Generator<Yield, number> {
  switch (n.kind) {
    case 'simple':
      return (st.last = yield* simple(n, host, st, sink, stdin));
    case 'seq': {
      let code = 0;
      for (const it of n.items) code = yield* node(it.node, host, st, sink, stdin);
      return code;
    }
    case 'andor': {
      let code = yield* node(n.first, host, st, sink, stdin);
      for (const r of n.rest) {
        if ((r.op === '&&' && code === 0) || (r.op === '||' && code !== 0)) code = yield* node(r.node, host, st, sink, stdin);
      }
      return (st.last = code);
    }
    case 'pipeline': {
      let input = stdin;
      let code = 0;
      for (let i = 0; i < n.cmds.length; i++) {
        const part: Sink = { out: '', err: '' };
        code = yield* node(n.cmds[i], host, st, part, input);
        sink.err += part.err;
        if (i === n.cmds.length - 1) sink.out += part.out;
        else input = part.out;
      }
      return (st.last = n.negate ? (code === 0 ? 1 : 0) : code);
    }
    case 'while': {
      let code = 0;
      for (let guard = 0; ; guard++) {
        const c = yield* node(n.cond, host, st, sink, stdin);
        if ((c === 0) === n.until) break;
        code = yield* node(n.body, host, st, sink, stdin);
        // a loop that never sleeps would spin forever: say so instead of computing it
        if (guard === MAX_SPIN) yield SPIN;
      }
      return code;
    }
    case 'for': {
      let code = 0;
      const words: string[] = [];
      for (const w of n.words) words.push(...(yield* expand(w, host, st, sink)));
      for (const w of words) {
        st.vars[n.name] = w;
        code = yield* node(n.body, host, st, sink, stdin);
      }
      return code;
    }
    case 'if': {
      if ((yield* node(n.cond, host, st, sink, stdin)) === 0) return yield* node(n.then, host, st, sink, stdin);
      for (const e of n.elifs) if ((yield* node(e.cond, host, st, sink, stdin)) === 0) return yield* node(e.then, host, st, sink, stdin);
      return n.else ? yield* node(n.else, host, st, sink, stdin) : 0;
    }
  }
}

function* simple(n: Simple, host: ShellHost, st: ShellState, sink: Sink, stdin: string): Generator<Yield, number> {
  const argv: string[] = [];
  for (const w of n.words) argv.push(...(yield* expand(w, host, st, sink)));
  const assigns: Record<string, string> = {};
  for (const a of n.assigns) {
    const [name, value] = splitAssignment(yield* expandWhole(a, host, st, sink));
    setOwn(assigns, name, value);
  }
  if (argv.some((w) => w.length > MAX_WORD_BYTES) || Object.values(assigns).some((v) => v.length > MAX_WORD_BYTES)) {
    // the shell's memory runs out long before the string does in real life
    sink.err += `${prefix(st)}out of memory\n`;
    throw new ExitSignal(137);
  }
  if (argv.length === 0) {
    Object.assign(st.vars, assigns);
    return 0;
  }
  let input = stdin;
  for (const r of n.redirects) {
    if (r.kind === 'heredoc') input = r.word ? yield* expandWhole(r.word, host, st, sink) : r.body;
    else if (r.kind === 'in') {
      const t = (yield* expand(r.path, host, st, sink)).join(' ');
      const c = host.files.read(abs(t, st.cwd));
      if (c === undefined) {
        sink.err += `${prefix(st)}can't open ${t}: no such file\n`;
        return 1;
      }
      input = c;
    }
  }
  const part: Sink = { out: '', err: '' };
  const code = yield* invoke(argv, { ...st.vars, ...assigns }, host, st, part, input);
  // redirections: 2>&1 and >&2 join the streams, > and >> write files
  let out = part.out;
  let err = part.err;
  for (const r of n.redirects) {
    if (r.kind === 'errToOut') {
      out = err + out;
      err = '';
    } else if (r.kind === 'outToErr') {
      err += out;
      out = '';
    } else if (r.kind === 'out' || r.kind === 'err' || r.kind === 'both') {
      const target = (yield* expand(r.path, host, st, sink)).join(' ');
      const text = r.kind === 'out' ? out : r.kind === 'err' ? err : err + out;
      if (r.kind !== 'err') out = '';
      if (r.kind !== 'out') err = '';
      if (target === '/dev/null') continue;
      if (target === '/dev/stderr') {
        err += text;
        continue;
      }
      if (target === '/dev/stdout') {
        out += text;
        continue;
      }
      const e = host.files.write(abs(target, st.cwd), text, r.kind !== 'both' && r.append);
      if (e) {
        sink.err += st.shell === 'ash' ? `sh: can't create ${target}: ${e}\n` : `${prefix(st)}cannot create ${target}: ${e}\n`;
        return 2;
      }
    }
  }
  sink.out += out;
  sink.err += err;
  return code;
}

/** How the shell starts its own messages. */
export function prefix(st: ShellState): string {
  return st.shell === 'ash' ? 'sh: ' : st.shell === 'bash' ? 'bash: line 1: ' : 'sh: 1: ';
}

export function abs(p: string, cwd: string): string {
  return p.startsWith('/') ? p : `${cwd === '/' ? '' : cwd}/${p}`;
}

/** Run one command: the shell's builtins, else the host's programs. */
export function* invoke(argv: string[], env: Record<string, string>, host: ShellHost, st: ShellState, sink: Sink, stdin: string): Generator<Yield, number> {
  if (BUILTINS.has(argv[0])) return yield* builtin(argv, env, host, st, sink, stdin);
  return yield* host.run(argv, env, st, sink, stdin);
}

/** `sleep N[smhd]` and `sleep infinity`: yields the time to let pass. */
export function* sleep(argv: string[], sink: Sink): Generator<Yield, number> {
  const a = argv[1];
  const m = a === undefined ? null : /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(a);
  if (a === 'infinity') {
    for (;;) yield 3_600_000;
  }
  if (!m) {
    sink.err += a === undefined ? 'sleep: missing operand\n' : `sleep: invalid number '${a}'\n`;
    return 1;
  }
  const ms = Number(m[1]) * ({ '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as Record<string, number>)[m[2]];
  if (ms > 0) yield ms;
  return 0;
}

function* builtin(argv: string[], env: Record<string, string>, host: ShellHost, st: ShellState, sink: Sink, stdin: string): Generator<Yield, number> {
  const [name, ...args] = argv;
  switch (name) {
    case 'exit': {
      const code = args[0] !== undefined ? Number(args[0]) & 255 : st.last;
      st.exited = code;
      throw new ExitSignal(code);
    }
    case 'true':
    case ':':
      return 0;
    case 'false':
      return 1;
    case 'cd': {
      const target = args[0] ? normalizeCwd(args[0], st.cwd) : (env.HOME ?? '/root');
      if (!host.files.isDir(target)) {
        sink.err += `${prefix(st)}cd: can't cd to ${args[0]}: No such file or directory\n`;
        return 2;
      }
      st.cwd = target;
      return 0;
    }
    case 'pwd':
      sink.out += st.cwd + '\n';
      return 0;
    case 'export':
    case 'set':
      for (const a of args) {
        const eq = a.indexOf('=');
        if (eq > 0) st.vars[a.slice(0, eq)] = a.slice(eq + 1);
      }
      return 0;
    case 'unset':
      for (const a of args) delete st.vars[a];
      return 0;
    case 'read': {
      const line = stdin.split('\n')[0] ?? '';
      if (args[0]) st.vars[args[0]] = line;
      return stdin === '' ? 1 : 0;
    }
    case 'sleep':
      return yield* sleep(argv, sink);
    case 'trap':
    case 'wait':
      return 0;
    case 'exec':
      return args.length ? yield* invoke(args, env, host, st, sink, stdin) : 0;
    case 'type':
    case 'command': {
      const n = args.filter((a) => !a.startsWith('-'))[0];
      if (n && (BUILTINS.has(n) || host.onPath(n))) {
        sink.out += BUILTINS.has(n) ? `${n} is a shell builtin\n` : `${n} is /usr/bin/${n}\n`;
        return 0;
      }
      return 1;
    }
    default:
      return yield* host.utility(argv, env, st, sink, stdin);
  }
}

function normalizeCwd(p: string, cwd: string): string {
  const parts: string[] = [];
  for (const x of (p.startsWith('/') ? p : `${cwd}/${p}`).split('/')) {
    if (!x || x === '.') continue;
    if (x === '..') parts.pop();
    else parts.push(x);
  }
  return '/' + parts.join('/');
}

/** The value of each expansion in a word: substitutions run here, as a subshell that may sleep. */
function* resolveParts(word: WordToken, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, Map<WordPart, string>> {
  const values = new Map<WordPart, string>();
  for (const part of word.parts ?? []) {
    if (part.kind === 'text') continue;
    if (part.kind === 'param') {
      values.set(part, part.bad ? '' : paramValue(part, (name) => st.vars[name], { '?': String(st.last), $: '1', '#': '0' }));
      continue;
    }
    const sub: Sink = { out: '', err: '' };
    yield* runScript(part.script, host, { ...st, vars: { ...st.vars }, main: false }, sub);
    sink.err += sub.err;
    values.set(part, sub.out.replace(/\n+$/, ''));
  }
  return values;
}

/** Expand one word into fields: parameters, `$(cmd)` and backquotes, field splitting, then globs in unquoted text. */
function* expand(word: WordToken, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, string[]> {
  const values = yield* resolveParts(word, host, st, sink);
  const fields = expandFields(word, (part) => values.get(part) ?? '');
  return word.glob ? fields.flatMap((f) => globExpand(f, host, st.cwd)) : fields;
}

/** Expand a word without field splitting or globs, as the value of `NAME=value` is. */
function* expandWhole(word: WordToken, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, string> {
  const values = yield* resolveParts(word, host, st, sink);
  return expandJoined(word, (part) => values.get(part) ?? '');
}

function globExpand(pattern: string, host: ShellHost, cwd: string): string[] {
  if (!/[*?]/.test(pattern)) return [pattern];
  const slash = pattern.lastIndexOf('/');
  const dir = slash >= 0 ? pattern.slice(0, slash) || '/' : cwd;
  const pat = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  const re = new RegExp('^' + pat.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
  const names = (host.files.list(dir) ?? []).filter((n) => re.test(n) && (!n.startsWith('.') || pat.startsWith('.')));
  if (!names.length) return [pattern];
  return names.map((n) => (slash >= 0 ? `${dir === '/' ? '' : dir}/${n}` : n));
}

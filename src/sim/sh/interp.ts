/**
 * The resumable shell interpreter: runs the one grammar's tree (parse.ts) as a generator that yields
 * its sleeps, so a host drives it on its own clock. Builtins, expansion and redirections are here;
 * every program and file is the host's (ShellHost, host.ts).
 */
import { own, setOwn } from '../own';
import { parse, ParseError, type Grammar, type Node, type Simple } from './parse';
import { expandFields, expandJoined, splitAssignment } from './expand';
import type { WordPart, WordToken } from './lexer';
import { paramValue } from './params';
import { dialect } from './dialect';
import { sleepTime } from './utils/sleep';
import { abs, output, resolvePath, type Redirects } from './redirect';
import { childSink, MAX_SPIN, pass, put, SPIN, type Dialect, type ShellHost, type ShellState, type Sink, type Yield } from './host';
import { AbortSignal, ExitSignal, ReturnSignal } from './signals';
import { callFunction, localBuiltin, returnBuiltin, shiftBuiltin } from './functions';
import { BUILTINS, commandBuiltin, typeBuiltin } from './lookup';

/** The most text one shell word or variable may hold (a doubling `x=$x$x` hits it within 20 rounds). */
const MAX_WORD_BYTES = 1024 * 1024;

/** How deep command substitutions may nest (`$(echo $(echo ...))`) before the shell gives up. */
const MAX_SUBST_DEPTH = 32;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whose grammar each dialect's shell reads. */
const GRAMMAR: Record<Dialect, Grammar> = { ash: 'ash', dash: 'dash', bash: 'bash', prompt: 'bash' };

/** Run a shell script; yields sleeps; returns the exit code. Output accumulates in `sink`. */
export function* runScript(src: string, host: ShellHost, st: ShellState, sink: Sink, stdin?: string): Generator<Yield, number> {
  let tree: Node;
  try {
    tree = parse(src, GRAMMAR[st.shell]);
  } catch (e) {
    if (e instanceof ParseError) {
      const words = dialect(st);
      put(sink, 'err', e.lex ? words.lex(e.lex, !!st.subst) : words.syntax(e, !!st.subst));
      return 2;
    }
    throw e;
  }
  return yield* runTree(tree, host, st, sink, stdin);
}

/** Run a parsed script (parse.ts); yields sleeps; returns the exit code. */
export function* runTree(tree: Node, host: ShellHost, st: ShellState, sink: Sink, stdin?: string): Generator<Yield, number> {
  try {
    return yield* node(tree, host, st, sink, stdin);
  } catch (e) {
    // a `return` here ends the subshell it is in; an aborted command leaves its status as `$?`
    if (e instanceof ExitSignal || e instanceof ReturnSignal || e instanceof AbortSignal) return (st.last = e.code);
    throw e;
  }
}

/** Run one node of the tree; its status is `$?` after it. */
function* node(n: Node, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  return (st.last = yield* step(n, host, st, sink, stdin));
}

function* step(n: Node, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  switch (n.kind) {
    case 'simple':
      return yield* simple(n, host, st, sink, stdin);
    case 'redirected':
      return yield* redirected(n, host, st, sink, stdin);
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
      return code;
    }
    case 'subshell':
      return yield* subshell(n.body, host, st, sink, stdin);
    case 'group':
      return yield* node(n.body, host, st, sink, stdin);
    case 'function':
      (st.funcs ??= new Map()).set(n.name, n);
      return 0;
    case 'case': {
      const subject = yield* expandWhole(n.subject, host, st, sink);
      for (const arm of n.arms) {
        for (const pat of arm.patterns) {
          if ((yield* casePattern(pat, host, st, sink)).test(subject)) return yield* node(arm.body, host, st, sink, stdin);
        }
      }
      return 0;
    }
    case 'pipeline': {
      let input = stdin;
      let code = 0;
      for (let i = 0; i < n.cmds.length; i++) {
        const part = childSink(sink);
        // each command of a pipeline is a subshell (`... | read x` sets nothing after it), as in bash, dash and ash
        code = yield* subshell(n.cmds[i], host, st, part, input);
        if (i === n.cmds.length - 1) pass(sink, part);
        else {
          put(sink, 'err', part.err);
          input = part.out;
        }
      }
      return n.negate ? (code === 0 ? 1 : 0) : code;
    }
    case 'while': {
      let code = 0;
      // the loop reads its stdin as it goes: each `read` takes the next line
      let input = stdin;
      const rest = () => {
        if (input !== undefined && st.consumed !== undefined) input = input.slice(st.consumed);
        st.consumed = undefined;
      };
      for (let guard = 0; ; guard++) {
        const c = yield* node(n.cond, host, st, sink, input);
        rest();
        if ((c === 0) === n.until) break;
        code = yield* node(n.body, host, st, sink, input);
        rest();
        // a loop that never sleeps would spin forever: say so instead of computing it
        if (guard === MAX_SPIN) yield SPIN;
      }
      return code;
    }
    case 'for': {
      let code = 0;
      const words: string[] = n.positional ? [...(st.args ?? [])] : [];
      for (const w of n.words) words.push(...(yield* expand(w, host, st, sink)));
      for (const w of words) {
        setOwn(st.vars, n.name, w);
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

/** A copy of the shell for a subshell: its variables, exports, directory and `exit` are its own. */
function forked(st: ShellState): ShellState {
  return {
    ...st,
    vars: { ...st.vars },
    exited: undefined,
    ...(st.exported ? { exported: new Set(st.exported) } : {}),
    ...(st.funcs ? { funcs: new Map(st.funcs) } : {}),
    ...(st.locals ? { locals: st.locals.map((m) => new Map(m)) } : {}),
  };
}

function* subshell(n: Node, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  return yield* runTree(n, host, forked(st), sink, stdin);
}

function* simple(n: Simple, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  const words = dialect(st);
  const argv: string[] = [];
  // `export A=$X`: a declaration's assignments are not split into fields
  const declaring = n.words[0]?.value === 'export' || n.words[0]?.value === 'local';
  for (const [i, w] of n.words.entries()) {
    if (declaring && i > 0 && w.assign) argv.push(yield* expandWhole(w, host, st, sink));
    else argv.push(...(yield* expand(w, host, st, sink)));
  }
  const targets = yield* openTargets(n.redirects, host, st, sink);
  if (!targets) return 1;
  const assigns: Record<string, string> = {};
  st.substStatus = undefined;
  for (const a of n.assigns) {
    const [name, value] = splitAssignment(yield* expandWhole(a, host, st, sink));
    setOwn(assigns, name, value);
  }
  if (argv.some((w) => w.length > MAX_WORD_BYTES) || Object.values(assigns).some((v) => v.length > MAX_WORD_BYTES)) {
    // the shell's memory runs out long before the string does in real life
    put(sink, 'err', `${words.prefix}out of memory\n`);
    throw new ExitSignal(137);
  }
  const part = childSink(sink);
  let code: number;
  if (argv.length === 0) {
    for (const [k, v] of Object.entries(assigns)) setOwn(st.vars, k, v);
    // an assignment alone has the status of its last command substitution
    code = st.substStatus ?? 0;
  } else {
    const input = yield* inputOf(n.redirects, targets, stdin, host, st, sink);
    if (input === false) return 1;
    const fn = st.funcs?.get(argv[0]);
    try {
      code = fn
        ? yield* callFunction(fn, argv, assigns, st, part, input, (b, s, k, i) => node(b, host, s, k, i))
        : yield* invoke(argv, environ(st, assigns), host, st, part, input);
    } catch (e) {
      // `exit` or an error in a function: what it wrote is still written
      output(n.redirects, targets, part, host, st, sink);
      throw e;
    }
  }
  return output(n.redirects, targets, part, host, st, sink) ?? code;
}

/** A compound command's redirections, around all it runs: `for ...; done > out.txt`. */
function* redirected(n: Extract<Node, { kind: 'redirected' }>, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  const targets = yield* openTargets(n.redirects, host, st, sink);
  if (!targets) return 1;
  const input = yield* inputOf(n.redirects, targets, stdin, host, st, sink);
  if (input === false) return 1;
  const part = childSink(sink);
  let code: number;
  try {
    code = yield* node(n.node, host, st, part, input);
  } catch (e) {
    output(n.redirects, targets, part, host, st, sink);
    throw e;
  }
  return output(n.redirects, targets, part, host, st, sink) ?? code;
}



/** Redirections are opened before the command runs: their words expand first. Undefined: one named no single file. */
function* openTargets(redirects: Redirects, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, Map<Redirects[number], string> | undefined> {
  const ambiguous = dialect(st).ambiguous;
  const targets = new Map<Redirects[number], string>();
  for (const r of redirects) {
    if (r.kind === 'heredoc' || r.kind === 'errToOut' || r.kind === 'outToErr') continue;
    const fields = yield* expand(r.path, host, st, sink);
    if (fields.length !== 1 && ambiguous) {
      put(sink, 'err', ambiguous(r.path.value));
      return undefined;
    }
    targets.set(r, fields.join(' '));
  }
  return targets;
}

/** The command's stdin after `<` and heredocs; false when a file to read is missing (said on `sink`). */
function* inputOf(redirects: Redirects, targets: Map<Redirects[number], string>, stdin: string | undefined, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, string | undefined | false> {
  const words = dialect(st);
  let input = stdin;
  for (const r of redirects) {
    if (r.kind === 'heredoc') {
      input = r.word ? yield* expandWhole(r.word, host, st, sink) : r.body;
      if (r.unterminated && words.heredocEof) put(sink, 'err', words.heredocEof(r.unterminated));
    } else if (r.kind === 'in') {
      const t = targets.get(r) ?? '';
      const c = t === '/dev/null' ? '' : host.files.read(abs(t, st.cwd));
      if (c === undefined) {
        put(sink, 'err', words.cantOpen(t));
        return false;
      }
      input = c;
    }
  }
  return input;
}

/** The environment a command gets: the exported variables (all, where the shell keeps none apart), then its own `NAME=value` prefixes. */
function environ(st: ShellState, assigns: Record<string, string>): Record<string, string> {
  if (!st.exported) return { ...st.vars, ...assigns };
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(st.vars)) if (st.exported.has(k)) setOwn(env, k, v);
  for (const [k, v] of Object.entries(assigns)) {
    // a prefix replaces the variable where it stood in the environment
    delete env[k];
    setOwn(env, k, v);
  }
  return env;
}

/** How the shell starts its own messages. */
export function prefix(st: ShellState): string {
  return dialect(st).prefix;
}


/** Run one command: the shell's builtins, else the host's programs. */
export function* invoke(argv: string[], env: Record<string, string>, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
  if (BUILTINS.has(argv[0])) return yield* builtin(argv, env, host, st, sink, stdin);
  return yield* host.run(argv, env, st, sink, stdin);
}

/** `sleep`: GNU's or busybox's (the shell's dialect says whose), yielding the time to let pass; `infinity` never ends. */
export function* sleep(argv: string[], st: ShellState, sink: Sink): Generator<Yield, number> {
  const ms = sleepTime(argv.slice(1), dialect(st).coreutils);
  if (typeof ms !== 'number') {
    put(sink, 'err', ms.error);
    return 1;
  }
  if (ms === Infinity) {
    for (;;) yield 3_600_000;
  }
  if (ms > 0) {
    st.calls = 0;
    yield ms;
  }
  return 0;
}

function* builtin(argv: string[], env: Record<string, string>, host: ShellHost, st: ShellState, sink: Sink, stdin: string | undefined): Generator<Yield, number> {
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
      const target = args[0] ? resolvePath(args[0], st.cwd) : (env.HOME ?? '/root');
      if (!host.files.isDir(target)) {
        put(sink, 'err', dialect(st).cd(args[0]));
        return dialect(st).cdStatus;
      }
      st.cwd = target;
      return 0;
    }
    case 'pwd':
      put(sink, 'out', st.cwd + '\n');
      return 0;
    case 'export':
    case 'set':
    case 'unset':
      return variables(name, args, st, sink);
    case 'read': {
      const text = stdin ?? '';
      const nl = text.indexOf('\n');
      const line = nl < 0 ? text : text.slice(0, nl);
      st.consumed = nl < 0 ? text.length : nl + 1;
      // the fields go to the names in turn, the last name takes the rest of the line
      const names = args.filter((a) => !a.startsWith('-'));
      let rest = line.replace(/^[ \t]+/, '');
      names.forEach((name, i) => {
        if (i === names.length - 1) return setOwn(st.vars, name, rest.replace(/[ \t]+$/, ''));
        const m = /^([^ \t]*)[ \t]*/.exec(rest)!;
        setOwn(st.vars, name, m[1]);
        rest = rest.slice(m[0].length);
      });
      return nl < 0 ? 1 : 0;
    }
    case 'sleep':
      return yield* sleep(argv, st, sink);
    case 'trap':
    case 'wait':
      return 0;
    case 'exec':
      return args.length ? yield* invoke(args, env, host, st, sink, stdin) : 0;
    case 'type':
      return typeBuiltin(args, host, st, sink);
    case 'command': {
      const run = commandBuiltin(args, host, st, sink);
      return typeof run === 'number' ? run : yield* invoke(run, env, host, st, sink, stdin);
    }
    case 'return':
      return returnBuiltin(args, st, sink);
    case 'shift':
      return shiftBuiltin(args, st, sink);
    case 'local':
      return localBuiltin(args, st, sink);
    default:
      return yield* host.utility(argv, env, st, sink, stdin);
  }
}

/** `export NAME[=value]`, `set NAME=value`, `unset NAME`: the shell's variables, and which of them are exported. */
function variables(name: string, args: string[], st: ShellState, sink: Sink): number {
  const badName = dialect(st).badName;
  if (name === 'set' && args[0] === '--') {
    st.args = args.slice(1);
    return 0;
  }
  if (name === 'unset' && args[0] === '-f') {
    for (const a of args.slice(1)) st.funcs?.delete(a);
    return 0;
  }
  // bash's `unset NAME` takes the function NAME when no variable has that name
  const orFunction = st.shell === 'bash' || st.shell === 'prompt';
  const names = name === 'unset' && args[0] === '-v' ? args.slice(1) : args;
  let code = 0;
  for (const a of names) {
    const eq = a.indexOf('=');
    const key = eq >= 0 ? a.slice(0, eq) : a;
    if (badName && name !== 'set' && !NAME.test(key)) {
      put(sink, 'err', badName(name, a));
      code = 1;
      continue;
    }
    if (name === 'unset') {
      if (orFunction && !Object.hasOwn(st.vars, key) && names === args) st.funcs?.delete(key);
      delete st.vars[key];
      st.exported?.delete(key);
      continue;
    }
    if (name === 'export') st.exported?.add(key);
    if (eq > 0) setOwn(st.vars, key, a.slice(eq + 1));
  }
  return code;
}

/** The value of each expansion in a word: substitutions run here, as a subshell that may sleep. */
function* resolveParts(word: WordToken, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, Map<WordPart, string | string[]>> {
  const values = new Map<WordPart, string | string[]>();
  for (const part of word.parts ?? []) {
    if (part.kind === 'text') continue;
    if (part.kind === 'param' && part.name === '@' && part.quoted && !part.default) {
      // "$@": each parameter a field of its own
      values.set(part, [...(st.args ?? [])]);
      continue;
    }
    if (part.kind === 'param') {
      const bad = dialect(st).badParamAsTyped ? `\${${part.name}}` : '';
      values.set(part, part.bad ? bad : paramValue(part, (name) => own<string>(st.vars, name), specials(st)));
      continue;
    }
    if ((st.depth ?? 0) >= MAX_SUBST_DEPTH) {
      put(sink, 'err', dialect(st).tooDeep);
      st.substStatus = 1;
      values.set(part, '');
      continue;
    }
    // a subshell: what it sets does not last, its status does
    const sub: Sink = { out: '', err: '' };
    const inner: ShellState = { ...forked(st), main: false, subst: true, depth: (st.depth ?? 0) + 1 };
    st.substStatus = yield* runScript(part.script, host, inner, sub);
    put(sink, 'err', sub.err);
    values.set(part, sub.out.replace(/\n+$/, ''));
  }
  return values;
}

/** `$?`, `$$`, `$#`, `$0` and the positional parameters (`$1`..., `$@`, `$*`, joined by a space as the default IFS's first character). */
function specials(st: ShellState): Record<string, string> {
  const args = st.args ?? [];
  const all = Object.fromEntries(args.map((a, i) => [String(i + 1), a]));
  return { ...all, '?': String(st.last), $: st.pid ?? '1', '#': String(args.length), '@': args.join(' '), '*': args.join(' '), ...(st.shell === 'prompt' ? { '0': 'bash' } : {}) };
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

/** A shell pattern as a regular expression: `*` any run, `?` one character, `[...]` / `[!...]` a set; the rest literal. */
function patternRegExp(pattern: string): RegExp {
  return new RegExp(`^${patternSource(pattern)}$`, 's');
}

function patternSource(pattern: string): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const close = c === '[' ? pattern.indexOf(']', i + 2) : -1;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (close > 0) {
      const set = pattern.slice(i + 1, close);
      re += `[${set[0] === '!' ? '^' + escapeSet(set.slice(1)) : escapeSet(set)}]`;
      i = close;
    } else re += literalSource(c);
  }
  return re;
}

const literalSource = (text: string) => text.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');

/** A `case` pattern: what was quoted matches itself; unquoted text and unquoted expansions (`$p`) are patterns, as in every shell. */
function* casePattern(word: WordToken, host: ShellHost, st: ShellState, sink: Sink): Generator<Yield, RegExp> {
  if (!word.parts) return new RegExp(`^${word.glob ? patternSource(word.value) : literalSource(word.value)}$`, 's');
  const values = yield* resolveParts(word, host, st, sink);
  let re = '';
  for (const part of word.parts) {
    const text = part.kind === 'text' ? part.text : [values.get(part) ?? ''].flat().join(' ');
    re += part.quoted ? literalSource(text) : patternSource(text);
  }
  return new RegExp(`^${re}$`, 's');
}

/** The members of a `[...]` set, ranges kept, other regex specials escaped. */
function escapeSet(set: string): string {
  return set.replace(/[\\\]^[]/g, '\\$&');
}

function globExpand(pattern: string, host: ShellHost, cwd: string): string[] {
  if (!/[*?]/.test(pattern)) return [pattern];
  const slash = pattern.lastIndexOf('/');
  const dir = slash >= 0 ? pattern.slice(0, slash) || '/' : cwd;
  const pat = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  const re = patternRegExp(pat);
  const names = (host.files.list(dir) ?? []).filter((n) => re.test(n) && (!n.startsWith('.') || pat.startsWith('.')));
  if (!names.length) return [pattern];
  return names.map((n) => (slash >= 0 ? `${dir === '/' ? '' : dir}/${n}` : n));
}

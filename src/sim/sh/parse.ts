/**
 * The one shell grammar: a script's tokens (the one lexer, lexer.ts) into a command tree of simple
 * commands, pipelines, `&&`/`||` lists, sequences, subshells, `while`/`until`, `for` and `if`.
 * Words stay tokens (quotes resolved into parts); expansion happens when the command runs.
 */

import { lexesOpen, lexScript, scanScript, type LexError, type Token, type WordToken } from './lexer';

/** A redirection; its file is named by a word, expanded when the command runs. */
type Redirect =
  | { kind: 'out'; append: boolean; path: WordToken }
  | { kind: 'err'; append: boolean; path: WordToken }
  | { kind: 'both'; append: boolean; path: WordToken }
  | { kind: 'errToOut' }
  | { kind: 'outToErr' }
  | { kind: 'in'; path: WordToken }
  | { kind: 'heredoc'; body: string; /** The body's expansions, when it has any. */ word?: WordToken; /** The delimiter line never came: the body is what was read. */ unterminated?: string };

export interface Simple {
  kind: 'simple';
  /** Leading `NAME=value` words. */
  assigns: WordToken[];
  words: WordToken[];
  redirects: Redirect[];
}
interface Pipeline {
  kind: 'pipeline';
  cmds: Node[];
  negate?: boolean;
}
interface AndOr {
  kind: 'andor';
  first: Node;
  rest: { op: '&&' | '||'; node: Node }[];
}
interface Seq {
  kind: 'seq';
  items: { node: Node; background: boolean }[];
}
interface While {
  kind: 'while';
  until: boolean;
  cond: Node;
  body: Node;
}
interface For {
  kind: 'for';
  name: string;
  words: WordToken[];
  /** No `in` came: the loop runs over the positional parameters. */
  positional?: boolean;
  body: Node;
}
interface If {
  kind: 'if';
  cond: Node;
  then: Node;
  elifs: { cond: Node; then: Node }[];
  else?: Node;
}
/** `case word in pattern|pattern) list ;; ... esac`: the first arm with a matching pattern runs. */
interface Case {
  kind: 'case';
  subject: WordToken;
  arms: { patterns: WordToken[]; body: Node }[];
}
/** `( list )`: the list runs in a copy of the shell, so what it sets, where it cds and its `exit` stay inside. */
interface Subshell {
  kind: 'subshell';
  body: Node;
}
/** `{ list; }`: the list runs in this shell, as one command (its redirections apply to all of it). */
interface Group {
  kind: 'group';
  body: Node;
}
/** `name() command`: defines a function; running the definition only stores it. */
export interface FunctionDef {
  kind: 'function';
  name: string;
  /** A compound command (bash) or any command (ash and dash), with the redirections every call gets. */
  body: Node;
}
/** A compound command whose output (or input) is redirected as a whole. */
interface Redirected {
  kind: 'redirected';
  node: Node;
  redirects: Redirect[];
}
export type Node = Simple | Pipeline | AndOr | Seq | While | For | If | Case | Subshell | Group | FunctionDef | Redirected;

/**
 * A grammar error (`message`, in the container shells' words; `near`, the token it stopped at, for
 * bash's; neither, the input ended inside a command) or a lexical one (`lex`, for each shell to word).
 */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly lex?: LexError,
    readonly near?: string,
  ) {
    super(message);
  }
}

/** The token a message names: `newline` for the end of a line. */
function named(t: Token | undefined): string {
  return !t || (t.type === 'op' && t.op === '\n') ? 'newline' : shown(t);
}

const REDIRECT_TO_FILE = new Set(['>', '>>', '2>', '2>>', '&>', '&>>', '<']);

/** The text a token stands for in a message. */
function shown(t: Token): string {
  return t.type === 'op' ? t.op : t.value;
}

const RESERVED = new Set(['do', 'done', 'then', 'fi', 'else', 'elif', 'esac', '}']);

/** The words that start a compound command: the only function bodies bash takes. */
const COMPOUND = new Set(['{', 'if', 'for', 'while', 'until', 'case']);

/** A name ash and dash take for a function (bash takes nearly any word). */
const FUNCTION_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Which shell's grammar, where they differ: bash takes any word as a function name but only a
 * compound command as its body; busybox ash has `&>` and not `&>>`; dash has neither.
 */
export type Grammar = 'bash' | 'ash' | 'dash';

/** Parse a script into a command tree. */
export function parse(src: string, grammar: Grammar = 'ash'): Node {
  const bash = grammar === 'bash';
  const lexed = lexScript(src, grammar !== 'dash');
  if (lexed.error) throw new ParseError(lexed.error, lexed.error);
  const toks = lexed.tokens;
  let p = 0;
  const peek = () => toks[p];
  /** A word, or the unquoted reserved word `v`. */
  const isWord = (v?: string) => {
    const t = peek();
    return t?.type === 'word' && (v === undefined || (t.value === v && !t.quoted && !t.parts));
  };
  const isOp = (v: string) => {
    const t = peek();
    return t?.type === 'op' && t.op === v;
  };
  const skipNl = () => {
    while (isOp('\n') || isOp(';')) p++;
  };
  const expectWord = (v: string) => {
    skipNl();
    const t = peek();
    if (!isWord(v)) throw new ParseError(`syntax error: unexpected ${t ? `"${shown(t)}"` : 'end of file'} (expecting "${v}")`, undefined, t && named(t));
    p++;
  };
  /** An unquoted word that is one of `words` (a reserved word where a command would start). */
  const reserved = (t: Token, words: Iterable<string>): boolean => t.type === 'word' && !t.quoted && !t.parts && [...words].includes(t.value);

  function list(stop: string[]): Node {
    const items: Seq['items'] = [];
    for (;;) {
      // a `;` ends a command: one with none before it is a syntax error
      while (isOp('\n')) p++;
      const t = peek();
      if (!t || reserved(t, stop) || isOp(')') || isOp(';;')) break;
      const node = andOr(stop);
      let background = false;
      if (isOp('&')) {
        background = true;
        p++;
      }
      items.push({ node, background });
      if (isOp(';') || isOp('\n')) p++;
      else if (!background) break;
    }
    return items.length === 1 && !items[0].background ? items[0].node : { kind: 'seq', items };
  }

  function andOr(stop: string[]): Node {
    const first = pipeline(stop);
    const rest: AndOr['rest'] = [];
    while (isOp('&&') || isOp('||')) {
      const op = isOp('&&') ? '&&' : '||';
      p++;
      while (isOp('\n')) p++;
      rest.push({ op, node: pipeline(stop) });
    }
    return rest.length ? { kind: 'andor', first, rest } : first;
  }

  function pipeline(stop: string[]): Node {
    let negate = false;
    if (isWord('!')) {
      negate = true;
      p++;
    }
    const cmds = [command(stop)];
    while (isOp('|')) {
      p++;
      cmds.push(command(stop));
    }
    return cmds.length === 1 && !negate ? cmds[0] : { kind: 'pipeline', cmds, negate };
  }

  /** The redirection at the current token, consumed, or undefined. */
  function redirection(): Redirect | undefined {
    const tk = peek();
    if (tk?.type !== 'op') return undefined;
    if (REDIRECT_TO_FILE.has(tk.op)) {
      p++;
      const target = peek();
      if (!target || target.type !== 'word' || (tk.op === '&>>' && grammar === 'ash')) throw new ParseError('syntax error: unexpected redirection', undefined, named(target));
      p++;
      const op = tk.op;
      if (op === '<') return { kind: 'in', path: target };
      if (op === '&>' || op === '&>>') return { kind: 'both', append: op === '&>>', path: target };
      return { kind: op.startsWith('2') ? 'err' : 'out', append: op.endsWith('>>'), path: target };
    }
    if (tk.op === '2>&1' || tk.op === '>&2') {
      p++;
      return { kind: tk.op === '2>&1' ? 'errToOut' : 'outToErr' };
    }
    if ((tk.op === '<<' || tk.op === '<<-') && tk.heredoc) {
      p++;
      return heredocRedirect(tk.heredoc);
    }
    return undefined;
  }

  /** A compound command with the redirections after its end (`done > out.txt`). */
  function withRedirects(n: Node): Node {
    const redirects: Redirect[] = [];
    for (let r = redirection(); r; r = redirection()) redirects.push(r);
    return redirects.length ? { kind: 'redirected', node: n, redirects } : n;
  }

  /** What is due next and did not come: the token (or the end of the input) named in the message. */
  function unexpected(expecting?: string): ParseError {
    const t = peek();
    return new ParseError(`syntax error: unexpected ${t ? `"${shown(t)}"` : 'end of file'}${expecting ? ` (expecting "${expecting}")` : ''}`, undefined, t && named(t));
  }

  /** After `case`: the subject, `in`, then arms of patterns and lists until `esac`. */
  function caseCommand(): Case {
    const subject = peek();
    if (subject?.type !== 'word') throw unexpected('word');
    p++;
    expectWord('in');
    const arms: Case['arms'] = [];
    for (;;) {
      while (isOp('\n')) p++;
      if (isWord('esac')) break;
      if (isOp('(')) p++;
      const patterns: WordToken[] = [];
      for (;;) {
        const w = peek();
        if (w?.type !== 'word') throw unexpected(')');
        patterns.push(w);
        p++;
        if (!isOp('|')) break;
        p++;
      }
      if (!isOp(')')) throw unexpected(')');
      p++;
      arms.push({ patterns, body: list(['esac']) });
      if (!isOp(';;')) break;
      p++;
    }
    while (isOp('\n')) p++;
    if (!isWord('esac')) throw unexpected('esac');
    p++;
    return { kind: 'case', subject, arms };
  }

  /** `name()` at the current token. */
  function definesFunction(): boolean {
    const [name, open, close] = toks.slice(p, p + 3);
    return name?.type === 'word' && !name.quoted && !name.parts && open?.type === 'op' && open.op === '(' && close?.type === 'op' && close.op === ')';
  }

  /** After `name()`: newlines, then the body. */
  function functionDef(stop: string[]): FunctionDef {
    const name = (toks[p] as WordToken).value;
    if (!bash && !FUNCTION_NAME.test(name)) throw new ParseError('syntax error: bad function name', undefined, '(');
    p += 3;
    while (isOp('\n')) p++;
    const t = peek();
    if (bash && t && !(t.type === 'op' && t.op === '(') && !reserved(t, COMPOUND)) throw new ParseError(`syntax error: unexpected "${named(t)}"`, undefined, named(t));
    return { kind: 'function', name, body: command(stop) };
  }

  function command(stop: string[]): Node {
    if (isWord('while') || isWord('until')) {
      const until = isWord('until');
      p++;
      const cond = list(['do']);
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return withRedirects({ kind: 'while', until, cond, body });
    }
    if (isWord('for')) {
      p++;
      const t = peek();
      const name = t?.type === 'word' ? t.value : '';
      p++;
      const words: WordToken[] = [];
      const positional = !isWord('in');
      if (!positional) {
        p++;
        for (let w = peek(); w?.type === 'word'; w = peek()) {
          words.push(w);
          p++;
        }
      }
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return withRedirects({ kind: 'for', name, words, body, ...(positional ? { positional } : {}) });
    }
    if (isWord('if')) {
      p++;
      const cond = list(['then']);
      expectWord('then');
      const then = list(['elif', 'else', 'fi']);
      const elifs: If['elifs'] = [];
      let els: Node | undefined;
      skipNl();
      while (isWord('elif')) {
        p++;
        const c = list(['then']);
        expectWord('then');
        elifs.push({ cond: c, then: list(['elif', 'else', 'fi']) });
        skipNl();
      }
      if (isWord('else')) {
        p++;
        els = list(['fi']);
      }
      expectWord('fi');
      return withRedirects({ kind: 'if', cond, then, elifs, else: els });
    }
    if (isWord('case')) {
      p++;
      return withRedirects(caseCommand());
    }
    if (isWord('{')) {
      p++;
      const body = list(['}']);
      if (body.kind === 'seq' && !body.items.length && isWord('}')) throw new ParseError('syntax error: unexpected "}"', undefined, '}');
      expectWord('}');
      return withRedirects({ kind: 'group', body });
    }
    if (definesFunction()) return functionDef(stop);
    if (isOp('(')) {
      p++;
      const inner = list([]);
      if (!isOp(')')) throw new ParseError('syntax error: missing )', undefined, peek() && named(peek()));
      p++;
      return withRedirects({ kind: 'subshell', body: inner });
    }
    const s: Simple = { kind: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      const tk = peek();
      if (!tk) break;
      if (tk.type === 'word') {
        if (s.words.length === 0 && reserved(tk, stop)) break;
        if (s.words.length === 0 && reserved(tk, RESERVED)) throw new ParseError(`syntax error: unexpected "${tk.value}"`, undefined, tk.value);
        if (s.words.length === 0 && tk.assign) s.assigns.push(tk);
        else s.words.push(tk);
        p++;
        continue;
      }
      const r = redirection();
      if (r) {
        s.redirects.push(r);
        continue;
      }
      break;
    }
    // `a |`, `&& b`, a lone `;`: a command was due and none came
    if (!s.assigns.length && !s.words.length && !s.redirects.length) {
      const t = peek();
      throw new ParseError(`syntax error: unexpected ${t ? `"${named(t)}"` : 'end of file'}`, undefined, named(t));
    }
    return s;
  }

  const root = list([]);
  skipNl();
  const rest = toks[p];
  if (rest) throw new ParseError(`syntax error: unexpected "${named(rest)}"`, undefined, named(rest));
  return root;
}

/** A `<<` redirection from the lexer's heredoc: its body, its expansions and whether it was closed. */
function heredocRedirect(h: { body: string; word?: WordToken; unterminated: boolean; delimiter: string }): Redirect {
  return { kind: 'heredoc', body: h.body, ...(h.word ? { word: h.word } : {}), ...(h.unterminated ? { unterminated: h.delimiter } : {}) };
}

/** One command as an interactive shell reads it: a line, or the lines a compound command spans, parsed. */
export interface ReadCommand {
  /** The text as typed (heredoc bodies included). */
  source: string;
  /** The first token, when it is a plain word (the prompt's `replay` is not a command of its own). */
  first?: string;
  tree?: Node;
  error?: ParseError;
}

/** Split a script the way an interactive shell reads it: line by line, a `for`/`while`/`if` until its end. */
export function readCommands(script: string): ReadCommand[] {
  const scanned = scanScript(script);
  const out: ReadCommand[] = [];
  for (let i = 0; i < scanned.length; i++) {
    const sc = scanned[i];
    const first = sc.tokens[0]?.type === 'word' ? sc.tokens[0].value : undefined;
    let source = sc.source;
    for (;;) {
      try {
        out.push({ source, first, tree: parse(source, 'bash') });
        break;
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        if (!endsInside(e) || i + 1 >= scanned.length) {
          out.push({ source, first, error: e });
          break;
        }
        // the lines of a compound command keep their indentation, as bash's history shows them
        source += '\n' + scanned[++i].indented;
      }
    }
  }
  return out;
}

/** The input ended inside a compound command (`for ...; do` with no `done` yet): the next line continues it. */
function endsInside(e: ParseError): boolean {
  return !e.lex && e.near === undefined;
}

/** Whether an interactive terminal asks for another line (bash's `> `) before running `text`: unfinished words or an open compound command. */
export function needsMoreInput(text: string): boolean {
  const src = text.replace(/\r\n?/g, '\n');
  if (lexesOpen(src)) return true;
  const last = readCommands(src).at(-1);
  return !!last?.error && endsInside(last.error);
}

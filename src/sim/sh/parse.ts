/**
 * The one shell grammar: a script's tokens (the one lexer, lexer.ts) into a command tree of simple
 * commands, pipelines, `&&`/`||` lists, sequences, subshells, `while`/`until`, `for` and `if`.
 * Words stay tokens (quotes resolved into parts); expansion happens when the command runs.
 */

import { lexScript, type LexError, type Token, type WordToken } from './lexer';

/** A redirection; `P` is how its file is named: a word as typed, or the path it expanded to. */
export type Redirect<P = WordToken> =
  | { kind: 'out'; append: boolean; path: P }
  | { kind: 'err'; append: boolean; path: P }
  | { kind: 'both'; path: P }
  | { kind: 'errToOut' }
  | { kind: 'outToErr' }
  | { kind: 'in'; path: P }
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
  body: Node;
}
interface If {
  kind: 'if';
  cond: Node;
  then: Node;
  elifs: { cond: Node; then: Node }[];
  else?: Node;
}
export type Node = Simple | Pipeline | AndOr | Seq | While | For | If;

/** A grammar error (`message`, in the container shells' words) or a lexical one (`lex`, for each shell to word). */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly lex?: LexError,
  ) {
    super(message);
  }
}

const REDIRECT_TO_FILE = new Set(['>', '>>', '2>', '2>>', '&>', '<']);

/** The text a token stands for in a message. */
function shown(t: Token): string {
  return t.type === 'op' ? t.op : t.value;
}

const RESERVED = new Set(['do', 'done', 'then', 'fi', 'else', 'elif', 'esac']);

/** Parse a script into a command tree. */
export function parse(src: string): Node {
  const lexed = lexScript(src);
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
    if (!isWord(v)) throw new ParseError(`syntax error: unexpected ${t ? `"${shown(t)}"` : 'end of file'} (expecting "${v}")`);
    p++;
  };
  /** An unquoted word that is one of `words` (a reserved word where a command would start). */
  const reserved = (t: Token, words: Iterable<string>): boolean => t.type === 'word' && !t.quoted && !t.parts && [...words].includes(t.value);

  function list(stop: string[]): Node {
    const items: Seq['items'] = [];
    for (;;) {
      skipNl();
      const t = peek();
      if (!t || reserved(t, stop) || isOp(')')) break;
      const node = andOr(stop);
      let background = false;
      if (isOp('&')) {
        background = true;
        p++;
      }
      items.push({ node, background });
      if (!(isOp(';') || isOp('\n') || background)) break;
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

  function command(stop: string[]): Node {
    if (isWord('while') || isWord('until')) {
      const until = isWord('until');
      p++;
      const cond = list(['do']);
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return { kind: 'while', until, cond, body };
    }
    if (isWord('for')) {
      p++;
      const t = peek();
      const name = t?.type === 'word' ? t.value : '';
      p++;
      const words: WordToken[] = [];
      if (isWord('in')) {
        p++;
        for (let w = peek(); w?.type === 'word'; w = peek()) {
          words.push(w);
          p++;
        }
      }
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return { kind: 'for', name, words, body };
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
      return { kind: 'if', cond, then, elifs, else: els };
    }
    if (isOp('(')) {
      p++;
      const inner = list([]);
      if (!isOp(')')) throw new ParseError('syntax error: missing )');
      p++;
      return inner;
    }
    const s: Simple = { kind: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      const tk = peek();
      if (!tk) break;
      if (tk.type === 'word') {
        if (s.words.length === 0 && reserved(tk, stop)) break;
        if (s.words.length === 0 && reserved(tk, RESERVED)) throw new ParseError(`syntax error: unexpected "${tk.value}"`);
        if (s.words.length === 0 && tk.assign) s.assigns.push(tk);
        else s.words.push(tk);
        p++;
        continue;
      }
      if (REDIRECT_TO_FILE.has(tk.op)) {
        p++;
        const target = peek();
        if (!target || target.type !== 'word') throw new ParseError('syntax error: unexpected redirection');
        p++;
        const op = tk.op;
        if (op === '<') s.redirects.push({ kind: 'in', path: target });
        else if (op === '&>') s.redirects.push({ kind: 'both', path: target });
        else s.redirects.push({ kind: op.startsWith('2') ? 'err' : 'out', append: op.endsWith('>>'), path: target });
        continue;
      }
      if (tk.op === '2>&1' || tk.op === '>&2') {
        p++;
        s.redirects.push({ kind: tk.op === '2>&1' ? 'errToOut' : 'outToErr' });
        continue;
      }
      if (tk.op === '<<' || tk.op === '<<-') {
        p++;
        const h = tk.heredoc;
        if (h) s.redirects.push(heredocRedirect(h));
        continue;
      }
      break;
    }
    return s;
  }

  const root = list([]);
  skipNl();
  const rest = toks[p];
  if (rest) throw new ParseError(`syntax error: unexpected "${rest.type === 'op' && rest.op === '\n' ? 'newline' : shown(rest)}"`);
  return root;
}

/** A `<<` redirection from the lexer's heredoc: its body, its expansions and whether it was closed. */
export function heredocRedirect(h: { body: string; word?: WordToken; unterminated: boolean; delimiter: string }): Redirect {
  return { kind: 'heredoc', body: h.body, ...(h.word ? { word: h.word } : {}), ...(h.unterminated ? { unterminated: h.delimiter } : {}) };
}

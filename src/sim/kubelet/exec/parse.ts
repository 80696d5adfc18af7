/**
 * A small POSIX-sh parser for what containers run: `sh -c '...'` scripts and exec command lines.
 * Words keep their quotes; expansion happens when the command runs.
 */

import { backquoteEnd, doubleQuoteEnd, substEnd } from '../../shell-syntax';

type Redirect = { fd: 1 | 2; op: '>' | '>>'; target: string } | { fd: 2; op: '>&1' } | { fd: 1; op: '>&2' } | { fd: 0; op: '<'; target: string };

export interface Simple {
  kind: 'simple';
  assigns: string[];
  words: string[];
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
  words: string[];
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

export class ParseError extends Error {}

type Tok = { t: 'word'; v: string } | { t: 'op'; v: string };

const OPS = ['&&', '||', '>>', '2>&1', '1>&2', '>&2', '2>>', '2>', ';;', ';', '|', '&', '>', '<', '\n', '(', ')'];

/** Split into words (quotes kept) and operators. */
function tokenize(src: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#' && (i === 0 || /\s|;/.test(src[i - 1]))) {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      toks.push({ t: 'op', v: op });
      i += op.length;
      continue;
    }
    let w = '';
    while (i < src.length) {
      const ch = src[i];
      if (/[\s;|&<>()]/.test(ch) && ch !== undefined) {
        if (ch === '(' && w.endsWith('$')) {
          // $( ... ) command substitution stays inside the word
          const end = substEnd(src, i + 1);
          if (end < 0) throw new ParseError('syntax error: unterminated $(');
          w += src.slice(i, end + 1);
          i = end + 1;
          continue;
        }
        break;
      }
      if (ch === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new ParseError('unterminated quoted string');
        w += src.slice(i, end + 1);
        i = end + 1;
      } else if (ch === '"') {
        const j = doubleQuoteEnd(src, i + 1);
        if (j < 0) throw new ParseError('unterminated quoted string');
        w += src.slice(i, j + 1);
        i = j + 1;
      } else if (ch === '\\') {
        w += src.slice(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        const end = backquoteEnd(src, i + 1);
        w += src.slice(i, end < 0 ? src.length : end + 1);
        i = end < 0 ? src.length : end + 1;
      } else {
        w += ch;
        i++;
      }
    }
    toks.push({ t: 'word', v: w });
  }
  return toks;
}

const RESERVED = new Set(['do', 'done', 'then', 'fi', 'else', 'elif', 'esac']);

/** Parse a script into a command tree. */
export function parse(src: string): Node {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isWord = (v?: string) => peek()?.t === 'word' && (v === undefined || peek()!.v === v);
  const isOp = (v: string) => peek()?.t === 'op' && peek()!.v === v;
  const skipNl = () => {
    while (isOp('\n') || isOp(';')) p++;
  };
  const expectWord = (v: string) => {
    skipNl();
    if (!isWord(v)) throw new ParseError(`syntax error: unexpected ${peek() ? `"${peek()!.v}"` : 'end of file'} (expecting "${v}")`);
    p++;
  };

  function list(stop: string[]): Node {
    const items: Seq['items'] = [];
    for (;;) {
      skipNl();
      if (!peek() || (peek()!.t === 'word' && stop.includes(peek()!.v)) || isOp(')')) break;
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
      const op = peek()!.v as '&&' | '||';
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
      const until = peek()!.v === 'until';
      p++;
      const cond = list(['do']);
      expectWord('do');
      const body = list(['done']);
      expectWord('done');
      return { kind: 'while', until, cond, body };
    }
    if (isWord('for')) {
      p++;
      const name = peek()?.v ?? '';
      p++;
      const words: string[] = [];
      if (isWord('in')) {
        p++;
        while (isWord() && !isOp(';')) words.push(toks[p++].v);
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
      if (tk.t === 'word') {
        if (s.words.length === 0 && stop.includes(tk.v)) break;
        if (s.words.length === 0 && RESERVED.has(tk.v)) throw new ParseError(`syntax error: unexpected "${tk.v}"`);
        if (s.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(tk.v)) s.assigns.push(tk.v);
        else s.words.push(tk.v);
        p++;
        continue;
      }
      if (tk.v === '>' || tk.v === '>>' || tk.v === '2>' || tk.v === '2>>' || tk.v === '<') {
        p++;
        const target = peek();
        if (!target || target.t !== 'word') throw new ParseError('syntax error: unexpected redirection');
        p++;
        if (tk.v === '<') s.redirects.push({ fd: 0, op: '<', target: target.v });
        else s.redirects.push({ fd: tk.v.startsWith('2') ? 2 : 1, op: tk.v.endsWith('>>') ? '>>' : '>', target: target.v });
        continue;
      }
      if (tk.v === '2>&1') {
        p++;
        s.redirects.push({ fd: 2, op: '>&1' });
        continue;
      }
      if (tk.v === '>&2' || tk.v === '1>&2') {
        p++;
        s.redirects.push({ fd: 1, op: '>&2' });
        continue;
      }
      break;
    }
    return s;
  }

  const root = list([]);
  skipNl();
  if (p < toks.length) throw new ParseError(`syntax error: unexpected "${toks[p].v === '\n' ? 'newline' : toks[p].v}"`);
  return root;
}

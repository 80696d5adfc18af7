/**
 * The one shell lexer, for the prompt's shell and the shells inside containers: splits a script into
 * commands (a line, its continuations and its heredoc bodies) and each command into words and
 * operators. A word that holds expansions (`$NAME`, `${NAME}`, `${NAME:-word}`, `$?`, `$$`, `$1`,
 * `$(...)`, backquotes) keeps them as parts, expanded when the command runs; so does the body of
 * an unquoted heredoc.
 */

import { backquoteEnd, substEnd, unescapeBackquoted } from './quote-ends';

/** An operator token: control (`|`, `&&`, `||`, `;`, `&`, `;;`, a newline, parentheses) or redirection. */
type OpKind = '|' | '&&' | '||' | ';' | '&' | ';;' | '\n' | '(' | ')' | '>' | '>>' | '<' | '<<' | '<<-' | '2>' | '2>>' | '2>&1' | '>&2' | '&>' | '&>>';

/** How a lexical error reads depends on the shell that prints it: the lexer names only what went wrong. */
export type LexError = 'quote' | 'dquote' | 'backquote' | 'subst' | 'heredocDelimiter';

/** `${NAME-word}` / `${NAME:-word}`: the word (as typed) used when NAME is unset (or, with `:`, empty). */
interface ParamDefault {
  colon: boolean;
  word: string;
}

/**
 * A piece of a word: literal text, a parameter, or a command substitution (its script as typed).
 * A parameter is a name, `?`, or a special one (`$`, `#`, `0`-`9`, `@`, `*`); `bad` is a `${...}`
 * that names none of them (its text inside the braces).
 */
export type WordPart =
  | { kind: 'text'; text: string; quoted: boolean }
  | { kind: 'param'; name: string; quoted: boolean; default?: ParamDefault; bad?: boolean }
  | { kind: 'subst'; script: string; quoted: boolean };

/**
 * A word: `value` is its text with quotes removed (expansions as typed); `parts` is set when it
 * holds an expansion; `assign` when it starts with an unquoted `NAME=`; `glob` when an unquoted
 * `*`, `?` or `[` makes it a pattern (the container shells expand it to the files it matches; `case` matches it).
 */
export type WordToken = { type: 'word'; value: string; quoted: boolean; parts?: WordPart[]; assign?: boolean; glob?: boolean };

export type Token = WordToken | { type: 'op'; op: OpKind; heredoc?: Heredoc };

/** A heredoc attached to its `<<` operator. */
interface Heredoc {
  delimiter: string;
  /** `<<'EOF'` / `<<"EOF"`: the body is taken literally. */
  quoted: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines and the delimiter line. */
  stripTabs: boolean;
  body: string;
  /** An unquoted body that holds expansions: expanded as a double-quoted word is, when the command runs. */
  word?: WordToken;
  /** The delimiter line never came (bash warns and uses what it read). */
  unterminated: boolean;
}

/** One command of a script as typed, with its tokens. */
export interface ScannedCommand {
  /** The text as typed: the command line(s) and any heredoc bodies with their delimiter lines. */
  source: string;
  /** The same with its first line's indentation (a line inside a loop keeps it where it shows). */
  indented: string;
  /** 1-based line where the command starts. */
  line: number;
  tokens: Token[];
  /** A lexical error (e.g. an unclosed quote at the end of the script). */
  error?: LexError;
}

const OPERATOR_CHARS = new Set(['|', '&', ';', '<', '>', '(', ')']);

/**
 * Split a script into commands. Blank lines and comment-only lines yield nothing. `bothRedirect`:
 * `&>` and `&>>` send both streams to a file (bash, busybox ash); dash reads `&` and then `>`.
 */
export function scanScript(text: string, bothRedirect = true): ScannedCommand[] {
  const src = text.replace(/\r\n?/g, '\n');
  const out: ScannedCommand[] = [];
  let pos = 0;
  while (pos < src.length) {
    const start = pos;
    const line = lineAt(src, start);
    const { tokens, end, error, pending } = lexUntilNewline(src, pos, bothRedirect);
    pos = end;
    // heredoc bodies follow the line, in the order their operators appeared
    for (const h of pending) pos = readHeredocBody(src, pos, h);
    const source = src.slice(start, pos).replace(/\n$/, '');
    if (tokens.length || error) out.push({ source: source.replace(/^\s+/, ''), indented: source.replace(/^\s*\n/, ''), line, tokens, error });
  }
  return out;
}

function lineAt(src: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos; i++) if (src[i] === '\n') n++;
  return n;
}

/**
 * A whole script as one token stream, lines separated by newline operators (the grammar of
 * `sh -c` scripts, where `while`, `if` and `for` span lines), or its first lexical error.
 */
export function lexScript(text: string, bothRedirect = true): { tokens: Token[]; error?: LexError } {
  const tokens: Token[] = [];
  for (const c of scanScript(text, bothRedirect)) {
    if (c.error) return { tokens, error: c.error };
    if (tokens.length) tokens.push({ type: 'op', op: '\n' });
    tokens.push(...c.tokens);
  }
  return { tokens };
}

interface LexResult {
  tokens: Token[];
  /** Position after the terminating newline (or the end). */
  end: number;
  error?: LexError;
  pending: Heredoc[];
}

/** Lex one logical line: quotes and backslash-newline may carry it over several physical lines. */
function lexUntilNewline(src: string, start: number, bothRedirect: boolean): LexResult {
  const tokens: Token[] = [];
  const pending: Heredoc[] = [];
  let i = start;
  let word = '';
  let inWord = false;
  let quoted = false;
  let parts: WordPart[] = [];
  let expands = false;
  let glob = false;
  const lit = (text: string, q: boolean) => {
    word += text;
    inWord = true;
    const last = parts[parts.length - 1];
    if (last?.kind === 'text' && last.quoted === q) last.text += text;
    else parts.push({ kind: 'text', text, quoted: q });
  };
  const expansion = (part: WordPart, raw: string) => {
    word += raw;
    inWord = true;
    expands = true;
    parts.push(part);
  };
  const flush = () => {
    if (inWord) {
      const tok: WordToken = { type: 'word', value: word, quoted };
      if (expands) tok.parts = parts;
      if (glob) tok.glob = true;
      const head = parts[0];
      if (head?.kind === 'text' && !head.quoted && /^[A-Za-z_][A-Za-z0-9_]*=/.test(head.text)) tok.assign = true;
      tokens.push(tok);
    }
    word = '';
    inWord = false;
    quoted = false;
    parts = [];
    expands = false;
    glob = false;
  };
  /** A `$` or backquote at `i`: the expansion it starts, or a literal `$`. */
  const dollarOrBackquote = (q: boolean): LexError | undefined => {
    const r = readExpansion(src, i, q);
    if ('error' in r) return r.error;
    if (r.part) expansion(r.part, src.slice(i, r.end));
    else lit('$', q);
    if (q) quoted = true;
    i = r.end;
    return undefined;
  };
  while (i < src.length) {
    const c = src[i];
    if (c === '\n') {
      i++;
      break;
    }
    if (c === ' ' || c === '\t') {
      flush();
      i++;
      continue;
    }
    if (c === '#' && !inWord) {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\\') {
      if (src[i + 1] === '\n') {
        i += 2; // line continuation
        continue;
      }
      if (i + 1 < src.length) {
        lit(src[i + 1], true);
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return { tokens, end: src.length, error: 'quote', pending };
      lit(src.slice(i + 1, close), true);
      quoted = true;
      i = close + 1;
      continue;
    }
    if (c === '$' || c === '`') {
      const error = dollarOrBackquote(false);
      if (error) return { tokens, end: src.length, error, pending };
      continue;
    }
    if (c === '"') {
      i++;
      let val = '';
      lit('', true);
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && i + 1 < src.length && '"\\$`\n'.includes(src[i + 1])) {
          if (src[i + 1] !== '\n') val += src[i + 1];
          i += 2;
          continue;
        }
        if (src[i] === '$' || src[i] === '`') {
          if (val) lit(val, true);
          val = '';
          const error = dollarOrBackquote(true);
          if (error) return { tokens, end: src.length, error, pending };
          continue;
        }
        val += src[i];
        i++;
      }
      if (i >= src.length) return { tokens, end: src.length, error: 'dquote', pending };
      if (val) lit(val, true);
      quoted = true;
      i++;
      continue;
    }
    if (OPERATOR_CHARS.has(c)) {
      // `1>&2` is `>&2`: it binds to a bare unquoted "1" just before the `>`
      if (c === '>' && inWord && !quoted && !expands && word === '1' && src.startsWith('>&2', i)) {
        word = '';
        inWord = false;
        parts = [];
        tokens.push({ type: 'op', op: '>&2' });
        i += 3;
        continue;
      }
      // `2>`, `2>>` and `2>&1` bind to a bare unquoted "2" just before the `>`
      if (c === '>' && inWord && !quoted && !expands && word === '2') {
        word = '';
        inWord = false;
        parts = [];
        if (src.startsWith('>&1', i)) {
          tokens.push({ type: 'op', op: '2>&1' });
          i += 3;
        } else if (src.startsWith('>>', i)) {
          tokens.push({ type: 'op', op: '2>>' });
          i += 2;
        } else {
          tokens.push({ type: 'op', op: '2>' });
          i += 1;
        }
        continue;
      }
      flush();
      const op = readOperator(src, i);
      i += op.length;
      if (op === '<<' || op === '<<-') {
        while (src[i] === ' ' || src[i] === '\t') i++;
        const d = readDelimiter(src, i);
        if (!d) return { tokens, end: skipLine(src, i), error: 'heredocDelimiter', pending };
        i = d.end;
        const h: Heredoc = { delimiter: d.value, quoted: d.quoted, stripTabs: op === '<<-', body: '', unterminated: false };
        pending.push(h);
        tokens.push({ type: 'op', op, heredoc: h });
      } else if (op.startsWith('&>') && !bothRedirect) {
        tokens.push({ type: 'op', op: '&' }, { type: 'op', op: op.slice(1) as OpKind });
      } else {
        tokens.push({ type: 'op', op: op as OpKind });
      }
      continue;
    }
    if (c === '*' || c === '?' || c === '[') glob = true;
    lit(c, false);
    i++;
  }
  flush();
  return { tokens, end: i, pending };
}

type ExpansionRead = { part?: WordPart; end: number } | { error: LexError };

/** Parameters named by one character after `$`. */
const SPECIAL = /^[?$#@*0-9]/;

/** Inside `${...}`: a name or special parameter, and an optional `-word` / `:-word` default. */
const BRACED = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*])(?:(:?)-(.*))?$/s;

/**
 * Read the expansion that starts at `src[i]` (`$` or a backquote). A `$` that starts none
 * (`$` alone, `$'...'`, `$` before a space) has no part: it is a literal `$`.
 */
function readExpansion(src: string, i: number, quoted: boolean): ExpansionRead {
  if (src[i] === '`') {
    const end = backquoteEnd(src, i + 1);
    if (end < 0) return { error: 'backquote' };
    return { part: { kind: 'subst', script: unescapeBackquoted(src.slice(i + 1, end), quoted), quoted }, end: end + 1 };
  }
  const c = src[i + 1];
  if (c === '(') {
    const close = substEnd(src, i + 2);
    if (close < 0) return { error: 'subst' };
    return { part: { kind: 'subst', script: src.slice(i + 2, close), quoted }, end: close + 1 };
  }
  if (c !== undefined && SPECIAL.test(c)) return { part: { kind: 'param', name: c, quoted }, end: i + 2 };
  if (c === '{') {
    const close = src.indexOf('}', i + 2);
    if (close < 0) return { end: i + 1 };
    const inner = src.slice(i + 2, close);
    const m = BRACED.exec(inner);
    const end = close + 1;
    if (!m) return { part: { kind: 'param', name: inner, quoted, bad: true }, end };
    return { part: m[3] === undefined ? { kind: 'param', name: m[1], quoted } : { kind: 'param', name: m[1], quoted, default: { colon: m[2] === ':', word: m[3] } }, end };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i + 1));
  if (m) return { part: { kind: 'param', name: m[0], quoted }, end: i + 1 + m[0].length };
  return { end: i + 1 };
}

function skipLine(src: string, i: number): number {
  const nl = src.indexOf('\n', i);
  return nl < 0 ? src.length : nl + 1;
}

/** Longest operator at `i`. */
function readOperator(src: string, i: number): string {
  for (const op of ['<<-', '>&2', '&>>', '&&', '||', ';;', '>>', '<<', '&>', '|', '&', ';', '<', '>', '(', ')']) if (src.startsWith(op, i)) return op;
  return src[i];
}

/** The heredoc delimiter word: quotes anywhere in it make the body literal. */
function readDelimiter(src: string, i: number): { value: string; quoted: boolean; end: number } | undefined {
  let value = '';
  let quoted = false;
  while (i < src.length && !' \t\n;|&<>'.includes(src[i])) {
    const c = src[i];
    if (c === "'" || c === '"') {
      const close = src.indexOf(c, i + 1);
      if (close < 0) return undefined;
      value += src.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === '\\' && i + 1 < src.length) {
      value += src[i + 1];
      quoted = true;
      i += 2;
    } else {
      value += c;
      i++;
    }
  }
  return value === '' && !quoted ? undefined : { value, quoted, end: i };
}

/** Read body lines up to the delimiter line; returns the position after it. */
function readHeredocBody(src: string, pos: number, h: Heredoc): number {
  const lines: string[] = [];
  while (pos < src.length) {
    const nl = src.indexOf('\n', pos);
    const raw = nl < 0 ? src.slice(pos) : src.slice(pos, nl);
    pos = nl < 0 ? src.length : nl + 1;
    const line = h.stripTabs ? raw.replace(/^\t+/, '') : raw;
    if (line === h.delimiter) {
      setBody(h, lines);
      return pos;
    }
    lines.push(line);
  }
  h.unterminated = true;
  setBody(h, lines);
  return pos;
}

/**
 * A quoted delimiter keeps the body as typed. Otherwise, as inside double quotes (where `"` is
 * plain text): `\\`, `\$`, `` \` `` escape, a backslash-newline joins lines, and `$...` and
 * backquotes expand; an expansion that does not lex (`$(` unclosed) stays literal text.
 */
function setBody(h: Heredoc, lines: string[]): void {
  const text = lines.length ? lines.join('\n') + '\n' : '';
  if (h.quoted) {
    h.body = text;
    return;
  }
  const parts: WordPart[] = [];
  let lit = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length && '\\$`\n'.includes(text[i + 1])) {
      if (text[i + 1] !== '\n') lit += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '$' || c === '`') {
      const r = readExpansion(text, i, true);
      if ('part' in r && r.part) {
        if (lit) parts.push({ kind: 'text', text: lit, quoted: true });
        lit = '';
        parts.push(r.part);
        i = r.end;
        continue;
      }
    }
    lit += c;
    i++;
  }
  if (lit) parts.push({ kind: 'text', text: lit, quoted: true });
  h.body = parts.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  if (parts.some((p) => p.kind !== 'text')) h.word = { type: 'word', value: h.body, quoted: true, parts };
}

/** Whether the words of `text` are unfinished: an open quote, a trailing backslash or pipe/`&&`/`||`, or a heredoc still waiting for its delimiter. */
export function lexesOpen(src: string): boolean {
  if (/(^|[^\\])(\\\\)*\\$/.test(src)) return true;
  const cmds = scanScript(src.endsWith('\n') ? src : src + '\n');
  const last = cmds[cmds.length - 1];
  if (!last) return false;
  if (last.error && last.error !== 'heredocDelimiter') return true;
  const lastTok = last.tokens[last.tokens.length - 1];
  if (lastTok?.type === 'op' && (lastTok.op === '|' || lastTok.op === '&&' || lastTok.op === '||')) return true;
  return last.tokens.some((t) => t.type === 'op' && t.heredoc?.unterminated);
}

/**
 * The shell's lexer: splits a script into commands (a line, its continuations and its heredoc bodies)
 * and each command into words and operators. Env-free: `$` is an ordinary character.
 */

/** An operator token: control (`|`, `&&`, `||`, `;`, `&`) or redirection. */
export type OpKind = '|' | '&&' | '||' | ';' | '&' | '>' | '>>' | '<' | '<<' | '<<-' | '2>' | '2>>' | '2>&1' | '&>';

export type Token = { type: 'word'; value: string; quoted: boolean } | { type: 'op'; op: OpKind; heredoc?: Heredoc };

/** A heredoc attached to its `<<` operator. */
interface Heredoc {
  delimiter: string;
  /** `<<'EOF'` / `<<"EOF"`: the body is taken literally. */
  quoted: boolean;
  /** `<<-EOF`: leading tabs are stripped from body lines and the delimiter line. */
  stripTabs: boolean;
  body: string;
  /** The delimiter line never came (bash warns and uses what it read). */
  unterminated: boolean;
}

/** One command of a script as typed, with its tokens. */
export interface ScannedCommand {
  /** The text as typed: the command line(s) and any heredoc bodies with their delimiter lines. */
  source: string;
  /** 1-based line where the command starts. */
  line: number;
  tokens: Token[];
  /** A lexical error (e.g. an unclosed quote at the end of the script). */
  error?: string;
}

const OPERATOR_CHARS = new Set(['|', '&', ';', '<', '>']);

/** Split a script into commands. Blank lines and comment-only lines yield nothing. */
export function scanScript(text: string): ScannedCommand[] {
  const src = text.replace(/\r\n?/g, '\n');
  const out: ScannedCommand[] = [];
  let pos = 0;
  while (pos < src.length) {
    const start = pos;
    const line = lineAt(src, start);
    const { tokens, end, error, pending } = lexUntilNewline(src, pos);
    pos = end;
    // heredoc bodies follow the line, in the order their operators appeared
    for (const h of pending) pos = readHeredocBody(src, pos, h);
    const source = src.slice(start, pos).replace(/\n$/, '');
    if (tokens.length || error) out.push({ source: source.replace(/^\s+/, ''), line, tokens, error });
  }
  return out;
}

function lineAt(src: string, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos; i++) if (src[i] === '\n') n++;
  return n;
}

interface LexResult {
  tokens: Token[];
  /** Position after the terminating newline (or the end). */
  end: number;
  error?: string;
  pending: Heredoc[];
}

/** Lex one logical line: quotes and backslash-newline may carry it over several physical lines. */
function lexUntilNewline(src: string, start: number): LexResult {
  const tokens: Token[] = [];
  const pending: Heredoc[] = [];
  let i = start;
  let word = '';
  let inWord = false;
  let quoted = false;
  const flush = () => {
    if (inWord) tokens.push({ type: 'word', value: word, quoted });
    word = '';
    inWord = false;
    quoted = false;
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
        word += src[i + 1];
        inWord = true;
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return { tokens, end: src.length, error: `unexpected EOF while looking for matching \`''`, pending };
      word += src.slice(i + 1, close);
      inWord = true;
      quoted = true;
      i = close + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let val = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length && '"\\$`\n'.includes(src[j + 1])) {
          if (src[j + 1] !== '\n') val += src[j + 1];
          j += 2;
          continue;
        }
        val += src[j];
        j++;
      }
      if (j >= src.length) return { tokens, end: src.length, error: 'unexpected EOF while looking for matching `"\'', pending };
      word += val;
      inWord = true;
      quoted = true;
      i = j + 1;
      continue;
    }
    if (OPERATOR_CHARS.has(c)) {
      // `2>`, `2>>` and `2>&1` bind to a bare unquoted "2" just before the `>`
      if (c === '>' && inWord && !quoted && word === '2') {
        word = '';
        inWord = false;
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
        if (!d) return { tokens, end: skipLine(src, i), error: 'syntax error near unexpected token `newline\'', pending };
        i = d.end;
        const h: Heredoc = { delimiter: d.value, quoted: d.quoted, stripTabs: op === '<<-', body: '', unterminated: false };
        pending.push(h);
        tokens.push({ type: 'op', op, heredoc: h });
      } else {
        tokens.push({ type: 'op', op: op as OpKind });
      }
      continue;
    }
    word += c;
    inWord = true;
    i++;
  }
  flush();
  return { tokens, end: i, pending };
}

function skipLine(src: string, i: number): number {
  const nl = src.indexOf('\n', i);
  return nl < 0 ? src.length : nl + 1;
}

/** Longest operator at `i`. */
function readOperator(src: string, i: number): string {
  for (const op of ['<<-', '&&', '||', '>>', '<<', '&>', '|', '&', ';', '<', '>']) if (src.startsWith(op, i)) return op;
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
      h.body = joinBody(lines, h.quoted);
      return pos;
    }
    lines.push(line);
  }
  h.unterminated = true;
  h.body = joinBody(lines, h.quoted);
  return pos;
}

/** Unquoted heredocs process `\\`, `\$`, `` \` `` and backslash-newline; there is nothing to expand. */
function joinBody(lines: string[], quoted: boolean): string {
  if (!lines.length) return '';
  const text = lines.join('\n') + '\n';
  if (quoted) return text;
  return text.replace(/\\\n/g, '').replace(/\\([\\$`])/g, '$1');
}

/**
 * Whether an interactive terminal should ask for another line (bash's `> ` prompt) before running
 * `text`: an open quote, a trailing backslash or pipe/`&&`/`||`, or a heredoc still waiting for its delimiter.
 */
export function needsMoreInput(text: string): boolean {
  const src = text.replace(/\r\n?/g, '\n');
  if (/(^|[^\\])(\\\\)*\\$/.test(src)) return true;
  const cmds = scanScript(src.endsWith('\n') ? src : src + '\n');
  const last = cmds[cmds.length - 1];
  if (!last) return false;
  if (last.error && /unexpected EOF while looking for matching/.test(last.error)) return true;
  const lastTok = last.tokens[last.tokens.length - 1];
  if (lastTok?.type === 'op' && (lastTok.op === '|' || lastTok.op === '&&' || lastTok.op === '||')) return true;
  return last.tokens.some((t) => t.type === 'op' && t.heredoc?.unterminated);
}

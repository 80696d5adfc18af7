/**
 * A JSON stream as kubectl reads a file that starts with `{`: several concatenated values, and Go's
 * `encoding/json` scanner errors (`json: offset 42: invalid character '}' looking for beginning of
 * object key string`, or `unexpected EOF`).
 */
export interface JsonScan {
  /** [start, end) offsets of each complete value before any error. */
  values: [number, number][];
  /** Go's message, as kubectl prints it after `error parsing <file>: `. */
  error?: string;
  /** Offset of the error. */
  errorAt: number;
}

class Syntax extends Error {
  constructor(
    readonly offset: number,
    msg: string,
  ) {
    super(msg);
  }
}
class Eof extends Error {}

/** Go's `quoteChar`. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return '\'"\'';
  const q = JSON.stringify(c);
  return `'${q.slice(1, -1)}'`;
}

const WS = new Set([' ', '\t', '\r', '\n']);

export function scanJsonStream(text: string): JsonScan {
  let i = 0;
  const fail = (ctx: string): never => {
    if (i >= text.length) throw new Eof();
    throw new Syntax(i + 1, `invalid character ${quoteChar(text[i])} ${ctx}`);
  };
  const ws = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const str = () => {
    i++;
    for (;;) {
      if (i >= text.length) throw new Eof();
      const c = text[i];
      if (c === '"') {
        i++;
        return;
      }
      if (c < ' ') fail('in string literal');
      if (c === '\\') {
        i++;
        if (i >= text.length) throw new Eof();
        if (text[i] === 'u') {
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= text.length) throw new Eof();
            if (!/[0-9a-fA-F]/.test(text[i])) fail('in \\u hexadecimal character escape');
          }
        } else if (!'"\\/bfnrt'.includes(text[i])) fail('in string escape code');
      }
      i++;
    }
  };
  const digits = (ctx: string) => {
    if (i >= text.length) throw new Eof();
    if (!/[0-9]/.test(text[i])) fail(ctx);
    while (i < text.length && /[0-9]/.test(text[i])) i++;
  };
  const num = () => {
    if (text[i] === '-') i++;
    if (i >= text.length) throw new Eof();
    if (text[i] === '0') i++;
    else digits('in numeric literal');
    if (text[i] === '.') {
      i++;
      digits('after decimal point in numeric literal');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('in exponent of numeric literal');
    }
  };
  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++, i++) {
      if (i >= text.length) throw new Eof();
      if (text[i] !== word[k]) fail(`in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
  };
  let depth = 0;
  const enter = () => {
    // encoding/json's maxNestingDepth
    if (++depth > 10000) fail('exceeded max depth');
    i++;
  };
  const value = (): void => {
    ws();
    if (i >= text.length) throw new Eof();
    const c = text[i];
    if (c === '{') {
      enter();
      ws();
      if (text[i] === '}') {
        i++;
        depth--;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('looking for beginning of object key string');
        str();
        ws();
        if (text[i] !== ':') fail('after object key');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          depth--;
          return;
        }
        fail('after object key:value pair');
      }
    }
    if (c === '[') {
      enter();
      ws();
      if (text[i] === ']') {
        i++;
        depth--;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          depth--;
          return;
        }
        fail('after array element');
      }
    }
    if (c === '"') return str();
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    fail('looking for beginning of value');
  };
  const values: [number, number][] = [];
  try {
    for (;;) {
      ws();
      if (i >= text.length) return { values, errorAt: i };
      const start = i;
      value();
      values.push([start, i]);
    }
  } catch (e) {
    if (e instanceof Syntax) return { values, error: `json: offset ${e.offset}: ${e.message}`, errorAt: i };
    if (e instanceof Eof) return { values, error: 'unexpected EOF', errorAt: i };
    throw e;
  }
}

/**
 * Where quoted text and command substitutions end in shell source, as POSIX sh reads them: used
 * by the one lexer (lexer.ts) of the prompt and container shells, so both find the
 * same `)` of `$(echo ")")` and the same backquote of `` `echo \`x\`` ``.
 */

/** Index of the `)` that closes a `$(` whose script starts at `i`, or -1: quotes, escapes and nested substitutions are skipped. */
export function substEnd(src: string, i: number): number {
  let depth = 1;
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const close = src.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else if (c === '"') {
      i = doubleQuoteEnd(src, i + 1);
      if (i < 0) return -1;
      i++;
    } else if (c === '`') {
      i = backquoteEnd(src, i + 1);
      if (i < 0) return -1;
      i++;
    } else if (c === '$' && src[i + 1] === '(') {
      i = substEnd(src, i + 2);
      if (i < 0) return -1;
      i++;
    } else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
      i++;
    }
  }
  return -1;
}

/** Index of the `"` closing a double-quoted string whose text starts at `i`, or -1. */
function doubleQuoteEnd(src: string, i: number): number {
  while (i < src.length && src[i] !== '"') {
    if (src[i] === '\\') i += 2;
    else if (src[i] === '$' && src[i + 1] === '(') {
      i = substEnd(src, i + 2);
      if (i < 0) return -1;
      i++;
    } else if (src[i] === '`') {
      i = backquoteEnd(src, i + 1);
      if (i < 0) return -1;
      i++;
    } else i++;
  }
  return i < src.length ? i : -1;
}

/** Index of the backquote closing one whose text starts at `i` (`\``-escaped ones nest), or -1. */
export function backquoteEnd(src: string, i: number): number {
  while (i < src.length) {
    if (src[i] === '\\') i += 2;
    else if (src[i] === '`') return i;
    else i++;
  }
  return -1;
}

/** Inside backquotes a backslash quotes only `$`, a backquote and itself (and `"` within double quotes). */
export function unescapeBackquoted(text: string, inDoubleQuotes: boolean): string {
  return text.replace(inDoubleQuotes ? /\\([$`\\"])/g : /\\([$`\\])/g, '$1');
}

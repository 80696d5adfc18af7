/** sed's regular expressions (POSIX basic, or extended with -E) as JavaScript ones, and glibc's words for a bad one. */

export type RegexSyntax = 'basic' | 'extended';

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

/** Where a bracket expression starting at `i` ends (after its `]`; a `]` first in it is a member), or the text's end. */
export function bracketEnd(src: string, i: number): number {
  let j = i + 1;
  if (src[j] === '^') j++;
  if (src[j] === ']') j++;
  while (j < src.length && src[j] !== ']') j += src[j] === '[' && src[j + 1] === ':' && src.indexOf(':]', j + 2) > 0 ? src.indexOf(':]', j + 2) + 2 - j : 1;
  return Math.min(j + 1, src.length);
}

/** A bracket expression's members for JavaScript: POSIX classes spelled out, backslash a member. */
function bracket(body: string): string {
  return body.replace(/\[:([a-z]+):\]|\\|\]|\[/g, (m, cls: string | undefined) => (cls ? (CLASSES[cls] ?? '') : '\\' + m));
}

/** The expression as a RegExp, or glibc's message for why it is not one. */
export function sedRegExp(text: string, syntax: RegexSyntax, flags: string): RegExp | string {
  let re = '';
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') {
      const end = bracketEnd(text, i);
      if (text[end - 1] !== ']' || end - i < 3) return 'Unmatched [, [^, [:, [., or [=';
      const neg = text[i + 1] === '^';
      re += `[${neg ? '^' : ''}${bracket(text.slice(i + (neg ? 2 : 1), end - 1))}]`;
      i = end - 1;
      continue;
    }
    if (c === '\\' && i + 1 < text.length) {
      const n = text[++i];
      // in basic syntax \( \) \{ \} \+ \? \| are the operators; in extended they are the characters
      if ('(){}+?|'.includes(n)) {
        if (syntax === 'basic') {
          if (n === '(') open++;
          if (n === ')' && --open < 0) return 'Unmatched ) or \\)';
          re += n;
        } else re += '\\' + n;
      } else if (n === 'n') re += '\\n';
      else if (n === 't') re += '\\t';
      else if (/[0-9wWsSbB.*[\]^$\\/]/.test(n)) re += '\\' + n;
      else re += n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      continue;
    }
    if ('(){}+?|'.includes(c)) {
      if (syntax === 'basic') re += '\\' + c;
      else {
        if (c === '(') open++;
        if (c === ')' && --open < 0) return 'Unmatched ) or \\)';
        re += c;
      }
      continue;
    }
    // `*` first in a basic expression is the character
    if (c === '*' && syntax === 'basic' && (re === '' || re === '^' || re.endsWith('('))) re += '\\*';
    else re += c;
  }
  if (open > 0) return 'Unmatched ( or \\(';
  try {
    return new RegExp(re, flags);
  } catch {
    return 'Invalid preceding regular expression';
  }
}

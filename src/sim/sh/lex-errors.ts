/** What each shell prints for a lexical error of the one lexer (`LexError`). */
import type { LexError } from './lexer';

/** bash, at the prompt: `bash: unexpected EOF while looking for matching ...`. */
export const BASH_LEX_ERRORS: Record<LexError, string> = {
  quote: "unexpected EOF while looking for matching `''",
  dquote: 'unexpected EOF while looking for matching `"\'',
  backquote: "unexpected EOF while looking for matching ``'",
  subst: "unexpected EOF while looking for matching `)'",
  heredocDelimiter: "syntax error near unexpected token `newline'",
};

/** The shells inside containers (busybox ash's wording). */
export const SH_LEX_ERRORS: Record<LexError, string> = {
  quote: 'unterminated quoted string',
  dquote: 'unterminated quoted string',
  backquote: 'syntax error: EOF in backquote substitution',
  subst: 'syntax error: unterminated $(',
  heredocDelimiter: 'syntax error: unexpected newline',
};

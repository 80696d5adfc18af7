/**
 * Word expansion, POSIX style, for every shell: parameters and command substitutions are replaced
 * by their values; an unquoted value is split into fields at spaces, tabs and newlines (the default
 * IFS), a quoted one never is. Pathname expansion is the host's (the prompt has none).
 */
import type { WordPart, WordToken } from './lexer';

/** The value of one expansion part (a parameter, or what a substitution printed); "$@" is a list of fields. */
export type Resolve = (part: Exclude<WordPart, { kind: 'text' }>) => string | string[];

const IFS_RUN = /[ \t\n]+/;

/** The fields a word expands to: none for an unquoted expansion that is empty, one for `""`. */
export function expandFields(word: WordToken, resolve: Resolve): string[] {
  if (!word.parts) return [word.value];
  const values = word.parts.map((p) => (p.kind === 'text' ? p.text : resolve(p)));
  // "$@" with no parameters is no field at all, quotes and all
  if (values.some((v) => Array.isArray(v)) && values.every((v) => v === '' || (Array.isArray(v) && !v.length))) return [];
  const fields: string[] = [];
  let cur = '';
  let started = false;
  for (const [i, part] of word.parts.entries()) {
    if (part.kind === 'text') {
      cur += part.text;
      started ||= part.quoted || part.text !== '';
      continue;
    }
    const value = values[i];
    if (Array.isArray(value)) {
      // the first parameter joins what came before, the last what follows
      value.forEach((v, k) => {
        if (k > 0) {
          fields.push(cur);
          cur = '';
        }
        cur += v;
      });
      started = true;
      continue;
    }
    if (part.quoted) {
      cur += value;
      started = true;
      continue;
    }
    value.split(IFS_RUN).forEach((piece, k) => {
      if (k > 0 && started) {
        fields.push(cur);
        cur = '';
        started = false;
      }
      cur += piece;
      if (piece) started = true;
    });
  }
  if (started) fields.push(cur);
  return fields;
}

/** A word expanded without field splitting, as the value of `NAME=value` is. */
export function expandJoined(word: WordToken, resolve: Resolve): string {
  if (!word.parts) return word.value;
  return word.parts.map((p) => (p.kind === 'text' ? p.text : [resolve(p)].flat().join(' '))).join('');
}

/** Split `NAME=value` (an assignment word, already expanded) into its name and value. */
export function splitAssignment(text: string): [string, string] {
  const eq = text.indexOf('=');
  return [text.slice(0, eq), text.slice(eq + 1)];
}

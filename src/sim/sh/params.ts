/** The value of a parameter part (`$NAME`, `${NAME:-word}`, `$?`, `$$`, `$1`), one rule for every shell. */
import type { WordPart } from './lexer';

type ParamPart = Extract<WordPart, { kind: 'param' }>;

/**
 * `lookup` gives a variable's value or undefined when it is unset; `special` the values of `?`,
 * `$`, `#`, `0` and the positional parameters the shell has (one it lacks is unset).
 */
export function paramValue(part: ParamPart, lookup: (name: string) => string | undefined, special: Readonly<Record<string, string>>): string {
  const name = part.name;
  const value = /^[A-Za-z_]/.test(name) ? lookup(name) : Object.hasOwn(special, name) ? special[name] : /^([0-9]+|[@*])$/.test(name) ? undefined : '';
  const d = part.default;
  if (d && (value === undefined || (d.colon && value === ''))) return d.word;
  return value ?? '';
}

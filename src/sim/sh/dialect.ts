/**
 * How each shell words its own messages: busybox ash and dash in containers, `bash -c` in a bash
 * image, and the learner's interactive bash at the prompt. The interpreter says what went wrong;
 * the shell it plays decides the words.
 */
import type { Dialect } from './host';
import type { LexError } from './lexer';
import { BASH_LEX_ERRORS, SH_LEX_ERRORS } from './lex-errors';
import type { Flavor } from './utils/context';

/** A grammar error: the token the parser stopped at (`newline` at a line's end), or undefined at the end of the input. */
interface SyntaxProblem {
  near?: string;
  /** The container shells' sentence for it. */
  message: string;
}

export interface DialectWords {
  /** How the shell starts its own messages about a command. */
  prefix: string;
  syntax(p: SyntaxProblem, subst: boolean): string;
  lex(e: LexError, subst: boolean): string;
  cantOpen(path: string): string;
  cantCreate(path: string, why: string): string;
  cd(arg: string): string;
  /** The status of a failed `cd`. */
  cdStatus: number;
  /** `export 1x=y`; undefined: the shell does not check names. */
  badName?(builtin: string, arg: string): string;
  /** A heredoc whose delimiter line never came; undefined: no warning. */
  heredocEof?(delimiter: string): string;
  /** A redirection whose word expands to no field or several; undefined: the fields are joined. */
  ambiguous?(word: string): string;
  /** Command substitutions nested past the playground's limit. */
  tooDeep: string;
  /** `${...}` that names no parameter: kept as typed (the prompt) or empty. */
  badParamAsTyped: boolean;
  /** Whose utilities come with this shell (sleep's messages): busybox's beside ash, GNU coreutils beside dash and bash. */
  coreutils: Flavor;
}

function container(prefix: string, parsePrefix: string, coreutils: Flavor, cantCreate: (path: string, why: string) => string): DialectWords {
  return {
    prefix,
    syntax: (p) => `${parsePrefix}${p.message}\n`,
    lex: (e) => `${parsePrefix}${SH_LEX_ERRORS[e]}\n`,
    cantOpen: (path) => `${prefix}can't open ${path}: no such file\n`,
    cantCreate,
    cd: (arg) => `${prefix}cd: can't cd to ${arg}: No such file or directory\n`,
    cdStatus: 2,
    tooDeep: `${prefix}command substitution: nested too deeply\n`,
    badParamAsTyped: false,
    coreutils,
  };
}

/** `bash -c`'s words, starting with `prefix`. */
const bashC = (prefix: string) => container(prefix, 'sh: 1: ', 'gnu', (path, why) => `${prefix}cannot create ${path}: ${why}\n`);

/** bash 5 names a function given in `-c` as defined in the "environment": its messages start so. */
const BASH_IN_FUNCTION = bashC('environment: line 1: ');

const PROMPT = 'bash: ';
const promptSubst = (subst: boolean) => (subst ? `${PROMPT}command substitution: ` : PROMPT);

export const DIALECTS: Record<Dialect, DialectWords> = {
  ash: container('sh: ', 'sh: ', 'busybox', (path, why) => `sh: can't create ${path}: ${why}\n`),
  dash: container('sh: 1: ', 'sh: 1: ', 'gnu', (path, why) => `sh: 1: cannot create ${path}: ${why}\n`),
  bash: bashC('bash: line 1: '),
  prompt: {
    prefix: PROMPT,
    syntax: (p, subst) => `${promptSubst(subst)}${p.near === undefined ? 'syntax error: unexpected end of file' : `syntax error near unexpected token \`${p.near}'`}\n`,
    lex: (e, subst) => `${promptSubst(subst)}${BASH_LEX_ERRORS[e]}\n`,
    cantOpen: (path) => `${PROMPT}${path}: No such file or directory\n`,
    cantCreate: (path, why) => `${PROMPT}${path}: ${why}\n`,
    cd: (arg) => `${PROMPT}cd: ${arg}: No such file or directory\n`,
    cdStatus: 1,
    tooDeep: `${PROMPT}command substitution: nested too deeply\n`,
    badName: (builtin, arg) => `${PROMPT}${builtin}: \`${arg}': not a valid identifier\n`,
    heredocEof: (d) => `${PROMPT}warning: here-document delimited by end-of-file (wanted \`${d}')\n`,
    ambiguous: (word) => `${PROMPT}${word}: ambiguous redirect\n`,
    badParamAsTyped: true,
    coreutils: 'gnu',
  },
};

/** The words of the shell `st` plays, where it is now (bash -c words its messages apart inside a function). */
export function dialect(st: { shell: Dialect; funcDepth?: number }): DialectWords {
  return st.shell === 'bash' && st.funcDepth ? BASH_IN_FUNCTION : DIALECTS[st.shell];
}

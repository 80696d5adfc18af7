/**
 * How each shell words and treats the misuse of its function builtins (`return`, `local`, `shift`),
 * a call nested too deep, and what `type` / `command -v` say: bash 5.2, busybox ash 1.35 and dash 0.5
 * as run side by side. `prefix` is the shell's own start of a message (dialect.ts).
 */
import type { Dialect } from './host';

/** A misused builtin: the message, the status, and whether the shell then stops the script (ash and dash end on a special builtin's error). */
export interface Complaint {
  message: string;
  code: number;
  abort?: boolean;
  /** The shell itself dies (out of stack: a segmentation fault, no message of its own). */
  crash?: boolean;
}

export interface FunctionWords {
  /** `return` outside a function; undefined: it ends the script as `exit` would (ash, dash). */
  returnOutside?(prefix: string): Complaint;
  /** `return x`, `shift x`: no number. */
  badNumber(prefix: string, builtin: string, arg: string): Complaint;
  /** Whether `return N` keeps only N's low 8 bits (dash keeps all of N as `$?`). */
  wrapsStatus: boolean;
  /** Whether `return -1` is a number (bash's 255); ash and dash take digits only. */
  signedStatus: boolean;
  /** `local` outside a function. */
  localOutside(prefix: string): Complaint;
  /** `shift N` past the last parameter; undefined: status 1, no message. */
  shiftTooMany?(prefix: string): Complaint;
  /** A call `limit` functions deep: what the shell does. */
  tooDeep(prefix: string, name: string, limit: number, funcnest: boolean): Complaint;
  /** `type f` for a function: the first line (bash goes on with the body). */
  isFunction(name: string): string;
  /** `type x`, `command -V x` for a name that is nothing: on stdout or stderr, and the status. */
  notFound(prefix: string, builtin: string, name: string): { out?: string; err?: string; code: number };
  /** `command -v x` for a name that is nothing. */
  commandVMissing: number;
}

const POSIX_SHELL = {
  badNumber: (prefix: string, builtin: string, arg: string) => ({ message: `${prefix}${builtin}: Illegal number: ${arg}\n`, code: 2, abort: true }),
  localOutside: (prefix: string) => ({ message: `${prefix}local: not in a function\n`, code: 2, abort: true }),
  notFound: (_prefix: string, _builtin: string, name: string) => ({ out: `${name}: not found\n`, code: 127 }),
  commandVMissing: 127,
  signedStatus: false,
};

const ASH: FunctionWords = {
  ...POSIX_SHELL,
  wrapsStatus: true,
  // busybox has no limit: the stack runs out and the shell dies with SIGSEGV (status 139)
  tooDeep: () => ({ message: '', code: 139, crash: true }),
  isFunction: (name) => `${name} is a function\n`,
};

const DASH: FunctionWords = {
  ...POSIX_SHELL,
  wrapsStatus: false,
  shiftTooMany: (prefix) => ({ message: `${prefix}shift: can't shift that many\n`, code: 2, abort: true }),
  tooDeep: (prefix, _name, limit) => ({ message: `${prefix}Maximum function recursion depth (${limit}) reached\n`, code: 2, abort: true }),
  isFunction: (name) => `${name} is a shell function\n`,
};

/** bash -c in a container: no limit but FUNCNEST's; past the stack it dies as ash does. */
const BASH: FunctionWords = {
  returnOutside: (prefix) => ({ message: `${prefix}return: can only \`return' from a function or sourced script\n`, code: 2 }),
  badNumber: (prefix, builtin, arg) => ({ message: `${prefix}${builtin}: ${arg}: numeric argument required\n`, code: builtin === 'return' ? 2 : 1 }),
  wrapsStatus: true,
  signedStatus: true,
  localOutside: (prefix) => ({ message: `${prefix}local: can only be used in a function\n`, code: 1 }),
  tooDeep: (prefix, name, limit, funcnest) =>
    funcnest ? { message: `${prefix}${name}: maximum function nesting level exceeded (${limit})\n`, code: 1, abort: true } : { message: '', code: 139, crash: true },
  isFunction: (name) => `${name} is a function\n`,
  notFound: (prefix, builtin, name) => ({ err: `${prefix}${builtin}: ${name}: not found\n`, code: 1 }),
  commandVMissing: 1,
};

export const FUNCTION_WORDS: Record<Dialect, FunctionWords> = {
  ash: ASH,
  dash: DASH,
  bash: BASH,
  // the learner's own bash must not die with the page: it stops the command as FUNCNEST would
  prompt: { ...BASH, tooDeep: (prefix, name, limit) => BASH.tooDeep(prefix, name, limit, true) },
};

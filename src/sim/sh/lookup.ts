/**
 * What a command name is to the shell (a function, a keyword, a builtin or a program on PATH), and
 * the builtins that tell it: `type`, `command -v` / `-V`, and `command name` that skips functions.
 */
import { dialect } from './dialect';
import { FUNCTION_WORDS } from './function-words';
import { put, type ShellHost, type ShellState, type Sink } from './host';

/** The commands the interpreter runs itself (`echo`, `printf` and `test` in the host's words). */
export const BUILTINS = new Set(['echo', 'printf', 'cd', 'pwd', 'export', 'exit', 'true', 'false', ':', 'test', '[', 'sleep', 'set', 'unset', 'read', 'exec', 'trap', 'wait', 'type', 'command', 'return', 'shift', 'local']);

/** The words that open or close the grammar's constructs. */
const KEYWORDS = new Set(['!', '{', '}', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while']);

type Found = { kind: 'function' | 'keyword' | 'builtin' } | { kind: 'file'; path: string } | undefined;

/** What `name` runs, functions first as the shell looks them up. */
function find(name: string, host: ShellHost, st: ShellState): Found {
  if (st.funcs?.has(name)) return { kind: 'function' };
  if (KEYWORDS.has(name)) return { kind: 'keyword' };
  // sleep runs inside the interpreter, yet no shell has it built in: it is coreutils' or busybox's program
  if (BUILTINS.has(name) && name !== 'sleep') return { kind: 'builtin' };
  if (name === 'sleep' || host.onPath(name)) return { kind: 'file', path: name.includes('/') ? name : `/usr/bin/${name}` };
  return undefined;
}

/** `type`'s sentence for one name, or undefined when it names nothing. */
function describe(name: string, host: ShellHost, st: ShellState): string | undefined {
  const f = find(name, host, st);
  if (!f) return undefined;
  if (f.kind === 'function') return FUNCTION_WORDS[st.shell].isFunction(name);
  if (f.kind === 'file') return `${name} is ${f.path}\n`;
  return `${name} is a shell ${f.kind}\n`;
}

/** `type name...` (and `command -V`): each name's sentence; the status of the last that names nothing. */
function tell(builtin: string, names: string[], host: ShellHost, st: ShellState, sink: Sink): number {
  let code = 0;
  for (const n of names) {
    const text = describe(n, host, st);
    if (text !== undefined) {
      put(sink, 'out', text);
      continue;
    }
    const nf = FUNCTION_WORDS[st.shell].notFound(dialect(st).prefix, builtin, n);
    if (nf.out) put(sink, 'out', nf.out);
    if (nf.err) put(sink, 'err', nf.err);
    code = nf.code;
  }
  return code;
}

/** `type name...`. */
export function typeBuiltin(args: string[], host: ShellHost, st: ShellState, sink: Sink): number {
  return tell(
    'type',
    args.filter((a) => !a.startsWith('-')),
    host,
    st,
    sink,
  );
}

/** `command -v|-V name`: a status; `command name args...`: the words to run, functions skipped. */
export function commandBuiltin(args: string[], host: ShellHost, st: ShellState, sink: Sink): number | string[] {
  let i = 0;
  let mode = '';
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    if (args[i] === '--') {
      i++;
      break;
    }
    if (args[i].includes('v')) mode = 'v';
    if (args[i].includes('V')) mode = 'V';
  }
  const rest = args.slice(i);
  if (mode === 'V') return tell('command', rest, host, st, sink);
  if (mode !== 'v') return rest.length ? rest : 0;
  // bash answers for every name; ash and dash for the first
  const names = st.shell === 'bash' || st.shell === 'prompt' ? rest : rest.slice(0, 1);
  let code = 0;
  for (const n of names) {
    const f = find(n, host, st);
    if (f) put(sink, 'out', `${f.kind === 'file' ? f.path : n}\n`);
    code = f ? 0 : FUNCTION_WORDS[st.shell].commandVMissing;
  }
  return code;
}

/**
 * Shell functions: a call runs the stored body with its own positional parameters and `local`
 * variables, `return` ends it; `shift` moves the parameters. Calls nest only so deep, and a flood
 * of calls that lets no time pass is a busy loop (the interpreter's MAX_SPIN).
 */
import { setOwn } from '../own';
import { dialect } from './dialect';
import { FUNCTION_WORDS, type Complaint } from './function-words';
import { MAX_SPIN, put, SPIN, type ShellState, type Sink, type Yield } from './host';
import type { FunctionDef, Node } from './parse';
import { AbortSignal, ExitSignal, ReturnSignal } from './signals';

/**
 * How deep calls nest. dash stops at 1000; bash and ash at the end of their stack (some 8000 calls
 * deep). Each call here is a chain of a dozen generators, which outgrows JavaScript's stack a few
 * hundred calls deep: the playground's stack ends sooner, the same in every browser.
 */
const MAX_CALL_DEPTH = 100;

/** JavaScript's own stack ran out (V8 and JavaScriptCore: RangeError; Firefox: InternalError), in a body deeper than most. */
function stackOverflow(e: unknown): boolean {
  return e instanceof RangeError || (e instanceof Error && e.name === 'InternalError');
}

/** Runs a node of the tree in the interpreter. */
type RunNode = (n: Node, st: ShellState, sink: Sink, stdin: string | undefined) => Generator<Yield, number>;

/** bash's FUNCNEST, when set to a positive number: its own lower limit. */
function funcnest(st: ShellState): number | undefined {
  if (st.shell !== 'bash' && st.shell !== 'prompt') return undefined;
  const v = st.vars.FUNCNEST;
  return v !== undefined && /^[0-9]+$/.test(v) && Number(v) > 0 ? Number(v) : undefined;
}

/** Say a complaint and act on it: a crash or an abort unwinds, otherwise its status. */
function complain(c: Complaint, st: ShellState, sink: Sink): number {
  if (c.message) put(sink, 'err', c.message);
  if (c.crash) {
    st.exited = c.code;
    throw new ExitSignal(c.code);
  }
  if (c.abort) throw new AbortSignal(c.code);
  return c.code;
}

/** Call `fn` with argv's words as its parameters; `assigns` (`X=1 f`) last as long as the call. */
export function* callFunction(fn: FunctionDef, argv: string[], assigns: Record<string, string>, st: ShellState, sink: Sink, stdin: string | undefined, run: RunNode): Generator<Yield, number> {
  const nest = funcnest(st);
  const limit = Math.min(nest ?? MAX_CALL_DEPTH, MAX_CALL_DEPTH);
  const depth = st.funcDepth ?? 0;
  if (depth >= limit) return complain(FUNCTION_WORDS[st.shell].tooDeep(dialect(st).prefix, fn.name, limit, nest !== undefined), st, sink);
  st.calls = (st.calls ?? 0) + 1;
  // calls that never let time pass would run on forever (`f() { f & f; }`): as a loop that never sleeps
  if (st.calls > MAX_SPIN) {
    st.calls = 0;
    yield SPIN;
  }
  const saved = { args: st.args, depth: st.funcDepth, vars: new Map(Object.keys(assigns).map((k) => [k, Object.hasOwn(st.vars, k) ? st.vars[k] : undefined])) };
  for (const [k, v] of Object.entries(assigns)) setOwn(st.vars, k, v);
  st.args = argv.slice(1);
  st.funcDepth = depth + 1;
  (st.locals ??= []).push(new Map());
  try {
    return yield* run(fn.body, st, sink, stdin);
  } catch (e) {
    if (e instanceof ReturnSignal) return e.code;
    if (stackOverflow(e)) return complain(FUNCTION_WORDS[st.shell].tooDeep(dialect(st).prefix, fn.name, depth + 1, nest !== undefined), st, sink);
    throw e;
  } finally {
    restore(st, st.locals.pop()!);
    restore(st, saved.vars);
    st.args = saved.args;
    st.funcDepth = saved.depth;
  }
}

/** Put variables back as they were: a value, or unset. */
function restore(st: ShellState, was: Map<string, string | undefined>): void {
  for (const [k, v] of was) {
    if (v === undefined) delete st.vars[k];
    else setOwn(st.vars, k, v);
  }
}

/** The status `return N` leaves, or undefined when N is no number the shell takes. */
function returnStatus(st: ShellState, arg: string): number | undefined {
  const words = FUNCTION_WORDS[st.shell];
  if (!(words.signedStatus ? /^[+-]?[0-9]+$/ : /^[0-9]+$/).test(arg)) return undefined;
  return words.wrapsStatus ? Number(arg) & 255 : Number(arg);
}

/** `return [N]`: ends the function it is in; outside one, bash complains and ash and dash end the script. */
export function returnBuiltin(args: string[], st: ShellState, sink: Sink): number {
  const words = FUNCTION_WORDS[st.shell];
  const prefix = dialect(st).prefix;
  let code = st.last;
  if (args[0] !== undefined) {
    const n = returnStatus(st, args[0]);
    code = n ?? complain(words.badNumber(prefix, 'return', args[0]), st, sink);
  }
  if (st.funcDepth) throw new ReturnSignal(code);
  if (words.returnOutside) return complain(words.returnOutside(prefix), st, sink);
  st.exited = code;
  throw new ExitSignal(code);
}

/** `shift [N]`: drops the first N positional parameters. */
export function shiftBuiltin(args: string[], st: ShellState, sink: Sink): number {
  const words = FUNCTION_WORDS[st.shell];
  const params = st.args ?? [];
  const arg = args[0] ?? '1';
  if (!/^[0-9]+$/.test(arg)) return complain(words.badNumber(dialect(st).prefix, 'shift', arg), st, sink);
  const n = Number(arg);
  if (n > params.length) return words.shiftTooMany ? complain(words.shiftTooMany(dialect(st).prefix), st, sink) : 1;
  st.args = params.slice(n);
  return 0;
}

/** `local NAME[=value]...`: the names go back to what they held when the function returns. bash unsets a bare name, ash keeps its value. */
export function localBuiltin(args: string[], st: ShellState, sink: Sink): number {
  const frame = st.locals?.at(-1);
  if (!st.funcDepth || !frame) return complain(FUNCTION_WORDS[st.shell].localOutside(dialect(st).prefix), st, sink);
  const badName = dialect(st).badName;
  let code = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      if (badName) put(sink, 'err', badName('local', a));
      code = 1;
      continue;
    }
    if (!frame.has(name)) frame.set(name, Object.hasOwn(st.vars, name) ? st.vars[name] : undefined);
    if (eq >= 0) setOwn(st.vars, name, a.slice(eq + 1));
    else if (st.shell !== 'dash') delete st.vars[name];
  }
  return code;
}

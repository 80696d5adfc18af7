import type { KubectlContext, Output } from './context';
import type { FlagSpec, ParsedArgs } from './flags';

/** One kubectl (sub)command, e.g. path ['rollout', 'status']. */
export interface CommandDef {
  path: string[];
  flags: FlagSpec[];
  /** Shown by `kubectl <path> --help` and used for "Did you mean". */
  short: string;
  /** What `--help` / `-h` prints (kubectl v1.34's text); without it the flag is unknown, as before. */
  help?: string;
  run(p: ParsedArgs, ctx: KubectlContext, out: Output): void;
}

import type { Streams } from '../sim/sh/streams';
import type { Cluster } from '../sim/cluster';
import type { Workspace } from '../kubectl/context';

/** What a builtin may touch. */
export interface BuiltinEnv {
  cluster: Cluster;
  fs: Workspace;
  /** The data piped or redirected in; undefined when stdin is the terminal. */
  stdin?: string;
  /** The current namespace of the kubectl context. */
  namespace: string;
  /** The command's environment (exported variables, then its `NAME=value` prefixes), in the order they were set. */
  environ?: ReadonlyMap<string, string>;
}

export type Builtin = (args: string[], env: BuiltinEnv) => Streams;

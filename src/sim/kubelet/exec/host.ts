import type { SimContext } from '../../context';
import type { ImageDef } from '../../images/types';
import type { KObject } from '../../types';
import type { ContainerFs } from '../fs';
import type { ProcCreds, ProcLine } from '../proc-line';
import type { Dialect } from '../../sh/host';

/** The user a process runs as. */
export interface ProcUser {
  uid: number;
  gid: number;
  name?: string;
  groups: number[];
}

/** Everything a command inside a container can reach. */
export interface ExecHost {
  /** The cluster as the container's network reaches it (DNS, Services, other pods). */
  ctx: SimContext;
  fs: ContainerFs;
  def: ImageDef;
  pod: KObject;
  container: string;
  hostname: string;
  podIP: string;
  user: ProcUser;
  /** Linux capabilities beyond the runtime default (from securityContext.capabilities.add, or all if privileged). */
  caps: Set<string>;
  privileged: boolean;
  /** What the kernel holds of a process exec starts (uid, capabilities, no_new_privs, seccomp). */
  creds: ProcCreds;
  /** Processes for `ps`: PID 1 first. */
  procs(): ProcLine[];
  /** The command whose code runs now (set while the shell runs it): /proc/self names it. */
  running?: ProcLine;
  now(): number;
  /** 1K blocks written on the node's disk (df's used). */
  nodeDiskWritten(): number;
  /** Offset the container's clock applies (after `date -s`). */
  clockOffset: { ms: number };
}

export interface CmdResult {
  out: string;
  err?: string;
  code: number;
  /** Virtual time the command took (a connection nobody answers waits for its timeout). */
  elapsedMs?: number;
}

/** A command's invocation: argv, environment, working directory and stdin. */
export interface CmdCtx {
  host: ExecHost;
  env: Record<string, string>;
  cwd: string;
  stdin: string;
}

export type Command = (argv: string[], ctx: CmdCtx) => CmdResult;

/** The shell of the image: busybox ash, dash (`sh` on debian) or bash. */
export function shellKind(def: ImageDef, argv0: string): Dialect {
  if (argv0.endsWith('bash')) return 'bash';
  return def.flavor === 'gnu' ? 'dash' : 'ash';
}

/** argv that starts a shell reading commands from its stdin (`sh`, `bash -i`), not a script or `-c`. */
export function isBareShell(argv: string[]): boolean {
  const base = (argv[0] ?? '').split('/').pop() ?? '';
  return ['sh', 'ash', 'bash', 'dash'].includes(base) && argv.slice(1).every((a) => a === '-i' || a === '-l');
}

const USERS: Record<number, string> = { 0: 'root', 1: 'bin', 2: 'daemon', 405: 'guest', 65534: 'nobody' };
const GROUPS: Record<number, string> = { 0: 'root', 1: 'bin', 2: 'daemon', 3: 'sys', 4: 'adm', 6: 'disk', 10: 'wheel', 11: 'floppy', 20: 'dialout', 26: 'tape', 27: 'video', 100: 'users', 65534: 'nogroup' };

export function userName(uid: number): string | undefined {
  return USERS[uid];
}
export function groupName(gid: number): string | undefined {
  return GROUPS[gid];
}
/** The primary group /etc/passwd gives a known user (containerd looks it up when only a uid is set). */
export function primaryGroup(uid: number): number {
  return uid === 405 ? 100 : uid === 65534 ? 65534 : uid <= 2 ? uid : 0;
}

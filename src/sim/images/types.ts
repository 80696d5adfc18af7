/**
 * The simulated image catalog: what an image is (user, entrypoint, files, size) and how its
 * processes behave (HTTP handlers, log lines, exits). A catalog, not a container runtime.
 */

/** The image's configured user (`USER` in its Dockerfile). `uid` undefined means a non-numeric user. */
interface ImageUser {
  uid?: number;
  gid?: number;
  name: string;
}

export interface HttpReq {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The address the container sees the request from. */
  clientIP: string;
}

export interface HttpResp {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** Virtual time the server kept the request before answering (the API server's etcd checks). */
  waitMs?: number;
}

/** A tiny filesystem interface programs use (the container's view, mounts included). */
export interface ProgramFs {
  read(path: string): string | undefined;
  write(path: string, content: string, append?: boolean): boolean;
  exists(path: string): boolean;
  mkdirp(path: string): void;
  list(path: string): string[] | undefined;
}

/** What a running program can use: its argv and env, the container's files, logs, time. */
export interface ProgramCtx {
  argv: string[];
  env: Record<string, string>;
  hostname: string;
  podIP: string;
  /** The node's address and name (what a node agent scrapes). */
  hostIP: string;
  nodeName: string;
  fs: ProgramFs;
  /** Append one line to the container log (a newline is added). */
  log(line: string): void;
  /** Run fn every `ms` of virtual time while the process lives. */
  every(ms: number, fn: () => void): void;
  /** Run fn once after `ms` while the process lives. */
  after(ms: number, fn: () => void): void;
  /** The process exits with this code (reason OOMKilled etc. when given). */
  exit(code: number, reason?: string): void;
  now(): number;
  /** Seeded random integer in [0, n). */
  random(n: number): number;
  /** The container's memory limit in bytes, if any. */
  memoryLimit?: number;
  /** A request from the pod to the API server (https://kubernetes.default.svc), with the headers the program sends. */
  apiServer(req: HttpReq): HttpResp;
  /** Whether the cluster's etcd answers a quorum read now (what the API server's own loopback client gets). */
  etcdAnswers(): boolean;
}

/** A running program (the container's main process). */
export interface Program {
  /** HTTP listeners by port. */
  http?: Record<number, (req: HttpReq) => HttpResp>;
  /** Ports that accept TCP connections without speaking HTTP (redis, mysql, dns). */
  tcp?: number[];
  /** Whether SIGTERM ends it at once (code 0 unless set) or is ignored (PID 1 without a handler). */
  sigterm: 'exit' | 'ignore';
  /** Exit code on SIGTERM when handled (default 0). */
  sigtermCode?: number;
  /** Processes `ps` shows besides PID 1 (worker processes). */
  extraProcs?: string[];
  /** What the process would use unconstrained (overrides the image's usage). */
  usage?: ResourceUsage;
}

/** CPU in millicores and memory (working set) in bytes, as metrics-server reports them. */
export interface ResourceUsage {
  cpu: number;
  memory: number;
}

/** A command an image ships besides the busybox-like set (`redis-cli`, `mysql`). */
export type ImageTool = (argv: string[], io: ToolIO) => { out: string; code: number };

/** What an image tool can reach: its own container's files, stdin and other containers over TCP. */
export interface ToolIO {
  fs: ProgramFs;
  stdin?: string;
  env: Record<string, string>;
  /** The files of whatever container listens on host:port (resolved through cluster DNS), or an error text. */
  connect(host: string, port: number): { fs: ProgramFs } | { error: string };
}

/** One image (repository + the tags it answers to). */
export interface ImageDef {
  /** Normalized repository, e.g. `docker.io/luksa/kubia`. */
  repo: string;
  /** Tags this definition covers (exact names or patterns). */
  tags: (string | RegExp)[];
  /** Executables that exec their arguments (`docker-entrypoint.sh "$@"`). */
  wrappers?: string[];
  /** Compressed size in bytes (the Pulled event prints it). */
  size: number;
  user: ImageUser;
  entrypoint: string[];
  cmd: string[];
  workingDir?: string;
  env: Record<string, string>;
  /** `ls -l` style: busybox (alpine, busybox) or GNU coreutils (debian-based). */
  flavor: 'busybox' | 'gnu' | 'none';
  /** Executables on PATH (busybox applets and the image's own binaries). */
  binaries: string[];
  /** Files of the image (absolute paths). Directories are created as needed. */
  files?: Record<string, string>;
  /** Empty directories of the image. */
  dirs?: string[];
  /** Long-running programs by executable basename (`node`, `nginx`, `redis-server`). */
  daemons?: Record<string, (ctx: ProgramCtx) => Program>;
  /** Image-specific commands for exec (`redis-cli`, `mysql`). */
  tools?: Record<string, ImageTool>;
  /** What the image's main program uses when idle (default: next to nothing). */
  usage?: ResourceUsage;
  /** A private repository: the registry serves it only with these credentials (an imagePullSecret). */
  private?: { username: string; password: string };
}

/** Common busybox applets (what `busybox --list` offers that the simulation implements). */
export const BUSYBOX_APPLETS = [
  'sh', 'ash', 'ls', 'cat', 'echo', 'touch', 'mkdir', 'rm', 'rmdir', 'env', 'printenv', 'ps', 'id', 'whoami', 'hostname',
  'wget', 'nslookup', 'date', 'chown', 'chmod', 'sleep', 'tail', 'head', 'grep', 'wc', 'df', 'mount', 'true', 'false',
  'pwd', 'cp', 'mv', 'test', '[', 'uname', 'kill', 'ln', 'sort', 'uniq', 'tee', 'which', 'basename', 'dirname', 'expr',
  'seq', 'yes', 'nc', 'ping', 'top', 'free', 'du', 'find', 'sed', 'awk', 'cut', 'tr', 'xargs', 'base64', 'md5sum', 'stat',
  'ifconfig', 'ip', 'dd', 'readlink',
];

/** The coreutils a debian-based image has (no curl, wget, ps or nslookup unless added). */
export const DEBIAN_TOOLS = [
  'sh', 'bash', 'ls', 'cat', 'echo', 'touch', 'mkdir', 'rm', 'rmdir', 'env', 'printenv', 'id', 'whoami', 'hostname', 'date',
  'chown', 'chmod', 'sleep', 'tail', 'head', 'grep', 'wc', 'df', 'mount', 'true', 'false', 'pwd', 'cp', 'mv', 'test', '[',
  'uname', 'kill', 'ln', 'sort', 'uniq', 'tee', 'which', 'basename', 'dirname', 'expr', 'seq', 'yes', 'du', 'find', 'sed',
  'cut', 'tr', 'xargs', 'base64', 'md5sum', 'stat', 'dd', 'readlink',
];

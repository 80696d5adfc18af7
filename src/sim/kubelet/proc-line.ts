/** What the kernel knows of a process that `ps` and /proc show (shared by the exec host, the node's process table and procfs). */

/** What /proc/<pid>/status tells about a process's credentials. */
export interface ProcCreds {
  uid: number;
  gid: number;
  groups: number[];
  bounding: Set<string>;
  /** no_new_privs: allowPrivilegeEscalation: false. */
  noNewPrivs: boolean;
  /** Seccomp mode: 2 (filter) under RuntimeDefault or Localhost, 0 when unconfined (the kubelet's default). */
  seccomp: number;
}

/** One line of a process table, with what /proc/<pid>/status shows of it. */
export interface ProcLine {
  pid: number;
  user: string;
  cmd: string;
  /** The parent's PID (0: started from outside the PID namespace, by the runtime). */
  ppid: number;
  /** The controlling terminal (`pts/0`); none when unset. */
  tty?: string;
  /** When the process started (virtual ms); the node's boot when unset. */
  startMs?: number;
  creds: ProcCreds;
  /** Its cgroup as the container's cgroup namespace shows it (`/`: the container's own); unset for the node's processes. */
  cgroup?: string;
}

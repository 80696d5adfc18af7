/**
 * etcdctl's ETCDCTL_* variables (etcd v3.6.4 pkg/flags SetPflagsFromEnv and verifyEnv, called by
 * clientConfigFromCmd): each flag the command inherits that the command line left unset takes a
 * non-empty ETCDCTL_<FLAG>; a variable for a flag the command line set is fatal; any other ETCDCTL_*
 * variable (ETCDCTL_API included: v3.6 has no v2 to choose) draws a warning. Logged as zap's JSON lines.
 */

/** The root command's persistent flags (ctlv3/ctl.go). */
export const GLOBAL_FLAGS = [
  'endpoints', 'debug', 'write-out', 'hex', 'dial-timeout', 'command-timeout', 'keepalive-time', 'keepalive-timeout', 'max-request-bytes',
  'max-recv-bytes', 'insecure-transport', 'insecure-discovery', 'insecure-skip-tls-verify', 'cert', 'key', 'cacert', 'user', 'password',
  'discovery-srv', 'discovery-srv-name',
];
/** `endpoint`'s own persistent flag, inherited by `endpoint status` and `endpoint health`. */
export const ENDPOINT_FLAGS = ['cluster'];

/** Flags the playground's etcdctl takes from the environment and does nothing with. */
const UNMODELLED = new Set(['debug', 'hex', 'keepalive-time', 'keepalive-timeout', 'max-request-bytes', 'max-recv-bytes', 'insecure-discovery', 'password', 'discovery-srv', 'discovery-srv-name']);

/** flags.FlagToEnv: `dial-timeout` → `ETCDCTL_DIAL_TIMEOUT`. */
export const flagToEnv = (name: string): string => `ETCDCTL_${name.toUpperCase().replaceAll('-', '_')}`;

/** logutil's time format, 2006-01-02T15:04:05.000000Z0700, in the container's UTC. */
export function zapTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** One line of zap's JSON encoder: level, ts, caller, msg, then the field. */
function zapLine(level: 'warn' | 'fatal', ts: string, caller: string, msg: string, field: string, value: string): string {
  return JSON.stringify({ level, ts, caller, msg, [field]: value }) + '\n';
}

export interface EnvOutcome {
  /** The log lines written to stderr. */
  log: string;
  /** verifyEnv's Fatal: etcdctl exits 1 after the log. */
  fatal: boolean;
  /** A value the playground cannot use (as its flag would be refused). */
  error?: string;
}

/**
 * Apply the environment to the flags `inherited` by the command; `changed` are those given on the command
 * line, `set` applies one value as its flag would (returning why the playground cannot use it).
 */
export function applyEnv(changed: ReadonlySet<string>, environ: ReadonlyMap<string, string>, inherited: readonly string[], ts: string, set: (flag: string, value: string) => string | undefined): EnvOutcome {
  const alreadySet = new Set(inherited.filter((f) => changed.has(f)).map(flagToEnv));
  const used = new Set<string>();
  let error: string | undefined;
  for (const flag of inherited) {
    const key = flagToEnv(flag);
    const value = environ.get(key) ?? '';
    if (alreadySet.has(key) || value === '') continue;
    used.add(key);
    if (!UNMODELLED.has(flag)) error ??= set(flag, value);
  }
  let log = '';
  for (const [key, value] of environ) {
    if (used.has(key)) continue;
    if (alreadySet.has(key)) {
      // zap's Fatal also prints the goroutine's stack trace, which the playground leaves out
      log += zapLine('fatal', ts, 'flags/flag.go:86', 'conflicting environment variable is shadowed by corresponding command-line flag (either unset environment variable or disable flag))', 'environment-variable', key);
      return { log, fatal: true };
    }
    if (key.startsWith('ETCDCTL_')) log += zapLine('warn', ts, 'flags/flag.go:94', 'unrecognized environment variable', 'environment-variable', `${key}=${value}`);
  }
  return { log, fatal: false, error };
}

/**
 * `etcdctl` v3.6, one implementation for the prompt (the shell runs on the control-plane node, as
 * with kubeadm) and for a container of the etcd image (`kubectl exec etcd-k8s-master -- etcdctl`),
 * each giving it an `EtcdctlHost`: `version`, `member list`, `endpoint status`, `endpoint health` and
 * `get KEY [RANGE_END] [--prefix] [--keys-only] [--limit]` of the API server's /registry keys, with
 * `--endpoints`, `--cluster`, `-w simple|table` and the client TLS flags (`--cacert`, `--cert`,
 * `--key`, `--insecure-transport`, `--insecure-skip-tls-verify`), each also from its ETCDCTL_*
 * variable (env.ts). etcd serves clients over TLS only and wants a client certificate of its CA, so
 * without them nothing answers. Answers come from the simulated etcd members; a stopped member, a
 * refused handshake or a cluster without quorum fails the way the client does, after its 5s command
 * timeout.
 */
import { dbSizes } from '../data-dir';
import type { EtcdCluster, EtcdMember } from '../etcd-cluster';
import { StreamWriter, type Streams } from '../../sh/streams';
import { renderTable } from './tablewriter';
import type { Rng } from '../../random';
import { goDuration } from '../../parse-duration';
import { clientTls, handshakeSucceeds, type ClientTls, type ReadFile } from './tls';
import { ENDPOINT_FLAGS, GLOBAL_FLAGS, applyEnv, zapTime } from './env';

const DEADLINE = 'context deadline exceeded';
/** etcdctl's defaultCommandTimeOut: each request that gets no answer fails after it (the cluster's time passes meanwhile). */
export const COMMAND_TIMEOUT_MS = 5000;
/** The etcd release of kubeadm's v1.34 image (registry.k8s.io/etcd:3.6.4-0): etcd, etcdctl and etcdutl. */
export const ETCD_VERSION = '3.6.4';
/** The API version etcdctl and etcdutl print beside it. */
export const ETCD_API_VERSION = ETCD_VERSION.split('.').slice(0, 2).join('.');
const STORAGE_VERSION = '3.6.0';
/** etcd's default --quota-backend-bytes (2 GiB). */
const QUOTA = 2 * 1024 ** 3;
const VALUED = new Set(['--endpoints', '-w', '--write-out', '--cacert', '--cert', '--key', '--consistency', '--dial-timeout', '--command-timeout', '--user', '--limit']);
const IGNORED_FLAGS = new Set(['--user']);
const BOOL_FLAGS = new Set(['--cluster', '--insecure-transport', '--insecure-skip-tls-verify', '--prefix', '--keys-only']);
/** `get`'s own flags (the others are the root command's or `endpoint`'s). */
const GET_FLAGS = ['prefix', 'keys-only', 'limit'];
/** etcdctl's exit code for flags it cannot use (cobrautl.ExitBadArgs). */
const EXIT_BAD_ARGS = 128;

/** strconv.ParseBool, as pflag reads `--flag=value` of a bool flag. */
function parseBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** go-humanize's Bytes: SI units, one decimal below 10. */
export function humanBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${val < 10 ? val.toFixed(1) : val.toFixed(0)} ${sizes[e]}`;
}

/** Go's time.Duration String for a few milliseconds or seconds. */
function took(rng: Rng, failed: boolean, timeoutMs: number): string {
  const digits = (s: string) => s.replace(/\.?0+$/, '');
  if (failed) return digits((timeoutMs / 1000 + (1 + rng.int(2_000_000)) / 1e9).toFixed(9)) + 's';
  return digits((1 + rng.int(2500) / 1000 + rng.int(1000) / 1e6).toFixed(6)) + 'ms';
}

interface Opts {
  endpoints: string[];
  cluster: boolean;
  format: 'simple' | 'table';
  serializable: boolean;
  words: string[];
  cert?: string;
  key?: string;
  cacert?: string;
  insecureTransport: boolean;
  insecureSkipVerify: boolean;
  /** `--command-timeout` (default 5s): how long each request may take. */
  commandTimeoutMs: number;
  /** The long names of the flags given on the command line (pflag's Changed). */
  changed: Set<string>;
  /** `get`'s `--prefix`, `--keys-only` and `--limit` (0: no limit). */
  get: { prefix: boolean; keysOnly: boolean; limit: number };
}

function defaults(): Opts {
  return {
    endpoints: ['127.0.0.1:2379'],
    cluster: false,
    format: 'simple',
    serializable: false,
    words: [],
    insecureTransport: true,
    insecureSkipVerify: false,
    commandTimeoutMs: COMMAND_TIMEOUT_MS,
    changed: new Set(),
    get: { prefix: false, keysOnly: false, limit: 0 },
  };
}

function parse(args: string[], o: Opts = defaults()): Opts | string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) {
      o.words.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (BOOL_FLAGS.has(flag) || VALUED.has(flag)) o.changed.add(flag === '-w' ? 'write-out' : flag.slice(2));
    if (BOOL_FLAGS.has(flag)) {
      // a bool flag takes its value only after `=`
      const v = eq > 0 ? parseBool(a.slice(eq + 1)) : true;
      if (v === undefined) return `invalid argument "${a.slice(eq + 1)}" for "${flag}" flag: strconv.ParseBool: parsing "${a.slice(eq + 1)}": invalid syntax`;
      if (flag === '--cluster') o.cluster = v;
      else if (flag === '--prefix') o.get.prefix = v;
      else if (flag === '--keys-only') o.get.keysOnly = v;
      else if (flag === '--insecure-transport') o.insecureTransport = v;
      else o.insecureSkipVerify = v;
      continue;
    }
    if (!VALUED.has(flag)) return `unknown flag: ${flag}`;
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined) return `flag needs an argument: ${flag}`;
    if (IGNORED_FLAGS.has(flag)) continue;
    if (flag === '--limit') {
      // pflag's Int64 flag: strconv.ParseInt, base 0
      if (!/^[+-]?\d+$/.test(value)) return `invalid argument "${value}" for "${flag}" flag: strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`;
      o.get.limit = Number(value);
      continue;
    }
    if (flag === '--dial-timeout' || flag === '--command-timeout') {
      const d = goDuration(value);
      if ('error' in d) return `invalid argument "${value}" for "${flag}" flag: ${d.error}`;
      if (flag === '--command-timeout') o.commandTimeoutMs = d.ms;
      continue;
    }
    if (flag === '--cert' || flag === '--key' || flag === '--cacert') o[flag.slice(2) as 'cert' | 'key' | 'cacert'] = value;
    else if (flag === '--endpoints') o.endpoints = value.split(',').filter(Boolean);
    else if (flag === '--consistency') {
      if (value !== 'l' && value !== 's') return `unknown consistency flag "${value}"`;
      o.serializable = value === 's';
    } else if (value === 'simple' || value === 'table') o.format = value;
    else if (['json', 'protobuf', 'fields'].includes(value)) return `the playground's etcdctl prints -w simple and -w table only`;
    else return `unknown output format "${value}"`;
  }
  return o;
}

/** The member an endpoint reaches: 127.0.0.1 and localhost are the local member (the control-plane node's own). */
function memberAt(etcd: EtcdClientView, local: EtcdMember | undefined, endpoint: string): EtcdMember | undefined {
  const m = /^(?:https?:\/\/)?([^:/]+):2379\/?$/.exec(endpoint);
  if (!m) return undefined;
  if (m[1] === 'localhost' || m[1] === '127.0.0.1') return local;
  return etcd.members.find((x) => x.ip === m[1]);
}

function clientURL(m: EtcdMember): string {
  return `https://${m.ip}:2379`;
}

/** The running member an endpoint reaches with this client's TLS, if the handshake succeeds. */
type Reach = (endpoint: string) => EtcdMember | undefined;

function reacher(etcd: EtcdClientView, local: EtcdMember | undefined, tls: ClientTls | undefined): Reach {
  return (endpoint) => {
    const m = memberAt(etcd, local, endpoint);
    return m?.running && handshakeSucceeds(tls, endpoint, m === etcd.members[0]) ? m : undefined;
  };
}

/** A request that needs the cluster (a linearizable read): a member it reaches in a cluster with quorum. */
function answers(etcd: EtcdClientView, reach: Reach, endpoints: string[]): boolean {
  return etcd.hasQuorum() && endpoints.some((e) => reach(e));
}

function memberRows(etcd: EtcdClientView): string[][] {
  return etcd.members.map((m) => [m.id, 'started', m.name, `https://${m.ip}:2380`, clientURL(m), 'false']);
}


/** What etcdctl reaches where it runs: the etcd members, its files, its environment and the clock. */
export interface EtcdctlHost {
  etcd: EtcdClientView;
  /** The member 127.0.0.1:2379 reaches (the node's own, on the node's network), if any. */
  localMember: EtcdMember | undefined;
  readFile: ReadFile;
  /** The process's environment (ETCDCTL_* among it), in the order the variables were set. */
  environ: ReadonlyMap<string, string>;
  now: number;
  /** Let a request's unanswered time pass. */
  wait(ms: number): void;
  /** The keys etcd holds (the API server's objects under /registry), any order. */
  keys(): string[];
}

/** What etcdctl asks of the etcd cluster. */
export type EtcdClientView = Pick<EtcdCluster, 'members' | 'clientTiming' | 'hasQuorum' | 'status' | 'termAt'>;

const SUPPORTED = 'version, member list, endpoint status, endpoint health and get';

export function etcdctl(args: string[], host: EtcdctlHost): Streams {
  const etcd = host.etcd;
  const rng = etcd.clientTiming;
  const w = new StreamWriter();
  const o = parse(args);
  if (typeof o === 'string') return w.err(`Error: ${o}`).done();
  const [group, verb, ...extra] = o.words;
  // get's own flags belong to no other command
  const foreign = group === 'get' ? undefined : GET_FLAGS.find((f) => o.changed.has(f));
  if (foreign) return w.err(`Error: unknown flag: --${foreign}`).done();
  const print = (header: string[], rows: string[][]) => w.out(o.format === 'table' ? renderTable(header, rows) : rows.map((r) => r.join(', ') + '\n').join(''));
  if (group === 'version' && !verb) {
    // the client's own version: no request is made
    w.out(`etcdctl version: ${ETCD_VERSION}\nAPI version: ${ETCD_API_VERSION}\n`);
    return w.done();
  }
  const known = ((group === 'member' && verb === 'list') || (group === 'endpoint' && (verb === 'status' || verb === 'health'))) && !extra.length;
  if (known || group === 'get') {
    // the client's flags are completed from ETCDCTL_* variables before it connects
    const inherited = group === 'endpoint' ? [...GLOBAL_FLAGS, ...ENDPOINT_FLAGS] : GLOBAL_FLAGS;
    const set = (flag: string, value: string) => {
      const r = parse([`--${flag}=${value}`], o);
      // a bool or duration pflag cannot parse keeps its value: clientConfigFromCmd drops SetPflagsFromEnv's error
      return typeof r === 'string' && !r.startsWith('invalid argument') ? r : undefined;
    };
    const fromEnv = applyEnv(o.changed, host.environ, inherited, zapTime(host.now), set);
    if (fromEnv.log) w.err(fromEnv.log, 0);
    if (fromEnv.fatal) {
      w.code = 1;
      return w.done();
    }
    if (fromEnv.error) return w.err(`Error: ${fromEnv.error}`).done();
    const badGet = group === 'get' ? getArgsError(o) : undefined;
    if (badGet) return w.err(`Error: ${badGet}`, EXIT_BAD_ARGS).done();
    // the client is configured before it connects: bad files end etcdctl at once
    const c = clientTls(o, host.readFile);
    if ('error' in c) return w.err(`Error: ${c.error}`, EXIT_BAD_ARGS).done();
    // a command timeout of 0 or less has passed before any request goes out
    const reach: Reach = o.commandTimeoutMs > 0 ? reacher(etcd, host.localMember, c.tls) : () => undefined;
    const wait = (ms: number) => {
      if (ms > 0) host.wait(ms);
    };
    if (group === 'get') return get(etcd, reach, o, w, wait, host.keys);
    return run(etcd, reach, rng, o, w, print, wait);
  }
  if (!group) return w.err(`Error: the playground's etcdctl runs ${SUPPORTED}`).done();
  return w.err(`Error: the playground's etcdctl runs ${SUPPORTED}, not "${o.words.join(' ')}"`).done();
}

/** getGetOp's checks on the arguments (etcdctl ctlv3/command/get_command.go). */
function getArgsError(o: Opts): string | undefined {
  const args = o.words.slice(1);
  if (!args.length || args.length > 2) return 'get command needs one argument as key and an optional argument as range_end';
  if (o.get.prefix && args.length > 1) return 'too many arguments, only accept one argument when `--prefix` is set.';
  return undefined;
}

/** `get KEY [RANGE_END]` (or `--prefix`): the keys as the simple printer prints them with --keys-only, a key and an empty value line each. */
function get(etcd: EtcdClientView, reach: Reach, o: Opts, w: StreamWriter, wait: (ms: number) => void, keys: () => string[]) {
  const [key, end] = o.words.slice(1);
  if (!o.endpoints.some((e) => reach(e)) || (!o.serializable && !etcd.hasQuorum())) {
    wait(o.commandTimeoutMs);
    return w.err(`Error: ${DEADLINE}`).done();
  }
  if (!o.get.keysOnly) return w.err("Error: the playground's etcdctl prints keys only (add --keys-only): the values are the API server's objects in protobuf; kubectl get -o yaml shows them").done();
  const inRange = (k: string) => (o.get.prefix ? k.startsWith(key) : end !== undefined ? k >= key && k < end : k === key);
  let found = keys()
    .filter(inRange)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (o.get.limit > 0) found = found.slice(0, o.get.limit);
  w.out(found.map((k) => `${k}\n\n`).join(''));
  return w.done();
}

function run(etcd: EtcdClientView, reach: Reach, rng: Rng, o: Opts, w: StreamWriter, print: (h: string[], r: string[][]) => void, wait: (ms: number) => void) {
  const [group, verb] = o.words;
  if (group === 'member' && verb === 'list') {
    const reachable = o.endpoints.some((e) => reach(e));
    if (!reachable || (!o.serializable && !etcd.hasQuorum())) {
      wait(o.commandTimeoutMs);
      return w.err(`Error: ${DEADLINE}`).done();
    }
    print(['ID', 'Status', 'Name', 'Peer Addrs', 'Client Addrs', 'Is Learner'], memberRows(etcd));
    return w.done();
  }
  let endpoints = o.endpoints;
  if (o.cluster) {
    if (!answers(etcd, reach, o.endpoints)) {
      wait(o.commandTimeoutMs);
      return w.err(`Error: failed to fetch endpoints from etcd cluster member list: ${DEADLINE}`).done();
    }
    endpoints = etcd.members.map(clientURL);
  }
  return verb === 'status' ? status(etcd, reach, endpoints, w, print, wait, o.commandTimeoutMs) : health(etcd, reach, rng, endpoints, w, o.format, wait, o.commandTimeoutMs);
}

function status(etcd: EtcdClientView, reach: Reach, endpoints: string[], w: StreamWriter, print: (h: string[], r: string[][]) => void, wait: (ms: number) => void, timeoutMs: number) {
  const rows: string[][] = [];
  let failed = false;
  // one endpoint after the other, each under its own command timeout
  for (const ep of endpoints) {
    const m = reach(ep);
    if (!m) {
      failed = true;
      wait(timeoutMs);
      w.err(`Failed to get the status of endpoint ${ep} (${DEADLINE})`, 0);
      continue;
    }
    const s = etcd.status(m);
    const { size, inUse } = dbSizes(s.index);
    rows.push([
      ep,
      m.id,
      ETCD_VERSION,
      STORAGE_VERSION,
      humanBytes(size),
      humanBytes(inUse),
      `${100 - Math.floor((inUse * 100) / size)}%`,
      humanBytes(QUOTA),
      String(s.leader?.id === m.id),
      'false',
      String(s.term),
      String(s.index),
      String(s.index),
      s.leader ? '' : 'etcdserver: no leader',
      '',
      'false',
    ]);
  }
  print(
    [
      'endpoint',
      'ID',
      'version',
      'storage version',
      'db size',
      'in use',
      'percentage not in use',
      'quota',
      'is leader',
      'is learner',
      'raft term',
      'raft index',
      'raft applied index',
      'errors',
      'downgrade target version',
      'downgrade enabled',
    ],
    rows,
  );
  if (failed) w.code = 1;
  return w.done();
}

function health(etcd: EtcdClientView, reach: Reach, rng: Rng, endpoints: string[], w: StreamWriter, format: Opts['format'], wait: (ms: number) => void, timeoutMs: number) {
  const results = endpoints.map((ep) => {
    const ok = !!reach(ep) && etcd.hasQuorum();
    return { ep, ok, took: took(rng, !ok, timeoutMs), error: ok ? '' : DEADLINE };
  });
  // the endpoints are asked at the same time: the slowest failure ends the wait
  if (results.some((r) => !r.ok)) wait(timeoutMs);
  if (format === 'table')
    w.out(
      renderTable(
        ['endpoint', 'health', 'took', 'error'],
        results.map((r) => [r.ep, String(r.ok), r.took, r.error]),
      ),
    );
  else {
    for (const r of results) {
      if (r.ok) w.out(`${r.ep} is healthy: successfully committed proposal: took = ${r.took}\n`);
      else w.err(`${r.ep} is unhealthy: failed to commit proposal: ${r.error}`, 0);
    }
  }
  if (results.some((r) => !r.ok)) w.err('Error: unhealthy cluster');
  return w.done();
}

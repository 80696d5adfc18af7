/**
 * `etcdctl` v3.6 at the prompt (the shell runs on the control-plane node, as with kubeadm):
 * `version`, `member list`, `endpoint status` and `endpoint health`, with `--endpoints`, `--cluster`,
 * `-w simple|table` and the client TLS flags (`--cacert`, `--cert`, `--key`, `--insecure-transport`,
 * `--insecure-skip-tls-verify`), each also from its ETCDCTL_* variable (etcdctl-env.ts). etcd serves clients over TLS only and wants a client certificate of
 * its CA, so without them nothing answers. Answers come from the simulated etcd members; a stopped
 * member, a refused handshake or a cluster without quorum fails the way the client does, after its
 * 5s command timeout.
 */
import type { EtcdCluster, EtcdMember } from '../sim/etcd/etcd-cluster';
import { StreamWriter } from '../sim/sh/streams';
import type { Builtin } from './io';
import { renderTable } from './tablewriter';
import type { Rng } from '../sim/random';
import { goDuration } from '../kubectl/duration';
import { clientTls, handshakeSucceeds, type ClientTls } from './etcdctl-tls';
import { ENDPOINT_FLAGS, GLOBAL_FLAGS, applyEnv, zapTime } from './etcdctl-env';

const DEADLINE = 'context deadline exceeded';
/** etcdctl's defaultCommandTimeOut: each request that gets no answer fails after it (the cluster's time passes meanwhile). */
export const COMMAND_TIMEOUT_MS = 5000;
const VERSION = '3.6.4';
const STORAGE_VERSION = '3.6.0';
/** etcd's default --quota-backend-bytes (2 GiB). */
const QUOTA = 2 * 1024 ** 3;
const VALUED = new Set(['--endpoints', '-w', '--write-out', '--cacert', '--cert', '--key', '--consistency', '--dial-timeout', '--command-timeout', '--user']);
const IGNORED_FLAGS = new Set(['--user']);
const BOOL_FLAGS = new Set(['--cluster', '--insecure-transport', '--insecure-skip-tls-verify']);
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
      else if (flag === '--insecure-transport') o.insecureTransport = v;
      else o.insecureSkipVerify = v;
      continue;
    }
    if (!VALUED.has(flag)) return `unknown flag: ${flag}`;
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined) return `flag needs an argument: ${flag}`;
    if (IGNORED_FLAGS.has(flag)) continue;
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

/** The member an endpoint reaches: 127.0.0.1 and localhost are the control-plane node's own member. */
function memberAt(etcd: EtcdCluster, endpoint: string): EtcdMember | undefined {
  const m = /^(?:https?:\/\/)?([^:/]+):2379\/?$/.exec(endpoint);
  if (!m) return undefined;
  const host = m[1] === 'localhost' || m[1] === '127.0.0.1' ? etcd.members[0]?.ip : m[1];
  return etcd.members.find((x) => x.ip === host);
}

function clientURL(m: EtcdMember): string {
  return `https://${m.ip}:2379`;
}

/** The running member an endpoint reaches with this client's TLS, if the handshake succeeds. */
type Reach = (endpoint: string) => EtcdMember | undefined;

function reacher(etcd: EtcdCluster, tls: ClientTls | undefined): Reach {
  return (endpoint) => {
    const m = memberAt(etcd, endpoint);
    return m?.running && handshakeSucceeds(tls, endpoint, m === etcd.members[0]) ? m : undefined;
  };
}

/** A request that needs the cluster (a linearizable read): a member it reaches in a cluster with quorum. */
function answers(etcd: EtcdCluster, reach: Reach, endpoints: string[]): boolean {
  return etcd.hasQuorum() && endpoints.some((e) => reach(e));
}

function memberRows(etcd: EtcdCluster): string[][] {
  return etcd.members.map((m) => [m.id, 'started', m.name, `https://${m.ip}:2380`, clientURL(m), 'false']);
}

function dbSizes(revision: number): { size: number; inUse: number } {
  const page = 4096;
  const size = Math.ceil((1_500_000 + revision * 520) / page) * page;
  return { size, inUse: Math.floor((size * 0.62) / page) * page };
}

export const etcdctl: Builtin = (args, env) => {
  const etcd = env.cluster.etcd;
  const rng = etcd.clientTiming;
  const w = new StreamWriter();
  const o = parse(args);
  if (typeof o === 'string') return w.err(`Error: ${o}`).done();
  const [group, verb, ...extra] = o.words;
  const print = (header: string[], rows: string[][]) => w.out(o.format === 'table' ? renderTable(header, rows) : rows.map((r) => r.join(', ') + '\n').join(''));
  if (group === 'version' && !verb) {
    // the client's own version: no request is made
    w.out(`etcdctl version: ${VERSION}\nAPI version: ${VERSION.split('.').slice(0, 2).join('.')}\n`);
    return w.done();
  }
  const known = (group === 'member' && verb === 'list') || (group === 'endpoint' && (verb === 'status' || verb === 'health'));
  if (known && !extra.length) {
    // the client's flags are completed from ETCDCTL_* variables before it connects
    const inherited = group === 'endpoint' ? [...GLOBAL_FLAGS, ...ENDPOINT_FLAGS] : GLOBAL_FLAGS;
    const set = (flag: string, value: string) => {
      const r = parse([`--${flag}=${value}`], o);
      // a bool or duration pflag cannot parse keeps its value: clientConfigFromCmd drops SetPflagsFromEnv's error
      return typeof r === 'string' && !r.startsWith('invalid argument') ? r : undefined;
    };
    const fromEnv = applyEnv(o.changed, env.environ ?? new Map(), inherited, zapTime(env.cluster.clock.now()), set);
    if (fromEnv.log) w.err(fromEnv.log, 0);
    if (fromEnv.fatal) {
      w.code = 1;
      return w.done();
    }
    if (fromEnv.error) return w.err(`Error: ${fromEnv.error}`).done();
    // the client is configured before it connects: bad files end etcdctl at once
    const c = clientTls(o, env.fs);
    if ('error' in c) return w.err(`Error: ${c.error}`, EXIT_BAD_ARGS).done();
    // a command timeout of 0 or less has passed before any request goes out
    const reach: Reach = o.commandTimeoutMs > 0 ? reacher(etcd, c.tls) : () => undefined;
    return run(etcd, reach, rng, o, w, print, (ms) => {
      if (ms > 0) env.cluster.advance(ms);
    });
  }
  if (!group) return w.err("Error: the playground's etcdctl runs version, member list, endpoint status and endpoint health").done();
  return w.err(`Error: the playground's etcdctl runs version, member list, endpoint status and endpoint health, not "${o.words.join(' ')}"`).done();
};

function run(etcd: EtcdCluster, reach: Reach, rng: Rng, o: Opts, w: StreamWriter, print: (h: string[], r: string[][]) => void, wait: (ms: number) => void) {
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

function status(etcd: EtcdCluster, reach: Reach, endpoints: string[], w: StreamWriter, print: (h: string[], r: string[][]) => void, wait: (ms: number) => void, timeoutMs: number) {
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
      VERSION,
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

function health(etcd: EtcdCluster, reach: Reach, rng: Rng, endpoints: string[], w: StreamWriter, format: Opts['format'], wait: (ms: number) => void, timeoutMs: number) {
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

/**
 * `etcdctl` v3.6 at the prompt (the shell runs on the control-plane node, as with kubeadm):
 * `version`, `member list`, `endpoint status` and `endpoint health`, with `--endpoints`, `--cluster` and
 * `-w simple|table`. Answers come from the simulated etcd members; a stopped member or a cluster
 * without quorum fails the way the client does, after its 5s command timeout.
 */
import type { EtcdCluster, EtcdMember } from '../sim/etcd/etcd-cluster';
import { StreamWriter } from '../sim/sh/streams';
import type { Builtin } from './io';
import { renderTable } from './tablewriter';
import type { Rng } from '../sim/random';

const DEADLINE = 'context deadline exceeded';
const VERSION = '3.6.4';
const STORAGE_VERSION = '3.6.0';
/** etcd's default --quota-backend-bytes (2 GiB). */
const QUOTA = 2 * 1024 ** 3;
const VALUED = new Set(['--endpoints', '-w', '--write-out', '--cacert', '--cert', '--key', '--consistency', '--dial-timeout', '--command-timeout', '--user']);
const IGNORED_FLAGS = new Set(['--cacert', '--cert', '--key', '--dial-timeout', '--command-timeout', '--user']);

/** go-humanize's Bytes: SI units, one decimal below 10. */
export function humanBytes(n: number): string {
  if (n < 10) return `${n} B`;
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  return `${val < 10 ? val.toFixed(1) : val.toFixed(0)} ${sizes[e]}`;
}

/** Go's time.Duration String for a few milliseconds or seconds. */
function took(rng: Rng, failed: boolean): string {
  const digits = (s: string) => s.replace(/\.?0+$/, '');
  if (failed) return digits((5 + (1 + rng.int(2_000_000)) / 1e9).toFixed(9)) + 's';
  return digits((1 + rng.int(2500) / 1000 + rng.int(1000) / 1e6).toFixed(6)) + 'ms';
}

interface Opts {
  endpoints: string[];
  cluster: boolean;
  format: 'simple' | 'table';
  serializable: boolean;
  words: string[];
}

function parse(args: string[]): Opts | string {
  const o: Opts = {
    endpoints: ['127.0.0.1:2379'],
    cluster: false,
    format: 'simple',
    serializable: false,
    words: [],
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) {
      o.words.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    if (flag === '--cluster') {
      o.cluster = true;
      continue;
    }
    if (!VALUED.has(flag)) return `unknown flag: ${flag}`;
    const value = eq > 0 ? a.slice(eq + 1) : args[++i];
    if (value === undefined) return `flag needs an argument: ${flag}`;
    if (IGNORED_FLAGS.has(flag)) continue;
    if (flag === '--endpoints') o.endpoints = value.split(',').filter(Boolean);
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

/** A request that needs the cluster (a linearizable read): a running member in a cluster with quorum. */
function answers(etcd: EtcdCluster, endpoints: string[]): boolean {
  return etcd.hasQuorum() && endpoints.some((e) => memberAt(etcd, e)?.running);
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
  if (group === 'member' && verb === 'list' && !extra.length) {
    const reachable = o.endpoints.some((e) => memberAt(etcd, e)?.running);
    if (!reachable || (!o.serializable && !etcd.hasQuorum())) return w.err(`Error: ${DEADLINE}`).done();
    print(['ID', 'Status', 'Name', 'Peer Addrs', 'Client Addrs', 'Is Learner'], memberRows(etcd));
    return w.done();
  }
  if (group === 'endpoint' && (verb === 'status' || verb === 'health') && !extra.length) {
    let endpoints = o.endpoints;
    if (o.cluster) {
      if (!answers(etcd, o.endpoints)) return w.err(`Error: failed to fetch endpoints from etcd cluster member list: ${DEADLINE}`).done();
      endpoints = etcd.members.map(clientURL);
    }
    return verb === 'status' ? status(etcd, endpoints, w, print) : health(etcd, rng, endpoints, w, o.format);
  }
  if (!group) return w.err("Error: the playground's etcdctl runs version, member list, endpoint status and endpoint health").done();
  return w.err(`Error: the playground's etcdctl runs version, member list, endpoint status and endpoint health, not "${o.words.join(' ')}"`).done();
};

function status(etcd: EtcdCluster, endpoints: string[], w: StreamWriter, print: (h: string[], r: string[][]) => void) {
  const rows: string[][] = [];
  let failed = false;
  for (const ep of endpoints) {
    const m = memberAt(etcd, ep);
    if (!m?.running) {
      failed = true;
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

function health(etcd: EtcdCluster, rng: Rng, endpoints: string[], w: StreamWriter, format: Opts['format']) {
  const results = endpoints.map((ep) => {
    const ok = !!memberAt(etcd, ep)?.running && etcd.hasQuorum();
    return { ep, ok, took: took(rng, !ok), error: ok ? '' : DEADLINE };
  });
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

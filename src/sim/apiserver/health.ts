/**
 * `/healthz`, `/livez` and `/readyz` of a kubeadm v1.34 API server (generic apiserver healthz
 * handler): each check as `[+]name ok` or `[-]name failed: reason withheld`; a failure answers 500
 * with every line and `<name> check failed`; `?verbose` on success adds the lines and
 * `<name> check passed`; `/<endpoint>/<check>` answers `ok` or `internal server error: <err>`.
 *
 * The check names and order are as a kubeadm v1.33.1 cluster prints them (observed), which v1.34's
 * pkg/controlplane/apiserver/server.go keeps with default feature gates (`storage-readiness` only
 * with WatchCacheInitializationPostStartHook, default off). `etcd` (livez, healthz, readyz) and
 * `etcd-readiness` (readyz) read `/registry/health` linearizably, which fails without a quorum once
 * the check's deadline passes (see etcd-checks.ts). `?exclude=name` skips a check and says so.
 */
import type { EtcdCheckName, EtcdHealthProbe } from './etcd-checks';

export interface HealthAnswer {
  status: number;
  body: string;
  /** Virtual time the checks took (an etcd probe without a quorum waits for its deadline). */
  waitMs: number;
}

const HOOKS = [
  'start-apiserver-admission-initializer',
  'generic-apiserver-start-informers',
  'priority-and-fairness-config-consumer',
  'priority-and-fairness-filter',
  'storage-object-count-tracker-hook',
  'start-apiextensions-informers',
  'start-apiextensions-controllers',
  'crd-informer-synced',
  'start-system-namespaces-controller',
  'start-cluster-authentication-info-controller',
  'start-kube-apiserver-identity-lease-controller',
  'start-kube-apiserver-identity-lease-garbage-collector',
  'start-legacy-token-tracking-controller',
  'start-service-ip-repair-controllers',
  'rbac/bootstrap-roles',
  'scheduling/bootstrap-system-priority-classes',
  'priority-and-fairness-config-producer',
  'bootstrap-controller',
  'start-kubernetes-service-cidr-controller',
  'aggregator-reload-proxy-client-cert',
  'start-kube-aggregator-informers',
  'apiservice-status-local-available-controller',
  'apiservice-status-remote-available-controller',
  'apiservice-registration-controller',
  'apiservice-discovery-controller',
  'kube-apiserver-autoregistration',
].map((h) => `poststarthook/${h}`);
const TAIL = ['autoregister-completion', 'poststarthook/apiservice-openapi-controller', 'poststarthook/apiservice-openapiv3-controller'];

const CHECKS: Record<string, string[]> = {
  healthz: ['ping', 'log', 'etcd', ...HOOKS, ...TAIL],
  livez: ['ping', 'log', 'etcd', ...HOOKS, ...TAIL],
  readyz: ['ping', 'log', 'etcd', 'etcd-readiness', 'informer-sync', ...HOOKS, ...TAIL, 'shutdown'],
};

const ETCD_CHECKS = new Set<string>(['etcd', 'etcd-readiness']);

/** The answer for a health path, or undefined when the path is not one; `waitMs` is how long the checks kept the request. */
export function healthAnswer(rawPath: string, etcd: EtcdHealthProbe): HealthAnswer | undefined {
  const [path, queryString = ''] = rawPath.split('?');
  const segs = path.split('/').filter(Boolean);
  const name = segs[0];
  if (!name || !(name in CHECKS)) return undefined;
  const checks = CHECKS[name];
  // the checks run one after the other (handleRootHealth): each etcd probe starts when the one before it ended
  let waitMs = 0;
  const failure = (c: string): string | undefined => {
    if (!ETCD_CHECKS.has(c)) return undefined;
    const r = etcd.run(c as EtcdCheckName, waitMs);
    waitMs += r.tookMs;
    return r.error;
  };
  if (segs.length > 1) {
    const check = segs.slice(1).join('/');
    if (!checks.includes(check)) return undefined;
    const error = failure(check);
    return error ? { status: 500, body: `internal server error: ${error}\n`, waitMs } : { status: 200, body: 'ok', waitMs };
  }
  const query = new URLSearchParams(queryString);
  const excluded = new Set(query.getAll('exclude'));
  const unknown = new Set(excluded);
  const lines: string[] = [];
  let failed = false;
  for (const c of checks) {
    // the etcd checks are grouped checks named after their group: excluding the name excludes them
    if (excluded.has(c)) {
      unknown.delete(c);
      lines.push(`[+]${c} excluded: ok`);
      continue;
    }
    if (failure(c)) {
      failed = true;
      lines.push(`[-]${c} failed: reason withheld`);
    } else lines.push(`[+]${c} ok`);
  }
  if (unknown.size) lines.push(`warn: some health checks cannot be excluded: no matches for ${[...unknown].sort().map((e) => JSON.stringify(e)).join(',')}`);
  if (failed) return { status: 500, body: `${lines.join('\n')}\n${name} check failed\n`, waitMs };
  if (!query.has('verbose')) return { status: 200, body: 'ok', waitMs };
  return { status: 200, body: `${lines.join('\n')}\n${name} check passed\n`, waitMs };
}

/** client-go's error for a 500 whose body is no Status: the body, trimmed and Go-quoted. */
export function unstructuredServerError(body: string): string {
  return `an error on the server (${JSON.stringify(body.trim())}) has prevented the request from succeeding`;
}

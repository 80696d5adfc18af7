/**
 * `/healthz`, `/livez` and `/readyz` of a kubeadm v1.34 API server (generic apiserver healthz
 * handler): each check as `[+]name ok` or `[-]name failed: reason withheld`; a failure answers 500
 * with every line and `<name> check failed`; `?verbose` on success adds the lines and
 * `<name> check passed`; `/<endpoint>/<check>` answers `ok` or `internal server error: <err>`.
 *
 * The check names and order are as a kubeadm v1.33.1 cluster prints them (observed), which v1.34's
 * pkg/controlplane/apiserver/server.go keeps with default feature gates (`storage-readiness` only
 * with WatchCacheInitializationPostStartHook, default off). `etcd` (livez, healthz, readyz) and
 * `etcd-readiness` (readyz) read `/registry/health` linearizably, which fails without a quorum.
 */
import { ETCD_PROBE_ERROR } from './component-status';

export interface HealthAnswer {
  status: number;
  body: string;
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

const ETCD_CHECKS = new Set(['etcd', 'etcd-readiness']);

/** The answer for a health path, or undefined when the path is not one. */
export function healthAnswer(rawPath: string, etcdOk: boolean): HealthAnswer | undefined {
  const [path, queryString = ''] = rawPath.split('?');
  const segs = path.split('/').filter(Boolean);
  const name = segs[0];
  if (!name || !(name in CHECKS)) return undefined;
  const checks = CHECKS[name];
  const failing = (c: string) => !etcdOk && ETCD_CHECKS.has(c);
  if (segs.length > 1) {
    const check = segs.slice(1).join('/');
    if (!checks.includes(check)) return undefined;
    return failing(check) ? { status: 500, body: `internal server error: ${ETCD_PROBE_ERROR}\n` } : { status: 200, body: 'ok' };
  }
  const query = new URLSearchParams(queryString);
  const excluded = new Set(query.getAll('exclude'));
  const lines: string[] = [];
  let failed = false;
  for (const c of checks) {
    if (excluded.delete(c)) continue;
    if (failing(c)) {
      failed = true;
      lines.push(`[-]${c} failed: reason withheld`);
    } else lines.push(`[+]${c} ok`);
  }
  if (excluded.size) lines.push(`warn: some health checks cannot be excluded: no matches for ${[...excluded].map((e) => JSON.stringify(e)).join(',')}`);
  if (failed) return { status: 500, body: `${lines.join('\n')}\n${name} check failed\n` };
  if (!query.has('verbose')) return { status: 200, body: 'ok' };
  return { status: 200, body: `${lines.join('\n')}\n${name} check passed\n` };
}

/** client-go's error for a 500 whose body is no Status: the body, trimmed and Go-quoted. */
export function unstructuredServerError(body: string): string {
  return `an error on the server (${JSON.stringify(body.trim())}) has prevented the request from succeeding`;
}

/**
 * Reads at a resourceVersion (get or list with `?resourceVersion=N`, N not 0) are served by the
 * apiserver's watch cache, which first waits until it has seen N (watchCache.waitUntilFreshAndBlock):
 * a version the store has not reached is waited for up to 3 seconds, then the read fails with a
 * Timeout that carries the cause ResourceVersionTooLarge and asks the client to retry after 1 second
 * (storage.NewTooLargeResourceVersionError, apiserver v1.34).
 */
import type { Cluster } from '../sim/cluster';
import type { StatusBody } from './status';

/** How long the watch cache waits for a resourceVersion (its blockTimeout). */
const BLOCK_TIMEOUT_MS = 3000;
const POLL_MS = 20;
/** The seconds after which the client should retry (resourceVersionTooHighRetrySeconds). */
const RETRY_AFTER_SECONDS = 1;

const current = (cluster: Cluster) => Number(cluster.api.store.currentResourceVersion());

/** The resourceVersion a read asks for, when the store has not reached it yet. */
export function aheadOfStore(cluster: Cluster, query: URLSearchParams): number | undefined {
  const rv = query.get('resourceVersion') ?? '';
  if (!/^\d+$/.test(rv)) return undefined;
  const n = Number(rv);
  return n > current(cluster) ? n : undefined;
}

/** The watch cache's answer when the store is still behind `rv` after its wait. */
function tooLarge(rv: number, now: number): StatusBody {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message: `Timeout: Too large resource version: ${rv}, current: ${now}`,
    reason: 'Timeout',
    details: { causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }], retryAfterSeconds: RETRY_AFTER_SECONDS },
    code: 504,
  };
}

/**
 * Run `read` once the store has reached `rv`, or `fail` with the Timeout after the cache's wait;
 * the returned function gives up (the client went away).
 */
export function whenFresh(cluster: Cluster, rv: number, read: () => void, fail: (s: StatusBody) => void): () => void {
  const started = Date.now();
  const timer = setInterval(() => {
    if (current(cluster) >= rv) {
      clearInterval(timer);
      read();
    } else if (Date.now() - started >= BLOCK_TIMEOUT_MS) {
      clearInterval(timer);
      fail(tooLarge(rv, current(cluster)));
    }
  }, POLL_MS);
  return () => clearInterval(timer);
}

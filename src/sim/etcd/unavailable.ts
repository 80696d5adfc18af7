/**
 * The API server without an etcd quorum. A write is a raft proposal that can never commit; a read
 * the client did not allow to be stale (`kubectl get` sends no resourceVersion) is a quorum read of
 * etcd, which needs a leader too. Either way etcd gives up after its request timeout and the API
 * server passes the error on as a Status without a reason (code 500), which kubectl prints as
 * `Error from server: etcdserver: request timed out`.
 */
import type { ApiServer } from '../apiserver/apiserver';
import { ApiError } from '../types';

/** etcd's ErrTimeout (server/etcdserver/errors): a proposal not committed within the request timeout. */
const ETCD_REQUEST_TIMED_OUT = 'etcdserver: request timed out';

const STORAGE_CALLS = ['get', 'tryGet', 'list', 'create', 'createGenerated', 'update', 'updateStatus', 'delete'] as const;

function timedOut(): never {
  throw new ApiError(500, '', ETCD_REQUEST_TIMED_OUT);
}

/** The API as a client sees it while etcd has no quorum: discovery still answers, storage times out. */
export function apiWithoutQuorum(api: ApiServer): ApiServer {
  const refused = new Set<string>(STORAGE_CALLS);
  return new Proxy(api, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && refused.has(prop)) return timedOut;
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

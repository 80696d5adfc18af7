/**
 * The API server while etcd has no quorum, as a client sees it.
 *
 * etcd cannot commit a write and cannot answer a linearizable read without a leader: a member with
 * no leader holds proposals until etcd's request timeout and answers read-index requests with
 * `etcdserver: request timed out`, and the API server's etcd client retries both until the
 * request's own deadline. So a request that reaches storage hangs until the API server gives up:
 * - a write (create, update, patch, delete) after the 34s the handlers allow
 *   (requestTimeoutUpperBound), with the finisher's `Timeout: request did not complete within
 *   requested timeout - context deadline exceeded`;
 * - a read after the 60s request timeout, when the timeout filter answers 504 with a Status
 *   without kind; client-go cannot decode it and makes its own error, `the server was unable to
 *   return a response in the time allotted, but may still be processing the request (get pods)`.
 *
 * Reads that allow any cached state (`resourceVersion=0`) are answered from the watch cache until
 * etcd cancels the cache's watch (a member without a leader for 3 election timeouts cancels the
 * watches that require one); then the cache is not ready: a get is sent to etcd, and a list without
 * a limit is refused with 429 `storage is (re)initializing` (resilient watch cache initialization).
 */
import type { ApiServer } from '../apiserver/apiserver';
import type { ListOptions } from '../apiserver/request-options';
import type { ResourceType } from '../apiserver/resources';
import { ApiError } from '../types';
import { ELECTION_TIMEOUT_MS, type EtcdCluster } from './etcd-cluster';

/** etcd's maxNoLeaderCnt: election timeouts without a leader before watches are cancelled. */
const WATCH_CANCEL_MS = 3 * ELECTION_TIMEOUT_MS;

const WRITES = ['create', 'createGenerated', 'update', 'updateStatus', 'delete', 'remove'] as const;

/** How long a request that reaches storage hangs before the API server gives up: requestTimeoutUpperBound for writes, the request timeout for reads. */
export const WRITE_HANG_MS = 34_000;
export const READ_HANG_MS = 60_000;

function writeTimedOut(): never {
  throw new ApiError(504, 'Timeout', 'Timeout: request did not complete within requested timeout - context deadline exceeded');
}

/**
 * A read the API server's timeout filter gave up on: its 504 carries a Status without kind, which
 * client-go does not decode; the message is the error client-go makes of it instead.
 */
export class ReadTimeout extends ApiError {}

/** client-go's error for a 504 whose body is no Status: the verb, the resource and the name it asked for. */
function readTimedOut(rt: ResourceType | undefined, name?: string): never {
  const base = 'the server was unable to return a response in the time allotted, but may still be processing the request';
  if (!rt) throw new ReadTimeout(504, 'Timeout', base);
  const resource = rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
  throw new ReadTimeout(504, 'Timeout', `${base} (get ${resource}${name ? ` ${name}` : ''})`, [], { kind: rt.plural, group: rt.group, name });
}

export interface Request {
  /** A request by URL path (`kubectl get --raw`): client-go knows no resource to name. */
  raw?: boolean;
  /** `resourceVersion=0`: any cached state will do. */
  cached?: boolean;
  /** Lets the cluster's time pass while a request hangs, so that the error comes when it would. */
  hang?: (ms: number) => void;
}

/** The API as a client sees it while etcd has no quorum: discovery still answers, storage does not. */
export function apiWithoutQuorum(api: ApiServer, etcd: EtcdCluster, req: Request = {}): ApiServer {
  const writes = new Set<string>(WRITES);
  const cacheReady = req.cached === true && etcd.leaderlessFor() < WATCH_CANCEL_MS;
  const resolve = (rt: ResourceType | string) => (req.raw ? undefined : typeof rt === 'string' ? api.resource(rt) : rt);
  const hang = req.hang ?? (() => {});
  const readHangs = (rt: ResourceType | undefined, name?: string): never => {
    hang(READ_HANG_MS);
    return readTimedOut(rt, name);
  };
  const writeHangs = (): never => {
    hang(WRITE_HANG_MS);
    return writeTimedOut();
  };
  const getObject = (rt: ResourceType | string, namespace: string | undefined, name: string, tolerant: boolean) => {
    if (!cacheReady) readHangs(resolve(rt), name);
    return tolerant ? api.tryGet(rt, namespace, name) : api.get(rt, namespace, name);
  };
  const reads: Record<string, unknown> = {
    get: (rt: ResourceType | string, namespace: string | undefined, name: string) => getObject(rt, namespace, name, false),
    tryGet: (rt: ResourceType | string, namespace: string | undefined, name: string) => getObject(rt, namespace, name, true),
    list: (rt: ResourceType | string, namespace?: string, opts?: ListOptions) => {
      if (cacheReady) return api.list(rt, namespace, opts);
      if (req.cached) throw new ApiError(429, 'TooManyRequests', 'storage is (re)initializing');
      return readHangs(resolve(rt));
    },
  };
  return new Proxy(api, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && writes.has(prop)) return writeHangs;
      if (typeof prop === 'string' && prop in reads) return reads[prop];
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

import type { ApiServer } from '../apiserver';

const RBAC_SUFFIX = '.rbac.authorization.k8s.io';

/**
 * A memo of values worked out from an API server's RBAC objects, per server and key, forgotten on
 * any write to a Role, ClusterRole or binding: the authorizer reads them from informers, so the
 * next request sees the write.
 */
export function rbacMemo<T>(): (api: ApiServer, key: string, compute: () => T) => T {
  const caches = new WeakMap<ApiServer, Map<string, T>>();
  const cacheOf = (api: ApiServer): Map<string, T> => {
    let cache = caches.get(api);
    if (cache) return cache;
    const fresh = new Map<string, T>();
    api.store.onChange((ev) => {
      if (ev.resource.endsWith(RBAC_SUFFIX)) fresh.clear();
    });
    caches.set(api, (cache = fresh));
    return cache;
  };
  return (api, key, compute) => {
    const cache = cacheOf(api);
    const known = cache.get(key);
    if (known !== undefined) return known;
    const v = compute();
    cache.set(key, v);
    return v;
  };
}

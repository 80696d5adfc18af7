import type { KObject } from '../types';
import type { ApiServer } from './apiserver';
import type { UserInfo } from './auth/user';
import type { DeleteOptions, WriteOptions } from './request-options';

/**
 * The API server as one component's client sees it: every write carries the component's identity,
 * as a clientset built from its kubeconfig does; reads and everything else go straight to the server.
 */
export function clientAs(api: ApiServer, identity: UserInfo): ApiServer {
  const as = { identity, user: identity.name };
  const writes: Partial<ApiServer> = {
    create: (obj: KObject, opts: WriteOptions = {}) => api.create(obj, { ...opts, ...as }),
    update: (obj: KObject, opts: Parameters<ApiServer['update']>[1] = {}) => api.update(obj, { ...opts, ...as }),
    updateStatus: (obj: KObject, opts: Parameters<ApiServer['updateStatus']>[1] = {}) => api.updateStatus(obj, { ...opts, ...as }),
    delete: (rt: Parameters<ApiServer['delete']>[0], ns: string | undefined, name: string, opts: DeleteOptions = {}) => api.delete(rt, ns, name, { ...opts, ...as }),
  };
  // bound once: components read through their client in hot loops
  const methods = new Map<PropertyKey, unknown>(Object.entries(writes));
  return new Proxy(api, {
    get(target, prop) {
      const known = methods.get(prop);
      if (known !== undefined) return known;
      const v: unknown = Reflect.get(target, prop);
      if (typeof v !== 'function') return v;
      const bound: unknown = v.bind(target);
      methods.set(prop, bound);
      return bound;
    },
  });
}

import type { KObject } from '../types';
import type { ApiServer } from './apiserver';
import { checkAccess, resourceRequest } from './auth/as-user';
import { admitNodeWrite, type NodeWrite } from './auth/node-restriction';
import type { UserInfo } from './auth/user';
import type { DeleteOptions, WriteOptions } from './request-options';
import type { ResourceType } from './resources';

type UpdateOptions = NonNullable<Parameters<ApiServer['update']>[1]>;

/** The verb and subresource of a component's update: the scheduler's bind is a create of pods/binding. */
function updateRequest(opts: UpdateOptions): { verb: string; subresource?: string } {
  if (opts.withStatus) return { verb: 'create', subresource: 'binding' };
  return opts.sent ?? { verb: 'update', subresource: opts.subresource };
}

/**
 * The API server as one component's client sees it: every write carries the component's identity,
 * as a clientset built from its kubeconfig does, and is authorized as that user (the Node authorizer
 * and RBAC, as for any client). Reads go straight to the server: components read from their
 * informers' caches, which their roles' list and watch fill; a get of one of `gets` (core plural names)
 * is a request of its own and is authorized too (a kubelet's secret and configmap managers).
 */
export function clientAs(api: ApiServer, identity: UserInfo, gets?: ReadonlySet<string>): ApiServer {
  const as = { identity, user: identity.name };
  const may = (obj: KObject, verb: string, subresource?: string, ns?: string) => {
    const rt = api.kindFor(obj?.apiVersion, obj?.kind);
    // a create names no object (its name is in the body), a create of a subresource does
    checkAccess(api, identity, resourceRequest(rt, verb, obj.metadata?.namespace ?? ns ?? 'default', verb === 'create' && !subresource ? undefined : obj.metadata?.name, subresource));
    const op: NodeWrite['op'] = verb === 'create' && !subresource ? 'CREATE' : 'UPDATE';
    admitNodeWrite(api, identity, { op, rt, obj, namespace: ns, subresource });
  };
  const mayDelete = (rt: ResourceType | string, ns: string | undefined, name: string) => {
    const r = typeof rt === 'string' ? api.resource(rt) : rt;
    if (!r) return;
    const namespace = ns ?? 'default';
    checkAccess(api, identity, resourceRequest(r, 'delete', namespace, name));
    admitNodeWrite(api, identity, { op: 'DELETE', rt: r, obj: { apiVersion: '', kind: r.kind, metadata: { name, namespace } } });
  };
  const mayGet = (rt: ResourceType | string, ns: string | undefined, name: string) => {
    const r = typeof rt === 'string' ? api.resource(rt) : rt;
    if (r && !r.group && gets?.has(r.plural)) checkAccess(api, identity, resourceRequest(r, 'get', ns, name));
  };
  const reads: Partial<ApiServer> = {
    get: (rt: ResourceType | string, ns: string | undefined, name: string) => {
      mayGet(rt, ns, name);
      return api.get(rt, ns, name);
    },
    tryGet: (rt: ResourceType | string, ns: string | undefined, name: string) => {
      mayGet(rt, ns, name);
      return api.tryGet(rt, ns, name);
    },
  };
  const writes: Partial<ApiServer> = {
    ...(gets ? reads : {}),
    create: (obj: KObject, opts: WriteOptions = {}) => {
      may(obj, 'create', undefined, opts.namespace);
      return api.create(obj, { ...opts, ...as });
    },
    createGenerated: (obj: KObject) => {
      may(obj, 'create');
      return api.createGenerated(obj);
    },
    update: (obj: KObject, opts: UpdateOptions = {}) => {
      const { verb, subresource } = updateRequest(opts);
      may(obj, verb, subresource, opts.namespace);
      return api.update(obj, { ...opts, ...as });
    },
    updateStatus: (obj: KObject, opts: Parameters<ApiServer['updateStatus']>[1] = {}) => {
      may(obj, opts.sent?.verb ?? 'update', opts.sent?.subresource ?? 'status');
      return api.updateStatus(obj, { ...opts, ...as });
    },
    delete: (rt: Parameters<ApiServer['delete']>[0], ns: string | undefined, name: string, opts: DeleteOptions = {}) => {
      mayDelete(rt, ns ?? opts.namespace, name);
      return api.delete(rt, ns, name, { ...opts, ...as });
    },
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

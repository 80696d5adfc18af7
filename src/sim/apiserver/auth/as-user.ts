import type { KObject } from '../../types';
import type { ApiServer } from '../apiserver';
import type { DeleteOptions, ListOptions, WriteOptions } from '../request-options';
import type { ResourceType } from '../resources';
import { confirmNoEscalation } from './escalation';
import { forbidden } from './forbidden';
import { admitNodeWrite } from './node-restriction';
import { authorize } from './rbac';
import type { RequestAttributes } from './rules';
import type { UserInfo } from './user';

const RBAC = 'rbac.authorization.k8s.io';

/** Throw the API server's 403 unless `user` may make the request. */
export function checkAccess(api: ApiServer, user: UserInfo, req: RequestAttributes): void {
  const d = authorize(api, user, req);
  if (d.allowed) return;
  const err = forbidden(user.name, req, d.reason);
  const resource = req.apiGroup ? `${req.resource}.${req.apiGroup}` : (req.resource ?? '');
  const step = api.activity?.request(req.verb, { resource, ...(req.namespace ? { namespace: req.namespace } : {}), name: req.name ?? '' }, user.name, false);
  if (step) step.outcome = { code: err.code, reason: err.reason, message: err.message };
  throw err;
}

/** The attributes of a request on a resource type. */
export function resourceRequest(rt: ResourceType, verb: string, namespace: string | undefined, name?: string, subresource?: string): RequestAttributes {
  return { resourceRequest: true, verb, apiGroup: rt.group, resource: rt.plural, subresource, name, namespace: rt.namespaced ? (namespace ?? '') : '' };
}

/** A create of pods/<name>/eviction: RBAC (or the Node authorizer), then NodeRestriction's rule for kubelets. */
export function authorizeEviction(api: ApiServer, user: UserInfo, namespace: string, name: string): void {
  const rt = api.kindFor('v1', 'Pod');
  checkAccess(api, user, resourceRequest(rt, 'create', namespace, name, 'eviction'));
  admitNodeWrite(api, user, { op: 'CREATE', rt, obj: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name, namespace } }, namespace, subresource: 'eviction' });
}

/**
 * The API server as one user sees it: every read and write is authorized first, as the real
 * server's filter chain does before a request reaches storage. `updateVerb` is `patch` for
 * clients that send PATCH (kubectl apply, label, scale ...), `update` for PUT.
 */
export function apiAsUser(api: ApiServer, user: UserInfo, updateVerb: 'update' | 'patch' = 'update'): ApiServer {
  const rtOf = (rt: ResourceType | string): ResourceType => (typeof rt === 'string' ? (api.resource(rt) as ResourceType) : rt);
  const check = (rt: ResourceType | string, verb: string, ns: string | undefined, name?: string, sub?: string) => {
    const r = rtOf(rt);
    if (r) checkAccess(api, user, resourceRequest(r, verb, ns, name, sub));
  };
  const guarded: Partial<ApiServer> = {
    get(rt: ResourceType | string, ns: string | undefined, name: string): KObject {
      check(rt, 'get', ns, name);
      return api.get(rt, ns, name);
    },
    tryGet(rt: ResourceType | string, ns: string | undefined, name: string): KObject | undefined {
      check(rt, 'get', ns, name);
      return api.tryGet(rt, ns, name);
    },
    list(rt: ResourceType | string, ns?: string, opts?: ListOptions): KObject[] {
      const r = rtOf(rt);
      if (r) checkAccess(api, user, { ...resourceRequest(r, 'list', ns), fieldSelector: opts?.fieldRequirements });
      return api.list(rt, ns, opts);
    },
    create(obj: KObject, opts: WriteOptions = {}): KObject {
      const rt = api.kindFor(obj?.apiVersion, obj?.kind);
      const ns = obj.metadata?.namespace ?? opts.namespace ?? 'default';
      check(rt, 'create', ns);
      if (rt.group === RBAC) confirmNoEscalation(api, user, obj, ns);
      admitNodeWrite(api, user, { op: 'CREATE', rt, obj, namespace: ns });
      return api.create(obj, { ...opts, user: user.name });
    },
    update(obj: KObject, opts: WriteOptions & { subresource?: 'status' } = {}): KObject {
      const rt = api.kindFor(obj?.apiVersion, obj?.kind);
      const ns = obj.metadata?.namespace ?? opts.namespace ?? 'default';
      check(rt, updateVerb, ns, obj.metadata?.name, opts.subresource);
      if (rt.group === RBAC) confirmNoEscalation(api, user, obj, ns);
      admitNodeWrite(api, user, { op: 'UPDATE', rt, obj, namespace: ns, subresource: opts.subresource });
      return api.update(obj, { ...opts, user: user.name });
    },
    delete(rt: ResourceType | string, ns: string | undefined, name: string, opts: DeleteOptions = {}): KObject {
      const namespace = ns ?? opts.namespace ?? 'default';
      check(rt, 'delete', namespace, name);
      const r = rtOf(rt);
      if (r) admitNodeWrite(api, user, { op: 'DELETE', rt: r, obj: { apiVersion: '', kind: r.kind, metadata: { name, namespace } } });
      return api.delete(rt, ns, name, { ...opts, user: user.name });
    },
  };
  return new Proxy(api, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in guarded) return (guarded as Record<string, unknown>)[prop];
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

/** The resource handlers of the HTTP API: get, list, create, update, patch, delete and subresources over the simulated API server. */
import { inVersion } from '../sim/apiserver/conversions';
import { componentStatuses } from '../sim/apiserver/component-status';
import { apiAsUser, authorizeEviction, checkAccess, resourceRequest } from '../sim/apiserver/auth/as-user';
import { requestToken } from '../sim/apiserver/auth/token-request';
import { evictPod } from '../sim/apiserver/eviction';
import { authorize, rulesFor } from '../sim/apiserver/auth/rbac';
import type { FieldRequirement } from '../sim/apiserver/auth/rules';
import { reviewAttributes, selfSubjectReview, subjectAccessReview, tokenReview } from '../sim/apiserver/auth/reviews';
import { ADMIN, type UserInfo } from '../sim/apiserver/auth/user';
import type { ApiServer } from '../sim/apiserver/apiserver';
import { apiVersionOf, resourceKey, type ResourceType } from '../sim/apiserver/resources';
import type { Cluster } from '../sim/cluster';
import { selectorFromString } from '../sim/labels';
import { ApiError, type KObject } from '../sim/types';
import { fieldPredicate } from '../kubectl/commands/read/fieldselector';
import { containerLog } from '../kubectl/commands/node/logs';
import { patchDecodeError } from '../sim/apiserver/patch/patch-errors';
import { decodeObject, mediaType, parseJson } from '../sim/apiserver/request-body';
import { objectFromBody, patchedObject } from '../sim/apiserver/write-body';
import { hasSubresource } from './discovery';
import { success } from './status';
import { fieldValidationOf } from './field-validation';
import { apiWithoutQuorum } from '../sim/etcd/unavailable';

/** A parsed resource path: `/api/v1/namespaces/ns/pods/name/log`. */
export interface ResourcePath {
  rt: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

export interface RestRequest {
  method: string;
  path: ResourcePath;
  query: URLSearchParams;
  contentType?: string;
  body: string;
  user: UserInfo;
}

/** What a handler answers: a JSON value (or text for logs) and its code. */
export interface RestResponse {
  code: number;
  body: unknown;
  text?: string;
}

const notFoundPath = () => new ApiError(404, 'NotFound', 'the server could not find the requested resource');
const methodNotAllowed = () => new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');

/** Label and field selectors of a list or watch, as predicates (the server's BadRequest when they do not parse). */
export function selectors(rt: ResourceType, query: URLSearchParams): (o: KObject) => boolean {
  const label = query.get('labelSelector') ?? '';
  const field = query.get('fieldSelector') ?? '';
  let labels: ((l: Record<string, string>) => boolean) | undefined;
  if (label) {
    try {
      labels = selectorFromString(label);
    } catch (e) {
      throw new ApiError(400, 'BadRequest', e instanceof Error ? e.message : String(e));
    }
  }
  let fields: ((o: KObject) => boolean) | undefined;
  if (field) {
    const pred = fieldPredicate(resourceKey(rt), field);
    if (typeof pred === 'string') throw new ApiError(400, 'BadRequest', pred);
    fields = pred;
  }
  return (o) => (!labels || labels(o.metadata.labels ?? {})) && (!fields || fields(o));
}

/** The `field=value` (or `==`) requirements of a request's fieldSelector, as the authorizer reads them. */
function fieldRequirements(query: URLSearchParams): FieldRequirement[] {
  const out: FieldRequirement[] = [];
  for (const term of (query.get('fieldSelector') ?? '').split(',')) {
    const m = /^\s*([^!=\s]+)\s*==?\s*(.*?)\s*$/.exec(term);
    if (m) out.push({ field: m[1], value: m[2] });
  }
  return out;
}

/**
 * The API as the request's user sees it (the admin sees everything, others go through RBAC); without
 * an etcd quorum, one whose storage hangs until the server gives up (the cluster's time passes), as
 * the project's kubectl sees it.
 */
function apiFor(cluster: Cluster, req: RestRequest): ApiServer {
  const api = req.user === ADMIN ? cluster.api : apiAsUser(cluster.api, req.user, req.method === 'PATCH' ? 'patch' : 'update');
  if (cluster.etcd.hasQuorum()) return api;
  return apiWithoutQuorum(api, cluster.etcd, { cached: req.query.get('resourceVersion') === '0', hang: (ms) => cluster.advance(ms) });
}

/** The objects of a list request, selectors applied. */
export function listObjects(cluster: Cluster, req: RestRequest): KObject[] {
  const { rt, namespace } = req.path;
  const match = selectors(rt, req.query);
  const api = apiFor(cluster, req);
  // component statuses come in the order the server probes them, not from storage
  if (rt.plural === 'componentstatuses') return componentStatuses(cluster.etcd, (ms) => cluster.advance(ms)).filter(match);
  // storage lists in key order: namespace, then name
  return api.list(rt, rt.namespaced ? namespace : undefined, { fieldRequirements: fieldRequirements(req.query) }).filter(match).sort((a, b) => compareKeys(a, b));
}

function compareKeys(a: KObject, b: KObject): number {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name ?? ''}`;
  const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function dryRun(query: URLSearchParams): boolean {
  return query.getAll('dryRun').includes('All');
}

/** The Scale (autoscaling/v1) of a scalable object. */
function scaleOf(obj: KObject): unknown {
  const sel = obj.spec?.selector;
  const selector = sel?.matchLabels || sel?.matchExpressions ? Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',') : sel ? Object.entries(sel).map(([k, v]) => `${k}=${v}`).join(',') : '';
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace, uid: obj.metadata.uid, resourceVersion: obj.metadata.resourceVersion, creationTimestamp: obj.metadata.creationTimestamp },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, ...(selector ? { selector } : {}) },
  };
}

function handleScale(cluster: Cluster, req: RestRequest, api: ApiServer, live: KObject): RestResponse {
  if (req.method === 'GET') return { code: 200, body: scaleOf(live) };
  let replicas: unknown;
  if (req.method === 'PUT') {
    replicas = (decodeObject(req.body, req.contentType) as KObject).spec?.replicas;
  } else if (req.method === 'PATCH') {
    replicas = (patchedObject(req.path.rt, scaleOf(live) as KObject, req.body, req.contentType).next as KObject).spec?.replicas;
  } else {
    throw methodNotAllowed();
  }
  if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0) {
    throw new ApiError(422, 'Invalid', `Scale.autoscaling "${live.metadata.name}" is invalid: spec.replicas: Invalid value: ${JSON.stringify(replicas ?? 0)}: must be greater than or equal to 0`, [{ reason: 'FieldValueInvalid', field: 'spec.replicas', message: `Invalid value: ${JSON.stringify(replicas ?? 0)}: must be greater than or equal to 0` }], { kind: 'Scale', group: 'autoscaling', name: live.metadata.name });
  }
  const upd = { ...live, spec: { ...live.spec, replicas } };
  const res = api.update(upd, { namespace: req.path.namespace, dryRun: dryRun(req.query) });
  cluster.runUntilIdle();
  return { code: 200, body: scaleOf(res) };
}

function handleLog(cluster: Cluster, req: RestRequest, pod: KObject): RestResponse {
  const containers: string[] = (pod.spec?.containers ?? []).map((c: { name: string }) => c.name);
  let container = req.query.get('container') ?? '';
  if (!container) {
    if (containers.length !== 1) throw new ApiError(400, 'BadRequest', `a container name must be specified for pod ${pod.metadata.name}, choose one of: [${containers.join(' ')}]`);
    container = containers[0];
  }
  let text = containerLog(cluster, pod, container, req.query.get('previous') === 'true', req.query.get('timestamps') === 'true');
  const tail = req.query.get('tailLines');
  if (tail !== null && /^\d+$/.test(tail)) {
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    text = lines.slice(Math.max(0, lines.length - Number(tail))).map((l) => `${l}\n`).join('');
  }
  return { code: 200, body: undefined, text };
}

/**
 * POST pods/<name>/eviction: authorized as a create of the subresource, then carried out by the
 * registry itself (its reads and writes are the server's own, not the user's).
 */
function handleEviction(cluster: Cluster, req: RestRequest): RestResponse {
  const { namespace, name } = req.path;
  if (req.method !== 'POST') throw methodNotAllowed();
  if (req.user !== ADMIN) authorizeEviction(cluster.api, req.user, namespace ?? 'default', name!);
  const eviction = decodeObject(req.body, req.contentType) as KObject;
  const api = cluster.etcd.hasQuorum() ? cluster.api : apiWithoutQuorum(cluster.api, cluster.etcd, { cached: false, hang: (ms) => cluster.advance(ms) });
  const res = evictPod(api, { namespace: namespace ?? 'default', name: name!, eviction, dryRun: dryRun(req.query), user: req.user.name });
  cluster.runUntilIdle();
  return { code: 201, body: res };
}

/** POST serviceaccounts/<name>/token: a TokenRequest, answered and never stored. */
function handleTokenRequest(cluster: Cluster, req: RestRequest): RestResponse {
  if (req.method !== 'POST') throw methodNotAllowed();
  const { rt, namespace, name } = req.path;
  const ns = namespace ?? 'default';
  if (req.user !== ADMIN) checkAccess(cluster.api, req.user, resourceRequest(rt, 'create', ns, name, 'token'));
  const body = decodeObject(req.body, req.contentType) as KObject;
  const spec = body?.spec ?? {};
  const audiences = Array.isArray(spec.audiences) ? spec.audiences.filter((a: unknown): a is string => typeof a === 'string') : [];
  const ref = spec.boundObjectRef;
  const boundObjectRef = ref && typeof ref === 'object' ? { kind: String(ref.kind ?? ''), apiVersion: String(ref.apiVersion ?? ''), name: String(ref.name ?? ''), ...(ref.uid ? { uid: String(ref.uid) } : {}) } : undefined;
  const expirationSeconds = typeof spec.expirationSeconds === 'number' ? spec.expirationSeconds : undefined;
  return { code: 201, body: requestToken(cluster.api, { namespace: ns, name: name!, audiences, expirationSeconds, boundObjectRef, nowMs: cluster.clock.now() }) };
}

/** A subresource request on an existing object. */
function handleSubresource(cluster: Cluster, req: RestRequest, api: ApiServer): RestResponse {
  const { rt, namespace, name, subresource } = req.path;
  if (!hasSubresource(rt, subresource!)) throw notFoundPath();
  if (subresource === 'eviction') return handleEviction(cluster, req);
  if (subresource === 'token') return handleTokenRequest(cluster, req);
  if (['exec', 'attach', 'portforward'].includes(subresource!)) {
    throw new ApiError(501, '', `${subresource} is not available: the simulated cluster answers ${subresource} only in its own kubectl (npm run sim, the browser terminal)`);
  }
  const live = api.get(rt, namespace, name!);
  if (subresource === 'scale') return handleScale(cluster, req, api, live);
  if (subresource === 'log') {
    if (req.method !== 'GET') throw methodNotAllowed();
    return handleLog(cluster, req, live);
  }
  if (subresource === 'status') {
    if (req.method === 'GET') return { code: 200, body: live };
    const next = req.method === 'PUT' ? objectFromBody(req.path, req.body, req.contentType, true) : req.method === 'PATCH' ? patchedObject(req.path.rt, inVersion(live, apiVersionOf(rt)), req.body, req.contentType).next : undefined;
    if (!next) throw methodNotAllowed();
    const res = api.update(next, { subresource: 'status', namespace, dryRun: dryRun(req.query) });
    cluster.runUntilIdle();
    return { code: 200, body: res };
  }
  throw notFoundPath();
}

/** A SelfSubjectAccessReview: may the requesting user do what its spec asks? */
function accessReview(cluster: Cluster, req: RestRequest): RestResponse {
  const review = decodeObject(req.body, req.contentType) as KObject;
  const d = authorize(cluster.api, req.user, reviewAttributes(review.spec));
  const status = { allowed: d.allowed, ...(d.reason ? { reason: d.reason } : {}) };
  return { code: 201, body: { kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: {}, spec: review.spec ?? {}, status } };
}

/** A SelfSubjectRulesReview: every rule the requesting user holds in the namespace (`auth can-i --list`). */
function rulesReview(cluster: Cluster, req: RestRequest): RestResponse {
  const review = decodeObject(req.body, req.contentType) as KObject;
  const ns = String(review.spec?.namespace ?? '');
  const { rules, errors } = rulesFor(cluster.api, req.user, ns);
  const resourceRules = rules.filter((r) => !r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs ?? [], ...(r.apiGroups ? { apiGroups: r.apiGroups } : {}), ...(r.resources ? { resources: r.resources } : {}), ...(r.resourceNames ? { resourceNames: r.resourceNames } : {}) }));
  const nonResourceRules = rules.filter((r) => r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs ?? [], nonResourceURLs: r.nonResourceURLs }));
  const status = { resourceRules, nonResourceRules, incomplete: errors.length > 0, ...(errors.length ? { evaluationError: errors.join(', ') } : {}) };
  return { code: 201, body: { kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', metadata: {}, spec: review.spec ?? {}, status } };
}

/** The review kinds, each answered by what it asks (reviews.ts). */
const REVIEWS: Record<string, (cluster: Cluster, req: RestRequest) => RestResponse> = {
  selfsubjectaccessreviews: accessReview,
  selfsubjectrulesreviews: rulesReview,
  selfsubjectreviews: (cluster, req) => ({ code: 201, body: selfSubjectReview(req.user, cluster.clock.isoNow()) }),
  subjectaccessreviews: (cluster, req) => ({ code: 201, body: subjectAccessReview(cluster.api, decodeObject(req.body, req.contentType) as KObject) }),
  localsubjectaccessreviews: (cluster, req) => ({ code: 201, body: subjectAccessReview(cluster.api, decodeObject(req.body, req.contentType) as KObject, req.path.namespace ?? '') }),
  tokenreviews: (cluster, req) => ({ code: 201, body: tokenReview(cluster.api, decodeObject(req.body, req.contentType) as KObject, cluster.clock.now()) }),
};

/** Answer one resource request (watch aside, which the server streams). */
export function handleResource(cluster: Cluster, req: RestRequest): RestResponse {
  const { rt, namespace, name, subresource } = req.path;
  const api = apiFor(cluster, req);
  const review = REVIEWS[rt.plural];
  if (review) {
    // a review is answered, never stored: create is its only verb
    if (req.method !== 'POST' || name) throw methodNotAllowed();
    return review(cluster, req);
  }
  if (subresource) return handleSubresource(cluster, req, api);
  const dry = dryRun(req.query);
  const fieldValidation = req.method === 'GET' || req.method === 'DELETE' ? undefined : fieldValidationOf(req.method, req.query);
  switch (req.method) {
    case 'GET':
      if (name === undefined) throw new ApiError(500, 'InternalError', 'list is served by the caller');
      if (rt.plural === 'componentstatuses') {
        const cs = componentStatuses(cluster.etcd, (ms) => cluster.advance(ms)).find((c) => c.metadata.name === name);
        if (!cs) throw new ApiError(404, 'NotFound', `componentstatuses "${name}" not found`, [], { kind: 'componentstatuses', name });
        return { code: 200, body: cs };
      }
      return { code: 200, body: api.get(rt, namespace, name) };
    case 'POST': {
      if (name !== undefined) throw methodNotAllowed();
      const obj = objectFromBody(req.path, req.body, req.contentType, false);
      const res = api.create(obj, { namespace, dryRun: dry, user: req.user.name, fieldValidation });
      cluster.runUntilIdle();
      return { code: 201, body: res };
    }
    case 'PUT': {
      if (name === undefined) throw methodNotAllowed();
      const obj = objectFromBody(req.path, req.body, req.contentType, true);
      const res = api.update(obj, { namespace, dryRun: dry, user: req.user.name, fieldValidation });
      cluster.runUntilIdle();
      return { code: 200, body: res };
    }
    case 'PATCH': {
      if (name === undefined) throw methodNotAllowed();
      const live = api.tryGet(rt, namespace, name);
      if (!live) {
        // the object is missing: only server-side apply creates it, other patches get NotFound
        if (mediaType(req.contentType) !== 'application/apply-patch+yaml') api.get(rt, namespace, name);
        const obj = objectFromBody(req.path, req.body, 'application/yaml', true);
        const res = api.create(obj, { namespace, dryRun: dry, user: req.user.name, fieldValidation });
        cluster.runUntilIdle();
        return { code: 201, body: res };
      }
      // the patch applies to the object as the request's version shows it
      const { next, strategic } = patchedObject(req.path.rt, inVersion(live, apiVersionOf(rt)), req.body, req.contentType);
      next.metadata = { ...next.metadata, resourceVersion: next.metadata?.resourceVersion ?? live.metadata.resourceVersion };
      let res: KObject;
      try {
        res = api.update(next, { namespace, dryRun: dry, user: req.user.name, fieldValidation });
      } catch (e) {
        throw strategic !== undefined ? patchDecodeError(e, strategic) : e;
      }
      cluster.runUntilIdle();
      return { code: 200, body: res };
    }
    case 'DELETE': {
      const opts = deleteOptions(req);
      if (name === undefined) {
        const items = listObjects(cluster, req);
        for (const o of items) api.delete(rt, o.metadata.namespace, o.metadata.name!, { ...opts, dryRun: dry });
        cluster.runUntilIdle();
        return { code: 200, body: { kind: `${rt.kind}List`, apiVersion: apiVersionOf(rt), metadata: {}, items } };
      }
      const res = api.delete(rt, namespace, name, { ...opts, namespace, dryRun: dry, user: req.user.name });
      cluster.runUntilIdle();
      const still = api.tryGet(rt, namespace, name);
      if (still && still.metadata.uid === res.metadata.uid) return { code: 200, body: still };
      return { code: 200, body: success({ name, ...(rt.group ? { group: rt.group } : {}), kind: rt.plural, uid: res.metadata.uid }) };
    }
    default:
      throw methodNotAllowed();
  }
}

/** DeleteOptions from the body (kubectl sends them there) or the query. */
function deleteOptions(req: RestRequest): { gracePeriodSeconds?: number; propagationPolicy?: 'Background' | 'Foreground' | 'Orphan' } {
  let body: Record<string, unknown> = {};
  if (req.body.trim()) {
    const v = parseJson(req.body, "couldn't get version/kind; json parse error: ");
    if (v && typeof v === 'object' && !Array.isArray(v)) body = v as Record<string, unknown>;
  }
  const grace = body.gracePeriodSeconds ?? (req.query.get('gracePeriodSeconds') !== null ? Number(req.query.get('gracePeriodSeconds')) : undefined);
  const policy = body.propagationPolicy ?? req.query.get('propagationPolicy') ?? undefined;
  if (policy !== undefined && policy !== 'Background' && policy !== 'Foreground' && policy !== 'Orphan') {
    throw new ApiError(422, 'Invalid', `DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${String(policy)}": supported values: "Foreground", "Background", "Orphan", "nil"`);
  }
  return { ...(typeof grace === 'number' && Number.isFinite(grace) ? { gracePeriodSeconds: grace } : {}), ...(policy ? { propagationPolicy: policy } : {}) };
}


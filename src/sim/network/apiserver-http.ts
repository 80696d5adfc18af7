import { authorize } from '../apiserver/auth/rbac';
import { healthAnswer } from '../apiserver/health';
import { forbidden } from '../apiserver/auth/forbidden';
import type { RequestAttributes } from '../apiserver/auth/rules';
import { authenticateToken } from '../apiserver/auth/token';
import { ANONYMOUS, type UserInfo } from '../apiserver/auth/user';
import { apiAsUser } from '../apiserver/auth/as-user';
import type { ApiServer } from '../apiserver/apiserver';
import { patchDecodeError } from '../apiserver/patch/patch-errors';
import { objectFromBody, patchedObject } from '../apiserver/write-body';
import { apiVersionOf, findByKey, type ResourceType } from '../apiserver/resources';
import type { SimContext } from '../context';
import { serverVersionInfo } from '../version-info';
import { ApiError, type KObject } from '../types';
import { nodeInternalIP } from './bootstrap';
import { headerValue } from './lookups';
import type { HttpRequest } from './http';

/** `waitMs`: virtual time the API server took before answering (its health checks waiting on etcd). */
type Answer = { status: number; body: string; headers: Record<string, string>; waitMs?: number };

const JSON_HEADERS = { 'Content-Type': 'application/json' };
/** Health checks answer as http.Error does, in plain text. */
const HEALTH_HEADERS = { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' };
/** kube-apiserver indents JSON for curl and wget (it looks at the User-Agent); so do we. */
const pretty = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** A metav1.Status as the API server writes it (its field order). */
function status(code: number, reason: string, message: string, details: Record<string, unknown> | null = {}): Answer {
  // an authentication failure, and an error that was no StatusError (a media type refused), carry no details
  // metav1.Status omits an empty reason
  const why = reason ? { reason } : {};
  const body = code === 401 || !details ? { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, ...why, code } : { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, ...why, details, code };
  return { status: code, body: pretty(body), headers: JSON_HEADERS };
}

function statusOf(e: ApiError): Answer {
  const details: Record<string, unknown> = {};
  if (e.details.name) details.name = e.details.name;
  if (e.details.group) details.group = e.details.group;
  if (e.details.kind) details.kind = e.details.kind;
  // StatusCause's field order: reason, message, field
  if (e.causes.length) details.causes = e.causes.map((c) => ({ reason: c.reason, message: c.message, ...(c.field ? { field: c.field } : {}) }));
  // an error made without details (NewBadRequest, a patch that cannot apply) has none in its Status
  return status(e.code, e.reason, e.message, Object.keys(details).length ? details : null);
}

const objectBody = (o: KObject) => {
  const { kind, apiVersion, ...rest } = o;
  return pretty({ kind, apiVersion, ...rest });
};

/**
 * POST to a collection, PUT, PATCH and DELETE of one object, as the user: the created object (201),
 * the updated one (200), the pod being deleted (200), or a Success Status for what is gone at once;
 * the API server's error otherwise.
 */
function write(ctx: SimContext, user: UserInfo, rt: ResourceType, parsed: ParsedPath, method: string, body: string, contentType: string): Answer {
  // the verb the user's rights are checked for on the update a PATCH becomes
  const api = apiAsUser(ctx.api, user, method === 'PATCH' ? 'patch' : 'update');
  if (method === 'DELETE' && parsed.name) {
    const gone = api.delete(rt, parsed.namespace, parsed.name);
    if (ctx.api.tryGet(rt, parsed.namespace, parsed.name)) return { status: 200, body: objectBody(gone), headers: JSON_HEADERS };
    const details = { name: parsed.name, ...(rt.group ? { group: rt.group } : {}), kind: rt.plural, uid: gone.metadata.uid };
    return { status: 200, body: pretty({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details }), headers: JSON_HEADERS };
  }
  if ((method === 'PUT' || method === 'PATCH') && parsed.name) return update(api, rt, parsed, method, body, contentType);
  if (method !== 'POST' || parsed.name) return status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  // curl -d sends application/x-www-form-urlencoded unless told otherwise
  if (!/^application\/(json|yaml)\b/.test(contentType)) {
    return status(415, 'UnsupportedMediaType', 'the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf', null);
  }
  let obj: KObject;
  try {
    obj = JSON.parse(body);
  } catch {
    return status(400, 'BadRequest', `the object provided is unrecognized (must be of type ${rt.kind}): couldn't get version/kind; json parse error`);
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return status(400, 'BadRequest', `the object provided is unrecognized (must be of type ${rt.kind})`);
  // the endpoint's kind and version stand in for missing ones
  const full = { ...obj, apiVersion: obj.apiVersion ?? apiVersionOf(rt), kind: obj.kind ?? rt.kind, metadata: { ...(obj.metadata ?? {}) } } as KObject;
  if (parsed.namespace !== undefined) {
    if (full.metadata.namespace && full.metadata.namespace !== parsed.namespace) return status(400, 'BadRequest', 'the namespace of the provided object does not match the namespace sent on the request');
    full.metadata.namespace = parsed.namespace;
  }
  return { status: 201, body: objectBody(api.create(full, { namespace: parsed.namespace })), headers: JSON_HEADERS };
}

/** PUT replaces the object (unconditionally without a resourceVersion); PATCH applies the body to the live object by its Content-Type. */
function update(api: ApiServer, rt: ResourceType, parsed: ParsedPath, method: string, body: string, contentType: string): Answer {
  const target = { rt, namespace: parsed.namespace, name: parsed.name };
  try {
    if (method === 'PUT') return { status: 200, body: objectBody(api.update(objectFromBody(target, body, contentType, true), { namespace: parsed.namespace })), headers: JSON_HEADERS };
    const live = api.get(rt, parsed.namespace, parsed.name!);
    const { next, strategic } = patchedObject(rt, live, body, contentType);
    next.metadata = { ...next.metadata, resourceVersion: next.metadata?.resourceVersion ?? live.metadata.resourceVersion };
    try {
      return { status: 200, body: objectBody(api.update(next, { namespace: parsed.namespace })), headers: JSON_HEADERS };
    } catch (e) {
      throw strategic !== undefined ? patchDecodeError(e, strategic) : e;
    }
  } catch (e) {
    if (e instanceof ApiError) return statusOf(e);
    throw e;
  }
}

interface ParsedPath {
  group: string;
  version: string;
  namespace?: string;
  resource: string;
  name?: string;
  subresource?: string;
}

/** `/api/v1/namespaces/ns/pods/name/log`, `/apis/apps/v1/deployments` ... */
function parseResourcePath(p: string): ParsedPath | undefined {
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/(.*)$/.exec(p.replace(/\/+$/, ''));
  if (!m) return undefined;
  const group = m[2] ?? '';
  const version = m[1] ?? m[3];
  const seg = m[4].split('/').filter(Boolean);
  let namespace: string | undefined;
  if (seg[0] === 'namespaces' && seg.length >= 3) {
    namespace = seg[1];
    seg.splice(0, 2);
  }
  if (!seg.length) return undefined;
  return { group, version, namespace, resource: seg[0], name: seg[1], subresource: seg[2] };
}

function verbOf(method: string, named: boolean, query: string): string {
  switch (method.toUpperCase()) {
    case 'GET':
    case 'HEAD':
      return named ? 'get' : /(^|&)watch=(true|1)/.test(query) ? 'watch' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
    default:
      return method.toLowerCase();
  }
}

/** Bearer token → its ServiceAccount; no credentials → system:anonymous; a bad token → 401. */
function authenticate(ctx: SimContext, req: HttpRequest): UserInfo | 'unauthorized' {
  const h = headerValue(req.headers, 'authorization');
  if (h === undefined) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (!m) return 'unauthorized';
  return authenticateToken(ctx.api, m[1], ctx.clock.now()) ?? 'unauthorized';
}

function nonResource(ctx: SimContext, path: string, query: string): Answer {
  const health = healthAnswer(query ? `${path}?${query}` : path, ctx.services.etcdHealth);
  if (health) return { status: health.status, body: health.body, headers: HEALTH_HEADERS, waitMs: health.waitMs };
  if (path === '/version' || path === '/version/') {
    return { status: 200, body: pretty(serverVersionInfo()), headers: JSON_HEADERS };
  }
  if (path === '/api' || path === '/api/') {
    const cp = ctx.config.nodes.find((n) => n.controlPlane);
    const ip = nodeInternalIP(ctx.api.tryGet('nodes', undefined, cp?.name ?? '')) ?? '';
    return { status: 200, body: pretty({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `${ip}:6443` }] }), headers: JSON_HEADERS };
  }
  return { status: 404, body: '404 page not found\n', headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
}

/** Objects as the REST API serves them: lists carry their items without kind and apiVersion. */
function listBody(ctx: SimContext, kind: string, apiVersion: string, items: KObject[]): string {
  const stripped = items.map(({ kind: _k, apiVersion: _a, ...rest }) => rest);
  return pretty({ kind: `${kind}List`, apiVersion, metadata: { resourceVersion: ctx.api.store.currentResourceVersion() }, items: stripped });
}

/**
 * What kube-apiserver answers on :6443: plain HTTP is refused; a request is authenticated (bearer
 * token of a ServiceAccount, or anonymous), authorized by RBAC and answered with the objects or the
 * real Status (401, 403 with the Forbidden text, 404). Writes: creates (POST) and deletes (DELETE).
 */
export function apiServerAnswer(ctx: SimContext, scheme: string, req: HttpRequest, fullPath: string): Answer {
  if (scheme !== 'https') return { status: 400, body: 'Client sent an HTTP request to an HTTPS server.\n', headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
  // a client's stand-in for the TLS handshake reaches no handler
  if (req.handshake) return { status: 200, body: '', headers: {} };
  const [path, query = ''] = fullPath.split('?', 2);
  const user = authenticate(ctx, req);
  if (user === 'unauthorized') return status(401, 'Unauthorized', 'Unauthorized');
  const parsed = parseResourcePath(path);
  const attrs: RequestAttributes = parsed
    ? {
        resourceRequest: true,
        verb: verbOf(req.method, !!parsed.name, query),
        apiGroup: parsed.group,
        resource: parsed.resource,
        subresource: parsed.subresource,
        name: parsed.name,
        namespace: parsed.namespace ?? '',
      }
    : { resourceRequest: false, verb: req.method.toLowerCase(), path };
  const d = authorize(ctx.api, user, attrs);
  if (!d.allowed) return statusOf(forbidden(user.name, attrs, d.reason));
  if (!parsed) return nonResource(ctx, path, query);
  const rt = findByKey(parsed.group ? `${parsed.resource}.${parsed.group}` : parsed.resource);
  if (!rt || apiVersionOf(rt) !== (parsed.group ? `${parsed.group}/${parsed.version}` : parsed.version) || (parsed.namespace !== undefined && !rt.namespaced)) {
    return status(404, 'NotFound', 'the server could not find the requested resource');
  }
  if (parsed.subresource) return status(404, 'NotFound', 'the server could not find the requested resource');
  try {
    if (attrs.verb !== 'get' && attrs.verb !== 'list') return write(ctx, user, rt, parsed, req.method.toUpperCase(), req.body ?? '', headerValue(req.headers, 'content-type') ?? (req.body !== undefined ? 'application/x-www-form-urlencoded' : ''));
    if (parsed.name) {
      const obj = ctx.api.get(rt, parsed.namespace, parsed.name);
      const { kind, apiVersion, ...rest } = obj;
      return { status: 200, body: pretty({ kind, apiVersion, ...rest }), headers: JSON_HEADERS };
    }
    return { status: 200, body: listBody(ctx, rt.kind, apiVersionOf(rt), ctx.api.list(rt, parsed.namespace)), headers: JSON_HEADERS };
  } catch (e) {
    if (e instanceof ApiError) return statusOf(e);
    throw e;
  }
}



import { authorize } from '../apiserver/auth/rbac';
import { healthAnswer } from '../apiserver/health';
import { forbidden } from '../apiserver/auth/forbidden';
import type { RequestAttributes } from '../apiserver/auth/rules';
import { authenticateToken } from '../apiserver/auth/token';
import { ANONYMOUS, type UserInfo } from '../apiserver/auth/user';
import { apiVersionOf, findByKey } from '../apiserver/resources';
import type { SimContext } from '../context';
import { KUBERNETES_VERSION } from '../config';
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
function status(code: number, reason: string, message: string, details: Record<string, string> = {}): Answer {
  // an authentication failure carries no details
  const body = code === 401 ? { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code } : { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code };
  return { status: code, body: pretty(body), headers: JSON_HEADERS };
}

function statusOf(e: ApiError): Answer {
  const details: Record<string, string> = {};
  if (e.details.name) details.name = e.details.name;
  if (e.details.group) details.group = e.details.group;
  if (e.details.kind) details.kind = e.details.kind;
  return status(e.code, e.reason, e.message, details);
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
    const [major, minor] = KUBERNETES_VERSION.replace(/^v/, '').split('.');
    return { status: 200, body: pretty({ major, minor, gitVersion: KUBERNETES_VERSION, gitTreeState: 'clean', goVersion: 'go1.24.6', compiler: 'gc', platform: 'linux/amd64' }), headers: JSON_HEADERS };
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
 * real Status (401, 403 with the Forbidden text, 404). Reads only: writes answer 405.
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
  if (attrs.verb !== 'get' && attrs.verb !== 'list') {
    return status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  }
  if (parsed.subresource) return status(404, 'NotFound', 'the server could not find the requested resource');
  try {
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



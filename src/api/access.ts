/**
 * Authentication of every request of the HTTP API, and authorization of those no resource handler
 * checks (discovery, OpenAPI, version, health, unknown paths), as kube-apiserver's filters do
 * before any handler runs.
 */
import type { IncomingMessage } from 'node:http';
import { checkAccess } from '../sim/apiserver/auth/as-user';
import { forbidden } from '../sim/apiserver/auth/forbidden';
import { authorize } from '../sim/apiserver/auth/rbac';
import type { RequestAttributes } from '../sim/apiserver/auth/rules';
import { authenticateToken } from '../sim/apiserver/auth/token';
import { ADMIN, impersonate, impersonation, type UserInfo } from '../sim/apiserver/auth/user';
import type { Cluster } from '../sim/cluster';
import { ApiError } from '../sim/types';

/**
 * Who sends a request: a bearer token's ServiceAccount (a token that does not authenticate is
 * 401 Unauthorized), else the admin; Impersonate-User switches to that user, which a token's
 * user may do only when RBAC lets it impersonate.
 */
export function requestUser(req: IncomingMessage, cluster: Cluster): UserInfo {
  let user = ADMIN;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (bearer) user = authenticateToken(cluster.api, bearer[1], cluster.clock.now()) ?? unauthorized();
  const as = req.headers['impersonate-user'];
  if (typeof as !== 'string' || !as) return user;
  if (user !== ADMIN) checkAccess(cluster.api, user, impersonation(as));
  const groups = req.headersDistinct['impersonate-group'] ?? [];
  const uid = req.headers['impersonate-uid'];
  return { ...impersonate(as, groups), ...(typeof uid === 'string' && uid ? { uid } : {}) };
}

function unauthorized(): never {
  throw new ApiError(401, 'Unauthorized', 'Unauthorized');
}

/** Path words that name a verb rather than a resource (RequestInfoFactory's special verbs). */
const SPECIAL_VERBS = new Set(['proxy', 'redirect', 'watch']);
/** Subresources of a namespace itself, read as the namespace's, not as a resource inside it. */
const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);
const METHOD_VERBS: Record<string, string> = { POST: 'create', GET: 'get', HEAD: 'get', PUT: 'update', PATCH: 'patch', DELETE: 'delete' };

/**
 * The attributes the authorizer sees for a request (apiserver RequestInfoFactory): `/api/<v>/...`
 * and `/apis/<g>/<v>/...` with something after the version are resource requests, anything
 * shorter or elsewhere a non-resource request whose verb is the lowercased method.
 */
export function requestAttributes(method: string, path: string, query: URLSearchParams): RequestAttributes {
  const parts = path.split('/').filter(Boolean);
  const grouped = parts[0] === 'apis';
  if ((parts[0] !== 'api' && !grouped) || parts.length < (grouped ? 4 : 3)) return { resourceRequest: false, verb: method.toLowerCase(), path };
  const apiGroup = grouped ? parts[1] : '';
  let rest = parts.slice(grouped ? 3 : 2);
  let verb = METHOD_VERBS[method] ?? '';
  if (SPECIAL_VERBS.has(rest[0]) && rest.length >= 2) [verb, rest] = [rest[0], rest.slice(1)];
  let namespace = '';
  // server-side apply creates a namespace with a PATCH of /namespaces/<name>, which is in no namespace yet
  if (rest[0] === 'namespaces' && rest.length > 1 && !(rest.length === 2 && verb === 'patch')) {
    namespace = rest[1];
    if (rest.length > 2 && !NAMESPACE_SUBRESOURCES.has(rest[2])) rest = rest.slice(2);
  }
  const [resource, subresource = ''] = [rest[0], rest[2]];
  let name = rest[1] ?? '';
  if (!name && verb === 'get') {
    const watch = query.getAll('watch')[0]?.toLowerCase();
    verb = watch === undefined || watch === 'false' || watch === '0' ? 'list' : 'watch';
    name = selectedName(query.get('fieldSelector') ?? '');
  }
  if (!name && verb === 'delete') verb = 'deletecollection';
  return { resourceRequest: true, verb, apiGroup, resource, name, namespace, subresource: verb === 'proxy' ? '' : subresource };
}

/** The name a list's or watch's field selector requires exactly (`metadata.name=x`), which the authorizer sees as the request's name. */
function selectedName(selector: string): string {
  const terms = selector.split(',').filter(Boolean).map((t) => /^(.*?)(!=|==|=)(.*)$/.exec(t));
  // a selector that does not parse leaves the request unnamed
  if (terms.some((t) => !t)) return '';
  const name = terms.find((t) => t![1] === 'metadata.name' && t![2] !== '!=')?.[3] ?? '';
  return name === '.' || name === '..' || /[/%]/.test(name) ? '' : name;
}

/** Throw the 403 the authorizer answers unless `user` may make a request no resource handler checks (the admin always may). */
export function authorizeUnrouted(cluster: Cluster, user: UserInfo, attrs: RequestAttributes): void {
  if (user === ADMIN) return;
  const d = authorize(cluster.api, user, attrs);
  if (!d.allowed) throw forbidden(user.name, attrs, d.reason);
}

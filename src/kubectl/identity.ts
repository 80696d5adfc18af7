/**
 * Who a kubectl invocation acts as: the admin user of the kubeconfig (kubeadm's `kubernetes-admin`),
 * or the identity `--as` / `--as-group` impersonate. Requests of an impersonated identity go through
 * the API server's authorization, for every command.
 */
import { apiAsUser, checkAccess } from '../sim/apiserver/auth/as-user';
import { apiWithoutQuorum } from '../sim/etcd/unavailable';
import type { RequestAttributes } from '../sim/apiserver/auth/rules';
import { ADMIN, impersonate, impersonation, type UserInfo } from '../sim/apiserver/auth/user';
import { authenticateToken } from '../sim/apiserver/auth/token';
import { ApiError } from '../sim/types';
import type { Cluster } from '../sim/cluster';
import type { KubectlContext } from './context';
import { KubectlError } from './errors';
import type { KubeUser } from './kubeconfig';
import type { ParsedArgs } from './flags';

/** kubectl commands that write with PATCH rather than PUT. */
const PATCHING = new Set(['apply', 'label', 'annotate', 'patch', 'edit', 'scale', 'set', 'rollout', 'cordon', 'uncordon', 'drain', 'taint', 'autoscale']);

const rawClusters = new WeakMap<object, Cluster>();
const identities = new WeakMap<object, UserInfo>();

/**
 * Who the API server sees: the AuthInfo's client certificate (the admin's) when it has one, as the
 * x509 authenticator runs before the token ones even when `--token` is given; else its bearer
 * token (or `--token`), which must authenticate (401 otherwise).
 */
function authenticatedUser(p: ParsedArgs, creds: KubeUser | undefined, cluster: Cluster): UserInfo {
  const token = (p.flags.token as string | undefined) || creds?.token;
  if (!token || creds?.['client-certificate'] || creds?.['client-certificate-data']) return ADMIN;
  const user = authenticateToken(cluster.api, token, cluster.now());
  if (!user) throw new ApiError(401, 'Unauthorized', 'Unauthorized');
  return user;
}

/**
 * The identity of a command: the authenticated user, or the one `--as` impersonates (which a
 * token's user may do only if RBAC lets it); `--as-group` or `--as-uid` without `--as` is refused
 * by client-go's config validation, naming the kubeconfig user.
 */
export function requestUser(p: ParsedArgs, authInfo: string, creds: KubeUser | undefined, cluster: Cluster): UserInfo {
  const as = p.flags.as as string | undefined;
  const groups = (p.flags['as-group'] as string[] | undefined) ?? [];
  const uid = p.flags['as-uid'] as string | undefined;
  if (!as && (groups.length || uid)) throw new KubectlError(`requesting uid, groups or user-extra for ${authInfo} without impersonating a user`);
  const user = authenticatedUser(p, creds, cluster);
  if (!as) return user;
  if (user !== ADMIN) checkAccess(cluster.api, user, impersonation(as));
  return { ...impersonate(as, groups), ...(uid ? { uid } : {}) };
}

/** The cluster a command sees: as the admin the real one, otherwise one whose API authorizes each request; without an etcd quorum, one whose storage times out. */
export function clusterFor(cluster: Cluster, user: UserInfo, command: string): Cluster {
  const quorum = cluster.etcd.hasQuorum();
  if (user === ADMIN && quorum) return cluster;
  const authorized = user === ADMIN ? cluster.api : apiAsUser(cluster.api, user, PATCHING.has(command) ? 'patch' : 'update');
  // without an etcd quorum every request that reaches storage times out
  const api = quorum ? authorized : apiWithoutQuorum(authorized, cluster.etcd, { hang: (ms) => cluster.advance(ms) });
  const proxy = new Proxy(cluster, {
    get(target, prop) {
      if (prop === 'api') return api;
      const v = Reflect.get(target, prop, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  rawClusters.set(proxy, cluster);
  identities.set(proxy, user);
  return proxy;
}

/** The simulation itself, for code that runs inside it (exec, logs, the network) and must not be authorized as the user. */
export function simCluster(ctx: KubectlContext): Cluster {
  return rawClusters.get(ctx.cluster) ?? ctx.cluster;
}

/**
 * The API `get --raw PATH` reaches, authorized as the user. Without an etcd quorum client-go names
 * no resource in its timeout, and a read with `resourceVersion=0` may be answered from the watch cache.
 */
export function rawReadApi(ctx: KubectlContext, cached: boolean): Cluster['api'] {
  const cluster = simCluster(ctx);
  const user = userOf(ctx);
  const api = user === ADMIN ? cluster.api : apiAsUser(cluster.api, user);
  return cluster.etcd.hasQuorum() ? api : apiWithoutQuorum(api, cluster.etcd, { raw: true, cached, hang: (ms) => cluster.advance(ms) });
}

/** The user the command acts as. */
export function userOf(ctx: KubectlContext): UserInfo {
  return identities.get(ctx.cluster) ?? ADMIN;
}

/** Authorize a request that is not a plain read or write (pods/exec, pods/log, serviceaccounts/token). */
export function requireAccess(ctx: KubectlContext, req: RequestAttributes): void {
  const user = userOf(ctx);
  if (user !== ADMIN) checkAccess(simCluster(ctx).api, user, req);
}

/**
 * The kubeconfig kubectl reads: kubeadm's admin.conf copied to `~/.kube/config` on the control
 * plane (one cluster `kubernetes` at the control-plane node's address, the user `kubernetes-admin`
 * with a client certificate, the context `kubernetes-admin@kubernetes`). A session keeps one and the
 * `kubectl config` commands change it, as they would change the file; a replay of the session's
 * commands rebuilds it.
 */
import type { Cluster } from '../sim/cluster';
import { KubectlError } from './errors';

/** A cluster stanza (clientcmd v1 Cluster), fields in the struct's order. */
export interface KubeCluster {
  server: string;
  'tls-server-name'?: string;
  'insecure-skip-tls-verify'?: boolean;
  'certificate-authority'?: string;
  'certificate-authority-data'?: string;
  'proxy-url'?: string;
  'disable-compression'?: boolean;
}

/** A user stanza (clientcmd v1 AuthInfo), the fields the playground's commands set, in the struct's order. */
export interface KubeUser {
  'client-certificate'?: string;
  'client-certificate-data'?: string;
  'client-key'?: string;
  'client-key-data'?: string;
  token?: string;
  tokenFile?: string;
  as?: string;
  username?: string;
  password?: string;
}

/** A context stanza. */
export interface KubeContext {
  cluster: string;
  user: string;
  namespace?: string;
}

const CLUSTER_NAME = 'kubernetes';
const ADMIN_USER = 'kubernetes-admin';
const ADMIN_CONTEXT = `${ADMIN_USER}@${CLUSTER_NAME}`;

/** Where kubectl reads and writes it (`$HOME/.kube/config` of root on the control plane), as its messages name it. */
export const KUBECONFIG_PATH = '/root/.kube/config';

/** The prompt's working directory, against which relative certificate paths resolve. */
const WORKING_DIR = '/root';

/**
 * A file path as kubectl stores it in the kubeconfig: made absolute against the working directory,
 * then relative to the kubeconfig's folder when that needs no `..` (clientcmd's RelativizePathWithNoBacksteps).
 */
export function storedPath(path: string): string {
  const abs = path.startsWith('/') ? path : `${WORKING_DIR}/${path}`;
  const parts: string[] = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  const clean = '/' + parts.join('/');
  const base = KUBECONFIG_PATH.slice(0, KUBECONFIG_PATH.lastIndexOf('/') + 1);
  return clean.startsWith(base) ? clean.slice(base.length) : clean;
}

/** kubeadm's kubeconfig server: the control-plane node's address on port 6443. */
export function serverUrl(cluster: Cluster): string {
  const nodes = cluster.api.list('nodes');
  const cp = nodes.find((n) => 'node-role.kubernetes.io/control-plane' in (n.metadata.labels ?? {})) ?? nodes[0];
  const ip = (cp?.status?.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address ?? '192.168.0.100';
  return `https://${ip}:6443`;
}

/** Base64 of text (ASCII PEM blocks). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** A PEM block whose body is derived from `seed` text (the simulated admin certificate and key). */
function pem(label: string, seed: string): string {
  const body = base64(seed.repeat(Math.ceil(900 / Math.max(1, seed.length))).slice(0, 900));
  const lines = body.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** One kubeconfig: its stanzas by name and the current context. */
export class Kubeconfig {
  clusters = new Map<string, KubeCluster>();
  users = new Map<string, KubeUser>();
  contexts = new Map<string, KubeContext>();
  currentContext = '';
  private initialized = false;

  /** Fill in admin.conf from the cluster the first time it is read (its server and CA come from the cluster). */
  load(cluster: Cluster): this {
    if (this.initialized) return this;
    this.initialized = true;
    const ca = String(cluster.api.tryGet('configmaps', 'kube-system', 'kube-root-ca.crt')?.data?.['ca.crt'] ?? pem('CERTIFICATE', 'kubernetes-ca'));
    this.clusters.set(CLUSTER_NAME, { server: serverUrl(cluster), 'certificate-authority-data': base64(ca) });
    this.users.set(ADMIN_USER, {
      'client-certificate-data': base64(pem('CERTIFICATE', `${ADMIN_USER}:kubeadm:cluster-admins`)),
      'client-key-data': base64(pem('RSA PRIVATE KEY', `${ADMIN_USER}-key`)),
    });
    this.contexts.set(ADMIN_CONTEXT, { cluster: CLUSTER_NAME, user: ADMIN_USER });
    this.currentContext = ADMIN_CONTEXT;
    return this;
  }

  /**
   * The namespace a command works in (clientcmd's DirectClientConfig.Namespace): the one of the
   * context `--context` names, or of the current context; '' when it sets none. Throws kubectl's
   * error for a `--context`, `--cluster` or `--user` that the kubeconfig lacks.
   */
  namespaceFor(flags: { context?: string; cluster?: string; user?: string }): string {
    const name = flags.context || this.currentContext;
    const ctx = this.contexts.get(name);
    if (flags.context && !ctx) throw new KubectlError(`Error in configuration: context was not found for specified context: ${flags.context}`, true);
    if (flags.cluster && !this.clusters.get(flags.cluster)?.server) throw new KubectlError(`no server found for cluster "${flags.cluster}"`);
    if (flags.user && !this.users.has(flags.user)) throw new KubectlError(`auth info "${flags.user}" does not exist`);
    return ctx?.namespace ?? '';
  }

  /** The AuthInfo a command authenticates with: `--user`, or the one of its context. */
  userFor(flags: { context?: string; user?: string }): string {
    return flags.user || (this.contexts.get(flags.context || this.currentContext)?.user ?? '');
  }
}

/** Shown instead of secrets unless `--raw` (clientcmdapi.ShortenConfig / RedactSecrets). */
const DATA_OMITTED = 'DATA+OMITTED';
const REDACTED = 'REDACTED';

const byName = <T>(m: Map<string, T>): [string, T][] => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The kubeconfig as `kubectl config view` serializes it (clientcmd v1 Config, fields in the
 * struct's order, stanzas sorted by name): secrets redacted unless `raw`, only the current
 * context and what it uses with `minify`.
 */
export function configObject(cfg: Kubeconfig, opts: { raw?: boolean; minify?: boolean; context?: string } = {}): Record<string, unknown> {
  let { clusters, users, contexts } = cfg;
  let current = cfg.currentContext;
  if (opts.minify) {
    if (opts.context) {
      if (!cfg.contexts.has(opts.context)) throw new KubectlError(`cannot locate context ${opts.context}`);
      current = opts.context;
    }
    if (!current) throw new KubectlError('current-context must exist in order to minify');
    const ctx = cfg.contexts.get(current);
    if (!ctx) throw new KubectlError(`cannot locate context ${current}`);
    contexts = new Map([[current, ctx]]);
    const cl = cfg.clusters.get(ctx.cluster);
    clusters = new Map(cl ? [[ctx.cluster, cl]] : []);
    const u = cfg.users.get(ctx.user);
    users = new Map(u ? [[ctx.user, u]] : []);
  }
  const hide = (v: string | undefined, shown: string) => (v === undefined || opts.raw ? v : shown);
  const clean = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && v !== false)) as T;
  // an empty list is Go's nil slice
  const list = <T>(items: T[]): T[] | null => (items.length ? items : null);
  return {
    kind: 'Config',
    apiVersion: 'v1',
    clusters: list(byName(clusters).map(([name, c]) => ({
      name,
      cluster: {
        server: c.server,
        ...clean({
        'tls-server-name': c['tls-server-name'],
        'insecure-skip-tls-verify': c['insecure-skip-tls-verify'],
        'certificate-authority': c['certificate-authority'],
        'certificate-authority-data': hide(c['certificate-authority-data'], DATA_OMITTED),
        'proxy-url': c['proxy-url'],
        'disable-compression': c['disable-compression'],
        }),
      },
    }))),
    users: list(byName(users).map(([name, u]) => ({
      name,
      user: clean({
        'client-certificate': u['client-certificate'],
        'client-certificate-data': hide(u['client-certificate-data'], DATA_OMITTED),
        'client-key': u['client-key'],
        'client-key-data': hide(u['client-key-data'], DATA_OMITTED),
        token: hide(u.token, REDACTED),
        tokenFile: u.tokenFile,
        as: u.as,
        username: u.username,
        password: hide(u.password, REDACTED),
      }),
    }))),
    contexts: list(byName(contexts).map(([name, c]) => ({ name, context: { cluster: c.cluster, user: c.user, ...(c.namespace ? { namespace: c.namespace } : {}) } }))),
    'current-context': current,
  };
}

/**
 * The kubeconfig's clusters and users: `kubectl config get-clusters|get-users`,
 * `set-cluster`, `set-credentials`, `delete-cluster`, `delete-user`. Certificate files come from
 * the workspace (`--embed-certs` stores their contents).
 */
import type { CommandDef } from '../../command';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { KUBECONFIG_PATH, storedPath, type KubeCluster, type KubeUser } from '../../kubeconfig';
import { configHelp, goList, helpError, kubeconfigOf } from './common';

export const configEntryCommands: CommandDef[] = [];

const sorted = (names: Iterable<string>) => [...names].sort();

configEntryCommands.push({
  path: ['config', 'get-clusters'],
  short: 'Display clusters defined in the kubeconfig',
  help: configHelp('get-clusters'),
  flags: [],
  run(_p, ctx, out) {
    out.line('NAME');
    for (const n of sorted(kubeconfigOf(ctx).clusters.keys())) out.line(n);
  },
});

configEntryCommands.push({
  path: ['config', 'get-users'],
  short: 'Display users defined in the kubeconfig',
  help: configHelp('get-users'),
  flags: [],
  run(_p, ctx, out) {
    out.line('NAME');
    for (const n of sorted(kubeconfigOf(ctx).users.keys())) out.line(n);
  },
});

/** Base64 of a workspace file's contents, or kubectl's error for a file it cannot stat. */
function embed(ctx: KubectlContext, what: string, path: string): string {
  const text = ctx.fs.read(path);
  if (text === undefined) throw new KubectlError(`could not stat ${what} file ${path}: stat ${path}: no such file or directory`);
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

configEntryCommands.push({
  path: ['config', 'set-cluster'],
  short: 'Set a cluster entry in kubeconfig',
  help: configHelp('set-cluster'),
  flags: [
    { name: 'server', type: 'string' },
    { name: 'certificate-authority', type: 'string' },
    { name: 'embed-certs', type: 'bool' },
    { name: 'insecure-skip-tls-verify', type: 'bool' },
    { name: 'tls-server-name', type: 'string' },
    { name: 'proxy-url', type: 'string' },
  ],
  run(p, ctx, out) {
    if (p.args.length !== 1) return helpError(out, 'set-cluster', `Unexpected args: ${goList(p.args)}`);
    const [name] = p.args;
    if (!name) throw new KubectlError('you must specify a non-empty cluster name');
    const insecure = p.set.has('insecure-skip-tls-verify') && !!p.flags['insecure-skip-tls-verify'];
    const ca = p.flags['certificate-authority'] as string | undefined;
    if (insecure && ca) throw new KubectlError('you cannot specify a certificate authority and insecure mode at the same time');
    if (p.flags['embed-certs'] && !ca) throw new KubectlError('you must specify a --certificate-authority to embed');
    const cfg = kubeconfigOf(ctx);
    const c: KubeCluster = { ...(cfg.clusters.get(name) ?? { server: '' }) };
    if (p.set.has('server')) c.server = String(p.flags.server);
    if (p.set.has('tls-server-name')) c['tls-server-name'] = String(p.flags['tls-server-name']);
    if (p.set.has('proxy-url')) c['proxy-url'] = String(p.flags['proxy-url']);
    if (p.set.has('insecure-skip-tls-verify')) {
      c['insecure-skip-tls-verify'] = insecure;
      // skipping verification drops the authority to verify with
      if (insecure) {
        delete c['certificate-authority'];
        delete c['certificate-authority-data'];
      }
    }
    if (ca) {
      if (p.flags['embed-certs']) {
        c['certificate-authority-data'] = embed(ctx, 'certificate-authority', ca);
        delete c['certificate-authority'];
      } else {
        c['certificate-authority'] = storedPath(ca);
        delete c['certificate-authority-data'];
      }
      c['insecure-skip-tls-verify'] = false;
    }
    cfg.clusters.set(name, c);
    out.line(`Cluster "${name}" set.`);
  },
});

/** A user's certificate or key: its contents when embedded, else its path. */
function setFile(u: KubeUser, field: 'client-certificate' | 'client-key', data: string | undefined, path: string): void {
  if (data !== undefined) {
    u[`${field}-data`] = data;
    delete u[field];
  } else {
    u[field] = storedPath(path);
    delete u[`${field}-data`];
  }
}

configEntryCommands.push({
  path: ['config', 'set-credentials'],
  short: 'Set a user entry in kubeconfig',
  help: configHelp('set-credentials'),
  flags: [
    { name: 'client-certificate', type: 'string' },
    { name: 'client-key', type: 'string' },
    { name: 'embed-certs', type: 'bool' },
    { name: 'token', type: 'string' },
    { name: 'username', type: 'string' },
    { name: 'password', type: 'string' },
  ],
  run(p, ctx, out) {
    if (p.args.length !== 1) return helpError(out, 'set-credentials', `unexpected args: ${goList(p.args)}`);
    const [name] = p.args;
    if (!name) throw new KubectlError('you must specify a non-empty user name');
    const setToken = p.set.has('token');
    const setBasic = p.set.has('username') || p.set.has('password');
    if (setToken && setBasic) throw new KubectlError('you cannot specify more than one authentication method at the same time: --token, --username/--password');
    const cert = p.flags['client-certificate'] as string | undefined;
    const key = p.flags['client-key'] as string | undefined;
    const embedCerts = !!p.flags['embed-certs'];
    if (embedCerts && !cert && !key) throw new KubectlError('you must specify a --client-certificate or --client-key to embed');
    const cfg = kubeconfigOf(ctx);
    const u: KubeUser = { ...(cfg.users.get(name) ?? {}) };
    if (cert) setFile(u, 'client-certificate', embedCerts ? embed(ctx, 'client-certificate', cert) : undefined, cert);
    if (key) setFile(u, 'client-key', embedCerts ? embed(ctx, 'client-key', key) : undefined, key);
    if (setToken) u.token = String(p.flags.token);
    if (p.set.has('username')) u.username = String(p.flags.username);
    if (p.set.has('password')) u.password = String(p.flags.password);
    // one way to authenticate: a new token drops basic auth, basic auth drops the token
    if (setToken) {
      delete u.username;
      delete u.password;
    }
    if (setBasic) delete u.token;
    cfg.users.set(name, u);
    out.line(`User "${name}" set.`);
  },
});

configEntryCommands.push({
  path: ['config', 'delete-cluster'],
  short: 'Delete the specified cluster from the kubeconfig',
  help: configHelp('delete-cluster'),
  flags: [],
  run(p, ctx, out) {
    if (p.args.length !== 1) return out.write(configHelp('delete-cluster'));
    const [name] = p.args;
    const cfg = kubeconfigOf(ctx);
    if (!cfg.clusters.has(name)) throw new KubectlError(`cannot delete cluster ${name}, not in ${KUBECONFIG_PATH}`);
    cfg.clusters.delete(name);
    out.line(`deleted cluster ${name} from ${KUBECONFIG_PATH}`);
  },
});

configEntryCommands.push({
  path: ['config', 'delete-user'],
  short: 'Delete the specified user from the kubeconfig',
  help: configHelp('delete-user'),
  flags: [],
  run(p, ctx, out) {
    if (p.args.length !== 1) throw new KubectlError("user to delete is required\nSee 'kubectl config delete-user -h' for help and examples");
    const [name] = p.args;
    const cfg = kubeconfigOf(ctx);
    if (!cfg.users.has(name)) throw new KubectlError(`cannot delete user ${name}, not in ${KUBECONFIG_PATH}`);
    cfg.users.delete(name);
    out.line(`deleted user ${name} from ${KUBECONFIG_PATH}`);
  },
});

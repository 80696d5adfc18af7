/** `kubectl cluster-info`, `kubectl config view|current-context|get-contexts` for kubeadm's admin.conf. */
import type { Cluster } from '../../../sim/cluster';
import type { KubectlContext } from '../../context';
import { KubectlError } from '../../errors';
import { printObjects } from '../../printers';
import { tabwrite } from '../../printers/tabwriter';
import type { CommandDef } from '../../command';

export const clusterInfoCommands: CommandDef[] = [];

const CLUSTER_NAME = 'kubernetes';
const ADMIN_USER = 'kubernetes-admin';
const CURRENT_CONTEXT = `${ADMIN_USER}@${CLUSTER_NAME}`;

/** kubeadm's kubeconfig server: the control-plane node's address on port 6443. */
function serverUrl(cluster: Cluster): string {
  const nodes = cluster.api.list('nodes');
  const cp = nodes.find((n) => 'node-role.kubernetes.io/control-plane' in (n.metadata.labels ?? {})) ?? nodes[0];
  const ip = (cp?.status?.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address ?? '192.168.0.100';
  return `https://${ip}:6443`;
}

clusterInfoCommands.push({
  path: ['cluster-info'],
  short: 'Display cluster information',
  flags: [],
  run(_p, ctx, out) {
    const host = serverUrl(ctx.cluster);
    out.line(`Kubernetes control plane is running at ${host}`);
    const services = ctx.cluster.api.list('services', 'kube-system').filter((s) => s.metadata.labels?.['kubernetes.io/cluster-service'] === 'true');
    for (const s of services) {
      const ingress = s.status?.loadBalancer?.ingress ?? [];
      let link: string;
      if (ingress.length) {
        const ip = ingress[0].ip || ingress[0].hostname;
        link = (s.spec?.ports ?? []).map((p: { port: number }) => `http://${ip}:${p.port} `).join('');
      } else {
        let name = s.metadata.name!;
        const port = s.spec?.ports?.[0];
        if (port) {
          const scheme = port.name === 'https' || port.port === 443 ? 'https' : '';
          // utilnet.JoinSchemeNamePort
          name = scheme ? `${scheme}:${name}${port.name ? ':' + port.name : ''}` : `${name}${port.name ? ':' + port.name : ''}`;
        }
        link = `${host}/api/v1/namespaces/${s.metadata.namespace}/services/${name}/proxy`;
      }
      out.line(`${s.metadata.labels?.['kubernetes.io/name'] || s.metadata.name} is running at ${link}`);
    }
    out.line('');
    out.line("To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.");
  },
});

/** The kubeconfig kubectl reads (`kubectl config view`, redacted as kubectl prints it). */
function kubeconfig(ctx: KubectlContext, raw = false): Record<string, unknown> {
  const data = raw ? 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==' : 'DATA+OMITTED';
  const context: Record<string, string> = { cluster: CLUSTER_NAME, user: ADMIN_USER };
  if (ctx.namespace && ctx.namespace !== 'default') context.namespace = ctx.namespace;
  return {
    apiVersion: 'v1',
    clusters: [{ cluster: { 'certificate-authority-data': data, server: serverUrl(ctx.cluster) }, name: CLUSTER_NAME }],
    contexts: [{ context, name: CURRENT_CONTEXT }],
    'current-context': CURRENT_CONTEXT,
    kind: 'Config',
    preferences: {},
    users: [{ name: ADMIN_USER, user: { 'client-certificate-data': data, 'client-key-data': data } }],
  };
}

clusterInfoCommands.push({
  path: ['config', 'view'],
  short: 'Display merged kubeconfig settings or a specified kubeconfig file',
  flags: [
    { name: 'output', short: 'o', type: 'string', default: 'yaml' },
    { name: 'raw', type: 'bool' },
    { name: 'minify', type: 'bool' },
    { name: 'flatten', type: 'bool' },
  ],
  run(p, ctx, out) {
    const fmt = String(p.flags.output ?? 'yaml');
    const cfg = kubeconfig(ctx, !!p.flags.raw) as never;
    if (fmt === 'yaml' || fmt === 'json') {
      out.write(printObjects([cfg], fmt, { list: false }));
      return;
    }
    if (fmt.startsWith('jsonpath') || fmt.startsWith('go-template') || fmt === 'name') {
      out.write(printObjects([cfg], fmt, { list: false }));
      return;
    }
    throw new KubectlError(
      `unable to match a printer suitable for the output format "${fmt}", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml`,
    );
  },
});

clusterInfoCommands.push({
  path: ['config', 'current-context'],
  short: 'Display the current-context',
  flags: [],
  run(_p, _ctx, out) {
    out.line(CURRENT_CONTEXT);
  },
});

clusterInfoCommands.push({
  path: ['config', 'get-contexts'],
  short: 'Describe one or many contexts',
  flags: [
    { name: 'output', short: 'o', type: 'string' },
    { name: 'no-headers', type: 'bool' },
  ],
  run(p, ctx, out) {
    if (p.flags.output === 'name') {
      out.line(CURRENT_CONTEXT);
      return;
    }
    const ns = ctx.namespace && ctx.namespace !== 'default' ? ctx.namespace : '';
    const rows = [['*', CURRENT_CONTEXT, CLUSTER_NAME, ADMIN_USER, ns]];
    if (!p.flags['no-headers']) rows.unshift(['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']);
    out.write(tabwrite(rows));
  },
});

/** `kubectl cluster-info`: the control plane's address (the kubeconfig's server) and the cluster services. */
import type { CommandDef } from '../../command';
import { serverUrl } from '../../kubeconfig';

export const clusterInfoCommands: CommandDef[] = [];

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

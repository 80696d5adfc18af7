import type { ToolIO } from '../../images/types';
import { serviceEndpoints } from '../../network/lookups';
import { resolveName } from '../../network/request';
import type { ExecHost } from './host';

/** Image tools (redis-cli, mysql) connect over TCP: resolve the host, follow a Service to a ready pod, find the listener. */
export function toolIO(host: ExecHost, env: Record<string, string>, stdin: string): ToolIO {
  return {
    fs: host.fs,
    env,
    stdin: stdin || undefined,
    connect(name: string, port: number) {
      const ns = host.pod.metadata.namespace ?? 'default';
      let ip = name;
      if (name === 'localhost' || name === '127.0.0.1') ip = host.podIP;
      else if (!/^\d+\.\d+\.\d+\.\d+$/.test(name)) {
        ip = resolveName(host.ctx, { kind: 'pod', namespace: ns, pod: host.pod.metadata.name! }, name)[0];
        if (!ip) return { error: 'resolve' };
      }
      const k = host.ctx.services.kubelet;
      // a Service address: the first ready endpoint of its EndpointSlices, as kube-proxy programs them
      const svc = host.ctx.api.list('services').find((s) => s.spec?.clusterIP === ip);
      const svcPort = (svc?.spec?.ports ?? []).find((p: { port: number }) => p.port === port);
      const backend = svc && svcPort ? serviceEndpoints(host.ctx, svc, svcPort)[0] : undefined;
      const target = k?.listenerFs(ip, port) ?? (backend ? k?.listenerFs(backend.ip, backend.port) : undefined);
      return target ? { fs: target } : { error: 'refused' };
    },
  };
}

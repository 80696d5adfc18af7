/** metrics-server: scrapes every kubelet's resource summary and serves NodeMetrics and PodMetrics. */
import type { MetricsSource } from '../apiserver/metrics-api';
import type { SimContext } from '../context';
import { milliCpu } from '../quantity';
import type { KObject } from '../types';
import type { NodeAgent } from './agent';
import { nodeUsage, podUsage } from './usage';
import type { ResourceUsage } from '../images/types';

/** --metric-resolution: one scrape every 15 s; a CPU rate needs a container seen by two scrapes. */
const METRIC_RESOLUTION_MS = 15_000;

const usageList = (u: ResourceUsage) => ({ cpu: `${u.cpu * 1_000_000}n`, memory: `${Math.floor(u.memory / 1024)}Ki` });

/** Whether a metrics-server pod is ready in kube-system (then its APIService is Available). */
function metricsServerReady(ctx: SimContext): boolean {
  return ctx.api.list('pods', 'kube-system').some(
    (p) => p.metadata.labels?.['k8s-app'] === 'metrics-server' && !p.metadata.deletionTimestamp && (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True'),
  );
}

export function metricsServer(ctx: SimContext, k: NodeAgent): MetricsSource {
  const stamp = () => {
    const now = ctx.clock.now();
    return { timestamp: new Date(now - (now % METRIC_RESOLUTION_MS)).toISOString().replace(/\.\d+Z$/, 'Z'), window: `${METRIC_RESOLUTION_MS / 1000}s` };
  };
  return {
    available: () => metricsServerReady(ctx),
    nodes() {
      const out: KObject[] = [];
      for (const node of ctx.api.list('nodes')) {
        const name = node.metadata.name!;
        // an unreachable kubelet is not scraped
        if (!k.nodes.has(name) || k.downNodes.has(name)) continue;
        out.push({
          kind: 'NodeMetrics',
          apiVersion: 'metrics.k8s.io/v1beta1',
          metadata: { name, creationTimestamp: ctx.clock.isoNow(), labels: { ...(node.metadata.labels ?? {}) } },
          ...stamp(),
          usage: usageList(nodeUsage(k, name)),
        });
      }
      return out;
    },
    pods(namespace) {
      const now = ctx.clock.now();
      const out: KObject[] = [];
      for (const rt of [...k.pods.values()].sort((a, b) => (a.ns === b.ns ? (a.name < b.name ? -1 : 1) : a.ns < b.ns ? -1 : 1))) {
        if (namespace !== undefined && rt.ns !== namespace) continue;
        if (k.downNodes.has(rt.node)) continue;
        const cores = milliCpu(k.nodes.get(rt.node)!.config.cpu);
        const containers = podUsage(rt, cores).filter((c) => now - c.startedMs >= METRIC_RESOLUTION_MS);
        if (!containers.length) continue;
        out.push({
          kind: 'PodMetrics',
          apiVersion: 'metrics.k8s.io/v1beta1',
          metadata: { name: rt.name, namespace: rt.ns, creationTimestamp: ctx.clock.isoNow(), labels: { ...(rt.pod.metadata.labels ?? {}) } },
          ...stamp(),
          containers: containers.map((c) => ({ name: c.name, usage: usageList(c.usage) })),
        });
      }
      return out;
    },
  };
}

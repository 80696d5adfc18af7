// One sim benchmark run at one size, in its own process so that its memory is its own:
// deployments of REPLICAS pods, each behind a service, on NODES nodes. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { Cluster } from '../src/sim/cluster';
import type { NodeConfig } from '../src/sim/config';
import type { KObject } from '../src/sim/types';

export interface SizeResult {
  pods: number;
  nodes: number;
  services: number;
  bootMs: number;
  steadyMs: number;
  steadyCpuMs: number;
  virtualSteadyS: number;
  steady: boolean;
  oneMoreMs: number;
  oneMoreReconciled: boolean;
  peakRss: number;
  peakHeap: number;
}

const NODES = Number(process.env.BENCH_NODES ?? 1000);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 1000);
const REPLICAS = Number(process.env.BENCH_REPLICAS ?? 10);

let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

function deployment(i: number): KObject {
  const app = `app-${i}`;
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: app },
    spec: {
      replicas: REPLICAS,
      selector: { matchLabels: { app } },
      template: {
        metadata: { labels: { app } },
        spec: { containers: [{ name: 'web', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }] },
      },
    },
  };
}

function service(i: number): KObject {
  const app = `app-${i}`;
  return { apiVersion: 'v1', kind: 'Service', metadata: { name: app }, spec: { selector: { app }, ports: [{ port: 80, targetPort: 8080 }] } };
}

/** A service's Endpoints list all its pods as ready addresses. */
function served(c: Cluster, i: number): boolean {
  const ep = c.api.tryGet('endpoints', 'default', `app-${i}`);
  return (ep?.subsets ?? []).reduce((s: number, ss: { addresses?: unknown[] }) => s + (ss.addresses?.length ?? 0), 0) === REPLICAS;
}

/**
 * Steady: the pods all exist and every service's endpoints list its pods as ready (each pod
 * belongs to one service, so every pod is Running and Ready).
 */
function steady(c: Cluster, wantPods: number, services: number): boolean {
  if (c.api.store.count('pods') !== wantPods) return false;
  for (let i = 0; i < services; i++) if (!served(c, i)) return false;
  return true;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const nodes: NodeConfig[] = [];
for (let i = 1; i <= NODES; i++) nodes.push({ name: `node-${i}`, controlPlane: false, cpu: '16', memory: '64Gi', maxPods: 110 });

sample();
let t0 = performance.now();
const cluster = new Cluster({ seed: 1, nodes, maxPods: 1_000_000, systemPods: false });
const bootMs = performance.now() - t0;
sample();

t0 = performance.now();
const c0 = cpuMs();
const virtualStart = cluster.clock.now();
for (let i = 0; i < SERVICES; i++) {
  cluster.api.create(deployment(i));
  cluster.api.create(service(i));
}
cluster.runUntilIdle();
sample();
const wantPods = SERVICES * REPLICAS;
const ok = cluster.advanceUntil(() => {
  sample();
  return steady(cluster, wantPods, SERVICES);
}, 600_000, 1000);
const steadyMs = performance.now() - t0;
const steadyCpuMs = cpuMs() - c0;
const virtualSteadyS = (cluster.clock.now() - virtualStart) / 1000;
sample();

// one more apply at this size: a new deployment + service, until its endpoints are ready
t0 = performance.now();
cluster.api.create(deployment(SERVICES));
cluster.api.create(service(SERVICES));
const ok2 = cluster.advanceUntil(() => served(cluster, SERVICES), 120_000, 1000);
const oneMoreMs = performance.now() - t0;
sample();

const result: SizeResult = { pods: wantPods, nodes: NODES, services: SERVICES, bootMs, steadyMs, steadyCpuMs, virtualSteadyS, steady: ok, oneMoreMs, oneMoreReconciled: ok2, peakRss, peakHeap };
console.log(JSON.stringify(result));

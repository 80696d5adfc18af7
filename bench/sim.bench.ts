// Sim benchmark: 10,000 pods on 1,000 nodes behind 1,000 services (targets in DESIGN.md).
// Prints figures; never fails on timing.
import { performance } from 'node:perf_hooks';
import { Cluster } from '../src/sim/cluster';
import type { NodeConfig } from '../src/sim/config';
import type { KObject } from '../src/sim/types';

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
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

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
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: app },
    spec: { selector: { app }, ports: [{ port: 80, targetPort: 8080 }] },
  };
}

/** Steady: every pod Running and Ready, every service's endpoints listing its pods. */
function steady(c: Cluster, wantPods: number): boolean {
  const pods = c.api.list('pods', 'default');
  if (pods.length !== wantPods) return false;
  for (const p of pods) if (!(p.status?.conditions ?? []).some((x: { type: string; status: string }) => x.type === 'Ready' && x.status === 'True')) return false;
  for (const ep of c.api.list('endpoints', 'default')) {
    if (ep.metadata.name === 'kubernetes') continue;
    const n = (ep.subsets ?? []).reduce((s: number, ss: { addresses?: unknown[] }) => s + (ss.addresses?.length ?? 0), 0);
    if (n !== REPLICAS) return false;
  }
  return true;
}

const nodes: NodeConfig[] = [];
for (let i = 1; i <= NODES; i++) nodes.push({ name: `node-${i}`, controlPlane: false, cpu: '16', memory: '64Gi', maxPods: 110 });

sample();
let t0 = performance.now();
const cluster = new Cluster({ seed: 1, nodes, maxPods: 50_000, systemPods: false });
const bootMs = performance.now() - t0;
sample();

t0 = performance.now();
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
  return steady(cluster, wantPods);
}, 600_000, 1000);
const steadyMs = performance.now() - t0;
const virtualSteadyS = (cluster.clock.now() - virtualStart) / 1000;
sample();

// One more apply at this size: a new deployment + service, until its endpoints are ready.
t0 = performance.now();
cluster.api.create(deployment(SERVICES));
cluster.api.create(service(SERVICES));
const ok2 = cluster.advanceUntil(() => steady(cluster, wantPods + REPLICAS), 120_000, 1000);
const oneMoreMs = performance.now() - t0;
sample();

console.log(`sim benchmark: ${wantPods} pods on ${NODES} nodes behind ${SERVICES} services`);
console.log(`  cluster boot:                 ${ms(bootMs)}`);
console.log(`  time to steady state:         ${ms(steadyMs)} (target < 2000 ms)${ok ? '' : '  NOT STEADY'}`);
console.log(`  virtual time to steady state: ${virtualSteadyS.toFixed(0)} s`);
console.log(`  one more apply → reconciled:  ${ms(oneMoreMs)}${ok2 ? '' : '  NOT RECONCILED'}`);
console.log(`  peak memory:                  rss ${mb(peakRss)}, heap ${mb(peakHeap)} (target < 500 MB)`);

// Sim benchmark (targets in DESIGN.md): 10,000 pods on 1,000 nodes behind 1,000 services, a
// scaling table and a long session. Each run is its own process. Prints figures; never fails on timing.
// BENCH_SCALE=1000,3000 picks the table's pod counts (none: no table); BENCH_HOURS the session length.
import { execFileSync } from 'node:child_process';
import { figure, heading, mb } from './report';
import type { SizeResult } from './sim-size';

const tsx = ['--import', 'tsx'];

function runSize(pods: number, services: number, nodes: number): SizeResult {
  const env = { ...process.env, BENCH_NODES: String(nodes), BENCH_SERVICES: String(services), BENCH_REPLICAS: String(pods / services) };
  const out = execFileSync(process.execPath, [...tsx, 'bench/sim-size.ts'], { env, encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!);
}

const NODES = Number(process.env.BENCH_NODES ?? 1000);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 1000);
const REPLICAS = Number(process.env.BENCH_REPLICAS ?? 10);

const main = runSize(SERVICES * REPLICAS, SERVICES, NODES);
heading(`Sim: ${main.pods} pods on ${main.nodes} nodes behind ${main.services} services (CPU time beside wall time: the machine may be shared)`);
figure('cluster boot', main.bootMs);
figure('time to steady state', main.steadyMs, { below: 2000, unit: 'ms' }, `cpu ${main.steadyCpuMs.toFixed(0)} ms, ${main.virtualSteadyS} virtual s${main.steady ? '' : ', NOT STEADY'}`);
figure('peak memory (RSS)', mb(main.peakRss), { below: 500, unit: 'MB' }, `heap ${mb(main.peakHeap).toFixed(0)} MB`);
figure('one more apply → reconciled', main.oneMoreMs, { below: 50, unit: 'ms' }, main.oneMoreReconciled ? '' : 'NOT RECONCILED');

const scale = (process.env.BENCH_SCALE ?? '1000,3000,10000,30000').split(',').filter((s) => s && s !== 'none').map(Number);
if (scale.length) {
  console.log('\nScaling (10 pods per deployment and service, 10 pods per node): steady state');
  console.log(`  ${'pods'.padStart(7)} ${'nodes'.padStart(6)} ${'wall'.padStart(9)} ${'cpu'.padStart(9)} ${'µs/pod'.padStart(7)} ${'peak RSS'.padStart(9)} ${'heap'.padStart(8)} ${'one more'.padStart(9)}`);
  for (const pods of scale) {
    const r = pods === main.pods && main.nodes === pods / 10 && REPLICAS === 10 ? main : runSize(pods, pods / 10, pods / 10);
    const perPod = (r.steadyCpuMs * 1000) / r.pods;
    console.log(
      `  ${String(r.pods).padStart(7)} ${String(r.nodes).padStart(6)} ${(r.steadyMs.toFixed(0) + ' ms').padStart(9)} ${(r.steadyCpuMs.toFixed(0) + ' ms').padStart(9)} ${perPod.toFixed(0).padStart(7)} ${(mb(r.peakRss).toFixed(0) + ' MB').padStart(9)} ${(mb(r.peakHeap).toFixed(0) + ' MB').padStart(8)} ${(r.oneMoreMs.toFixed(0) + ' ms').padStart(9)}${r.steady ? '' : '  NOT STEADY'}`,
    );
  }
}

const hours = Number(process.env.BENCH_HOURS ?? 8);
if (hours > 0) {
  const out = execFileSync(process.execPath, ['--expose-gc', ...tsx, 'bench/long-session.ts'], { env: { ...process.env, BENCH_HOURS: String(hours) }, encoding: 'utf8' });
  const rows = out.trim().split('\n').map((l) => JSON.parse(l));
  console.log(`\nLong session: a busy lesson for ${hours} virtual hours (rollout every 5 min, a job every 2 min); memory flat = heap at 8 h ≈ heap at 1 h`);
  console.log(`  ${'hour'.padStart(5)} ${'heap'.padStart(8)} ${'RSS'.padStart(8)} ${'objects'.padStart(8)} ${'events'.padStart(7)} ${'pods'.padStart(5)} ${'rs'.padStart(4)} ${'timers'.padStart(7)}`);
  for (const r of rows) {
    if (![1, 4, 8].includes(r.hour) && r.hour !== hours) continue;
    console.log(`  ${String(r.hour).padStart(5)} ${(mb(r.heap).toFixed(1) + ' MB').padStart(8)} ${(mb(r.rss).toFixed(0) + ' MB').padStart(8)} ${String(r.objects).padStart(8)} ${String(r.events).padStart(7)} ${String(r.pods).padStart(5)} ${String(r.replicasets).padStart(4)} ${String(r.timers).padStart(7)}`);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  figure(`heap growth from hour 1 to hour ${last.hour}`, mb(last.heap - first.heap), { below: 5, unit: 'MB' });
}

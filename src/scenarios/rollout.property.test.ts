/**
 * Rolling updates under random settings: for any replica count, maxSurge / maxUnavailable (numbers
 * or percentages) and sequence of image changes, at every virtual instant the replica sets hold at
 * most replicas + maxSurge pods and at least replicas − maxUnavailable ready ones stay (once the
 * first rollout is done), and every rollout ends complete, or reports its progress deadline when
 * the last image cannot be pulled.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Shell } from '../shell/shell';
import { Cluster } from '../sim/cluster';
import { resolveFenceposts } from '../sim/controllers/deployment-util';
import type { KObject } from '../sim/types';

const GOOD = ['nginx:1.25', 'nginx:1.26', 'nginx:1.27'];
const BROKEN = 'nginx:no-such-tag';
const DEADLINE = 60;

const intOrPercent = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom('0%', '10%', '25%', '50%', '100%'));
const change = fc.record({ image: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...GOOD) }, { weight: 1, arbitrary: fc.constant(BROKEN) }), after: fc.integer({ min: 0, max: 40 }) });

function manifest(replicas: number, surge: number | string, unavailable: number | string, image: string): string {
  const q = (v: number | string) => (typeof v === 'string' ? `"${v}"` : String(v));
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  progressDeadlineSeconds: ${DEADLINE}
  selector:
    matchLabels: {app: web}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: ${q(surge)}, maxUnavailable: ${q(unavailable)}}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: ${image}
`;
}

const isZero = (v: number | string) => v === 0 || v === '0%';

describe('rolling updates (property)', () => {
  it('keep surge and unavailability within their bounds at every instant, and end complete or past the deadline', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), intOrPercent, intOrPercent, fc.array(change, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 1000 }), (replicas, surge, unavailable, changes, seed) => {
        fc.pre(!(isZero(surge) && isZero(unavailable)));
        const cluster = new Cluster({ seed });
        const sh = new Shell({ cluster, fs: new MemoryWorkspace() });
        const [maxSurge, maxUnav] = resolveFenceposts(surge, unavailable, replicas);
        const minAvailable = replicas - Math.min(maxUnav, replicas);
        const violations: string[] = [];
        let watching = false;
        const pods = () => cluster.api.store.list('pods').filter((p: KObject) => p.metadata.labels?.app === 'web');
        cluster.onSettled = () => {
          const rss = cluster.api.store.list('replicasets.apps').filter((rs: KObject) => rs.metadata.labels?.app === 'web');
          const total = rss.reduce((n: number, rs: KObject) => n + (rs.spec?.replicas ?? 0), 0);
          if (total > replicas + maxSurge) violations.push(`t=${cluster.clock.now()}: ${total} pods wanted, bound ${replicas} + ${maxSurge}`);
          if (!watching) return;
          const ready = pods().filter((p: KObject) => !p.metadata.deletionTimestamp && p.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')).length;
          if (ready < minAvailable) violations.push(`t=${cluster.clock.now()}: ${ready} ready, bound ${replicas} - ${maxUnav}`);
        };
        sh.opts.fs.write('d.yaml', manifest(replicas, surge, unavailable, 'nginx:1.24'));
        expect(sh.run('kubectl apply -f d.yaml').out).toBe('deployment.apps/web created\n');
        expect(sh.run('kubectl rollout status deployment web --timeout=120s').out).toMatch(/successfully rolled out\n$/);
        watching = true;
        for (const c of changes) {
          expect(sh.run(`kubectl set image deployment web web=${c.image}`).out).toMatch(/^deployment\.apps\/web image updated\n$|^$/);
          sh.run(`sleep ${c.after}`);
        }
        const last = changes[changes.length - 1].image;
        const status = sh.run('kubectl rollout status deployment web --timeout=600s').out;
        expect(violations, changes.map((c) => `${c.image} +${c.after}s`).join(', ')).toEqual([]);
        if (last === BROKEN) {
          expect(status).toMatch(/error: deployment "web" exceeded its progress deadline\n$/);
          const d = cluster.api.tryGet('deployments.apps', 'default', 'web')!;
          expect(d.status.conditions.find((c: { type: string }) => c.type === 'Progressing')?.reason).toBe('ProgressDeadlineExceeded');
        } else {
          expect(status).toMatch(/deployment "web" successfully rolled out\n$/);
          sh.run('sleep 30');
          const live = pods().filter((p: KObject) => !p.metadata.deletionTimestamp);
          expect(live.map((p: KObject) => p.spec.containers[0].image)).toEqual(Array(replicas).fill(last));
        }
      }),
      { seed: 20261203, numRuns: 40 },
    );
  }, 240_000);
});

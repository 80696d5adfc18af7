import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KObject } from '../types';
import { testJob as job } from './job-testing';

const finishedAt = (j: KObject) => Date.parse(j.status.conditions.find((c: { type: string }) => c.type === 'Complete' || c.type === 'Failed').lastTransitionTime);
const pods = (c: Cluster) => c.api.list('pods', 'default').filter((p) => p.metadata.labels?.['job-name'] === 'pi');

describe('ttl-after-finished controller', () => {
  it('deletes a Complete Job and its pods ttlSecondsAfterFinished after it finished', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(job({ ttlSecondsAfterFinished: 10 }));
    c.advanceUntil(() => c.api.tryGet('jobs.batch', 'default', 'pi')?.status?.completionTime !== undefined, 60_000, 200);
    const done = finishedAt(c.api.get('jobs.batch', 'default', 'pi'));
    c.advance(done + 9_000 - c.clock.now());
    expect(c.api.tryGet('jobs.batch', 'default', 'pi')).toBeDefined();
    c.advance(2_000);
    expect(c.api.tryGet('jobs.batch', 'default', 'pi')).toBeUndefined();
    expect(pods(c)).toEqual([]);
  });

  it('deletes a Failed Job too', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(job({ ttlSecondsAfterFinished: 0, backoffLimit: 0 }, 'exit 1'));
    c.advance(60_000);
    expect(c.api.tryGet('jobs.batch', 'default', 'pi')).toBeUndefined();
  });

  it('keeps a finished Job without a TTL, and deletes it once a TTL is patched in', () => {
    const c = new Cluster({ seed: 3 });
    c.api.create(job({}));
    c.advance(120_000);
    const j = c.api.get('jobs.batch', 'default', 'pi');
    expect(j.status.completionTime).toBeDefined();
    // the TTL counts from the finish time, which is long past
    c.api.update({ ...j, spec: { ...j.spec, ttlSecondsAfterFinished: 30 } });
    c.runUntilIdle();
    expect(c.api.tryGet('jobs.batch', 'default', 'pi')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { busyLesson, type SessionCounts } from './long-session';

describe('a busy lesson left running for eight virtual hours', () => {
  // a whole-cluster run of 8 virtual hours: slow on a loaded machine, never timed
  it('keeps what the cluster holds flat: events expire, old ReplicaSets and Jobs are pruned, pods end', { timeout: 600_000 }, () => {
    const hours: SessionCounts[] = [];
    const kubeletPods: number[] = [];
    busyLesson(8, (c, cluster) => {
      hours.push(c);
      kubeletPods.push(cluster.services.kubelet!.pods.size);
    });
    expect(hours.map((h) => h.hour)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // after the first hour the event TTL (1h) is reached: from then on nothing may grow
    const settled = hours[1];
    for (const h of hours.slice(1)) {
      expect(h.events).toBeLessThanOrEqual(settled.events * 1.1);
      expect(h.objects).toBeLessThanOrEqual(settled.objects * 1.1);
      expect(h.timers).toBeLessThanOrEqual(settled.timers + 5);
    }
    for (const h of hours) {
      // revisionHistoryLimit 10 old ones, the new one and one still scaling down
      expect(h.replicasets).toBeLessThanOrEqual(12);
      expect(h.jobs).toBe(3);
      // 3 web pods, a rollout's 3 new ones and 3 terminating, the kept jobs' pods
      expect(h.pods).toBeLessThanOrEqual(16);
    }
    // the kubelet forgets pods that are gone
    for (const [i, n] of kubeletPods.entries()) expect(n).toBeLessThanOrEqual(hours[i].pods);
  });
});

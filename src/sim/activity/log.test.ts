import { describe, expect, it } from 'vitest';
import type { KObject, WatchEvent } from '../types';
import { ACTIVITY_CAPACITY, ActivityLog } from './log';

const pod = (name: string, phase: string, rv: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', resourceVersion: rv }, spec: {}, status: { phase } });

describe('ActivityLog', () => {
  it('attributes writes to the acting component and the learner to kubectl', () => {
    let actor = '';
    const log = new ActivityLog(() => 0, () => actor);
    log.watch({ type: 'ADDED', resource: 'pods', object: pod('a', 'Pending', '1') });
    actor = 'kubelet';
    log.watch({ type: 'MODIFIED', resource: 'pods', object: pod('a', 'Running', '2'), old: pod('a', 'Pending', '1') });
    const steps = log.since(0);
    expect(steps.map((s) => s.actor)).toEqual(['kubectl', 'kubelet']);
    expect(steps[1]).toMatchObject({ kind: 'write', type: 'MODIFIED', changes: [{ field: 'status.phase', from: 'Pending', to: 'Running' }] });
  });

  it('leaves out writes that changed nothing worth telling', () => {
    const log = new ActivityLog(() => 0, () => 'kubelet');
    const node = (beat: string): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n' }, status: { conditions: [{ type: 'Ready', status: 'True', lastHeartbeatTime: beat }] } });
    log.watch({ type: 'MODIFIED', resource: 'nodes', object: node('2'), old: node('1') });
    expect(log.since(0)).toEqual([]);
  });

  it('keeps a bounded tail and reads from where it still reaches', () => {
    const log = new ActivityLog(() => 0, () => '');
    const ev = (i: number): WatchEvent => ({ type: 'ADDED', resource: 'pods', object: pod(`p${i}`, 'Pending', String(i)) });
    for (let i = 0; i < ACTIVITY_CAPACITY + 10; i++) log.watch(ev(i));
    const steps = log.since(0, ACTIVITY_CAPACITY * 2);
    expect(steps.length).toBe(ACTIVITY_CAPACITY);
    expect(steps[0].seq).toBe(10);
  });

  it('keeps the learner’s latest command through checks and queries run aside', () => {
    const log = new ActivityLog(() => 0, () => '');
    log.beginCommand('kubectl apply -f a.yaml');
    log.aside(() => log.beginCommand('kubectl get pods'));
    expect(log.command?.text).toBe('kubectl apply -f a.yaml');
  });
  it('reads back a scheduling attempt exactly as the scheduler handed it over, whatever the scores', () => {
    const log = new ActivityLog(() => 0, () => 'scheduler');
    const order = ['n1', 'n2', 'n3', 'n4'];
    const object = { resource: 'pods', namespace: 'default', name: 'p' };
    const cases: (number | undefined)[][] = [
      [100, undefined, 0, 42],
      [1200, 7, undefined, 65534],
      [3, 2.5, 1, 0],
      [-1, 4, 70000, undefined],
    ];
    for (const scores of cases) log.schedule({ object, order, start: 1, count: 4, scores, plugins: [{ name: 'ImageLocality', weight: 1, scores }], chosen: 'n2' });
    const steps = log.since(0);
    expect(steps).toHaveLength(cases.length);
    steps.forEach((step, k) => {
      const want = cases[k].map((score, i) => {
        const name = order[(1 + i) % 4];
        return score === undefined ? { name, reasons: [] } : { name, reasons: [], score, plugins: [{ name: 'ImageLocality', weight: 1, score }] };
      });
      expect(step).toEqual({ kind: 'schedule', object, nodes: want, chosen: 'n2', seq: k, at: 0, actor: 'scheduler' });
    });
  });
});

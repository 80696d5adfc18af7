import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import { ApiError } from '../types';
import { computeHash } from './template-hash';
import type { KObject } from '../types';
import { Probe, useFakeKubelet, type FakeKubeletOptions } from './replicaset-testing';

const HASH = '[456789bcdf]{1,10}';

function setup(opts: FakeKubeletOptions = {}): Cluster {
  const c = new Cluster({ seed: 11 });
  useFakeKubelet(c, opts);
  return c;
}

function deployManifest(name: string, replicas: number, image = 'luksa/kubia:v1', spec: Record<string, unknown> = {}): KObject {
  const labels = { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'nodejs', image }] } },
      ...spec,
    },
  };
}

const dep = (c: Cluster, name = 'kubia') => c.api.get('deployments.apps', 'default', name);
const rss = (c: Cluster) => c.api.list('replicasets.apps', 'default');
const cond = (o: KObject, type: string) => (o.status?.conditions ?? []).find((x: { type: string }) => x.type === type);
const events = (c: Cluster, name: string) =>
  c.api
    .list('events', 'default')
    .filter((e) => e.involvedObject.name === name)
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));

function update(c: Cluster, name: string, fn: (d: KObject) => void): void {
  const d = structuredClone(dep(c, name));
  fn(d);
  c.api.update(d);
  c.runUntilIdle();
}

function setImage(c: Cluster, image: string, name = 'kubia'): void {
  update(c, name, (d) => {
    d.spec.template.spec.containers[0].image = image;
  });
}

describe('deployment controller', () => {
  it('creates <name>-<hash> with pod-template-hash on labels, selector and template, and revision 1', () => {
    const c = setup();
    c.api.create(deployManifest('kubia', 3));
    c.runUntilIdle();
    const [rs] = rss(c);
    expect(rs.metadata.name).toMatch(new RegExp(`^kubia-${HASH}$`));
    const hash = rs.metadata.name!.slice('kubia-'.length);
    expect(rs.metadata.labels).toEqual({ app: 'kubia', 'pod-template-hash': hash });
    expect(rs.spec.selector).toEqual({ matchLabels: { app: 'kubia', 'pod-template-hash': hash } });
    expect(rs.spec.template.metadata.labels).toEqual({ app: 'kubia', 'pod-template-hash': hash });
    expect(rs.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
      'deployment.kubernetes.io/revision': '1',
    });
    expect(rs.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'Deployment', name: 'kubia', controller: true, blockOwnerDeletion: true });
    expect(dep(c).metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect(c.api.list('pods', 'default').every((p) => p.metadata.name!.startsWith(`${rs.metadata.name}-`))).toBe(true);
    expect(events(c, 'kubia').map((e) => [e.reason, e.message, e.source.component])).toEqual([
      ['ScalingReplicaSet', `Scaled up replica set ${rs.metadata.name} from 0 to 3`, 'deployment-controller'],
    ]);
  });

  it('reports status and the Available/Progressing conditions with upstream reasons and messages', () => {
    const c = setup();
    c.api.create(deployManifest('kubia', 3));
    c.runUntilIdle();
    const rsName = rss(c)[0].metadata.name;
    let d = dep(c);
    expect(cond(d, 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' });
    expect(cond(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${rsName}" is progressing.` });
    c.advance(5000);
    d = dep(c);
    expect(d.status).toMatchObject({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status.unavailableReplicas).toBeUndefined();
    expect(d.status.conditions.map((x: { type: string }) => x.type)).toEqual(['Available', 'Progressing']);
    expect(cond(d, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' });
    expect(cond(d, 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${rsName}" has successfully progressed.` });
  });

  it('rolls 10 replicas to a new image within maxSurge 3 / maxUnavailable 2 at every instant, then rolls back as revision 3', () => {
    const c = setup({ readyAfterMs: 2000 });
    const violations: string[] = [];
    let watching = false;
    c.addComponent(
      new Probe(() => {
        if (!watching) return;
        const total = rss(c).reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
        if (total > 13) violations.push(`t=${c.now()} sum of RS spec.replicas ${total}`);
        const available = c.api.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp && cond(p, 'Ready')?.status === 'True').length;
        if (available < 8) violations.push(`t=${c.now()} available pods ${available}`);
      }),
    );
    c.api.create(deployManifest('kubia', 10));
    c.advance(10_000);
    expect(dep(c).status.availableReplicas).toBe(10);
    const v1 = rss(c)[0].metadata.name!;

    watching = true;
    setImage(c, 'luksa/kubia:v2');
    c.advance(60_000);
    expect(violations).toEqual([]);
    const v2 = rss(c).find((rs) => rs.metadata.name !== v1)!;
    expect(rss(c)).toHaveLength(2);
    expect(v2.spec.replicas).toBe(10);
    expect(c.api.get('replicasets.apps', 'default', v1).spec.replicas).toBe(0);
    expect(v2.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(dep(c).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(dep(c).status).toMatchObject({ replicas: 10, updatedReplicas: 10, availableReplicas: 10 });
    expect(cond(dep(c), 'Progressing')).toMatchObject({ reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${v2.metadata.name}" has successfully progressed.` });
    const scaling = events(c, 'kubia').filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
    expect(scaling.slice(1, 3)).toEqual([`Scaled up replica set ${v2.metadata.name} from 0 to 3`, `Scaled down replica set ${v1} from 10 to 8`]);
    expect(scaling.at(-1)).toMatch(new RegExp(`^Scaled down replica set ${v1} from \\d+ to 0$`));

    // kubectl rollout undo patches the template back; the controller reuses the v1 replica set
    const old = c.api.get('replicasets.apps', 'default', v1);
    update(c, 'kubia', (d) => {
      const t = structuredClone(old.spec.template);
      delete t.metadata.labels['pod-template-hash'];
      d.spec.template = t;
    });
    c.advance(60_000);
    expect(violations).toEqual([]);
    expect(rss(c)).toHaveLength(2);
    const back = c.api.get('replicasets.apps', 'default', v1);
    expect(back.spec.replicas).toBe(10);
    expect(back.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(back.metadata.annotations?.['deployment.kubernetes.io/revision-history']).toBe('1');
    expect(dep(c).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(c.api.list('pods', 'default').every((p) => p.spec.containers[0].image === 'luksa/kubia:v1')).toBe(true);
  });

  it('Recreate scales the old replica set to 0 and waits for its pods to be gone before creating the new one', () => {
    const c = setup({ terminateAfterMs: 5000 });
    c.api.create(deployManifest('kubia', 3, 'luksa/kubia:v1', { strategy: { type: 'Recreate' } }));
    c.advance(5000);
    setImage(c, 'luksa/kubia:v2');
    expect(rss(c)).toHaveLength(1);
    expect(rss(c)[0].spec.replicas).toBe(0);
    c.advance(3000);
    expect(rss(c)).toHaveLength(1);
    c.advance(3000);
    expect(rss(c)).toHaveLength(2);
    c.advance(5000);
    expect(c.api.list('pods', 'default').map((p) => p.spec.containers[0].image)).toEqual(['luksa/kubia:v2', 'luksa/kubia:v2', 'luksa/kubia:v2']);
    expect(dep(c).status).toMatchObject({ replicas: 3, updatedReplicas: 3, availableReplicas: 3 });
  });

  it('keeps at most revisionHistoryLimit old replica sets', () => {
    const c = setup();
    c.api.create(deployManifest('kubia', 1, 'img:1', { revisionHistoryLimit: 1 }));
    c.advance(5000);
    for (const tag of ['2', '3', '4']) {
      setImage(c, `img:${tag}`);
      c.advance(10_000);
    }
    const names = rss(c).map((rs) => rs.spec.template.spec.containers[0].image).sort();
    expect(names).toEqual(['img:3', 'img:4']);
  });

  it('does not roll out while paused, and resumes with the paused/resumed conditions', () => {
    const c = setup();
    c.api.create(deployManifest('kubia', 2));
    c.advance(5000);
    update(c, 'kubia', (d) => {
      d.spec.paused = true;
    });
    expect(cond(dep(c), 'Progressing')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    setImage(c, 'luksa/kubia:v2');
    c.advance(5000);
    expect(rss(c)).toHaveLength(1);
    update(c, 'kubia', (d) => {
      d.spec.paused = false;
    });
    expect(rss(c)).toHaveLength(2);
    c.advance(20_000);
    expect(cond(dep(c), 'Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(dep(c).metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
  });

  it('marks the rollout ProgressDeadlineExceeded when new pods never become ready', () => {
    const c = setup({ becomesReady: (p) => p.spec.containers[0].image !== 'luksa/kubia:v3' });
    c.api.create(deployManifest('kubia', 3, 'luksa/kubia:v1', { progressDeadlineSeconds: 30 }));
    c.advance(5000);
    setImage(c, 'luksa/kubia:v3');
    c.advance(20_000);
    expect(cond(dep(c), 'Progressing')?.reason).toBe('ReplicaSetUpdated');
    c.advance(15_000);
    const newRS = rss(c).find((rs) => rs.spec.template.spec.containers[0].image === 'luksa/kubia:v3')!;
    expect(cond(dep(c), 'Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "${newRS.metadata.name}" has timed out progressing.`,
    });
    // maxUnavailable 0 and maxSurge 1 for 3 replicas: one new pod, all old ones kept
    expect(dep(c).status).toMatchObject({ replicas: 4, updatedReplicas: 1, availableReplicas: 3, unavailableReplicas: 1 });
  });

  it('scales the only active replica set on a scaling event', () => {
    const c = setup();
    c.api.create(deployManifest('kubia', 2));
    c.advance(5000);
    update(c, 'kubia', (d) => {
      d.spec.replicas = 5;
    });
    const rs = rss(c)[0];
    expect(rs.spec.replicas).toBe(5);
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/desired-replicas']).toBe('5');
    expect(rs.metadata.annotations?.['deployment.kubernetes.io/max-replicas']).toBe('7');
    expect(events(c, 'kubia').at(-1)?.message).toBe(`Scaled up replica set ${rs.metadata.name} from 2 to 5`);
  });

  it('scales old and new replica sets proportionally during a rollout', () => {
    const c = setup({ becomesReady: (p) => p.spec.containers[0].image !== 'bad' });
    c.api.create(deployManifest('kubia', 10));
    c.advance(5000);
    setImage(c, 'bad');
    c.advance(5000);
    const before = rss(c).map((rs) => rs.spec.replicas).sort((a, b) => a - b);
    // the new RS grows to the surge limit (13 in all) while no new pod is available
    expect(before).toEqual([5, 8]);
    update(c, 'kubia', (d) => {
      d.spec.replicas = 20;
    });
    const after = rss(c).map((rs) => rs.spec.replicas).sort((a, b) => a - b);
    // 13 → 25 allowed (max-replicas 13): 8*25/13 ≈ 15, 5*25/13 ≈ 10
    expect(after.reduce((a, b) => a + b, 0)).toBe(25);
    expect(after).toEqual([10, 15]);
  });

  it('bumps collisionCount when the hashed name is taken by a foreign replica set', () => {
    const c = setup();
    c.api.create(deployManifest('kubia', 1, 'luksa/kubia:v1', { paused: true }));
    c.runUntilIdle();
    expect(rss(c)).toHaveLength(0);
    const template = dep(c).spec.template;
    const taken = `kubia-${computeHash(template)}`;
    const other = { app: 'other' };
    c.api.create({
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: taken },
      spec: { replicas: 0, selector: { matchLabels: other }, template: { metadata: { labels: other }, spec: { containers: [{ name: 'c', image: 'x' }] } } },
    });
    update(c, 'kubia', (d) => {
      d.spec.paused = false;
    });
    c.advance(1000);
    expect(dep(c).status.collisionCount).toBe(1);
    const mine = rss(c).find((rs) => rs.metadata.name !== taken)!;
    expect(mine.metadata.name).toBe(`kubia-${computeHash(template, 1)}`);
    expect(mine.spec.replicas).toBe(1);
  });

  it('copies a replica set ReplicaFailure condition up to the deployment', () => {
    const c = setup();
    c.api.use({
      name: 'test-quota',
      phase: 'admit',
      resources: ['pods'],
      run(obj, ctx) {
        if (ctx.op === 'CREATE' && ctx.api.list('pods', 'default').length >= 1) {
          throw new ApiError(403, 'Forbidden', `pods "${obj.metadata.generateName}" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1`);
        }
      },
    });
    c.api.create(deployManifest('kubia', 2));
    c.advance(5000);
    const rs = rss(c)[0];
    expect(cond(dep(c), 'ReplicaFailure')).toMatchObject({
      status: 'True',
      reason: 'FailedCreate',
      message: `pods "${rs.metadata.name}-" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1`,
    });
    expect(cond(dep(c), 'Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable' });
  });
});

import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KObject } from '../types';
import { useFakeKubelet, type FakeKubeletOptions } from './replicaset-testing';

function setup(opts: FakeKubeletOptions = {}): Cluster {
  const c = new Cluster({ seed: 13 });
  useFakeKubelet(c, opts);
  return c;
}

function sts(replicas: number, spec: Record<string, unknown> = {}, image = 'nginx:1'): KObject {
  const labels = { app: 'nginx' };
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      serviceName: 'nginx',
      replicas,
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'nginx', image }] } },
      ...spec,
    },
  };
}

const podNames = (c: Cluster) => c.api.list('pods', 'default').filter((p) => !p.metadata.deletionTimestamp).map((p) => p.metadata.name).sort();
const set = (c: Cluster) => c.api.get('statefulsets.apps', 'default', 'web');
const messages = (c: Cluster) =>
  c.api
    .list('events', 'default')
    .filter((e) => e.involvedObject.name === 'web')
    .sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion))
    .map((e) => e.message);

function edit(c: Cluster, fn: (o: KObject) => void): void {
  const o = structuredClone(set(c));
  fn(o);
  c.api.update(o);
  c.runUntilIdle();
}

describe('statefulset controller', () => {
  it('creates web-0, web-1, web-2 one at a time with stable identity and claims', () => {
    const c = setup({ readyAfterMs: 2000 });
    c.api.create(
      sts(3, { volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] }),
    );
    c.runUntilIdle();
    expect(podNames(c)).toEqual(['web-0']);
    c.advance(2500);
    expect(podNames(c)).toEqual(['web-0', 'web-1']);
    c.advance(5000);
    expect(podNames(c)).toEqual(['web-0', 'web-1', 'web-2']);
    const p = c.api.get('pods', 'default', 'web-1');
    expect(p.spec.hostname).toBe('web-1');
    expect(p.spec.subdomain).toBe('nginx');
    expect(p.metadata.labels).toMatchObject({ app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'web-1', 'apps.kubernetes.io/pod-index': '1' });
    expect(p.metadata.labels?.['controller-revision-hash']).toMatch(/^web-[456789bcdf]+$/);
    expect(p.spec.volumes[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-1' } });
    expect(c.api.get('persistentvolumeclaims', 'default', 'www-web-1').metadata.labels).toEqual({ app: 'nginx' });
    expect(messages(c).slice(0, 2)).toEqual(['create Claim www-web-0 Pod web-0 in StatefulSet web success', 'create Pod web-0 in StatefulSet web successful']);
    const s = set(c).status;
    expect(s).toMatchObject({ replicas: 3, readyReplicas: 3, availableReplicas: 3, currentReplicas: 3, updatedReplicas: 3, collisionCount: 0, observedGeneration: 1 });
    expect(s.currentRevision).toBe(s.updateRevision);
    expect(c.api.list('controllerrevisions.apps', 'default').map((r) => r.metadata.name)).toEqual([s.updateRevision]);
  });

  it('scales down from the highest ordinal, one pod at a time, and keeps the claims', () => {
    const c = setup({ readyAfterMs: 1000, terminateAfterMs: 3000 });
    c.api.create(sts(3, { volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] }));
    c.advance(10_000);
    edit(c, (o) => {
      o.spec.replicas = 1;
    });
    expect(podNames(c)).toEqual(['web-0', 'web-1']);
    c.advance(3500);
    expect(podNames(c)).toEqual(['web-0']);
    expect(messages(c).filter((m) => m.startsWith('delete'))).toEqual(['delete Pod web-2 in StatefulSet web successful', 'delete Pod web-1 in StatefulSet web successful']);
    expect(c.api.list('persistentvolumeclaims', 'default')).toHaveLength(3);
  });

  it('launches all pods at once with Parallel', () => {
    const c = setup();
    c.api.create(sts(3, { podManagementPolicy: 'Parallel' }));
    c.runUntilIdle();
    expect(podNames(c)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('rolls from the highest ordinal down to the partition', () => {
    const c = setup({ readyAfterMs: 1000, terminateAfterMs: 1000 });
    c.api.create(sts(3, { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } }));
    c.advance(10_000);
    const before = set(c).status.currentRevision;
    edit(c, (o) => {
      o.spec.template.spec.containers[0].image = 'nginx:2';
    });
    c.advance(20_000);
    const image = (n: string) => c.api.get('pods', 'default', n).spec.containers[0].image;
    expect([image('web-0'), image('web-1'), image('web-2')]).toEqual(['nginx:1', 'nginx:2', 'nginx:2']);
    const s = set(c).status;
    expect(s.currentRevision).toBe(before);
    expect(s).toMatchObject({ currentReplicas: 1, updatedReplicas: 2 });
    edit(c, (o) => {
      o.spec.updateStrategy.rollingUpdate.partition = 0;
    });
    c.advance(10_000);
    expect(image('web-0')).toBe('nginx:2');
    expect(set(c).status.currentRevision).toBe(set(c).status.updateRevision);
  });

  it('waits for a manual delete with OnDelete', () => {
    const c = setup({ readyAfterMs: 1000, terminateAfterMs: 1000 });
    c.api.create(sts(2, { updateStrategy: { type: 'OnDelete' } }));
    c.advance(10_000);
    edit(c, (o) => {
      o.spec.template.spec.containers[0].image = 'nginx:2';
    });
    c.advance(10_000);
    expect(c.api.get('pods', 'default', 'web-1').spec.containers[0].image).toBe('nginx:1');
    c.api.delete('pods', 'default', 'web-1');
    c.advance(10_000);
    expect(c.api.get('pods', 'default', 'web-1').spec.containers[0].image).toBe('nginx:2');
  });

  it('accepts the docs example whose container mounts the claim template www, and makes www-web-N claims', () => {
    const c = setup({ readyAfterMs: 1000 });
    const www = { metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } };
    const o = sts(2, { volumeClaimTemplates: [www] });
    o.spec.template.spec.containers[0].volumeMounts = [{ name: 'www', mountPath: '/usr/share/nginx/html' }];
    c.api.create(o);
    c.advance(10_000);
    expect(podNames(c)).toEqual(['web-0', 'web-1']);
    expect(c.api.list('persistentvolumeclaims', 'default').map((x) => x.metadata.name).sort()).toEqual(['www-web-0', 'www-web-1']);
    expect(c.api.get('pods', 'default', 'web-0').spec.volumes[0]).toEqual({ name: 'www', persistentVolumeClaim: { claimName: 'www-web-0' } });
  });

  it('leaves the pod spec to pod creation: a bad mount is a FailedCreate event, not a rejected set', () => {
    const c = setup();
    const o = sts(1);
    o.spec.template.spec.containers[0].volumeMounts = [{ name: 'nope', mountPath: '/x' }];
    c.api.create(o);
    c.runUntilIdle();
    expect(podNames(c)).toEqual([]);
    expect(messages(c)[0]).toMatch(/^create Pod web-0 in StatefulSet web failed error: Pod "web-0" is invalid: spec.containers\[0\].volumeMounts\[0\].name: Not found: "nope"/);
  });

  it('reports template label errors on spec.template.labels, as upstream does', () => {
    const c = setup();
    const o = sts(1);
    o.spec.selector = { matchLabels: { app: 'x' } };
    expect(() => c.api.create(o)).toThrow('spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`');
    const bad = sts(1);
    bad.spec.template.metadata.labels = { app: 'nginx', 'bad key!': 'v' };
    expect(() => c.api.create(bad)).toThrow(/spec\.template\.labels: Invalid value: "bad key!"/);
  });
});

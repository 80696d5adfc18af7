import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';
import type { KObject } from '../types';
import { findBestMatchForClaim, findMatchingVolume } from './persistentvolume-match';
import { useFakeKubelet } from './replicaset-testing';

function pv(name: string, storage: string, accessModes: string[], extra: { claimRef?: unknown; labels?: Record<string, string>; storageClassName?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name, ...(extra.labels ? { labels: extra.labels } : {}) },
    spec: { capacity: { storage }, accessModes, ...(extra.claimRef ? { claimRef: extra.claimRef } : {}), ...(extra.storageClassName ? { storageClassName: extra.storageClassName } : {}) },
    status: { phase: 'Available' },
  };
}

function pvc(name: string, storage: string, accessModes: string[], spec: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'default', uid: `uid-${name}` }, spec: { accessModes, resources: { requests: { storage } }, ...spec } };
}

const other = { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'someone-else', uid: 'x' };

describe('volume matching (TestFindingVolumeWithDifferentAccessModes)', () => {
  const gce = (bound = false) => pv('gce', '10G', ['ReadWriteOnce', 'ReadOnlyMany'], bound ? { claimRef: other } : {});
  const ebs = (bound = false) => pv('ebs', '10G', ['ReadWriteOnce'], bound ? { claimRef: other } : {});
  const nfs = () => pv('nfs', '10G', ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany']);
  const cases: [string, KObject[], string[], string][] = [
    ['RWO picks the RWO-only volume', [gce(), ebs(), nfs()], ['ReadWriteOnce'], 'ebs'],
    ['RWO+ROX picks gce', [gce(), ebs(), nfs()], ['ReadWriteOnce', 'ReadOnlyMany'], 'gce'],
    ['RWX+RWO+ROX picks nfs', [gce(), ebs(), nfs()], ['ReadWriteMany', 'ReadWriteOnce', 'ReadOnlyMany'], 'nfs'],
    ['RWX picks nfs', [gce(), ebs(), nfs()], ['ReadWriteMany'], 'nfs'],
    ['ebs bound: RWO picks gce', [gce(), ebs(true), nfs()], ['ReadWriteOnce'], 'gce'],
    ['gce bound too: RWO picks nfs', [gce(true), ebs(true), nfs()], ['ReadWriteOnce'], 'nfs'],
    ['ROX picks gce', [gce(), ebs(true), nfs()], ['ReadOnlyMany'], 'gce'],
  ];
  it.each(cases)('%s', (_name, volumes, modes, expected) => {
    expect(findBestMatchForClaim(pvc('c', '1G', modes), volumes)?.metadata.name).toBe(expected);
  });
});

describe('volume matching (TestMatchVolume, TestMatchingWithBoundVolumes)', () => {
  const volumes = [
    pv('gce-pd-5', '5G', ['ReadWriteOnce', 'ReadOnlyMany']),
    pv('gce-pd-10', '10G', ['ReadWriteOnce', 'ReadOnlyMany']),
    pv('gce-pd-silver', '1G', ['ReadWriteOnce', 'ReadOnlyMany'], { storageClassName: 'silver', labels: { tier: 'silver' } }),
  ];
  it('takes the smallest volume that is large enough', () => {
    expect(findBestMatchForClaim(pvc('c', '8G', ['ReadOnlyMany', 'ReadWriteOnce']), volumes)?.metadata.name).toBe('gce-pd-10');
    expect(findBestMatchForClaim(pvc('c', '1G', ['ReadOnlyMany', 'ReadWriteOnce']), volumes)?.metadata.name).toBe('gce-pd-5');
  });
  it('finds nothing too large, with a missing label, or in another class', () => {
    expect(findBestMatchForClaim(pvc('c', '999G', ['ReadWriteOnce']), volumes)).toBeUndefined();
    expect(findBestMatchForClaim(pvc('c', '1G', ['ReadWriteOnce'], { selector: { matchLabels: { missing: 'x' } } }), volumes)).toBeUndefined();
    expect(findBestMatchForClaim(pvc('c', '1G', ['ReadWriteOnce'], { storageClassName: 'silver' }), volumes)?.metadata.name).toBe('gce-pd-silver');
    expect(findBestMatchForClaim(pvc('c', '1G', ['ReadWriteOnce'], { storageClassName: 'silver', selector: { matchLabels: { tier: 'silver' } } }), volumes)?.metadata.name).toBe('gce-pd-silver');
  });
  it('skips a volume bound to another claim and returns one pre-bound to this claim', () => {
    const a = pv('a', '1G', ['ReadWriteOnce'], { claimRef: other });
    const b = pv('b', '1G', ['ReadWriteOnce']);
    expect(findMatchingVolume(pvc('c', '1G', ['ReadWriteOnce']), [a, b])?.metadata.name).toBe('b');
    const pre = pv('pre', '100G', ['ReadWriteOnce'], { claimRef: { namespace: 'default', name: 'c' } });
    pre.status.phase = 'Pending';
    expect(findMatchingVolume(pvc('c', '1G', ['ReadWriteOnce']), [b, pre])?.metadata.name).toBe('pre');
  });
});

describe('persistent volume binder', () => {
  function setup(): Cluster {
    const c = new Cluster({ seed: 17 });
    useFakeKubelet(c);
    return c;
  }
  const create = (c: Cluster, o: KObject) => {
    const copy = structuredClone(o);
    delete copy.status;
    delete copy.metadata.uid;
    c.api.create(copy);
    c.runUntilIdle();
  };

  it('makes a new volume Available, binds a claim with the upstream annotations, and releases it on delete', () => {
    const c = setup();
    const vol1 = pv('pv1', '10Gi', ['ReadWriteOnce']);
    vol1.spec.hostPath = { path: '/tmp/pv1' };
    create(c, vol1);
    expect(c.api.get('persistentvolumes', undefined, 'pv1').status.phase).toBe('Available');
    create(c, pvc('claim1', '1Gi', ['ReadWriteOnce'], { storageClassName: '' }));
    const claim = c.api.get('persistentvolumeclaims', 'default', 'claim1');
    expect(claim.spec.volumeName).toBe('pv1');
    expect(claim.metadata.annotations).toMatchObject({ 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' });
    expect(claim.status).toMatchObject({ phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } });
    const vol = c.api.get('persistentvolumes', undefined, 'pv1');
    expect(vol.status.phase).toBe('Bound');
    expect(vol.spec.claimRef).toMatchObject({ kind: 'PersistentVolumeClaim', namespace: 'default', name: 'claim1', uid: claim.metadata.uid });
    c.api.delete('persistentvolumeclaims', 'default', 'claim1');
    c.runUntilIdle();
    expect(c.api.get('persistentvolumes', undefined, 'pv1').status.phase).toBe('Released');
    // a released volume keeps its claimRef, so a new claim does not get it
    create(c, pvc('claim2', '1Gi', ['ReadWriteOnce'], { storageClassName: '' }));
    expect(c.api.get('persistentvolumeclaims', 'default', 'claim2').status.phase).toBe('Pending');
    const ev = c.api.list('events', 'default').find((e) => e.involvedObject.name === 'claim2');
    expect(ev).toMatchObject({ reason: 'FailedBinding', message: 'no persistent volumes available for this claim and no storage class is set' });
  });

  it('leaves a Delete volume its plugin cannot delete Failed, with the message and a Warning', () => {
    const c = setup();
    const vol = pv('manual', '1Gi', ['ReadWriteOnce']);
    vol.spec.hostPath = { path: '/data/pv' };
    vol.spec.persistentVolumeReclaimPolicy = 'Delete';
    create(c, vol);
    create(c, pvc('claim', '1Gi', ['ReadWriteOnce'], { storageClassName: '' }));
    c.api.delete('persistentvolumeclaims', 'default', 'claim');
    c.runUntilIdle();
    const failed = c.api.get('persistentvolumes', undefined, 'manual');
    expect(failed.status).toMatchObject({ phase: 'Failed', message: 'host_path deleter only supports /tmp/.+ but received provided /data/pv' });
    expect(failed.spec.claimRef.name).toBe('claim');
    const ev = c.api.list('events', 'default').find((e) => e.involvedObject.name === 'manual');
    expect(ev).toMatchObject({ type: 'Warning', reason: 'VolumeFailedDelete', message: 'host_path deleter only supports /tmp/.+ but received provided /data/pv' });
  });

  it('reports a missing class, and provisions through a simulated provisioner', () => {
    const c = setup();
    create(c, pvc('fast', '1Gi', ['ReadWriteOnce'], { storageClassName: 'fast' }));
    expect(c.api.list('events', 'default').find((e) => e.involvedObject.name === 'fast')).toMatchObject({ reason: 'ProvisioningFailed', message: 'storageclass.storage.k8s.io "fast" not found' });
    c.api.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'standard' }, provisioner: 'k8s.io/minikube-hostpath', reclaimPolicy: 'Delete' });
    create(c, pvc('data', '2Gi', ['ReadWriteOnce'], { storageClassName: 'standard' }));
    const claim = c.api.get('persistentvolumeclaims', 'default', 'data');
    expect(claim.spec.volumeName).toBe(`pvc-${claim.metadata.uid}`);
    expect(claim.status.phase).toBe('Bound');
    expect(c.api.get('persistentvolumes', undefined, claim.spec.volumeName).metadata.annotations?.['pv.kubernetes.io/provisioned-by']).toBe('k8s.io/minikube-hostpath');
    c.api.delete('persistentvolumeclaims', 'default', 'data');
    c.runUntilIdle();
    expect(c.api.tryGet('persistentvolumes', undefined, claim.spec.volumeName)).toBeUndefined();
  });

  it('local-path refuses an Immediate claim: it has no node to make the directory on', () => {
    const c = setup();
    c.api.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local-immediate' }, provisioner: 'rancher.io/local-path' });
    create(c, pvc('data', '1Gi', ['ReadWriteOnce'], { storageClassName: 'local-immediate' }));
    expect(c.api.get('persistentvolumeclaims', 'default', 'data').status.phase).toBe('Pending');
    expect(c.api.list('persistentvolumes')).toHaveLength(0);
    const failed = c.api.list('events', 'default').find((e) => e.reason === 'ProvisioningFailed');
    expect(failed).toMatchObject({ type: 'Warning', message: 'failed to provision volume with StorageClass "local-immediate": configuration error, no node was specified' });
  });
});

import { describe, expect, it } from 'vitest';
import { testCluster } from '../kubelet/test-util';
import type { KObject } from '../types';
import { recyclerPod } from './persistentvolume-recycler';

const volume = (source: Record<string, unknown>, storage = '1Gi'): KObject =>
  ({
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'pv1' },
    spec: { capacity: { storage }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Recycle', ...source },
  }) as KObject;

describe('the recycler pod (NewPersistentVolumeRecyclerPodTemplate with the plugin overrides)', () => {
  it('mounts the volume source at /scrub, named after the volume, in default', () => {
    const pod = recyclerPod(volume({ hostPath: { path: '/data/pv1', type: '' } }));
    expect(pod.metadata).toEqual({ name: 'recycler-for-pv1', namespace: 'default' });
    expect(pod.spec.volumes).toEqual([{ name: 'vol', hostPath: { path: '/data/pv1' } }]);
    expect(pod.spec.restartPolicy).toBe('Never');
    expect(pod.spec.containers[0].args[1]).toBe('test -e /scrub && find /scrub -mindepth 1 -delete && test -z "$(ls -A /scrub)" || exit 1');
  });

  it.each([
    ['hostPath 1Gi: the 60s minimum', { hostPath: { path: '/d' } }, '1Gi', 60],
    ['hostPath 5Gi: 30s per GiB', { hostPath: { path: '/d' } }, '5Gi', 150],
    ['nfs 1Gi: the 300s minimum', { nfs: { server: 's', path: '/e' } }, '1Gi', 300],
    ['nfs 20Gi: 30s per GiB', { nfs: { server: 's', path: '/e' } }, '20Gi', 600],
  ])('times out as CalculateTimeoutForVolume says (%s)', (_n, source, storage, seconds) => {
    expect(recyclerPod(volume(source, storage)).spec.activeDeadlineSeconds).toBe(seconds);
  });
});

describe('recycling through the controller', () => {
  function released() {
    const c = testCluster();
    c.api.create(volume({ hostPath: { path: '/data/pv1' } }));
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: '', resources: { requests: { storage: '1Gi' } } } });
    c.advanceUntil(() => c.api.get('persistentvolumes', undefined, 'pv1').status?.phase === 'Bound', 30_000, 100);
    c.api.delete('persistentvolumeclaims', 'default', 'c');
    c.advanceUntil(() => !!c.api.tryGet('pods', 'default', 'recycler-for-pv1'), 30_000, 100);
    return c;
  }
  const events = (c: ReturnType<typeof testCluster>) =>
    c.api
      .list('events', 'default')
      .filter((e) => e.involvedObject.name === 'pv1')
      .map((e) => `${e.type} ${e.reason} ${e.message}`);

  it('frees the volume once its pod succeeds, and deletes the pod', () => {
    const c = released();
    c.advanceUntil(() => c.api.get('persistentvolumes', undefined, 'pv1').status?.phase === 'Available', 60_000, 100);
    expect(c.api.tryGet('pods', 'default', 'recycler-for-pv1')).toBeUndefined();
    expect(c.api.get('persistentvolumes', undefined, 'pv1').spec.claimRef).toBeUndefined();
    expect(events(c).at(-1)).toBe('Normal VolumeRecycled Volume recycled');
    expect(events(c)).toContain('Normal RecyclerPod Recycler pod: Created container: pv-recycler');
  });

  it('fails the volume when someone deletes the recycler pod', () => {
    const c = released();
    c.api.delete('pods', 'default', 'recycler-for-pv1', { gracePeriodSeconds: 0 });
    c.advanceUntil(() => c.api.get('persistentvolumes', undefined, 'pv1').status?.phase === 'Failed', 60_000, 100);
    expect(c.api.get('persistentvolumes', undefined, 'pv1').status.message).toBe('Recycle failed: recycler pod was deleted');
    expect(events(c)).toContain('Warning VolumeFailedRecycle Recycle failed: recycler pod was deleted');
  });
});

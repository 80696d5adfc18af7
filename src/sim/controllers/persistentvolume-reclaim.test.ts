import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { reclaimOf } from './persistentvolume-reclaim';

const SIMULATED = new Set(['rancher.io/local-path']);

function pv(policy: string, source: Record<string, unknown>, provisionedBy?: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: 'vol', ...(provisionedBy ? { annotations: { 'pv.kubernetes.io/provisioned-by': provisionedBy } } : {}) },
    spec: { persistentVolumeReclaimPolicy: policy, capacity: { storage: '1Gi' }, ...source },
  };
}

const failDelete = (message: string) => ({ action: 'fail', reason: 'VolumeFailedDelete', message });

describe('what the reclaim plugins make of a released volume', () => {
  it.each<[string, KObject, unknown]>([
    ['Retain keeps it', pv('Retain', { hostPath: { path: '/data' } }), { action: 'retain' }],
    ['Recycle scrubs hostPath', pv('Recycle', { hostPath: { path: '/data' } }), { action: 'recycle' }],
    ['Recycle scrubs nfs', pv('Recycle', { nfs: { server: 's', path: '/e' } }), { action: 'recycle' }],
    ['Recycle has no plugin for local', pv('Recycle', { local: { path: '/mnt/d' } }), { action: 'fail', reason: 'VolumeFailedRecycle', message: 'No recycler plugin found for the volume!' }],
    ['Delete removes a hostPath under /tmp', pv('Delete', { hostPath: { path: '/tmp/data' } }), { action: 'delete' }],
    ['the /tmp test is not anchored', pv('Delete', { hostPath: { path: '/srv/tmp/data' } }), { action: 'delete' }],
    ['Delete refuses /tmp itself', pv('Delete', { hostPath: { path: '/tmp/' } }), failDelete('host_path deleter only supports /tmp/.+ but received provided /tmp/')],
    ['Delete refuses other hostPaths', pv('Delete', { hostPath: { path: '/data/pv' } }), failDelete('host_path deleter only supports /tmp/.+ but received provided /data/pv')],
    ['nfs cannot delete', pv('Delete', { nfs: { server: 's', path: '/e' } }), failDelete('error getting deleter volume plugin for volume "vol": no deletable volume plugin matched')],
    ['local cannot delete', pv('Delete', { local: { path: '/mnt/d' } }), failDelete('error getting deleter volume plugin for volume "vol": no deletable volume plugin matched')],
    ['no plugin takes iscsi', pv('Delete', { iscsi: { targetPortal: 'p', iqn: 'i', lun: 0 } }), failDelete('error getting deleter volume plugin for volume "vol": no volume plugin matched')],
    ['a simulated provisioner deletes its volume', pv('Delete', { hostPath: { path: '/var/lib/x' } }, 'rancher.io/local-path'), { action: 'delete' }],
    ['an external provisioner deletes its own', pv('Delete', { csi: { driver: 'd', volumeHandle: 'h' } }, 'ebs.csi.aws.com'), { action: 'external' }],
  ])('%s', (_name, volume, want) => expect(reclaimOf(volume, SIMULATED)).toEqual(want));
});

import { describe, expect, it } from 'vitest';
import { testCluster } from '../kubelet/test-util';
import { provisionPlugin } from './provisionable-plugin';

describe('the plugin the PV controller finds for a provisioner (findProvisionablePlugin)', () => {
  it.each([
    ['rancher.io/local-path', { kind: 'external', name: 'rancher.io/local-path' }],
    ['kubernetes.io/aws-ebs', { kind: 'external', name: 'ebs.csi.aws.com' }],
    ['kubernetes.io/gce-pd', { kind: 'external', name: 'pd.csi.storage.gke.io' }],
    ['kubernetes.io/portworx-volume', { kind: 'external', name: 'pxd.portworx.com' }],
    ['kubernetes.io/host-path', { kind: 'failed', annotate: true, message: 'Failed to create provisioner: provisioning in volume plugin "kubernetes.io/host-path" is disabled' }],
    ['kubernetes.io/nfs', { kind: 'failed', annotate: false, message: 'no provisionable volume plugin matched' }],
    ['kubernetes.io/no-provisioner', { kind: 'failed', annotate: false, message: 'no volume plugin matched name: kubernetes.io/no-provisioner' }],
  ])('%s', (provisioner, want) => {
    expect(provisionPlugin(provisioner)).toEqual(want);
  });

  it('leaves a host-path claim Pending, annotated, with the disabled-provisioner event from the PV controller', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'tree' }, provisioner: 'kubernetes.io/host-path' });
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'tree-1', namespace: 'default' }, spec: { storageClassName: 'tree', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    c.advance(3_000);
    const pvc = c.api.get('persistentvolumeclaims', 'default', 'tree-1');
    expect(pvc.status.phase).toBe('Pending');
    expect(pvc.metadata.annotations?.['volume.kubernetes.io/storage-provisioner']).toBe('kubernetes.io/host-path');
    expect(c.api.list('persistentvolumes')).toEqual([]);
    const events = c.api.list('events', 'default').filter((e) => e.involvedObject.name === 'tree-1').map((e) => `${e.source.component} ${e.type} ${e.reason} ${e.message}`);
    expect(events).toEqual(['persistentvolume-controller Warning ProvisioningFailed Failed to create provisioner: provisioning in volume plugin "kubernetes.io/host-path" is disabled']);
  });

  it('does not annotate a claim whose kubernetes.io/ provisioner has no plugin', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'none' }, provisioner: 'kubernetes.io/no-provisioner' });
    c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default' }, spec: { storageClassName: 'none', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    c.advance(3_000);
    expect(c.api.get('persistentvolumeclaims', 'default', 'c').metadata.annotations?.['volume.kubernetes.io/storage-provisioner']).toBeUndefined();
    const events = c.api.list('events', 'default').filter((e) => e.involvedObject.name === 'c').map((e) => `${e.reason} ${e.message}`);
    expect(events).toEqual(['ProvisioningFailed no volume plugin matched name: kubernetes.io/no-provisioner']);
  });
});

import { describe, expect, it } from 'vitest';
import { ApiError, type KObject } from '../../types';
import { errorOf, testApi } from '../testing';

const claim = (name: string, extra: object = {}): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: 'default' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra },
});

/** A claim the binder has bound to `pv` with the given capacity. */
function bound(api: ReturnType<typeof testApi>, pvc: KObject, capacity = '1Gi'): KObject {
  const created = api.create(pvc);
  const withVolume = api.update({ ...created, spec: { ...created.spec, volumeName: 'pv1' } });
  return api.updateStatus({ ...withVolume, status: { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: capacity } } });
}

const resized = (pvc: KObject, storage: string): KObject => ({ ...pvc, spec: { ...pvc.spec, resources: { requests: { storage } } } });

function causesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return e.causes.map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

describe('PersistentVolumeClaim updates (ValidatePersistentVolumeClaimUpdate, PersistentVolumeClaimResize)', () => {
  it('keeps a pending claim immutable, with the go-cmp diff of the internal spec', () => {
    const api = testApi();
    const pvc = api.create(claim('c', { storageClassName: 'fast' }));
    expect(causesOf(() => api.update(resized(pvc, '2Gi')))).toEqual([
      'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n' +
        '  core.PersistentVolumeClaimSpec{\n' +
        '  \tAccessModes: {"ReadWriteOnce"},\n' +
        '  \tSelector:    nil,\n' +
        '  \tResources: core.VolumeResourceRequirements{\n' +
        '  \t\tLimits: nil,\n' +
        '- \t\tRequests: core.ResourceList{\n' +
        '- \t\t\ts"storage": {i: resource.int64Amount{value: 1073741824}, s: "1Gi", Format: "BinarySI"},\n' +
        '- \t\t},\n' +
        '+ \t\tRequests: core.ResourceList{\n' +
        '+ \t\t\ts"storage": {i: resource.int64Amount{value: 2147483648}, s: "2Gi", Format: "BinarySI"},\n' +
        '+ \t\t},\n' +
        '  \t},\n' +
        '  \tVolumeName:       "",\n' +
        '  \tStorageClassName: &"fast",\n' +
        '  \t... // 4 identical fields\n' +
        '  }\n',
    ]);
    // labels are metadata: always allowed; volumeName may be set once by the binder
    expect(causesOf(() => api.update({ ...pvc, metadata: { ...pvc.metadata, labels: { a: 'b' } } }))).toEqual([]);
  });

  it('lets a bound claim change only its storage request, never below status.capacity', () => {
    const api = testApi();
    const pvc = bound(api, claim('c', { storageClassName: '' }));
    expect(causesOf(() => api.update({ ...pvc, spec: { ...pvc.spec, accessModes: ['ReadWriteMany'] } }))[0]).toMatch(
      /^spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n {2}core.PersistentVolumeClaimSpec\{\n- \tAccessModes: \[\]core.PersistentVolumeAccessMode\{"ReadWriteOnce"\},\n\+ \tAccessModes: \[\]core.PersistentVolumeAccessMode\{"ReadWriteMany"\},\n/,
    );
    expect(causesOf(() => api.update(resized(pvc, '500Mi')))).toEqual(['spec.resources.requests.storage: Forbidden: field can not be less than status.capacity']);
  });

  it('grows a bound claim only when its StorageClass allows volume expansion', () => {
    const api = testApi();
    const sc = (name: string, allow: boolean) => api.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name }, provisioner: 'example.com/p', allowVolumeExpansion: allow });
    sc('fixed', false);
    sc('elastic', true);
    const fixed = bound(api, claim('fixed', { storageClassName: 'fixed' }));
    expect(errorOf(() => api.update(resized(fixed, '2Gi')))).toBe(
      'persistentvolumeclaims "fixed" is forbidden: only dynamically provisioned pvc can be resized and the storageclass that provisions the pvc must support resize',
    );
    const elastic = bound(api, claim('elastic', { storageClassName: 'elastic' }));
    expect(api.update(resized(elastic, '2Gi')).spec.resources.requests.storage).toBe('2Gi');
  });
});

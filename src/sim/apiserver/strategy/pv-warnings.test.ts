import { describe, expect, it } from 'vitest';
import { testApi } from '../testing';
import { persistentVolumeWarnings } from './pv-warnings';

const affinity = (...keys: string[]) => ({ required: { nodeSelectorTerms: [{ matchExpressions: keys.map((key) => ({ key, operator: 'In', values: ['x'] })) }] } });

// pkg/api/persistentvolume/util.go GetWarningsForPersistentVolume and pkg/api/node/util.go deprecatedNodeLabels (v1.34)
describe('PersistentVolume warnings', () => {
  it.each([
    ['beta.kubernetes.io/arch', 'deprecated since v1.14; use "kubernetes.io/arch" instead'],
    ['beta.kubernetes.io/os', 'deprecated since v1.14; use "kubernetes.io/os" instead'],
    ['failure-domain.beta.kubernetes.io/region', 'deprecated since v1.17; use "topology.kubernetes.io/region" instead'],
    ['failure-domain.beta.kubernetes.io/zone', 'deprecated since v1.17; use "topology.kubernetes.io/zone" instead'],
    ['beta.kubernetes.io/instance-type', 'deprecated since v1.17; use "node.kubernetes.io/instance-type" instead'],
  ])('names the deprecated node label %s in the node affinity', (key, msg) => {
    expect(persistentVolumeWarnings({ spec: { nodeAffinity: affinity('kubernetes.io/hostname', key) } })).toEqual([`spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[1].key: ${key} is ${msg}`]);
  });

  it('warns for the beta class annotation, Recycle and removed plugins, in that order', () => {
    const pv = {
      metadata: { annotations: { 'volume.beta.kubernetes.io/storage-class': 'slow' } },
      spec: { persistentVolumeReclaimPolicy: 'Recycle', glusterfs: { endpoints: 'e', path: 'p' }, nodeAffinity: affinity('failure-domain.beta.kubernetes.io/zone') },
    };
    expect(persistentVolumeWarnings(pv)).toEqual([
      'metadata.annotations[volume.beta.kubernetes.io/storage-class]: deprecated since v1.8; use "storageClassName" attribute instead',
      'spec.persistentVolumeReclaimPolicy: The Recycle reclaim policy is deprecated. Instead, the recommended approach is to use dynamic provisioning.',
      'spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].key: failure-domain.beta.kubernetes.io/zone is deprecated since v1.17; use "topology.kubernetes.io/zone" instead',
      'spec.glusterfs: deprecated in v1.25, non-functional in v1.26+',
    ]);
    expect(persistentVolumeWarnings({ spec: { nodeAffinity: affinity('kubernetes.io/hostname'), persistentVolumeReclaimPolicy: 'Retain' } })).toEqual([]);
  });

  it('reaches the client on create and on update', () => {
    const api = testApi();
    const said: string[] = [];
    api.warningSink = (m) => said.push(m);
    const spec = { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], local: { path: '/mnt/disk' }, nodeAffinity: affinity('beta.kubernetes.io/arch') };
    const pv = api.create({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' }, spec });
    api.update({ ...pv, metadata: { ...pv.metadata, labels: { a: 'b' } } });
    const w = 'spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].key: beta.kubernetes.io/arch is deprecated since v1.14; use "kubernetes.io/arch" instead';
    expect(said).toEqual([w, w]);
  });
});

import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { findMatchingVolume } from './persistentvolume-match';

/** TestFindMatchVolumeWithNode (component-helpers pv_helpers_test.go): claim class "wait", RWO, 100G. */
function pv(name: string, storage: string, value: string, extra: { claimRef?: unknown; phase?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name },
    spec: {
      capacity: { storage },
      accessModes: ['ReadWriteOnce'],
      storageClassName: 'wait',
      nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'key1', operator: 'In', values: [value] }] }] } },
      ...(extra.claimRef ? { claimRef: extra.claimRef } : {}),
    },
    status: { phase: extra.phase ?? 'Available' },
  };
}

const claim = (name: string, modes = ['ReadWriteOnce']): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name, namespace: 'myns', uid: `uid-${name}` },
  spec: { accessModes: modes, resources: { requests: { storage: '100G' } }, storageClassName: 'wait' },
});

const node = (value: string) => ({ metadata: { name: `node-${value}`, labels: { key1: value } } });

const volumes = () => [
  pv('affinity-pv2', '150G', 'value1'),
  pv('affinity-pv', '100G', 'value1'),
  pv('affinity-prebound', '100G', 'value1', { claimRef: { namespace: 'myns', name: 'claim02' } }),
  pv('affinity-pv3', '200G', 'value3'),
];

describe('volume matching on a node (TestFindMatchVolumeWithNode)', () => {
  const cases: [string, KObject, string, string[], string | undefined, KObject[]?][] = [
    ['the 100G volume wins over the 150G one', claim('claim01'), 'value1', [], 'affinity-pv'],
    ['a volume pre-bound to the claim wins at once', claim('claim02'), 'value1', [], 'affinity-prebound'],
    ['an excluded volume is skipped', claim('claim01'), 'value1', ['affinity-pv'], 'affinity-pv2'],
    ['both excluded: none', claim('claim01'), 'value1', ['affinity-pv', 'affinity-pv2'], undefined],
    ['RWX is not offered: none', claim('claim01', ['ReadWriteMany']), 'value1', [], undefined],
    ['no volume reaches node value2: none', claim('claim01'), 'value2', [], undefined],
    ['the pre-bound volume does not reach node value3: none', claim('claim02'), 'value3', [], undefined],
    ['no volume is Available: none', claim('claim01'), 'value1', [], undefined, volumes().map((v) => ({ ...v, status: { phase: 'Bound' } }))],
    ['node value3 gets affinity-pv3', claim('claim01'), 'value3', [], 'affinity-pv3'],
  ];
  it.each(cases)('%s', (_name, pvc, value, excluded, expected, pvs) => {
    const got = findMatchingVolume(pvc, pvs ?? volumes(), { node: node(value), excluded: new Set(excluded), delayBinding: true });
    expect(got?.metadata.name).toBe(expected);
  });

  it('without a node, delayed binding only takes a pre-bound volume', () => {
    expect(findMatchingVolume(claim('claim01'), volumes(), { delayBinding: true })).toBeUndefined();
    expect(findMatchingVolume(claim('claim02'), volumes(), { delayBinding: true })?.metadata.name).toBe('affinity-prebound');
  });
});

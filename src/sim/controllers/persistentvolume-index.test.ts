import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { findBestMatchForClaim } from './persistentvolume-match';

const RWO = 'ReadWriteOnce';
const ROX = 'ReadOnlyMany';
const RWX = 'ReadWriteMany';

/** A PV named by upstream's test UID, Available unless bound. */
function pv(uid: string, storage: string, modes: string[], extra: { bound?: boolean; labels?: Record<string, string>; cls?: string; volumeMode?: string } = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: { name: uid, uid, ...(extra.labels ? { labels: extra.labels } : {}) },
    spec: {
      capacity: { storage },
      accessModes: modes,
      ...(extra.bound ? { claimRef: { uid: `bound-to-${uid}` } } : {}),
      ...(extra.cls ? { storageClassName: extra.cls } : {}),
      ...(extra.volumeMode ? { volumeMode: extra.volumeMode } : {}),
    },
    status: { phase: extra.bound ? 'Bound' : 'Available' },
  };
}

/** upstream's makePVC: claim01 in myns, modes ROX+RWO unless changed. */
function claim(size: string, spec: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'claim01', namespace: 'myns', uid: 'claim01-uid' }, spec: { accessModes: [ROX, RWO], resources: { requests: { storage: size } }, ...spec } };
}

/** createTestVolumes of upstream's index_test.go, deliberately out of order. */
const testVolumes = (): KObject[] => [
  pv('gce-pd-10', '10G', [RWO, ROX]),
  pv('gce-pd-20', '20G', [RWO, ROX], { bound: true }),
  pv('nfs-5', '5G', [RWO, ROX, RWX]),
  pv('gce-pd-1', '1G', [RWO, ROX], { bound: true }),
  pv('nfs-10', '10G', [RWO, ROX, RWX]),
  pv('gce-pd-5', '5G', [RWO, ROX]),
  pv('nfs-1', '1G', [RWO, ROX, RWX]),
  pv('gce-pd-2', '20000G', [RWO], { labels: { 'should-exist': 'true' } }),
  pv('gce-pd-silver1', '10000G', [RWO], { labels: { 'should-exist': 'true' }, cls: 'silver' }),
  pv('gce-pd-silver2', '100G', [RWO], { cls: 'silver' }),
  pv('gce-pd-gold', '50G', [RWO], { cls: 'gold' }),
  pv('local-pd-very-large', '200E', [RWO, ROX], { cls: 'large' }),
  pv('local-pd-extremely-large', '800E', [RWO, ROX], { cls: 'large' }),
];

const exists = { selector: { matchLabels: { 'should-exist': 'true' } } };

describe('volume matching (upstream TestMatchVolume)', () => {
  const cases: [string, KObject, string | undefined][] = [
    ['successful-match-gce-10', claim('8G'), 'gce-pd-10'],
    ['successful-match-nfs-5', claim('5G', { accessModes: [ROX, RWO, RWX] }), 'nfs-5'],
    ['successful-skip-1g-bound-volume', claim('1G'), 'gce-pd-5'],
    ['successful-no-match', claim('999G'), undefined],
    ['successful-no-match-due-to-label', claim('999G', { selector: { matchLabels: { 'should-not-exist': 'true' } } }), undefined],
    ['successful-no-match-due-to-size-constraint-with-label-selector', claim('20000G', { ...exists, accessModes: [ROX, RWO] }), undefined],
    ['successful-match-due-with-constraint-and-label-selector', claim('20000G', { ...exists, accessModes: [RWO] }), 'gce-pd-2'],
    ['successful-match-with-class', claim('1G', { ...exists, accessModes: [RWO], storageClassName: 'silver' }), 'gce-pd-silver1'],
    ['successful-match-with-class-and-labels', claim('1G', { accessModes: [RWO], storageClassName: 'silver' }), 'gce-pd-silver2'],
    ['successful-match-very-large', claim('1E', { storageClassName: 'large' }), 'local-pd-very-large'],
    ['successful-match-exact-extremely-large', claim('800E', { storageClassName: 'large' }), 'local-pd-extremely-large'],
    ['successful-no-match-way-too-large', claim('950E', { storageClassName: 'large' }), undefined],
  ];
  it.each(cases)('%s', (_name, c, expected) => {
    expect(findBestMatchForClaim(c, testVolumes())?.metadata.uid).toBe(expected);
  });

  it('a claim naming its class in the beta annotation matches as one naming it in the spec', () => {
    const c = claim('1G', { accessModes: [RWO] });
    c.metadata.annotations = { 'volume.beta.kubernetes.io/storage-class': 'silver' };
    expect(findBestMatchForClaim(c, testVolumes())?.metadata.uid).toBe('gce-pd-silver2');
  });
});

describe('volume matching (upstream TestFindingPreboundVolumes)', () => {
  const claimRef = { kind: 'PersistentVolumeClaim', namespace: 'myns', name: 'claim01', uid: 'claim01-uid' };
  const base = () => ({
    pv1: pv('pv1', '1Gi', [RWO]),
    pv5: pv('pv5', '5Gi', [RWO]),
    pv8: pv('pv8', '8Gi', [RWO]),
    pvBadSize: pv('pvBadSize', '1Mi', [RWO]),
    pvBadMode: pv('pvBadMode', '1Gi', [ROX]),
  });
  const c = () => claim('1Gi', { accessModes: [RWO] });
  const find = (v: ReturnType<typeof base>) => findBestMatchForClaim(c(), Object.values(v))?.metadata.name;

  it('takes the exact size, the next size up when that one is pre-bound elsewhere', () => {
    const v = base();
    expect(find(v)).toBe('pv1');
    v.pv1.spec.claimRef = { name: 'foo', namespace: 'bar' };
    expect(find(v)).toBe('pv5');
  });
  it('takes a larger volume pre-bound to the claim, but not one too small or of the wrong modes', () => {
    const v = base();
    v.pv8.spec.claimRef = claimRef;
    expect(find(v)).toBe('pv8');
    const w = base();
    w.pvBadSize.spec.claimRef = claimRef;
    expect(find(w)).toBe('pv1');
    const x = base();
    x.pvBadMode.spec.claimRef = claimRef;
    expect(find(x)).toBe('pv1');
  });
});

describe('volume matching: volume mode and deletion (upstream TestVolumeModeCheck, TestStorageObjectInUseProtectionFiltering)', () => {
  const cases: [string, string | undefined, string | undefined, boolean][] = [
    ['Filesystem claim, Filesystem volume', 'Filesystem', 'Filesystem', true],
    ['no mode on either side means Filesystem', undefined, undefined, true],
    ['Block claim, no volume mode (Filesystem)', 'Block', undefined, false],
    ['no claim mode (Filesystem), Block volume', undefined, 'Block', false],
    ['Block claim, Block volume', 'Block', 'Block', true],
  ];
  it.each(cases)('%s', (_name, claimMode, volumeMode, matches) => {
    const c = claim('1G', { accessModes: [RWO], ...(claimMode ? { volumeMode: claimMode } : {}) });
    expect(!!findBestMatchForClaim(c, [pv('v', '1G', [RWO], { volumeMode })])).toBe(matches);
  });
  it('skips a volume being deleted', () => {
    const v = pv('v', '1G', [RWO]);
    expect(findBestMatchForClaim(claim('1G', { accessModes: [RWO] }), [v])?.metadata.name).toBe('v');
    v.metadata.deletionTimestamp = '2026-01-01T00:00:00Z';
    expect(findBestMatchForClaim(claim('1G', { accessModes: [RWO] }), [v])).toBeUndefined();
  });
});

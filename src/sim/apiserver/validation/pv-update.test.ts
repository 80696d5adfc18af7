import { describe, expect, it } from 'vitest';
import { ApiError, type KObject } from '../../types';
import { testApi } from '../testing';

const volume = (spec: object): KObject => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'pv1' },
  spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], ...spec },
});

function causesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return e.causes.map((c) => `${c.field}: ${c.message}`);
    throw e;
  }
  return [];
}

describe('PersistentVolume updates (ValidatePersistentVolumeUpdate)', () => {
  it('refuses a changed volume source with the go-cmp diff of the internal PersistentVolumeSource', () => {
    const api = testApi();
    const pv = api.create(volume({ nfs: { server: '10.10.0.11', path: '/nfs/data' } }));
    expect(causesOf(() => api.update({ ...pv, spec: { ...pv.spec, nfs: { server: '10.10.0.11', path: '/nfs/other' } } }))).toEqual([
      'spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation\n' +
        '  core.PersistentVolumeSource{\n' +
        '  \t... // 2 identical fields\n' +
        '  \tHostPath:  nil,\n' +
        '  \tGlusterfs: nil,\n' +
        '  \tNFS: &core.NFSVolumeSource{\n' +
        '  \t\tServer:   "10.10.0.11",\n' +
        '- \t\tPath:     "/nfs/data",\n' +
        '+ \t\tPath:     "/nfs/other",\n' +
        '  \t\tReadOnly: false,\n' +
        '  \t},\n' +
        '  \tRBD:     nil,\n' +
        '  \tQuobyte: nil,\n' +
        '  \t... // 15 identical fields\n' +
        '  }\n',
    ]);
  });

  it('runs the create rules first, then the source, then volumeMode', () => {
    const api = testApi();
    const pv = api.create(volume({ hostPath: { path: '/data' } }));
    const causes = causesOf(() => api.update({ ...pv, spec: { ...pv.spec, accessModes: [], volumeMode: 'Block', hostPath: { path: '/other' } } }));
    expect(causes.map((c) => c.split(':')[0])).toEqual(['spec.accessModes', 'spec.persistentvolumesource', 'volumeMode']);
    expect(causes[2]).toBe('volumeMode: Invalid value: "Block": field is immutable');
  });

  it('lets capacity, reclaim policy, class, access modes and mount options change', () => {
    const api = testApi();
    const pv = api.create(volume({ hostPath: { path: '/data' } }));
    const upd = { ...pv, spec: { ...pv.spec, capacity: { storage: '2Gi' }, persistentVolumeReclaimPolicy: 'Delete', storageClassName: 'slow', accessModes: ['ReadWriteMany'], mountOptions: ['ro'] } };
    expect(causesOf(() => api.update(upd))).toEqual([]);
  });

  it('lets a CSI volume be given a controller-expand secret, not another change', () => {
    const api = testApi();
    const pv = api.create(volume({ csi: { driver: 'hostpath.csi.k8s.io', volumeHandle: 'v1' } }));
    const withSecret = { ...pv, spec: { ...pv.spec, csi: { ...pv.spec.csi, controllerExpandSecretRef: { name: 's', namespace: 'default' } } } };
    expect(causesOf(() => api.update(withSecret))).toEqual([]);
    const cur = api.get('persistentvolumes', undefined, 'pv1');
    expect(causesOf(() => api.update({ ...cur, spec: { ...cur.spec, csi: { ...cur.spec.csi, volumeHandle: 'v2' } } }))[0]).toMatch(/^spec\.persistentvolumesource: Forbidden: spec\.persistentvolumesource is immutable after creation\n/);
  });

  const affinity = (key: string, values: string[]) => ({ required: { nodeSelectorTerms: [{ matchExpressions: [{ key, operator: 'In', values }] }] } });

  it('lets nodeAffinity be set once from nil, then refuses a change with the new value as Go prints it', () => {
    const api = testApi();
    const pv = api.create(volume({ hostPath: { path: '/mnt/a' } }));
    const set = api.update({ ...pv, spec: { ...pv.spec, nodeAffinity: affinity('kubernetes.io/hostname', ['k8s-node1']) } });
    expect(set.spec?.nodeAffinity).toEqual(affinity('kubernetes.io/hostname', ['k8s-node1']));
    expect(causesOf(() => api.update({ ...set, spec: { ...set.spec, nodeAffinity: affinity('kubernetes.io/hostname', ['k8s-node2']) } }))).toEqual([
      'nodeAffinity: Invalid value: {"Required":{"NodeSelectorTerms":[{"MatchExpressions":[{"Key":"kubernetes.io/hostname","Operator":"In","Values":["k8s-node2"]}],"MatchFields":null}]}}: field is immutable, except for updating from beta label to GA',
    ]);
    const { nodeAffinity: _dropped, ...rest } = set.spec ?? {};
    expect(causesOf(() => api.update({ ...set, spec: rest }))).toEqual(['nodeAffinity: Invalid value: null: field is immutable, except for updating from beta label to GA']);
  });

  it('lets a beta topology key move to its GA name, values unchanged', () => {
    const api = testApi();
    const pv = api.create(volume({ hostPath: { path: '/mnt/a' }, nodeAffinity: affinity('failure-domain.beta.kubernetes.io/zone', ['z1']) }));
    expect(causesOf(() => api.update({ ...pv, spec: { ...pv.spec, nodeAffinity: affinity('topology.kubernetes.io/zone', ['z2']) } }))).toHaveLength(1);
    expect(causesOf(() => api.update({ ...pv, spec: { ...pv.spec, nodeAffinity: affinity('topology.kubernetes.io/zone', ['z1']) } }))).toEqual([]);
  });
});

// validation.go betaToGALabel: every beta node label may move to its GA name
describe('PersistentVolume node affinity moving from beta labels to GA', () => {
  it.each([
    ['failure-domain.beta.kubernetes.io/zone', 'topology.kubernetes.io/zone'],
    ['failure-domain.beta.kubernetes.io/region', 'topology.kubernetes.io/region'],
    ['beta.kubernetes.io/os', 'kubernetes.io/os'],
    ['beta.kubernetes.io/arch', 'kubernetes.io/arch'],
    ['beta.kubernetes.io/instance-type', 'node.kubernetes.io/instance-type'],
  ])('allows %s -> %s, not back', (beta, ga) => {
    const term = (key: string) => ({ required: { nodeSelectorTerms: [{ matchExpressions: [{ key, operator: 'In', values: ['v'] }] }] } });
    const api = testApi();
    const pv = api.create(volume({ hostPath: { path: '/mnt/a' }, nodeAffinity: term(beta) }));
    const moved = api.update({ ...pv, spec: { ...pv.spec, nodeAffinity: term(ga) } });
    expect(causesOf(() => api.update({ ...moved, spec: { ...moved.spec, nodeAffinity: term(beta) } }))).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { kubiaCluster, node, pod } from './fixtures';
import type { KObject } from '../sim/types';
import { ingressNginxRbac } from '../sim/network/ingress-nginx-rbac';
import { buildModel, LiveModel, type GraphModel } from './model';

describe('graph model', () => {
  const model = buildModel(kubiaCluster());
  const edge = (rel: string) => model.edges.filter((e) => e.relation === rel);

  it('draws Service → Endpoints → pods, marking the not-ready pod', () => {
    expect(edge('service-endpoints').map((e) => [e.source, e.target])).toEqual([
      ['Service/default/kubia', 'Endpoints/default/kubia'],
    ]);
    expect(edge('endpoints-pod').map((e) => `${e.target} ${e.state}`)).toEqual([
      'Pod/default/kubia-5d9f7c8b6-a1 ready',
      'Pod/default/kubia-5d9f7c8b6-b2 ready',
      'Pod/default/kubia-5d9f7c8b6-c3 not-ready',
    ]);
  });

  it('follows ownerReferences from Deployment to ReplicaSet to Pods', () => {
    expect(edge('owner').map((e) => e.source.split('/')[0] + '→' + e.target.split('/')[0])).toEqual([
      'Deployment→ReplicaSet',
      'ReplicaSet→Pod',
      'ReplicaSet→Pod',
      'ReplicaSet→Pod',
    ]);
  });

  it('puts pods inside the group of the cluster node they run on', () => {
    const p = model.nodes.find((n) => n.name === 'kubia-5d9f7c8b6-b2')!;
    expect(p.parent).toBe('Node//k8s-node2');
    expect(model.nodes.find((n) => n.id === 'Node//k8s-node2')!.group).toBe(true);
  });

  it('gives every node a status and tone: a running but not ready pod is a warning', () => {
    const byName = (n: string) => model.nodes.find((x) => x.name === n)!;
    expect(byName('kubia-5d9f7c8b6-a1')).toMatchObject({ status: 'Running', tone: 'ok', ready: true });
    expect(byName('kubia-5d9f7c8b6-c3')).toMatchObject({ status: 'Running', tone: 'warn', ready: false });
    expect(model.nodes.find((n) => n.id === 'Service/default/kubia')).toMatchObject({ status: 'PartlyReady', tone: 'warn' });
    expect(model.nodes.find((n) => n.id === 'Endpoints/default/kubia')!.facts.slice(0, 2)).toEqual([
      { label: 'ready', value: '2' },
      { label: 'not ready', value: '1' },
    ]);
  });

  it('leaves out events and marks objects every cluster has as system', () => {
    expect(model.nodes.some((n) => n.kind === 'Event')).toBe(false);
    expect(model.nodes.find((n) => n.id === 'Service/default/kubernetes')!.system).toBe(true);
    // kubeadm's own RBAC (kubeadm:get-nodes ...) is part of every cluster too
    const crb = buildModel([{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'kubeadm:get-nodes' }, roleRef: { kind: 'ClusterRole', name: 'kubeadm:get-nodes' } }]);
    expect(crb.nodes[0].system).toBe(true);
    // so is the ingress-nginx add-on's RBAC, installed with the cluster
    const addOn = buildModel(ingressNginxRbac()).nodes;
    expect(addOn.map((n) => n.id)).toContain('ClusterRoleBinding//ingress-nginx');
    expect(addOn.filter((n) => !n.system).map((n) => n.id)).toEqual([]);
    // and kube-controller-manager's controllers' ServiceAccounts, but not a learner's of the same name
    const sa = (namespace: string) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'deployment-controller', namespace } });
    expect(buildModel([sa('kube-system'), sa('default')]).nodes.map((n) => [n.id, n.system === true])).toEqual([
      ['ServiceAccount/kube-system/deployment-controller', true],
      ['ServiceAccount/default/deployment-controller', false],
    ]);
  });

  it('draws emptyDir and hostPath volumes as their own nodes beside the pod', () => {
    const m = buildModel([pod('fortune', { spec: { volumes: [{ name: 'html', emptyDir: {} }, { name: 'cfg', configMap: { name: 'x' } }] } })]);
    expect(m.nodes.filter((n) => n.kind === 'Volume').map((n) => n.id)).toEqual(['Volume/default/fortune:html']);
    expect(m.edges.map((e) => e.relation)).toContain('pod-volume');
  });

  it('tells the volume types apart: emptyDir and hostPath (with its node) inside the node, an NFS share outside the cluster', () => {
    const volumes = [
      { name: 'cache', emptyDir: { medium: 'Memory' } },
      { name: 'logs', hostPath: { path: '/var/log' } },
      { name: 'share', nfs: { server: '192.168.0.200', path: '/data/volumes' } },
    ];
    const m = buildModel([node('k8s-node2'), pod('app', { node: 'k8s-node2', spec: { volumes } })]);
    const vol = (v: string) => m.nodes.find((n) => n.id === `Volume/default/app:${v}`)!;
    expect(vol('cache')).toMatchObject({ badge: 'emptyDir', parent: 'Node//k8s-node2', facts: [{ label: 'medium', value: 'Memory' }] });
    expect(vol('logs')).toMatchObject({ badge: 'hostPath', parent: 'Node//k8s-node2' });
    expect(vol('logs').facts).toEqual([{ label: 'path', value: '/var/log' }, { label: 'node', value: 'k8s-node2' }]);
    expect(vol('share').badge).toBe('nfs');
    expect(vol('share').parent).toBeUndefined();
    expect(vol('share').facts).toEqual([{ label: 'server', value: '192.168.0.200' }, { label: 'path', value: '/data/volumes' }]);
    expect(m.edges.filter((e) => e.relation === 'pod-volume').map((e) => e.target)).toEqual(['Volume/default/app:cache', 'Volume/default/app:logs', 'Volume/default/app:share']);
  });

  it('makes an unbound claim and a released or failed volume stand out, with kubectl\'s short access modes', () => {
    const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'c', namespace: 'default' }, spec: { storageClassName: '', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }, status: { phase: 'Pending' } };
    const pv = (name: string, phase: string) => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce', 'ReadOnlyMany'] }, status: { phase } });
    const m = buildModel([pvc, pv('a', 'Available'), pv('r', 'Released'), pv('f', 'Failed'), pv('b', 'Bound')]);
    const byId = (id: string) => m.nodes.find((n) => n.id === id)!;
    expect(byId('PersistentVolumeClaim/default/c')).toMatchObject({ status: 'Pending', tone: 'warn' });
    expect(byId('PersistentVolumeClaim/default/c').facts).toEqual([
      { label: 'capacity', value: '1Gi' },
      { label: 'modes', value: 'RWO' },
      { label: 'volume', value: '<none>' },
      { label: 'class', value: '""' },
    ]);
    expect(['a', 'r', 'f', 'b'].map((n) => byId(`PersistentVolume//${n}`).tone)).toEqual(['progress', 'warn', 'error', 'ok']);
    expect(byId('PersistentVolume//a').facts[1]).toEqual({ label: 'modes', value: 'RWO,ROX' });
  });

  it('puts the volumes of same-named pods in two namespaces beside their own pod', () => {
    const spec = { volumes: [{ name: 'html', emptyDir: {} }] };
    const m = buildModel([node('k8s-node1'), node('k8s-node2'), pod('web', { ns: 'a', node: 'k8s-node1', spec }), pod('web', { ns: 'b', node: 'k8s-node2', spec })]);
    const parents = Object.fromEntries(m.nodes.filter((n) => n.kind === 'Volume').map((n) => [n.id, n.parent]));
    expect(parents).toEqual({ 'Volume/a/web:html': 'Node//k8s-node1', 'Volume/b/web:html': 'Node//k8s-node2' });
  });

  it('says where a volume\'s data lives: its source, and the node a local volume is pinned to', () => {
    const affinity = { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['k8s-node2'] }] }] } };
    const pv = (name: string, spec: any) => ({ apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name }, spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], ...spec }, status: { phase: 'Available' } });
    const m = buildModel([
      pv('n', { nfs: { server: '10.10.0.11', path: '/nfs/data' } }),
      pv('h', { hostPath: { path: '/tmp/mongodb' } }),
      pv('l', { local: { path: '/mnt/disks/vol1' }, nodeAffinity: affinity, storageClassName: 'local-storage' }),
    ]);
    const source = (n: string) => m.nodes.find((x) => x.id === `PersistentVolume//${n}`)!.facts.find((f) => f.label === 'source')?.value;
    expect([source('n'), source('h'), source('l')]).toEqual(['nfs 10.10.0.11:/nfs/data', 'hostPath /tmp/mongodb', 'local /mnt/disks/vol1 on k8s-node2']);
  });

  it('draws a volume pinned to a node (local, or hostPath made by local-path) from that node, under the storage concern', () => {
    const pinned = (name: string, source: any, nodes: string[]) => ({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], ...source, nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: nodes }] }] } } },
      status: { phase: 'Bound' },
    });
    const m = buildModel([
      node('k8s-node1'),
      node('k8s-node2'),
      pinned('l', { local: { path: '/mnt/disks/vol1' } }, ['k8s-node2']),
      pinned('lp', { hostPath: { path: '/opt/local-path-provisioner/pvc-1' } }, ['k8s-node1']),
      { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'n' }, spec: { nfs: { server: 's', path: '/e' } }, status: { phase: 'Available' } },
    ]);
    const edges = m.edges.filter((e) => e.relation === 'node-pv').map((e) => [e.source, e.target, e.label, e.concern]);
    expect(edges).toEqual([
      ['Node//k8s-node1', 'PersistentVolume//lp', 'hostPath', 'storage'],
      ['Node//k8s-node2', 'PersistentVolume//l', 'local', 'storage'],
    ]);
  });

  it('maps waiting reasons to the kubectl STATUS and an error tone', () => {
    const p = pod('bad');
    p.status = { phase: 'Pending', containerStatuses: [{ name: 'kubia', ready: false, state: { waiting: { reason: 'ImagePullBackOff' } } }] };
    expect(buildModel([p]).nodes[0]).toMatchObject({ status: 'ImagePullBackOff', tone: 'error' });
    p.metadata.deletionTimestamp = '2026-01-01T00:00:00Z';
    expect(buildModel([p]).nodes[0]).toMatchObject({ status: 'Terminating', tone: 'off' });
  });
});

describe('graph model at scale', () => {
  it('draws a 1000-pod service with an edge per endpoint and pods inside their nodes', () => {
    const objs = kubiaCluster();
    const ep = objs.find((o) => o.kind === 'Endpoints')!;
    for (let i = 0; i < 1000; i++) {
      const p = pod(`kubia-many-${i}`, { ip: `10.244.${i >> 8}.${i & 255}`, node: i % 2 ? 'k8s-node1' : 'k8s-node2' });
      objs.push(p);
      ep.subsets[0].addresses.push({ ip: p.status.podIP, targetRef: { kind: 'Pod', namespace: 'default', name: p.metadata.name } });
    }
    const m = buildModel(objs);
    expect(m.edges.filter((e) => e.relation === 'endpoints-pod')).toHaveLength(1003);
    expect(m.nodes.filter((n) => n.parent === 'Node//k8s-node1').length).toBeGreaterThan(500);
  });
});

describe('live model', () => {
  /** A copy of `o` as the API server would store a write: a new object with the change. */
  const write = (o: KObject, change: (c: any) => void): KObject => {
    const c = structuredClone(o);
    change(c);
    c.metadata.resourceVersion = String(Number(c.metadata.resourceVersion) + 1);
    return c;
  };

  it('equals a fresh build after every change, and keeps the cards and edges of what did not change', () => {
    const live = new LiveModel();
    let objs = kubiaCluster();
    const steps: ((o: KObject[]) => KObject[])[] = [
      (o) => o,
      // a pod becomes ready: its card and its Endpoints edge change
      (o) => o.map((x) => (x.metadata.name === 'kubia-5d9f7c8b6-c3' ? write(x, (p) => (p.status.conditions[0].status = 'True')) : x)),
      (o) => o.map((x) => (x.kind === 'Endpoints' ? write(x, (ep) => ep.subsets[0].addresses.push(...ep.subsets[0].notReadyAddresses.splice(0))) : x)),
      // a pod goes, a pod with a missing ConfigMap and an emptyDir comes
      (o) => [...o.filter((x) => x.metadata.name !== 'kubia-5d9f7c8b6-a1'), pod('cm-user', { spec: { volumes: [{ name: 'cache', emptyDir: {} }, { name: 'cfg', configMap: { name: 'settings' } }] } })],
      // a NetworkPolicy selects pods; then a namespace label changes what it admits
      (o) => [...o, { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'np', namespace: 'default', uid: 'np', resourceVersion: '1' }, spec: { podSelector: { matchLabels: { app: 'kubia' } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'a' } } }] }] } }],
      (o) => [...o, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', uid: 'ns', resourceVersion: '1', labels: { team: 'a' } } }],
      // a cluster node goes: its pods leave its group
      (o) => o.filter((x) => x.metadata.name !== 'k8s-node2'),
    ];
    let prev: GraphModel | undefined;
    for (const step of steps) {
      objs = step(objs);
      const m = live.update(objs);
      expect(m).toEqual(buildModel(objs));
      if (prev) {
        const before = new Map(prev.nodes.map((n) => [n.id, n]));
        const kept = m.nodes.filter((n) => before.get(n.id) === n);
        expect(kept.length).toBeGreaterThan(0);
      }
      prev = m;
    }
  });

  it('returns the same model when nothing changed', () => {
    const live = new LiveModel();
    const objs = kubiaCluster();
    const m = live.update(objs);
    expect(live.update([...objs])).toBe(m);
  });

  it('rebuilds only the changed pod card of a 1000-pod service', () => {
    const live = new LiveModel();
    const objs = kubiaCluster();
    for (let i = 0; i < 1000; i++) objs.push(pod(`kubia-many-${i}`, { node: i % 2 ? 'k8s-node1' : 'k8s-node2' }));
    const before = live.update(objs);
    const i = objs.findIndex((o) => o.metadata.name === 'kubia-many-7');
    objs[i] = write(objs[i], (p) => (p.status.phase = 'Failed'));
    const after = live.update([...objs]);
    const changed = after.nodes.filter((n, k) => before.nodes[k] !== n).map((n) => n.id);
    expect(changed).toEqual(['Pod/default/kubia-many-7']);
    expect(after).toEqual(buildModel(objs));
  });

  it('keeps the edges a changed pod\'s sources find again unchanged (its Service and ReplicaSet match every pod again)', () => {
    const live = new LiveModel();
    const objs = kubiaCluster();
    for (let i = 0; i < 1000; i++) objs.push(pod(`kubia-many-${i}`, { node: i % 2 ? 'k8s-node1' : 'k8s-node2' }));
    const before = live.update(objs);
    const i = objs.findIndex((o) => o.metadata.name === 'kubia-many-7');
    objs[i] = write(objs[i], (p) => (p.metadata.labels = { app: 'other' }));
    const after = live.update([...objs]);
    const was = new Map(before.edges.map((e) => [e.id, e]));
    const changed = after.edges.filter((e) => was.get(e.id) !== e).map((e) => e.id);
    const gone = before.edges.filter((e) => !after.edges.some((x) => x.id === e.id)).map((e) => e.id);
    expect(changed).toEqual([]);
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((id) => id.endsWith('->Pod/default/kubia-many-7'))).toBe(true);
    expect(after).toEqual(buildModel(objs));
  });
});

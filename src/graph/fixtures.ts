/** Small hand-made cluster snapshots for the graph tests (shapes as the API server stores them). */
import type { KObject } from '../sim/types';

let uids = 0;
function meta(name: string, namespace: string | undefined, extra: Record<string, unknown> = {}) {
  return { name, namespace, uid: `uid-${++uids}`, resourceVersion: '1', ...extra };
}

export function node(name: string): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: meta(name, undefined),
    status: { conditions: [{ type: 'Ready', status: 'True' }], addresses: [{ type: 'InternalIP', address: '192.168.56.11' }] },
  };
}

export function pod(name: string, opts: { ready?: boolean; node?: string; ip?: string; labels?: Record<string, string>; owner?: KObject; spec?: any; ns?: string } = {}): KObject {
  const ready = opts.ready ?? true;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(name, opts.ns ?? 'default', {
      labels: opts.labels ?? { app: 'kubia' },
      ownerReferences: opts.owner ? [{ apiVersion: 'apps/v1', kind: opts.owner.kind, name: opts.owner.metadata.name!, uid: opts.owner.metadata.uid!, controller: true }] : undefined,
    }),
    spec: { nodeName: opts.node ?? 'k8s-node1', containers: [{ name: 'kubia', image: 'luksa/kubia', ports: [{ containerPort: 8080 }] }], ...opts.spec },
    status: {
      phase: 'Running',
      podIP: opts.ip ?? '10.244.1.5',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      containerStatuses: [{ name: 'kubia', ready, restartCount: 0, state: { running: { startedAt: '2026-01-01T00:00:00Z' } } }],
    },
  };
}

/** Deployment kubia → ReplicaSet → 3 pods (the third not ready), Service kubia → Endpoints → pods. */
export function kubiaCluster(): KObject[] {
  const deploy: KObject = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('kubia', 'default', { annotations: { 'deployment.kubernetes.io/revision': '1' } }),
    spec: { replicas: 3, selector: { matchLabels: { app: 'kubia' } }, template: { spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } } },
    status: { readyReplicas: 2, updatedReplicas: 3 },
  };
  const rs: KObject = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: meta('kubia-5d9f7c8b6', 'default', { ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'kubia', uid: deploy.metadata.uid!, controller: true }] }),
    spec: { replicas: 3 },
    status: { readyReplicas: 2 },
  };
  const pods = [
    pod('kubia-5d9f7c8b6-a1', { owner: rs, ip: '10.244.1.5' }),
    pod('kubia-5d9f7c8b6-b2', { owner: rs, ip: '10.244.2.6', node: 'k8s-node2' }),
    pod('kubia-5d9f7c8b6-c3', { owner: rs, ip: '10.244.2.7', node: 'k8s-node2', ready: false }),
  ];
  const svc: KObject = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta('kubia', 'default'),
    spec: { type: 'ClusterIP', clusterIP: '10.96.12.34', selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }] },
  };
  const ref = (p: KObject) => ({ ip: p.status.podIP, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', namespace: 'default', name: p.metadata.name, uid: p.metadata.uid } });
  const ep: KObject = {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: meta('kubia', 'default'),
    subsets: [{ addresses: [ref(pods[0]), ref(pods[1])], notReadyAddresses: [ref(pods[2])], ports: [{ port: 8080, protocol: 'TCP' }] }],
  };
  const kubernetes: KObject = { apiVersion: 'v1', kind: 'Service', metadata: meta('kubernetes', 'default'), spec: { clusterIP: '10.96.0.1', ports: [{ port: 443 }] } };
  const coredns = pod('coredns-abc', { ns: 'kube-system', node: 'k8s-master', labels: { 'k8s-app': 'kube-dns' }, ip: '10.244.0.2' });
  const event: KObject = { apiVersion: 'v1', kind: 'Event', metadata: meta('kubia.1', 'default') };
  return [node('k8s-master'), node('k8s-node1'), node('k8s-node2'), deploy, rs, ...pods, svc, ep, kubernetes, coredns, event];
}

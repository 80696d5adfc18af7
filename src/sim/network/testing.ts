import { Cluster } from '../cluster';
import type { KObject } from '../types';
import { deepCopy } from '../clone';

/**
 * Test fixtures for the network layer: a cluster with no system pods, nodes we create ourselves
 * (names no kubelet owns) and pods whose status the test sets, as the kubelet would.
 */
const TEST_NODES = [
  { name: 'net-a', ip: '192.168.0.201' },
  { name: 'net-b', ip: '192.168.0.202' },
];

export function testCluster(seed = 7): Cluster {
  const c = new Cluster({ seed, systemPods: false, maxPods: 50_000 });
  for (const n of TEST_NODES) {
    if (c.api.tryGet('nodes', undefined, n.name)) continue;
    c.api.create({ apiVersion: 'v1', kind: 'Node', metadata: { name: n.name, labels: { 'kubernetes.io/hostname': n.name } } });
    const node = deepCopy(c.api.get('nodes', undefined, n.name));
    node.status = { addresses: [{ type: 'InternalIP', address: n.ip }, { type: 'Hostname', address: n.name }] };
    c.api.updateStatus(node);
  }
  c.runUntilIdle();
  return c;
}

export interface PodOpts {
  ns?: string;
  labels?: Record<string, string>;
  ip?: string;
  ready?: boolean;
  node?: string;
  ports?: Record<string, any>[];
  phase?: string;
  hostname?: string;
  subdomain?: string;
}

/** Create a pod and give it the status a kubelet would (Running, IP, Ready condition). */
export function addPod(c: Cluster, name: string, o: PodOpts = {}, settle = true): KObject {
  const ns = o.ns ?? 'default';
  c.api.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, labels: o.labels ?? { app: 'kubia' } },
    spec: {
      nodeName: o.node ?? TEST_NODES[0].name,
      ...(o.hostname ? { hostname: o.hostname } : {}),
      ...(o.subdomain ? { subdomain: o.subdomain } : {}),
      containers: [{ name: 'main', image: 'luksa/kubia', ports: o.ports ?? [{ containerPort: 8080, protocol: 'TCP' }] }],
    },
  });
  setPodStatus(c, ns, name, o, settle);
  return c.api.get('pods', ns, name);
}

let ipCounter = 0;

/** Set a pod's status as the kubelet would; `settle: false` leaves the controllers to a later runUntilIdle. */
export function setPodStatus(c: Cluster, ns: string, name: string, o: PodOpts, settle = true): void {
  const pod = deepCopy(c.api.get('pods', ns, name));
  const ready = o.ready ?? true;
  pod.status = {
    phase: o.phase ?? 'Running',
    ...(o.ip === undefined || o.ip ? { podIP: o.ip ?? `10.244.${(++ipCounter >> 8) & 255}.${ipCounter & 255}`, podIPs: [{ ip: o.ip ?? '' }] } : {}),
    conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
  };
  if (pod.status.podIPs) pod.status.podIPs[0].ip = pod.status.podIP;
  c.api.updateStatus(pod);
  if (settle) c.runUntilIdle();
}

export function addService(c: Cluster, spec: Record<string, any>, name = 'kubia', ns = 'default', labels?: Record<string, string>): KObject {
  const svc = c.api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns, ...(labels ? { labels } : {}) }, spec });
  c.runUntilIdle();
  return svc;
}

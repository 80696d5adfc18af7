import { describe, expect, it } from 'vitest';
import { predicateRejection } from './predicate-admission';
import { eventsFor, pod, testCluster } from './test-util';
import type { KObject } from '../types';

const node = (extra: Record<string, unknown> = {}): KObject => ({
  apiVersion: 'v1', kind: 'Node', metadata: { name: 'n', labels: { 'kubernetes.io/hostname': 'n' } },
  spec: extra, status: { allocatable: { cpu: '2', memory: '1Gi', pods: '2' } },
});
const withPort = (name: string, hostPort: number, protocol = 'TCP', hostIP?: string): KObject =>
  pod(name, [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80, hostPort, protocol, ...(hostIP ? { hostIP } : {}) }] }]);
const requesting = (name: string, cpu: string): KObject => pod(name, [{ name: 'c', image: 'nginx', resources: { requests: { cpu } } }]);
const both = (name: string, hostPort: number, cpu: string): KObject => pod(name, [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80, hostPort }], resources: { requests: { cpu } } }]);
const onNode = (p: KObject, nodeName: string): KObject => ({ ...p, spec: { ...p.spec, nodeName } });
const PORTS = "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports";

// k/k pkg/kubelet/lifecycle/predicate.go: the first failure of AdmissionCheck (resources, affinity, ports), then NoExecute taints
describe('kubelet predicate admission', () => {
  const cases: { name: string; node?: KObject; pod: KObject; others?: KObject[]; want?: [string, string] }[] = [
    { name: 'a free host port is admitted', pod: withPort('b', 9000), others: [withPort('a', 9001)] },
    { name: 'the same TCP host port is refused', pod: withPort('b', 9000), others: [withPort('a', 9000)], want: ['NodePorts', PORTS] },
    { name: 'UDP and TCP on one port do not clash', pod: withPort('b', 9000, 'UDP'), others: [withPort('a', 9000)] },
    { name: 'two host IPs on one port do not clash', pod: withPort('b', 9000, 'TCP', '10.0.0.2'), others: [withPort('a', 9000, 'TCP', '10.0.0.1')] },
    { name: '0.0.0.0 clashes with every host IP', pod: withPort('b', 9000), others: [withPort('a', 9000, 'TCP', '10.0.0.1')], want: ['NodePorts', PORTS] },
    { name: 'cpu beyond allocatable', pod: requesting('b', '1500m'), others: [requesting('a', '1')], want: ['OutOfcpu', "Node didn't have enough resource: cpu, requested: 1500, used: 1000, capacity: 2000"] },
    { name: 'pods beyond the node\'s pod count', pod: requesting('c', '1m'), others: [requesting('a', '1m'), requesting('b', '1m')], want: ['OutOfpods', "Node didn't have enough resource: pods, requested: 1, used: 2, capacity: 2"] },
    { name: 'resources come before ports', pod: both('b', 9000, '3'), others: [withPort('a', 9000)], want: ['OutOfcpu', "Node didn't have enough resource: cpu, requested: 3000, used: 0, capacity: 2000"] },
    { name: 'a node selector that does not match', pod: pod('b', [{ name: 'c', image: 'nginx' }], { nodeSelector: { disk: 'ssd' } }), want: ['NodeAffinity', "Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector"] },
    { name: 'an untolerated NoExecute taint', node: node({ taints: [{ key: 'k', value: 'v', effect: 'NoExecute' }] }), pod: requesting('b', '1m'), want: ['TaintToleration', "Predicate TaintToleration failed: node(s) had taints that the pod didn't tolerate"] },
    { name: 'a NoSchedule taint is the scheduler\'s business', node: node({ taints: [{ key: 'k', effect: 'NoSchedule' }] }), pod: requesting('b', '1m') },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = predicateRejection(c.node ?? node(), c.pod, c.others ?? []);
      expect(r && [r.reason, r.message]).toEqual(c.want);
    });
  }

  it('fails a pod placed with nodeName on a taken host port, as the kubelet rejects it', () => {
    const cl = testCluster();
    cl.api.create(onNode(withPort('first', 9000), 'k8s-node1'));
    cl.runUntilIdle();
    cl.api.create(onNode(withPort('second', 9000), 'k8s-node1'));
    cl.runUntilIdle();
    const s = cl.api.get('pods', 'default', 'second').status;
    expect([s.phase, s.reason, s.message]).toEqual(['Failed', 'NodePorts', `Pod was rejected: ${PORTS}`]);
    expect(s.startTime).toBeDefined();
    expect(eventsFor(cl, 'second')).toEqual([`Warning NodePorts ${PORTS}`]);
    expect(cl.api.get('pods', 'default', 'first').status.phase).not.toBe('Failed');
  });
});

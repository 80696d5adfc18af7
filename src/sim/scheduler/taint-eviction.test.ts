import { describe, expect, it } from 'vitest';
import { eventsFor, pod, testCluster } from '../kubelet/test-util';

describe('taint eviction', () => {
  it('evicts pods that do not tolerate a new NoExecute taint, honouring tolerationSeconds', () => {
    const c = testCluster();
    c.api.create(pod('plain', [{ name: 'c', image: 'nginx' }], { nodeName: 'k8s-node1' }));
    c.api.create(pod('patient', [{ name: 'c', image: 'nginx' }], { nodeName: 'k8s-node1', tolerations: [{ key: 'maint', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }] }));
    c.advance(30_000);
    const n = structuredClone(c.api.get('nodes', undefined, 'k8s-node1'));
    n.spec.taints = [{ key: 'maint', value: 'now', effect: 'NoExecute' }];
    c.api.update(n);
    c.advance(5_000);
    expect(c.api.tryGet('pods', 'default', 'plain')).toBeUndefined();
    expect(c.api.tryGet('pods', 'default', 'patient')).toBeTruthy();
    c.advance(60_000);
    expect(c.api.tryGet('pods', 'default', 'patient')).toBeUndefined();
    // the kube-proxy pod tolerates everything
    expect(c.api.list('pods', 'kube-system').some((p) => p.spec.nodeName === 'k8s-node1' && p.metadata.name!.startsWith('kube-proxy'))).toBe(true);
  });
});

describe('scheduler ports and retries', () => {
  it('keeps a second pod wanting the same hostPort off a node', () => {
    const c = testCluster({ nodes: [{ name: 'solo', controlPlane: false, cpu: '4', memory: '8Gi', maxPods: 110 }], systemPods: false });
    c.api.create(pod('a', [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }]));
    c.api.create(pod('b', [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80, hostPort: 8080 }] }]));
    c.runUntilIdle();
    const msg = c.api.get('pods', 'default', 'b').status.conditions.find((x: { type: string }) => x.type === 'PodScheduled').message;
    expect(msg).toBe(
      "0/1 nodes are available: 1 node(s) didn't have free ports for the requested pod ports. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.",
    );
    // unschedulable pods are retried every five minutes: the event count grows
    c.advance(11 * 60_000);
    const ev = c.api.list('events', 'default').find((e) => e.involvedObject.name === 'b' && e.reason === 'FailedScheduling');
    expect(ev!.count).toBe(3);
    c.api.delete('pods', 'default', 'a');
    c.advance(40_000);
    expect(c.api.get('pods', 'default', 'b').spec.nodeName).toBe('solo');
    expect(eventsFor(c, 'b')).toContain('Normal Scheduled Successfully assigned default/b to solo');
  });
});

describe('exec probes', () => {
  it('fails with the command output and passes once the file exists', () => {
    const c = testCluster();
    c.api.create(pod('ex', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], readinessProbe: { exec: { command: ['cat', '/tmp/ready'] }, periodSeconds: 2 } }]));
    c.advance(20_000);
    expect(eventsFor(c, 'ex')).toContain("Warning Unhealthy Readiness probe failed: cat: can't open '/tmp/ready': No such file or directory");
    expect(c.api.get('pods', 'default', 'ex').status.containerStatuses[0].ready).toBe(false);
    const k = c.services.kubelet as { find(ns: string, n: string): { containers: { fs?: { write(p: string, t: string): boolean } }[] } } & { fsOf(rt: unknown, c: unknown): { write(p: string, t: string): boolean } };
    const rt = k.find('default', 'ex');
    k.fsOf(rt, rt.containers[0]).write('/tmp/ready', 'ok');
    c.advance(5_000);
    expect(c.api.get('pods', 'default', 'ex').status.containerStatuses[0].ready).toBe(true);
  });
});

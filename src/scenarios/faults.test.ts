import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('failure injection from the prompt', { timeout: 60_000 }, () => {
  const t = transcriptOf('faults.sh', 1);

  it('takes a stopped node NotReady, taints it unreachable and moves its pods after tolerationSeconds', () => {
    expect(outputOf(t, 'node stop k8s-node1')).toBe('node "k8s-node1" stopped\n');
    expect(outputOf(t, 'kubectl get nodes')).toMatch(/^k8s-node1 +NotReady /m);
    expect(outputOf(t, "kubectl get node k8s-node1 -o jsonpath='{.spec.taints[*].key}'")).toBe('node.kubernetes.io/unreachable node.kubernetes.io/unreachable\n');
    const running = outputOf(t, 'kubectl get pods -l app=kubia -o wide --field-selector=status.phase=Running').trim().split('\n').slice(1);
    expect(running.filter((l) => / k8s-node2 /.test(l)).length).toBeGreaterThanOrEqual(3);
  });

  it('brings a started node back to Ready', () => {
    expect(outputOf(t, 'node start k8s-node1')).toBe('node "k8s-node1" started\n');
    expect(outputOf(t, 'kubectl get node k8s-node1')).toMatch(/^k8s-node1 +Ready /m);
  });

  it('restarts a killed container with exit code 137 and an empty writable layer', () => {
    expect(outputOf(t, 'container kill box')).toBe('container "box" in pod "box" killed\n');
    expect(outputOf(t, "kubectl get pod box -o jsonpath='{.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].lastState.terminated.exitCode}'")).toBe('1 137\n');
    expect(outputOf(t, 'kubectl exec box -- ls /tmp')).toBe('');
  });

  it('answers bad use with its usage and unknown pods with a clear message', () => {
    expect(outputOf(t, 'node reboot k8s-node1')).toBe('usage: node stop|start|fill-memory|free-memory NODE\n');
    expect(outputOf(t, 'container kill nope')).toBe('container: pod "nope" is not running on any node in namespace "default"\n');
  });

  it('restarts a container whose liveness probe was broken, with the kubelet Unhealthy event', () => {
    expect(outputOf(t, 'container break-probes live')).toBe('probes of container "kubia" in pod "live" now fail\n');
    expect(Number(outputOf(t, "kubectl get pod live -o jsonpath='{.status.containerStatuses[0].restartCount}'"))).toBeGreaterThanOrEqual(1);
    expect(outputOf(t, "kubectl get events --field-selector involvedObject.name=live,reason=Unhealthy -o jsonpath='{.items[0].message}'")).toBe('Liveness probe failed: HTTP probe failed with statuscode: 500\n');
  });
});

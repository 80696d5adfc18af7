import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('node memory pressure and kubelet eviction', { timeout: 60_000 }, () => {
  const t = transcriptOf('eviction.sh', 1);
  const cond = `kubectl get node k8s-node1 -o jsonpath='{.status.conditions[?(@.type=="MemoryPressure")].status}`;

  it('reports MemoryPressure and taints the node while memory.available is under 100Mi', () => {
    expect(outputOf(t, `${cond} {.status.conditions[?(@.type=="MemoryPressure")].reason} {.spec.taints[*].key}'`)).toBe('True KubeletHasInsufficientMemory node.kubernetes.io/memory-pressure\n');
  });

  it('evicts the BestEffort pod using most beyond its request, not the Guaranteed one, with the kubelet message', () => {
    const pods = outputOf(t, 'kubectl get pods');
    expect(pods).toMatch(/^guaranteed +1\/1 +Running/m);
    expect(pods).toMatch(/^hog +0\/1 +Error/m);
    expect(outputOf(t, "kubectl get pod hog -o jsonpath='{.status.phase} {.status.reason}: {.status.message}'")).toBe(
      'Failed Evicted: The node was low on resource: memory. Threshold quantity: 100Mi, available: 50Mi. Container hog was using 151Mi, request is 0, has larger consumption of memory. \n',
    );
    expect(outputOf(t, `kubectl get pod hog -o jsonpath='{.status.conditions[?(@.type=="DisruptionTarget")].reason}'`)).toBe('TerminationByKubelet\n');
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=hog')).toMatch(/Warning +Evicted\nNormal +Killing\n$/);
  });

  it('keeps new pods off the tainted node', () => {
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=late,reason=FailedScheduling')).toContain('1 node(s) had untolerated taint {node.kubernetes.io/memory-pressure: }');
  });

  it('refuses a BestEffort pod sent straight to the node under pressure, as the eviction admission handler does', () => {
    expect(outputOf(t, "kubectl get pod direct -o jsonpath='{.status.phase} {.status.reason}: {.status.message}'")).toBe('Failed Evicted: Pod was rejected: The node had condition: [MemoryPressure]. \n');
  });

  it('lifts the condition and the taint only after the 5-minute pressure transition period', () => {
    expect(outputOf(t, `${cond}'`)).toBe('True\n');
    expect(outputOf(t, `${cond} {.status.conditions[?(@.type=="MemoryPressure")].reason} [{.spec.taints}]'`)).toBe('False KubeletHasSufficientMemory []\n');
    expect(outputOf(t, 'kubectl get pod late -o wide')).toMatch(/^late +1\/1 +Running .* k8s-node1 /m);
  });

  it('says what is wrong with a fault command', () => {
    expect(outputOf(t, 'node fill-memory nope')).toBe('node: node "nope" not found\n');
    expect(outputOf(t, 'node fill-memory\n')).toBe('usage: node stop|start|fill-memory|free-memory NODE\n');
  });
});

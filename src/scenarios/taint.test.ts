import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('taint: kubectl taint drives the scheduler and the taint eviction', { timeout: 60_000 }, () => {
  const t = transcriptOf('taint.sh', 1);

  it('adds, overwrites and removes taints with kubectl v1.34 messages', () => {
    expect(outputOf(t, 'kubectl taint nodes k8s-node1 dedicated=gpu:NoSchedule')).toBe(
      'node/k8s-node1 tainted\n',
    );
    expect(t).toContain('$ kubectl taint nodes k8s-node1 dedicated=gpu:NoSchedule\nerror: node k8s-node1 already has dedicated taint(s) with same effect(s) and --overwrite is false\n');
    expect(outputOf(t, 'kubectl taint nodes k8s-node1 dedicated=cpu:NoSchedule --overwrite')).toBe('node/k8s-node1 modified\n');
    expect(outputOf(t, 'kubectl taint nodes k8s-node1 a=b:Bad')).toBe("error: invalid taint effect: Bad, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n");
    expect(outputOf(t, 'kubectl taint pods x')).toBe('error: invalid resource type pods, only node types are supported\n');
    expect(outputOf(t, "kubectl get node k8s-node1 -o jsonpath='{.spec.taints}'")).toBe('[{"effect":"NoSchedule","key":"dedicated","value":"cpu"}]\n');
    expect(t).toContain('$ kubectl taint nodes k8s-node1 dedicated:NoSchedule-\nnode/k8s-node1 untainted\n$ kubectl taint nodes k8s-node1 dedicated:NoSchedule-\nerror: taint "dedicated:NoSchedule" not found\n');
  });

  it('keeps new pods off a NoSchedule node and evicts intolerant pods from a NoExecute one', () => {
    const before = outputOf(t, 'kubectl get pods -o wide --no-headers');
    expect(before.trim().split('\n').every((l) => l.includes('k8s-node2'))).toBe(true);
    const after = t.split('$ kubectl get pods -o wide --no-headers\n')[2].split('$ ')[0];
    const web = after.split('\n').filter((l) => l.startsWith('web-'));
    expect(web).toHaveLength(4);
    for (const l of web) expect(l).toContain('k8s-node1');
    expect(after).toMatch(/^tolerant\s+1\/1\s+Running/m);
    expect(outputOf(t, 'kubectl get pod tolerant')).toBe('Error from server (NotFound): pods "tolerant" not found\n');
  });
});

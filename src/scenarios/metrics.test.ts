import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('kubectl top and the metrics pipeline', { timeout: 60_000 }, () => {
  const t = transcriptOf('metrics.sh', 1);

  it('has no Metrics API until a metrics-server is ready', () => {
    expect(outputOf(t, 'kubectl top node')).toBe('error: Metrics API not available\n');
    expect(outputOf(t, 'kubectl top pod')).toBe('error: Metrics API not available\n');
  });

  it('prints nodes against allocatable with kubectl v1.34 columns, padded to the last tab', () => {
    const nodes = t.split('$ kubectl top node\n')[2];
    expect(nodes.split('\n')[0]).toBe('NAME         CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)   ');
    expect(nodes).toMatch(/^k8s-master +\d+m +\d+% +\d+Mi +\d+% +$/m);
  });

  it('caps a busy loop at its CPU limit and lets an unlimited stress use its cores', () => {
    const pods = t.split('$ kubectl top pod\n')[2].split('$ ')[0];
    expect(pods).toMatch(/^spin +200m +1Mi +$/m);
    expect(pods).toMatch(/^stress +2000m +151Mi +$/m);
    expect(outputOf(t, 'kubectl top pod stress --containers')).toBe('POD      NAME     CPU(cores)   MEMORY(bytes)   \nstress   stress   2000m        151Mi           \n');
  });

  it('OOM-kills a container allocating past its memory limit and restarts it with back-off', () => {
    expect(outputOf(t, 'kubectl top pod oom')).toBe('Error from server (NotFound): podmetrics.metrics.k8s.io "default/oom" not found\n');
    expect(outputOf(t, 'kubectl get pod oom')).toMatch(/^oom {4}0\/1 {5}CrashLoopBackOff {3}\d+ \(\d+s ago\)/m);
    expect(outputOf(t, "kubectl get pod oom -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}'")).toBe('OOMKilled 137\n');
  });

  it('sorts, filters and validates as kubectl does', () => {
    const sys = outputOf(t, 'kubectl top pod -n kube-system --sort-by=memory').split('\n');
    expect(sys[1]).toMatch(/^kube-apiserver-k8s-master/);
    expect(outputOf(t, 'kubectl top pod -l app=none')).toBe('No resources found in default namespace.\n');
    expect(outputOf(t, 'kubectl top pod --sort-by=disk')).toBe('error: --sort-by accepts only cpu or memory\n');
  });

  it('shows a node whose kubelet cannot be scraped as <unknown>', () => {
    expect(t.split('$ kubectl top node\n')[3]).toMatch(/^k8s-node2 +<unknown> +<unknown> +<unknown> +<unknown> +$/m);
  });
});

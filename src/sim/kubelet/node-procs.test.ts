import { describe, expect, it } from 'vitest';
import { execInContainer } from './exec';
import { pod, testCluster } from './test-util';

function ps(hostPID: boolean) {
  const c = testCluster();
  c.api.create(pod('p', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }], { nodeName: 'k8s-node1', ...(hostPID ? { hostPID: true } : {}) }));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return execInContainer(c, 'default', 'p', undefined, ['ps']).out.split('\n').filter(Boolean);
}

describe('ps and the PID namespace', () => {
  it('shows the container command as PID 1 in its own PID namespace', () => {
    const lines = ps(false);
    expect(lines[1]).toMatch(/^ {4}1 root {6}0:00 sleep 3600$/);
    expect(lines).toHaveLength(3);
  });

  it('shows the node init as PID 1 and the other pods of the node with hostPID', () => {
    const lines = ps(true);
    expect(lines[1]).toMatch(/^ {4}1 root {6}0:00 \/sbin\/init$/);
    expect(lines.some((l) => l.includes('/usr/bin/kubelet'))).toBe(true);
    expect(lines.some((l) => l.includes('kube-proxy --config'))).toBe(true);
    expect(lines.some((l) => / sleep 3600$/.test(l) && !/^ +1 /.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/ ps$/);
  });
});

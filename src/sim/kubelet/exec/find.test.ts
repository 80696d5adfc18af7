import { describe, expect, it } from 'vitest';
import { execInContainer } from '../exec';
import { pod, testCluster } from '../test-util';

function shell(image: string, script: string) {
  const c = testCluster();
  c.api.create(pod('p', [{ name: 'c', image, command: ['sleep', '3600'] }], { nodeName: 'k8s-node1' }));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return execInContainer(c, 'default', 'p', undefined, ['sh', '-c', script]);
}

describe('find', () => {
  it('walks parents before children, filtering by depth, type and name', () => {
    const r = shell('busybox', 'mkdir -p /s/a && touch /s/x.log /s/a/y.log /s/.h && find /s && find /s -mindepth 1 -maxdepth 1 -type f -name "*.log"');
    expect(r.out).toBe('/s\n/s/.h\n/s/a\n/s/a/y.log\n/s/x.log\n/s/x.log\n');
  });

  it("empties a directory with the recycler's `find /scrub -mindepth 1 -delete`", () => {
    const r = shell('busybox', 'mkdir -p /scrub/a/b && touch /scrub/.h /scrub/a/f && test -e /scrub && find /scrub -mindepth 1 -delete && test -z "$(ls -A /scrub)" && echo clean');
    expect(r.out).toBe('clean\n');
  });

  it('says which start does not exist, as each flavour words it', () => {
    expect(shell('busybox', 'find /nope').out).toBe('find: /nope: No such file or directory\n');
    expect(shell('luksa/kubia', 'find /nope').out).toBe("find: '/nope': No such file or directory\n");
  });
});

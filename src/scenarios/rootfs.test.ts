import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe("a container's layered root file system", { timeout: 60_000 }, () => {
  const t = transcriptOf('rootfs.sh', 1);
  const blocks = t.split('$ container layers box\n').slice(1).map((b) => b.split('$ ')[0]);

  it('stacks the writable layer, the volumes, the kubelet init files and the read-only image', () => {
    expect(blocks[0]).toMatch(/^writable layer \(lost when the container restarts; restarts so far: 0\):\n {2}\(nothing written yet\)\nvolumes \(kept across restarts\):\n {2}\/data {2}volume data\n/);
    expect(blocks[0]).toContain('init layer (written by the kubelet):\n  /etc/hosts\n  /etc/hostname\n  /etc/resolv.conf\nimage layers (read-only): docker.io/library/busybox:latest\n');
  });

  it('shows a write in the writable layer, and loses it when the container restarts while the volume keeps its file', () => {
    expect(blocks[1]).toContain('  /tmp/note  6 bytes\n');
    expect(blocks[2]).toContain('restarts so far: 1):\n  (nothing written yet)\n');
    expect(outputOf(t, 'kubectl exec box -- ls /tmp /data')).toBe('/data:\nkeep\n\n/tmp:\n');
  });

  it('gives the canvas JSON, and clear errors', () => {
    expect(JSON.parse(outputOf(t, 'container layers box --json'))).toMatchObject({ init: ['/etc/hosts', '/etc/hostname', '/etc/resolv.conf'], writable: [], restarts: 1 });
    expect(outputOf(t, 'container layers nope')).toBe('container: pod "nope" is not running on any node in namespace "default"\n');
    expect(outputOf(t, 'container kill box --json')).toBe('usage: container kill|break-probes|fix-probes|layers POD [-c CONTAINER] [-n NAMESPACE]\n');
  });
});

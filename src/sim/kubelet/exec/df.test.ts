import { describe, expect, it } from 'vitest';
import { execInContainer, pod, testCluster } from '../test-util';
import { busyboxHuman, gnuHuman } from './df';

function running(spec: Parameters<typeof pod>[1], extra: Record<string, unknown> = {}) {
  const c = testCluster();
  c.api.create(pod('p', spec, extra));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return (argv: string[], container?: string) => execInContainer(c, 'default', 'p', container, argv);
}

const volumes = {
  volumes: [
    { name: 'mem', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } },
    { name: 'scratch', emptyDir: {} },
    { name: 'host', hostPath: { path: '/data' } },
  ],
};
const mounts = [
  { name: 'mem', mountPath: '/mem' },
  { name: 'scratch', mountPath: '/usr/share/scratch' },
  { name: 'host', mountPath: '/host' },
];

describe('df', () => {
  // sizes in 1K blocks and what busybox 1.35 and coreutils 9.1 `df -h` print for them (tmpfs mounts of these sizes)
  it.each([
    [0, '0', '0'],
    [4, '4.0K', '4.0K'],
    [700, '700.0K', '700K'],
    [1020, '1020.0K', '1020K'],
    [1500, '1.5M', '1.5M'],
    [5000, '4.9M', '4.9M'],
    [10200, '10.0M', '10M'],
    [65536, '64.0M', '64M'],
    [97396, '95.1M', '96M'],
    [102396, '100.0M', '100M'],
    [1047552, '1023.0M', '1023M'],
    [1048000, '1023.4M', '1.0G'],
    [8388608, '8.0G', '8.0G'],
    [20466256, '19.5G', '20G'],
  ])('shows %i KiB as busybox %s and coreutils %s', (kib, bb, gnu) => {
    expect(busyboxHuman(kib)).toBe(bb);
    expect(gnuHuman(kib)).toBe(gnu);
  });

  it('lists each mount as busybox does: the overlay root, the kubelet and containerd files, shm, the volumes by depth', () => {
    const x = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'], resources: { limits: { memory: '256Mi' } }, volumeMounts: mounts }], volumes);
    const out = x(['df']).out;
    expect(out.split('\n').map((l) => l.split(/ +/).pop())).toEqual([
      'on', '/', '/dev', '/mem', '/host', '/etc/hosts', '/dev/termination-log', '/etc/hostname', '/etc/resolv.conf', '/dev/shm', '/usr/share/scratch', '/var/run/secrets/kubernetes.io/serviceaccount', '',
    ]);
    expect(out).toContain('\ntmpfs                    65536         0     65536   0% /mem\n');
    expect(out).toContain('\n/dev/sda1             20466256   5482152  13960792  28% /etc/hosts\n');
    expect(out).toContain('\nshm                      65536         0     65536   0% /dev/shm\n');
    // every container declares a memory limit: the token's tmpfs is the pod's limit; its three files take a page each
    expect(out).toContain('\ntmpfs                   262144        12    262132   0% /var/run/secrets/kubernetes.io/serviceaccount\n');
    expect(x(['df', '-h', '/']).out).toBe('Filesystem                Size      Used Available Use% Mounted on\noverlay                  19.5G      5.2G     13.3G  28% /\n');
  });

  it('prints for a path the first mount of its device (busybox), and fails a missing one', () => {
    const x = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'], volumeMounts: mounts }], volumes);
    expect(x(['df', '/etc/resolv.conf', '/tmp']).out).toBe(
      'Filesystem           1K-blocks      Used Available Use% Mounted on\n/dev/sda1             20466256   5482152  13960792  28% /host\noverlay               20466256   5482152  13960792  28% /\n',
    );
    expect(x(['df', '/nope'])).toEqual({ out: "df: /nope: can't find mount point\nFilesystem           1K-blocks      Used Available Use% Mounted on\n", code: 1 });
  });

  it('counts what is written: a tmpfs by its pages, the node disk for the root and hostPaths', () => {
    const x = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'], volumeMounts: mounts }], volumes);
    const used = () => x(['df', '/mem', '/host', '/']).out.split('\n').slice(1, 4).map((l) => Number(l.split(/ +/)[2]));
    const before = used();
    x(['dd', 'if=/dev/zero', 'of=/mem/x', 'bs=1M', 'count=3']);
    // two small files: a page each on the node's disk, whether through the hostPath or the writable layer
    x(['sh', '-c', 'echo hi > /host/f; echo hello > /tmp/y']);
    expect(used().map((u, i) => u - before[i])).toEqual([3072, 8, 8]);
    expect(x(['df', '/mem']).out).toContain('\ntmpfs                    65536      3072     62464   5% /mem\n');
  });

  it('aligns a coreutils table, shows each device once and the mount holding a path', () => {
    const x = running([{ name: 'web', image: 'nginx', volumeMounts: [...mounts, { name: 'scratch', mountPath: '/usr/share/nginx/html' }] }], volumes);
    expect(x(['df']).out).toBe(
      'Filesystem     1K-blocks    Used Available Use% Mounted on\n' +
        'overlay         20466256 5482152  13960792  29% /\n' +
        'tmpfs              65536       0     65536   0% /dev\n' +
        'tmpfs              65536       0     65536   0% /mem\n' +
        '/dev/sda1       20466256 5482152  13960792  29% /host\n' +
        'shm                65536       0     65536   0% /dev/shm\n' +
        // without memory limits the token's tmpfs is as large as the node's allocatable memory
        'tmpfs            8388608      12   8388596   1% /var/run/secrets/kubernetes.io/serviceaccount\n',
    );
    expect(x(['df', '-h', '/etc/resolv.conf', '/usr/share/nginx/html/x', '/nope'])).toEqual({
      out: 'df: /usr/share/nginx/html/x: No such file or directory\ndf: /nope: No such file or directory\nFilesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        20G  5.3G   14G  29% /etc/resolv.conf\n',
      code: 1,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { execInContainer } from '../exec';
import { pod, testCluster } from '../test-util';

function running(image: string, volume = false) {
  const c = testCluster();
  const mounts = volume ? { volumeMounts: [{ name: 'v', mountPath: '/data' }] } : {};
  c.api.create(pod('p', [{ name: 'c', image, ...mounts, ...(image === 'busybox' ? { command: ['sleep', '3600'] } : {}) }], volume ? { volumes: [{ name: 'v', emptyDir: {} }] } : {}));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  let n = 0;
  // each script starts in a fresh directory holding a file `f`, an empty directory `e` and a directory `n` with a file in it
  return (script: string) => {
    const dir = `/tmp/w${++n}`;
    const r = execInContainer(c, 'default', 'p', undefined, ['sh', '-c', `mkdir ${dir}; cd ${dir}; touch f; mkdir e n; touch n/x; ${script}`]);
    return [r.out, r.code];
  };
}

// expected texts as busybox 1.35 and coreutils 9.1 print them for the same commands
describe('rmdir', () => {
  it('busybox: removes empty directories only, naming each failure', () => {
    const x = running('busybox');
    expect(x('rmdir e; ls')).toEqual(['f\nn\n', 0]);
    expect(x('rmdir n')).toEqual(["rmdir: 'n': Directory not empty\n", 1]);
    expect(x('rmdir nope f e; echo $?; ls')).toEqual(["rmdir: 'nope': No such file or directory\nrmdir: 'f': Not a directory\n1\nf\nn\n", 0]);
    expect(x('rmdir . ..')).toEqual(["rmdir: '.': Invalid argument\nrmdir: '..': Directory not empty\n", 1]);
    expect(x('rmdir /proc')).toEqual(["rmdir: '/proc': Device or resource busy\n", 1]);
    expect(x('rmdir --ignore-fail-on-non-empty n e; ls')).toEqual(['f\nn\n', 0]);
    expect(x('rmdir')).toEqual([expect.stringContaining('Usage: rmdir [-p] DIRECTORY...\n\nRemove DIRECTORY if it is empty\n'), 1]);
    expect(x('rmdir -x e')).toEqual([expect.stringMatching(/^rmdir: invalid option -- 'x'\nBusyBox v/), 1]);
  });

  it('busybox: -p removes the parents up to the first that is not empty, -v says each', () => {
    const x = running('busybox');
    expect(x('mkdir -p a/b/c; rmdir -p a/b/c/; ls')).toEqual(['e\nf\nn\n', 0]);
    expect(x('mkdir -p n/b; rmdir -p n/b; echo $?; ls n')).toEqual(["rmdir: 'n': Directory not empty\n1\nx\n", 0]);
    expect(x('mkdir -p q/w; rmdir -v -p q/w')).toEqual(["rmdir: removing directory, 'q/w'\nrmdir: removing directory, 'q'\n", 0]);
    // an absolute path climbs to the root, which is never removed
    expect(x('mkdir -p /zz/y; rmdir -p /zz/y; ls -d /zz')).toEqual(["rmdir: '/': Device or resource busy\nls: /zz: No such file or directory\n", 1]);
  });

  it('coreutils: its own words, and a parent named as a directory', () => {
    const x = running('nginx');
    expect(x('rmdir e; ls')).toEqual(['f\nn\n', 0]);
    expect(x('rmdir n nope f')).toEqual(["rmdir: failed to remove 'n': Directory not empty\nrmdir: failed to remove 'nope': No such file or directory\nrmdir: failed to remove 'f': Not a directory\n", 1]);
    expect(x('rmdir .')).toEqual(["rmdir: failed to remove '.': Invalid argument\n", 1]);
    expect(x('mkdir -p n/b; rmdir -p n/b')).toEqual(["rmdir: failed to remove directory 'n': Directory not empty\n", 1]);
    expect(x('rmdir')).toEqual(["rmdir: missing operand\nTry 'rmdir --help' for more information.\n", 1]);
    expect(x('rmdir --foo e')).toEqual(["rmdir: unrecognized option '--foo'\nTry 'rmdir --help' for more information.\n", 1]);
  });

  it('a mount point is busy, and counts as an entry of the directory holding it', () => {
    const x = running('busybox', true);
    expect(x('rmdir /data')).toEqual(["rmdir: '/data': Device or resource busy\n", 1]);
  });
});

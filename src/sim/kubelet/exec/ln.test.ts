import { describe, expect, it } from 'vitest';
import { execInContainer } from '../exec';
import { pod, testCluster } from '../test-util';

function running(image: string) {
  const c = testCluster();
  c.api.create(pod('p', [{ name: 'c', image, ...(image === 'busybox' ? { command: ['sleep', '3600'] } : {}) }]));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  let n = 0;
  // each script starts in a fresh directory holding a file `a` and a directory `d`
  return (script: string) => {
    const dir = `/tmp/w${++n}`;
    const r = execInContainer(c, 'default', 'p', undefined, ['sh', '-c', `mkdir ${dir}; cd ${dir}; echo hi > a; mkdir d; ${script}`]);
    return [r.out, r.code];
  };
}

// expected texts as busybox 1.35 and coreutils 9.1 print them for the same commands
describe('ln', () => {
  it('busybox: a symlink may dangle, a hard link shares the file, errors name the destination', () => {
    const x = running('busybox');
    expect(x('ln -s a b; ln -s nowhere n; readlink b; readlink n; cat b')).toEqual(['a\nnowhere\nhi\n', 0]);
    expect(x('ln a c; echo more >> c; cat a')).toEqual(['hi\nmore\n', 0]);
    expect(x('ln -s a b; ln -s a b')).toEqual(['ln: b: File exists\n', 1]);
    expect(x('ln x y')).toEqual(['ln: x: No such file or directory\n', 1]);
    expect(x('ln d e')).toEqual(['ln: e: Operation not permitted\n', 1]);
    expect(x('ln -v a d; cat d/a')).toEqual(["'d/a' -> 'a'\nhi\n", 0]);
    expect(x('ln -s a b; ln -sf /etc/hostname b; readlink b')).toEqual(['/etc/hostname\n', 0]);
    expect(x('ln')).toEqual([expect.stringContaining('Usage: ln [-sfnbtv] [-S SUF] TARGET... LINK|DIR\n'), 1]);
  });

  it('ls -l counts the names a file has: each hard link adds one, removing a name takes one away', () => {
    const x = running('busybox');
    const count = (script: string) => String(x(script)[0]).split('\n').filter(Boolean).map((l) => l.split(/ +/)[1]);
    expect(count('ln a b; ln a c; ls -l a b c')).toEqual(['3', '3', '3']);
    expect(count('ln a b; rm b; ls -l a')).toEqual(['1']);
    expect(count('ln a d/b; rm -r d; ls -l a')).toEqual(['1']);
    expect(count('ln -s a s; ls -l a')).toEqual(['1']);
  });

  it('coreutils: its own messages, one operand links into the working directory', () => {
    const x = running('nginx');
    expect(x('ln -s a b; ln -s a b')).toEqual(["ln: failed to create symbolic link 'b': File exists\n", 1]);
    expect(x('ln a b; ln a b')).toEqual(["ln: failed to create hard link 'b': File exists\n", 1]);
    expect(x('ln x y')).toEqual(["ln: failed to access 'x': No such file or directory\n", 1]);
    expect(x('ln d e')).toEqual(['ln: d: hard link not allowed for directory\n', 1]);
    expect(x('ln -s a')).toEqual(["ln: failed to create symbolic link './a': File exists\n", 1]);
    expect(x('ln a b zz')).toEqual(["ln: target 'zz': No such file or directory\n", 1]);
    expect(x('ln -v a d; ln -sv a s')).toEqual(["'d/a' => 'a'\n's' -> 'a'\n", 0]);
    expect(x('ln')).toEqual(["ln: missing file operand\nTry 'ln --help' for more information.\n", 1]);
  });

  it('refuses a hard link across filesystems and any link on a read-only one', () => {
    const c = testCluster();
    c.api.create(pod('p', [{ name: 'c', image: 'nginx', securityContext: { readOnlyRootFilesystem: true }, volumeMounts: [{ name: 'v', mountPath: '/data' }] }], { volumes: [{ name: 'v', emptyDir: {} }] }));
    c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.[0]?.state?.running, 60_000, 200);
    const r = execInContainer(c, 'default', 'p', undefined, ['sh', '-c', 'echo hi > /data/a; ln /data/a /tmp/b; ln -s /data/a /tmp/b; ln -s a /data/b && cat /data/b']);
    expect([r.out, r.code]).toEqual(["ln: failed to create hard link '/tmp/b': Read-only file system\nln: failed to create symbolic link '/tmp/b': Read-only file system\nhi\n", 0]);
  });
});

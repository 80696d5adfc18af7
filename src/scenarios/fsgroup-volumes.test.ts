import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('fsGroup on volumes (fsgroup-volumes.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('fsgroup-volumes.sh', 1);

  it('runs the container with the fsGroup and supplemental groups', () => {
    expect(outputOf(t, 'kubectl exec fsg -- id')).toBe('uid=1000 gid=3000 groups=2000,3000,4000\n');
  });

  it('gives a configMap volume to the group: set-group-ID directories, re-grouped symlinks, files with group read', () => {
    const top = outputOf(t, 'kubectl exec fsg -- ls -la /etc/cfg');
    expect(top).toMatch(/^total 12\ndrwxrwsrwx +3 root +2000 .* \.\n/);
    expect(top).toMatch(/\ndrwxr-sr-x +2 root +2000 .* \.\.2026_01_01_08_00_00\.000314159\n/);
    expect(top).toMatch(/\nlrwxrwxrwx +1 root +2000 .* a -> \.\.data\/a\n/);
    expect(outputOf(t, 'kubectl exec fsg -- ls -la /etc/cfg/..data/')).toMatch(/\n-rw-r--r-- +1 root +2000 +1 .* a\n/);
  });

  it('adds group read to a 0400 defaultMode (roMask 0440)', () => {
    expect(outputOf(t, 'kubectl exec fsg -- ls -laL /etc/ro')).toMatch(/\n-r--r----- +1 root +2000 +1 .* a\n/);
  });

  it('keeps the sticky bit of a secret volume on tmpfs', () => {
    expect(outputOf(t, 'kubectl exec fsg -- ls -la /etc/sec')).toMatch(/^total 12\ndrwxrwsrwt +3 root +2000 /);
  });

  it('makes new files and directories in an emptyDir join the group', () => {
    expect(outputOf(t, 'kubectl exec fsg -- ls -ld /cache')).toMatch(/^drwxrwsrwx +2 root +2000 /);
    const ls = outputOf(t, 'kubectl exec fsg -- sh -c "touch /cache/f; mkdir /cache/d; ls -l /cache"');
    expect(ls).toMatch(/^total 4\ndrwxr-sr-x +2 1000 +2000 .* d\n-rw-r--r-- +1 1000 +2000 +0 .* f\n$/);
  });

  it('walks a local PV read-write (rwMask 0660): its root joins the group with set-group-ID', () => {
    expect(outputOf(t, 'kubectl exec writer -- ls -ld /data')).toMatch(/^drwxrwsr-x +2 root +2000 .* \/data\n$/);
    expect(outputOf(t, 'kubectl exec writer -- sh -c "echo hi > /data/f; ls -l /data"')).toMatch(/^total 4\n-rw-r--r-- +1 1000 +2000 +3 .* f\n$/);
  });
});

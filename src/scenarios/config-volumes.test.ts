import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('ConfigMap, Secret, downwardAPI and projected volumes (config-volumes.sh)', { timeout: 60_000 }, () => {
  const t = transcriptOf('config-volumes.sh', 1);
  const after = t.split('$ sleep 90\n')[1];

  it('gives a configMap volume a 0777 disk directory, the tmpfs-backed ones a sticky 1777 root', () => {
    expect(outputOf(t, 'kubectl exec vols -- ls -la /cm')).toMatch(/^total 12\ndrwxrwxrwx {4}3 root .* \.\n/);
    expect(outputOf(t, 'kubectl exec vols -- ls -ld /sec /info /scratch')).toMatch(/^drwxrwxrwt .* \/info\ndrwxrwxrwt .* \/scratch\ndrwxrwxrwt .* \/sec\n$/);
    const mounts = outputOf(t, 'kubectl exec vols -- mount');
    expect(mounts).toContain('/dev/sda1 on /cm type ext4 (ro,relatime)\n');
    for (const m of ['all', 'info', 'sec']) expect(mounts).toContain(`tmpfs on /${m} type tmpfs (ro,relatime)\n`);
    expect(mounts).toContain('tmpfs on /scratch type tmpfs (rw,relatime)\n');
  });

  it('lays out an optional ConfigMap that is missing as an empty payload: a data directory and ..data, no keys', () => {
    expect(outputOf(t, 'kubectl exec vols -- ls -la /absent')).toMatch(/^total 12\ndrwxrwxrwx {4}3 root .* \.\ndrwxr-xr-x .* \.\.\ndrwxr-xr-x {4}2 root .* \.\.2026_[\d_.]+\nlrwxrwxrwx .* \.\.data -> \.\.2026_[\d_.]+\n$/);
  });

  it('writes labels and annotations as fieldpath.FormatMap does: sorted keys, Go-quoted values', () => {
    expect(outputOf(t, 'kubectl exec vols -- cat /info/labels')).toBe('app="demo"\nzone="b"\n');
    expect(outputOf(t, 'kubectl exec vols -- cat /info/annotations')).toBe('note="say \\"hi\\""\n');
    expect(outputOf(t, 'kubectl exec vols -- cat /all/cpu-millis')).toBe('500\n');
  });

  it('describes resourceFieldRef env vars with the value in divisor units, as kubectl v1.34.5 prints them', () => {
    const d = outputOf(t, 'kubectl describe pod vols');
    expect(d).toContain('      CPU_LIMIT:  1 (limits.cpu)\n      MEM_MB:     64 (requests.memory)\n');
  });

  it('swaps ..data to a new directory and removes the old one, while the subPath file keeps its first content', () => {
    const before = outputOf(t, 'kubectl exec vols -- ls -la /cm').match(/\.\.(\d{4}_[\d_.]+)\n/)![1];
    const now = outputOf(after, 'kubectl exec vols -- ls -la /cm');
    expect(now).not.toContain(before);
    expect(now.match(/^d.* \.\.\d{4}_/gm)).toHaveLength(1);
    expect(outputOf(after, 'kubectl exec vols -- cat /cm/a /all/a /pinned/a')).toBe('221\n');
  });

  it('evicts a pod once its emptyDir holds more than the sizeLimit, with the eviction manager\'s message', () => {
    expect(outputOf(t, 'kubectl exec limited -- dd if=/dev/zero of=/cache/small bs=512k count=1')).toBe('1+0 records in\n1+0 records out\n524288 bytes (512.0KB) copied, 0.000524 seconds, 953.7MB/s\n');
    expect(outputOf(t, 'kubectl get pod limited')).toMatch(/limited {3}1\/1 {5}Running/);
    expect(outputOf(t, 'kubectl get events --field-selector involvedObject.name=limited,reason=Evicted')).toContain('Warning   Evicted   pod/limited   Usage of EmptyDir volume "cache" exceeds the limit "1Mi".');
    expect(outputOf(t, "kubectl get pod limited -o jsonpath='{.status.phase} {.status.reason}: {.status.message}'")).toBe('Failed Evicted: Usage of EmptyDir volume "cache" exceeds the limit "1Mi". \n');
  });
});

import { describe, expect, it } from 'vitest';
import { execInContainer } from '../exec';
import { pod, testCluster } from '../test-util';
import { ContainerShell, openExecShell } from './session';

function running(image: string, command?: string[]) {
  const c = testCluster();
  c.api.create(pod('p', [{ name: 'c', image, ...(command ? { command } : {}) }], { nodeName: 'k8s-node1' }));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return c;
}

const ps = (image: string, ...args: string[]) => execInContainer(running(image, image === 'busybox' ? ['sleep', '3600'] : undefined), 'default', 'p', undefined, ['ps', ...args]).out;

describe('ps layouts per image', () => {
  it("prints procps 3.3's full format for -ef and -f on a debian-based image", () => {
    const full = 'UID        PID  PPID  C STIME TTY          TIME CMD\nroot         1     0  0 08:00 ?        00:00:00 node app.js\n';
    expect(ps('luksa/kubia', '-ef')).toMatch(new RegExp(`^${full.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}root         7     0  0 08:0\\d \\?        00:00:00 ps -ef\n$`));
    expect(ps('luksa/kubia', '-f').split('\n')[0]).toBe('UID        PID  PPID  C STIME TTY          TIME CMD');
  });

  it('keeps the other procps layouts apart: -e is the default format with every process, aux the BSD user format', () => {
    expect(ps('luksa/kubia', '-e').split('\n').slice(0, 2)).toEqual(['  PID TTY          TIME CMD', '    1 ?        00:00:00 node']);
    expect(ps('luksa/kubia', 'aux').split('\n')[0]).toBe('USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
  });

  it('ignores -e and -f in busybox, which prints PID USER TIME COMMAND', () => {
    expect(ps('busybox', '-ef')).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 ps -ef\n');
  });

  it('shows ps typed into `kubectl exec -it … bash` as a child of that shell, on its terminal', () => {
    const c = running('luksa/kubia');
    const shell = openExecShell(c.ctx, 'default', 'p', undefined, ['bash'], true) as ContainerShell;
    const lines = shell.input('ps -ef').out.split('\n');
    expect(lines[2]).toMatch(/^root {9}7 {5}0 {2}0 \d\d:\d\d pts\/0 {4}00:00:00 bash$/);
    expect(lines[3]).toMatch(/^root {8}13 {5}7 {2}0 \d\d:\d\d pts\/0 {4}00:00:00 ps -ef$/);
  });

  it('gives the node processes their parents with hostPID (containers under their shim)', () => {
    const c = testCluster();
    c.api.create(pod('p', [{ name: 'c', image: 'luksa/kubia' }], { nodeName: 'k8s-node1', hostPID: true }));
    c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
    const lines = execInContainer(c, 'default', 'p', undefined, ['ps', '-ef']).out.split('\n');
    expect(lines[1]).toMatch(/^root {9}1 {5}0 .* \/sbin\/init$/);
    const shims = lines.filter((l) => l.includes('containerd-shim')).map((l) => l.split(/\s+/)[1]);
    expect(shims).toContain(lines.find((l) => l.endsWith(' node app.js'))!.split(/\s+/)[2]);
  });
});

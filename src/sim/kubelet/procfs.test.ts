import { describe, expect, it } from 'vitest';
import { capMask } from './procfs';
import { KERNEL_CAPS } from './security';
import { pod, testCluster } from './test-util';
import { execInContainer } from './exec';
import { ContainerShell, openExecShell } from './exec/session';

function running(securityContext: Record<string, unknown>, podSecurity: Record<string, unknown> = {}) {
  const c = testCluster();
  c.api.create(pod('p', [{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext }], { securityContext: podSecurity }));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return (argv: string[]) => execInContainer(c, 'default', 'p', undefined, argv).out;
}

const caps = (inh: string, prm: string, eff: string, bnd: string) => `CapInh:\t${inh}\nCapPrm:\t${prm}\nCapEff:\t${eff}\nCapBnd:\t${bnd}\nCapAmb:\t0000000000000000\n`;
const NONE = '0000000000000000';
const DEFAULT = '00000000a80425fb';

describe('/proc/<pid>/status', () => {
  // the masks a runc container on a 6.8 kernel shows: containerd's default set, one bit, the whole kernel set
  it.each([
    [new Set<string>(), NONE],
    [new Set(['CHOWN', 'DAC_OVERRIDE', 'FSETID', 'FOWNER', 'MKNOD', 'NET_RAW', 'SETGID', 'SETUID', 'SETFCAP', 'SETPCAP', 'NET_BIND_SERVICE', 'SYS_CHROOT', 'KILL', 'AUDIT_WRITE']), DEFAULT],
    [new Set(['NET_BIND_SERVICE']), '0000000000000400'],
    [new Set(['SYS_ADMIN']), '0000000000200000'],
    [new Set(['SYSLOG']), '0000000400000000'],
    [new Set(KERNEL_CAPS), '000001ffffffffff'],
  ])('prints %o as %s', (set, mask) => {
    expect(capMask(set)).toBe(mask);
  });

  it('shows the runtime default for root, add and drop, everything when privileged', () => {
    expect(running({})(['sh', '-c', 'grep Cap /proc/1/status'])).toBe(caps(NONE, DEFAULT, DEFAULT, DEFAULT));
    // + SYS_TIME (bit 25), - CHOWN (bit 0)
    expect(running({ capabilities: { add: ['SYS_TIME'], drop: ['CHOWN'] } })(['grep', 'Cap', '/proc/1/status'])).toBe(caps(NONE, '00000000aa0425fa', '00000000aa0425fa', '00000000aa0425fa'));
    expect(running({ capabilities: { add: ['CAP_NET_ADMIN'] } })(['grep', 'CapEff', '/proc/1/status'])).toBe('CapEff:\t00000000a80435fb\n');
    expect(running({ privileged: true })(['grep', 'Cap', '/proc/1/status'])).toBe(caps(NONE, '000001ffffffffff', '000001ffffffffff', '000001ffffffffff'));
  });

  it('clears permitted and effective for a non-root user; no_new_privs and seccomp follow the security context', () => {
    const x = running({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } }, { runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } });
    const status = x(['cat', '/proc/1/status']);
    expect(status).toContain(caps(NONE, NONE, NONE, '0000000000000400'));
    expect(status).toContain('Uid:\t1000\t1000\t1000\t1000\nGid:\t0\t0\t0\t0\n');
    expect(status).toContain('NoNewPrivs:\t1\nSeccomp:\t2\nSeccomp_filters:\t1\n');
    expect(status.startsWith('Name:\tsleep\n')).toBe(true);
    expect(x(['cat', '/proc/1/cmdline'])).toBe('sleep\x003600\x00');
  });
});

describe('/proc/self', () => {
  const field = (status: string, name: string) => status.split('\n').find((l) => l.startsWith(`${name}:\t`))?.slice(name.length + 2);

  it('is the reading command: the PID ps lists for a command exec runs, started by the runtime', () => {
    const x = running({});
    expect(x(['ps'])).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 ps\n');
    const status = x(['cat', '/proc/self/status']);
    expect(status.startsWith('Name:\tcat\nUmask:\t0022\nState:\tR (running)\nTgid:\t7\nNgid:\t0\nPid:\t7\nPPid:\t0\nTracerPid:\t0\n')).toBe(true);
    expect(status).toContain('NStgid:\t7\nNSpid:\t7\n');
    expect(status).toContain(caps(NONE, DEFAULT, DEFAULT, DEFAULT));
    // busybox ls: procfs links have size 0
    expect(x(['ls', '-l', '/proc/self'])).toMatch(/^lrwxrwxrwx {4}1 root {5}root {13}0 \w{3} [ \d]\d \d\d:\d\d \/proc\/self -> 7\n$/);
    expect(x(['cat', '/proc/self/cgroup'])).toBe('0::/\n');
    expect(x(['readlink', '/proc/self'])).toBe('7\n');
    expect(x(['readlink', '-f', '/proc/self'])).toBe('/proc/7\n');
    expect(x(['cat', '/proc/self/cmdline'])).toBe('cat\0/proc/self/cmdline\0');
    expect(x(['ls', '/proc'])).toBe('1\n7\nself\n');
    // PID 1 is not the reader
    expect(field(x(['cat', '/proc/1/status']), 'State')).toBe('S (sleeping)');
  });

  it('carries the security context into the exec\'d process', () => {
    const x = running({ allowPrivilegeEscalation: false }, { runAsUser: 1000 });
    const status = x(['cat', '/proc/self/status']);
    expect(status).toContain('Uid:\t1000\t1000\t1000\t1000\n');
    expect(status).toContain(caps(NONE, NONE, NONE, DEFAULT));
    expect(field(status, 'NoNewPrivs')).toBe('1');
  });

  it('in `kubectl exec -it … bash` is the command typed (a child of the shell), or the shell itself for its own redirections', () => {
    const c = testCluster();
    c.api.create(pod('p', [{ name: 'c', image: 'luksa/kubia' }]));
    c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
    const shell = openExecShell(c, 'default', 'p', undefined, ['bash'], true) as ContainerShell;
    const ps = shell.input('ps -ef').out.split('\n');
    expect(ps[3]).toMatch(/^root {8}13 {5}7 .* ps -ef$/);
    const status = shell.input('cat /proc/self/status').out;
    expect([field(status, 'Name'), field(status, 'Pid'), field(status, 'PPid')]).toEqual(['cat', '13', '7']);
    expect(shell.input('readlink /proc/self').out).toBe('13\n');
    expect(shell.input('read l < /proc/self/status; echo "$l"').out).toBe('Name:\tbash\n');
    expect(shell.input('cat /proc/7/comm').out).toBe('bash\n');
  });
});

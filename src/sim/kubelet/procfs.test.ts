import { describe, expect, it } from 'vitest';
import { capMask } from './procfs';
import { KERNEL_CAPS } from './security';
import { pod, testCluster } from './test-util';
import { execInContainer } from './exec';

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

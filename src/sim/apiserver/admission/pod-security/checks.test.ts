import { describe, expect, it } from 'vitest';
import type { Json } from '../../../json';
import { evaluate } from './checks';

const only = (spec: Json, meta: Json = {}, level: 'baseline' | 'restricted' = 'baseline') => evaluate(level, spec, meta).map((v) => `${v.reason} (${v.detail})`);

// cases of pod-security-admission v0.34 policy/check_*_test.go, as reason (detail)
describe('Pod Security Standards checks', () => {
  it('appArmorProfile: fields of pod and containers, and the deprecated annotations', () => {
    expect(only({ securityContext: { appArmorProfile: { type: 'Unconfined' } }, containers: [{ name: 'a' }] })).toEqual(['forbidden AppArmor profile (pod must not set AppArmor profile type to "Unconfined")']);
    expect(only({ containers: [{ name: 'foo', securityContext: { appArmorProfile: { type: 'Unconfined' } } }, { name: 'ok', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }] })).toEqual([
      'forbidden AppArmor profile (container "foo" must not set AppArmor profile type to "Unconfined")',
    ]);
    const prefix = 'container.apparmor.security.beta.kubernetes.io/';
    const annotations = { [prefix]: 'bogus', [`${prefix}a`]: '', [`${prefix}b`]: 'runtime/default', [`${prefix}c`]: 'localhost/', [`${prefix}d`]: 'localhost/foo', [`${prefix}e`]: 'unconfined', [`${prefix}f`]: 'unknown' };
    expect(only({ containers: [{ name: 'a' }] }, { annotations })).toEqual([
      `forbidden AppArmor profiles (annotations must not set AppArmor profile type to "${prefix}="bogus"", "${prefix}e="unconfined"", "${prefix}f="unknown"")`,
    ]);
  });

  it('seLinuxOptions: types outside the container ones, and any user or role', () => {
    const c = (name: string, o: Json) => ({ name, securityContext: { seLinuxOptions: o } });
    const spec = {
      securityContext: { seLinuxOptions: { type: 'foo', user: 'bar', role: 'baz' } },
      containers: [c('a', { type: 'container_t' }), c('b', { type: 'container_init_t' }), c('c', { type: 'container_kvm_t' }), c('d', { type: 'container_engine_t' }), c('e', { type: 'bar' }), c('f', { user: 'bar' }), c('g', { role: 'baz' })],
    };
    expect(only(spec)).toEqual(['seLinuxOptions (pod and containers "e", "f", "g" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set)']);
    expect(only({ securityContext: { seLinuxOptions: { user: 'bar' } }, containers: [{ name: 'a' }] })).toEqual(['seLinuxOptions (pod set forbidden securityContext.seLinuxOptions: user may not be set)']);
  });

  it('hostProbesAndHostLifecycle (v1.34): probe and lifecycle handlers may not name a host', () => {
    const spec = { containers: [{ name: 'a', livenessProbe: { httpGet: { host: '127.0.0.1' } }, readinessProbe: { tcpSocket: { host: '::1' } }, startupProbe: { httpGet: { host: 'localhost' } } }, { name: 'b', livenessProbe: { httpGet: {} } }] };
    expect(only(spec)).toEqual(['probe or lifecycle host (container "a" uses probe or lifecycle hosts "127.0.0.1", "::1", "localhost")']);
    expect(only({ containers: [{ name: 'b', lifecycle: { preStop: { httpGet: { host: 'invalid.host' } } } }] })).toEqual(['probe or lifecycle host (container "b" uses probe or lifecycle host "invalid.host")']);
  });

  it('windowsHostProcess, and the checks in ID order at restricted', () => {
    expect(only({ securityContext: { windowsOptions: { hostProcess: true } }, containers: [{ name: 'a', securityContext: { windowsOptions: { hostProcess: true } } }] })).toEqual([
      'hostProcess (pod and container "a" must not set securityContext.windowsOptions.hostProcess=true)',
    ]);
    const reasons = evaluate('restricted', { hostNetwork: true, securityContext: { seLinuxOptions: { type: 'spc_t' }, appArmorProfile: { type: 'Unconfined' } }, containers: [{ name: 'a' }] }).map((v) => v.reason);
    expect(reasons).toEqual(['forbidden AppArmor profile', 'host namespaces', 'seLinuxOptions', 'allowPrivilegeEscalation != false', 'unrestricted capabilities', 'runAsNonRoot != true', 'seccompProfile']);
  });

  // policy/registry.go: a version runs each check's newest implementation not newer than it; a check newer than the version is absent
  describe('by policy version', () => {
    const reasons = (version: string, spec: Json, meta: Json = {}, level: 'baseline' | 'restricted' = 'restricted') => evaluate(level, spec, meta, version).map((v) => v.reason);
    const plain = { containers: [{ name: 'a' }] };

    it('restricted grows: allowPrivilegeEscalation from v1.8, seccompProfile from v1.19, capabilities from v1.22, runAsUser from v1.23', () => {
      expect(reasons('v1.7', plain)).toEqual(['runAsNonRoot != true']);
      expect(reasons('v1.18', plain)).toEqual(['allowPrivilegeEscalation != false', 'runAsNonRoot != true']);
      expect(reasons('v1.21', plain)).toEqual(['allowPrivilegeEscalation != false', 'runAsNonRoot != true', 'seccompProfile']);
      expect(reasons('v1.22', plain)).toEqual(['allowPrivilegeEscalation != false', 'unrestricted capabilities', 'runAsNonRoot != true', 'seccompProfile']);
      const root = { securityContext: { runAsUser: 0 }, containers: [{ name: 'a' }] };
      expect(reasons('v1.22', root)).not.toContain('runAsUser=0');
      expect(reasons('v1.23', root)).toContain('runAsUser=0');
      expect(reasons('latest', plain)).toEqual(reasons('v1.34', plain));
      // a version after the newest the checks know evaluates as the newest
      expect(reasons('v1.99', plain)).toEqual(reasons('v1.34', plain));
    });

    it('before v1.22 restricted keeps the baseline capabilities check; before v1.19 seccomp is the annotations only', () => {
      const adding = { containers: [{ name: 'a', securityContext: { capabilities: { add: ['SYS_ADMIN'] } } }] };
      expect(evaluate('restricted', adding, {}, 'v1.21').find((v) => v.reason === 'non-default capabilities')?.detail).toBe('container "a" must not include "SYS_ADMIN" in securityContext.capabilities.add');
      const annotations = { 'seccomp.security.alpha.kubernetes.io/pod': 'unconfined', 'container.seccomp.security.alpha.kubernetes.io/a': 'unconfined', 'container.seccomp.security.alpha.kubernetes.io/b': 'unknown' };
      const spec = { containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] };
      expect(evaluate('baseline', spec, { annotations }, 'v1.18')).toEqual([
        { reason: 'seccompProfile', detail: 'forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="unconfined", container.seccomp.security.alpha.kubernetes.io/b="unknown", seccomp.security.alpha.kubernetes.io/pod="unconfined"' },
      ]);
      // from v1.19 the annotations are no longer read, the fields are
      expect(evaluate('baseline', spec, { annotations }, 'v1.19')).toEqual([]);
      expect(evaluate('baseline', { securityContext: { seccompProfile: { type: 'Unconfined' } }, containers: [{ name: 'a' }] }, {}, 'v1.18')).toEqual([]);
    });

    it('baseline: sysctls by the version that made them safe, container_engine_t from v1.31, host probes from v1.34', () => {
      const sysctl = (name: string) => ({ securityContext: { sysctls: [{ name, value: '1' }] }, containers: [{ name: 'a' }] });
      expect(reasons('v1.26', sysctl('net.ipv4.ip_local_reserved_ports'), {}, 'baseline')).toEqual(['forbidden sysctls']);
      expect(reasons('v1.27', sysctl('net.ipv4.ip_local_reserved_ports'), {}, 'baseline')).toEqual([]);
      expect(reasons('v1.28', sysctl('net.ipv4.tcp_keepalive_time'), {}, 'baseline')).toEqual(['forbidden sysctls']);
      expect(reasons('v1.29', sysctl('net.ipv4.tcp_keepalive_time'), {}, 'baseline')).toEqual([]);
      expect(reasons('v1.31', sysctl('net.ipv4.tcp_rmem'), {}, 'baseline')).toEqual(['forbidden sysctls']);
      expect(reasons('v1.32', sysctl('net.ipv4.tcp_rmem'), {}, 'baseline')).toEqual([]);
      const engine = { containers: [{ name: 'a', securityContext: { seLinuxOptions: { type: 'container_engine_t' } } }] };
      expect(reasons('v1.30', engine, {}, 'baseline')).toEqual(['seLinuxOptions']);
      expect(reasons('v1.31', engine, {}, 'baseline')).toEqual([]);
      const probe = { containers: [{ name: 'a', livenessProbe: { httpGet: { host: '10.0.0.1' } } }] };
      expect(reasons('v1.33', probe, {}, 'baseline')).toEqual([]);
      expect(reasons('v1.34', probe, {}, 'baseline')).toEqual(['probe or lifecycle host']);
    });

    it('from v1.25 a Windows pod needs no allowPrivilegeEscalation, capabilities or seccomp', () => {
      const windows = { os: { name: 'windows' }, securityContext: { runAsNonRoot: true }, containers: [{ name: 'a' }] };
      expect(reasons('v1.24', windows)).toEqual(['allowPrivilegeEscalation != false', 'unrestricted capabilities', 'seccompProfile']);
      expect(reasons('v1.25', windows)).toEqual([]);
    });
  });
});

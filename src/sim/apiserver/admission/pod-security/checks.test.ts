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
});

import { describe, expect, it } from 'vitest';
import type { Json } from '../../json';
import { APPARMOR_ANNOTATION_PREFIX as P, applyAppArmorVersionSkew } from './apparmor';

const WARN = (c: string) => `metadata.annotations[${P}${c}]: deprecated since v1.30; use the "appArmorProfile" field instead`;

function skew(pod: Json): { pod: Json; warnings: string[] } {
  const warnings: string[] = [];
  applyAppArmorVersionSkew(pod, (m) => warnings.push(m));
  return { pod, warnings };
}

// cases of k/k pkg/registry/core/pod strategy_test.go TestApplyAppArmorVersionSkew, as v1.34 has them (fields are no longer copied to annotations)
describe('AppArmor annotation and field on create (v1.34)', () => {
  it('a container field stays a field: no annotation is added, no warning', () => {
    const { pod, warnings } = skew({ spec: { containers: [{ name: 'ctr', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }] } });
    expect([pod.metadata, warnings]).toEqual([undefined, []]);
  });

  it.each([
    ['unconfined', { type: 'Unconfined' }],
    ['runtime/default', { type: 'RuntimeDefault' }],
    ['localhost/test', { type: 'Localhost', localhostProfile: 'test' }],
  ])('annotation %s without a field becomes the container field, with the deprecation warning', (value, field) => {
    const { pod, warnings } = skew({ metadata: { annotations: { [`${P}ctr`]: value } }, spec: { containers: [{ name: 'ctr' }] } });
    expect(pod.spec.containers[0].securityContext).toEqual({ appArmorProfile: field });
    expect(pod.metadata.annotations).toEqual({ [`${P}ctr`]: value });
    expect(warnings).toEqual([WARN('ctr')]);
  });

  it('an annotation equal to the pod profile is not copied and not warned about; one that differs overrides it', () => {
    const same = skew({ metadata: { annotations: { [`${P}ctr`]: 'runtime/default' } }, spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'ctr' }] } });
    expect([same.pod.spec.containers[0].securityContext, same.warnings]).toEqual([undefined, []]);
    const other = skew({ metadata: { annotations: { [`${P}ctr`]: 'unconfined' } }, spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers: [{ name: 'ctr' }] } });
    expect([other.pod.spec.containers[0].securityContext.appArmorProfile.type, other.warnings]).toEqual(['Unconfined', [WARN('ctr')]]);
  });

  it('a conflicting container field wins silently; an annotation for no container is ignored', () => {
    const conflict = skew({ metadata: { annotations: { [`${P}ctr`]: 'localhost/test' } }, spec: { containers: [{ name: 'ctr', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }] } });
    expect([conflict.pod.spec.containers[0].securityContext.appArmorProfile, conflict.warnings]).toEqual([{ type: 'RuntimeDefault' }, []]);
    const stray = skew({ metadata: { annotations: { [`${P}foo-bar`]: 'unconfined' } }, spec: { containers: [{ name: 'ctr' }] } });
    expect([stray.pod.spec.containers[0].securityContext, stray.warnings]).toEqual([undefined, []]);
  });

  it('an annotation that names no valid profile stays, draws the warning and sets no field; Windows pods are skipped', () => {
    for (const value of ['localhost/', `localhost/${'a'.repeat(4096)}`, 'bogus']) {
      const { pod, warnings } = skew({ metadata: { annotations: { [`${P}ctr`]: value } }, spec: { containers: [{ name: 'ctr' }] } });
      expect([pod.spec.containers[0].securityContext, warnings]).toEqual([undefined, [WARN('ctr')]]);
    }
    const win = skew({ metadata: { annotations: { [`${P}ctr`]: 'runtime/default' } }, spec: { os: { name: 'windows' }, containers: [{ name: 'ctr' }] } });
    expect([win.pod.spec.containers[0].securityContext, win.warnings]).toEqual([undefined, []]);
  });

  it('init containers and several containers each get their own annotation\'s field', () => {
    const { pod, warnings } = skew({
      metadata: { annotations: { [`${P}init`]: 'unconfined', [`${P}a`]: 'localhost/test', [`${P}c`]: 'runtime/default' } },
      spec: { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, initContainers: [{ name: 'init' }], containers: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] },
    });
    expect([pod.spec.initContainers[0].securityContext.appArmorProfile.type, pod.spec.containers[0].securityContext.appArmorProfile, pod.spec.containers[1].securityContext, pod.spec.containers[2].securityContext]).toEqual([
      'Unconfined', { type: 'Localhost', localhostProfile: 'test' }, undefined, undefined,
    ]);
    expect(warnings).toEqual([WARN('init'), WARN('a')]);
  });
});

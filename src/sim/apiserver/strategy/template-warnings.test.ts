import { describe, expect, it } from 'vitest';
import { templateAppArmorWarnings } from './template-warnings';

const annotation = (c: string) => `container.apparmor.security.beta.kubernetes.io/${c}`;
const warning = (path: string, c: string) => `${path}.metadata.annotations[${annotation(c)}]: deprecated since v1.30; use the "appArmorProfile" field instead`;

// warningsForPodSpecAndMeta with a template's field path (pkg/api/pod/warnings.go, v1.34)
describe('AppArmor annotation warnings of a pod template', () => {
  it('warns for each container, init and ephemeral ones too, in visiting order', () => {
    const template = {
      metadata: { annotations: { [annotation('a')]: 'runtime/default', [annotation('i')]: 'unconfined', [annotation('e')]: 'localhost/x' } },
      spec: { initContainers: [{ name: 'i' }], containers: [{ name: 'a' }], ephemeralContainers: [{ name: 'e' }] },
    };
    expect(templateAppArmorWarnings(template, 'spec.template')).toEqual([warning('spec.template', 'i'), warning('spec.template', 'a'), warning('spec.template', 'e')]);
  });

  it('is silent when the container or the pod has the field, and for annotations of no container', () => {
    const ann = { [annotation('a')]: 'runtime/default', [annotation('b')]: 'runtime/default', [annotation('ghost')]: 'runtime/default' };
    const containers = [{ name: 'a', securityContext: { appArmorProfile: { type: 'RuntimeDefault' } } }, { name: 'b' }];
    expect(templateAppArmorWarnings({ metadata: { annotations: ann }, spec: { containers } }, 'template')).toEqual([warning('template', 'b')]);
    const podLevel = { securityContext: { appArmorProfile: { type: 'RuntimeDefault' } }, containers };
    expect(templateAppArmorWarnings({ metadata: { annotations: ann }, spec: podLevel }, 'template')).toEqual([]);
  });
});

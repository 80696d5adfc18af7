import { describe, expect, it } from 'vitest';
import { ApiError, type KObject } from '../../types';
import { testApi } from '../testing';

/** Pod (anti-)affinity validation after PrepareForCreate merged matchLabelKeys (validatePodAffinityTerm, v1.34). */
function create(affinity: object, labels: Record<string, string> = { app: 'web', ver: 'v1' }): { causes: string[]; pod?: KObject } {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', labels }, spec: { affinity, containers: [{ name: 'c', image: 'nginx' }] } };
  try {
    return { causes: [], pod: testApi().create(pod as KObject) };
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return { causes: e.causes.map((c) => `${c.field}: ${c.message}`) };
    throw e;
  }
}

const web = { matchLabels: { app: 'web' } };
const host = 'kubernetes.io/hostname';
const req = (t: object) => ({ podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [t] } });
const P = 'spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0]';
const QUALIFIED = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('pod affinity validation', () => {
  it.each<[string, object, string[]]>([
    ['a valid required term', req({ labelSelector: web, topologyKey: host }), []],
    ['an empty topologyKey is required, then not a qualified name', req({ labelSelector: web }), [`${P}.topologyKey: Required value: can not be empty`, `${P}.topologyKey: Invalid value: "": name part must be non-empty`, `${P}.topologyKey: Invalid value: "": ${QUALIFIED}`]],
    ['a topologyKey that is no label name', req({ labelSelector: web, topologyKey: 'bad key!' }), [`${P}.topologyKey: Invalid value: "bad key!": ${QUALIFIED}`]],
    [
      'a namespace that is no DNS label (the field is named `namespace`)',
      req({ labelSelector: web, topologyKey: host, namespaces: ['Bad_NS'] }),
      [`${P}.namespace: Invalid value: "Bad_NS": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`],
    ],
    ['matchLabelKeys without a labelSelector', req({ topologyKey: host, matchLabelKeys: ['ver'] }), [`${P}.matchLabelKeys: Forbidden: must not be specified when labelSelector is not set`]],
    ['a matchLabelKeys key already in the labelSelector', req({ labelSelector: web, topologyKey: host, matchLabelKeys: ['app'] }), [`${P}[0]: Invalid value: "app": exists in both matchLabelKeys and labelSelector`]],
    [
      // the merged `ver In` and `ver NotIn` expressions also name the key twice in the selector
      'a key in both matchLabelKeys and mismatchLabelKeys',
      req({ labelSelector: web, topologyKey: host, matchLabelKeys: ['ver'], mismatchLabelKeys: ['ver'] }),
      [`${P}[0]: Invalid value: "ver": exists in both matchLabelKeys and labelSelector`, `${P}.matchLabelKeys[0]: Invalid value: "ver": exists in both matchLabelKeys and mismatchLabelKeys`],
    ],
    [
      'a preferred term weighs 1-100',
      { podAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 101, podAffinityTerm: { labelSelector: web, topologyKey: host } }] } },
      ['spec.affinity.podAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].weight: Invalid value: 101: must be in the range 1-100'],
    ],
  ])('%s', (_name, affinity, want) => {
    expect(create(affinity).causes).toEqual(want);
  });
});

describe('matchLabelKeys at pod creation', () => {
  it("become In / NotIn expressions with the pod's own label values; keys the pod lacks are left out", () => {
    const { pod } = create(req({ labelSelector: web, topologyKey: host, matchLabelKeys: ['ver', 'absent'], mismatchLabelKeys: ['tier'] }), { app: 'web', ver: 'v1', tier: 'front' });
    expect(pod?.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector).toEqual({
      matchLabels: { app: 'web' },
      matchExpressions: [
        { key: 'ver', operator: 'In', values: ['v1'] },
        { key: 'tier', operator: 'NotIn', values: ['front'] },
      ],
    });
  });
});

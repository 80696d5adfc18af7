import { describe, expect, it } from 'vitest';
import { ApiError, type KObject } from '../../types';
import { testApi } from '../testing';

/** topologySpreadConstraints as a v1.34 API server validates them, after PrepareForCreate merged matchLabelKeys. */
function create(constraints: object[], labels: Record<string, string> = { app: 'web', 'pod-template-hash': 'abc' }): { causes: string[]; pod?: KObject } {
  const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', labels }, spec: { topologySpreadConstraints: constraints, containers: [{ name: 'c', image: 'nginx' }] } };
  try {
    return { causes: [], pod: testApi().create(pod as KObject) };
  } catch (e) {
    if (e instanceof ApiError && e.reason === 'Invalid') return { causes: e.causes.map((c) => `${c.field}: ${c.message}`) };
    throw e;
  }
}

const web = { matchLabels: { app: 'web' } };
const host = 'kubernetes.io/hostname';
const ok = (extra: object = {}) => ({ maxSkew: 1, topologyKey: host, whenUnsatisfiable: 'DoNotSchedule', labelSelector: web, ...extra });
const P = 'spec.topologySpreadConstraints[0]';

// the rules of upstream's validateTopologySpreadConstraints (v1.34, with PR #129874's matchLabelKeys check), as the API server reports them
describe('topologySpreadConstraints validation', () => {
  it.each<[string, object[], string[]]>([
    ['a valid constraint', [ok()], []],
    ['maxSkew 0', [ok({ maxSkew: 0 })], [`${P}.maxSkew: Invalid value: 0: must be greater than zero`]],
    ['a negative maxSkew', [ok({ maxSkew: -1 })], [`${P}.maxSkew: Invalid value: -1: must be greater than zero`]],
    ['an empty topologyKey', [ok({ topologyKey: '' })], [`${P}.topologyKey: Required value: can not be empty`]],
    ['an unknown whenUnsatisfiable', [ok({ whenUnsatisfiable: 'N/A' })], [`${P}.whenUnsatisfiable: Unsupported value: "N/A": supported values: "DoNotSchedule", "ScheduleAnyway"`]],
    ['no whenUnsatisfiable (it has no default)', [ok({ whenUnsatisfiable: undefined })], [`${P}.whenUnsatisfiable: Unsupported value: "": supported values: "DoNotSchedule", "ScheduleAnyway"`]],
    ['minDomains with DoNotSchedule', [ok({ minDomains: 3 })], []],
    ['minDomains 0', [ok({ minDomains: 0 })], [`${P}.minDomains: Invalid value: 0: must be greater than zero`]],
    ['minDomains with ScheduleAnyway', [ok({ minDomains: 3, whenUnsatisfiable: 'ScheduleAnyway' })], [`${P}.minDomains: Invalid value: 3: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway`]],
    [
      'minDomains -1 with ScheduleAnyway: both',
      [ok({ minDomains: -1, whenUnsatisfiable: 'ScheduleAnyway' })],
      [`${P}.minDomains: Invalid value: -1: must be greater than zero`, `${P}.minDomains: Invalid value: -1: can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ScheduleAnyway`],
    ],
    ['the same {topologyKey, whenUnsatisfiable} twice: the first is the duplicate', [ok(), ok({ maxSkew: 2 })], [`${P}.{topologyKey, whenUnsatisfiable}: Duplicate value: "{kubernetes.io/hostname, DoNotSchedule}"`]],
    ['the same key with both actions', [ok(), ok({ whenUnsatisfiable: 'ScheduleAnyway' })], []],
    ['nodeAffinityPolicy Ignore, nodeTaintsPolicy Honor', [ok({ nodeAffinityPolicy: 'Ignore', nodeTaintsPolicy: 'Honor' })], []],
    ['an unknown nodeAffinityPolicy', [ok({ nodeAffinityPolicy: 'invalid' })], [`${P}.nodeAffinityPolicy: Unsupported value: "invalid": supported values: "Honor", "Ignore"`]],
    ['an unknown nodeTaintsPolicy', [ok({ nodeTaintsPolicy: 'invalid' })], [`${P}.nodeTaintsPolicy: Unsupported value: "invalid": supported values: "Honor", "Ignore"`]],
    ['matchLabelKeys with a labelSelector', [ok({ matchLabelKeys: ['pod-template-hash'] })], []],
    ['matchLabelKeys without a labelSelector', [ok({ labelSelector: undefined, matchLabelKeys: ['pod-template-hash'] })], [`${P}.matchLabelKeys: Forbidden: must not be specified when labelSelector is not set`]],
    [
      'a matchLabelKeys key also in matchLabels (upstream indexes the constraint itself)',
      [ok({ matchLabelKeys: ['app'] })],
      [`${P}[0]: Invalid value: "app": exists in both matchLabelKeys and labelSelector`],
    ],
    [
      'a labelSelector expression with no values',
      [ok({ labelSelector: { matchExpressions: [{ key: 'app', operator: 'In', values: [] }] } })],
      [`${P}.labelSelector.matchExpressions[0].values: Required value: must be specified when \`operator\` is 'In' or 'NotIn'`],
    ],
  ])('%s', (_name, constraints, want) => {
    expect(create(constraints).causes).toEqual(want);
  });

  it("merges matchLabelKeys into the labelSelector at creation with the pod's own values; keys it lacks are left out", () => {
    const { pod } = create([ok({ matchLabelKeys: ['pod-template-hash', 'missing'] })]);
    expect(pod?.spec.topologySpreadConstraints[0].labelSelector).toEqual({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'pod-template-hash', operator: 'In', values: ['abc'] }] });
    expect(pod?.spec.topologySpreadConstraints[0].matchLabelKeys).toEqual(['pod-template-hash', 'missing']);
  });
});

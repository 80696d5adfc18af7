import { describe, expect, it } from 'vitest';
import type { Json } from '../../json';
import { ApiError, type KObject } from '../../types';
import { testApi } from '../testing';
import { validateLimitRange } from './limit-range';

const lr = (...limits: Json[]): KObject => ({ apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'abc', namespace: 'foo' }, spec: { limits } }) as KObject;
const list = (cpu: string, memory: string) => ({ ...(cpu && { cpu }), ...(memory && { memory }) });
const storage = (v: string) => (v ? { storage: v } : {});
const shown = (o: KObject) => validateLimitRange(o).map((c) => `${c.field}: ${c.message}`);

// upstream TestValidateLimitRange (pkg/apis/core/validation), on the objects as given (no defaulting)
describe('ValidateLimitRange (upstream table)', () => {
  const success: Record<string, Json[]> = {
    'all-fields-valid': [
      { type: 'Pod', max: list('100m', '10000Mi'), min: list('5m', '100Mi'), maxLimitRequestRatio: list('10', '') },
      { type: 'Container', max: list('100m', '10000Mi'), min: list('5m', '100Mi'), default: list('50m', '500Mi'), defaultRequest: list('10m', '200Mi'), maxLimitRequestRatio: list('10', '') },
      { type: 'PersistentVolumeClaim', max: storage('10Gi'), min: storage('5Gi') },
    ],
    'pvc-min-only': [{ type: 'PersistentVolumeClaim', min: storage('5Gi') }],
    'pvc-max-only': [{ type: 'PersistentVolumeClaim', max: storage('10Gi') }],
    'all-fields-valid-big-numbers': [
      { type: 'Container', max: list('100m', '10000T'), min: list('5m', '100Mi'), default: list('50m', '500Mi'), defaultRequest: list('10m', '200Mi'), maxLimitRequestRatio: list('10', '') },
    ],
    'thirdparty-fields-all-valid-standard-container-resources': [
      { type: 'thirdparty.com/foo', max: list('100m', '10000T'), min: list('5m', '100Mi'), default: list('50m', '500Mi'), defaultRequest: list('10m', '200Mi'), maxLimitRequestRatio: list('10', '') },
    ],
    'thirdparty-fields-all-valid-storage-resources': [
      { type: 'thirdparty.com/foo', max: storage('10000T'), min: storage('100Mi'), default: storage('500Mi'), defaultRequest: storage('200Mi') },
    ],
    'local-storage all-fields-valid': [
      { type: 'Pod', max: { 'ephemeral-storage': '10000Mi' }, min: { 'ephemeral-storage': '100Mi' } },
      { type: 'Container', max: { 'ephemeral-storage': '10000Mi' }, min: { 'ephemeral-storage': '100Mi' }, default: { 'ephemeral-storage': '500Mi' }, defaultRequest: { 'ephemeral-storage': '200Mi' } },
    ],
  };
  for (const [name, limits] of Object.entries(success)) it(`accepts ${name}`, () => expect(shown(lr(...limits))).toEqual([]));

  const errors: Record<string, [Json[], string]> = {
    'duplicate-limit-type': [[{ type: 'Pod', max: list('100m', '10000m'), min: list('0m', '100m') }, { type: 'Pod', min: list('0m', '100m') }], ''],
    'default-limit-type-pod': [[{ type: 'Pod', max: list('100m', '10000m'), min: list('0m', '100m'), default: list('10m', '100m') }], "may not be specified when `type` is 'Pod'"],
    'default-request-limit-type-pod': [[{ type: 'Pod', max: list('100m', '10000m'), min: list('0m', '100m'), defaultRequest: list('10m', '100m') }], "may not be specified when `type` is 'Pod'"],
    'min greater than max': [[{ type: 'Pod', max: list('10m', ''), min: list('100m', '') }], 'min value 100m is greater than max value 10m'],
    'default outside range': [[{ type: 'Container', max: list('1', ''), min: list('100m', ''), default: list('2000m', '') }], 'default value 2 is greater than max value 1'],
    'default request outside range': [[{ type: 'Container', max: list('1', ''), min: list('100m', ''), defaultRequest: list('2000m', '') }], 'default request value 2 is greater than max value 1'],
    'default request more than default': [
      [{ type: 'Container', max: list('2', ''), min: list('100m', ''), default: list('500m', ''), defaultRequest: list('800m', '') }],
      'default request value 800m is greater than default limit value 500m',
    ],
    'maxLimitRequestRatio less than 1': [[{ type: 'Pod', maxLimitRequestRatio: list('800m', '') }], 'ratio 800m is less than 1'],
    'maxLimitRequestRatio greater than max/min': [[{ type: 'Container', max: list('', '2Gi'), min: list('', '512Mi'), maxLimitRequestRatio: list('', '10') }], 'ratio 10 is greater than max/min = 4.000000'],
    'non standard limit type': [
      [{ type: 'foo', max: storage('10000T'), min: storage('100Mi'), default: storage('500Mi'), defaultRequest: storage('200Mi') }],
      'must be a standard limit type or fully qualified',
    ],
    'pvc min and max missing': [[{ type: 'PersistentVolumeClaim' }], 'either minimum or maximum storage value is required, but neither was provided'],
    'pvc min greater than max': [[{ type: 'PersistentVolumeClaim', min: storage('10Gi'), max: storage('1Gi') }], 'min value 10Gi is greater than max value 1Gi'],
  };
  for (const [name, [limits, detail]] of Object.entries(errors)) {
    it(`refuses ${name}`, () => {
      const causes = validateLimitRange(lr(...limits));
      expect(causes.length).toBeGreaterThan(0);
      for (const c of causes) expect(c.message).toContain(detail);
    });
  }
});

describe('ValidateLimitRange messages', () => {
  it('names the field and prints quantities as String() does', () => {
    expect(shown(lr({ type: 'Pod', max: list('10m', ''), min: list('100m', '') }, { type: 'Pod' }))).toEqual([
      'spec.limits[0].min[cpu]: Invalid value: 100m: min value 100m is greater than max value 10m',
      'spec.limits[1].type: Duplicate value: "Pod"',
    ]);
    // the default's error shows max as its value, as upstream does
    expect(shown(lr({ type: 'Container', max: list('1', ''), default: list('2000m', '') }))).toEqual([
      'spec.limits[0].default[cpu]: Invalid value: 1: default value 2 is greater than max value 1',
    ]);
    expect(shown(lr({ type: 'PersistentVolumeClaim' }))).toEqual([
      'spec.limits[0].limits: Required value: either minimum or maximum storage value is required, but neither was provided',
    ]);
  });

  it('checks resource names per type and that non-overcommittable defaults equal their requests', () => {
    expect(shown(lr({ type: 'Container', max: { storage: '1Gi' } }))).toEqual(['spec.limits[0].max[storage]: Invalid value: "storage": must be a standard resource for containers']);
    expect(shown(lr({ type: 'Container', default: { 'example.com/gpu': '2' }, defaultRequest: { 'example.com/gpu': '1' } }))).toEqual([
      'spec.limits[0].defaultRequest[example.com/gpu]: Invalid value: 1: default value 2 must equal to defaultRequest value 1 in example.com/gpu',
    ]);
    expect(shown(lr({ type: 'Pod', default: list('1', '') }))).toEqual(["spec.limits[0].default: Forbidden: may not be specified when `type` is 'Pod'"]);
  });
});

describe('LimitRange through the API server', () => {
  const create = (o: KObject): KObject => testApi().create(o);

  it('defaults a Container item (default ← max, defaultRequest ← default, then ← min) before validating', () => {
    const stored = create({ ...lr({ type: 'Container', max: { cpu: '1' }, min: { memory: '64Mi' } }), metadata: { name: 'l', namespace: 'default' } } as KObject);
    expect(stored.spec.limits[0]).toMatchObject({ default: { cpu: '1' }, defaultRequest: { cpu: '1', memory: '64Mi' } });
    const pod = create({ ...lr({ type: 'Pod', max: { cpu: '1' } }), metadata: { name: 'l', namespace: 'default' } } as KObject);
    expect(pod.spec.limits[0]).not.toHaveProperty('default');
  });

  it('answers 422 with the defaulted values compared (min above max also puts the defaults out of range)', () => {
    let err: unknown;
    try {
      create({ ...lr({ type: 'Container', max: { cpu: '1' }, min: { cpu: '2' } }), metadata: { name: 'l', namespace: 'default' } } as KObject);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).causes.map((c) => `${c.field}: ${c.message}`)).toEqual([
      'spec.limits[0].min[cpu]: Invalid value: 2: min value 2 is greater than max value 1',
      'spec.limits[0].defaultRequest[cpu]: Invalid value: 1: min value 2 is greater than default request value 1',
      'spec.limits[0].default[cpu]: Invalid value: 2: min value 2 is greater than default value 1',
    ]);
  });
});

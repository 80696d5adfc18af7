import { describe, expect, it } from 'vitest';
import { testApi } from './apiserver/testing';
import { computePodQOS, isPodReady, podQOS, type QOSClass } from './pod';
import type { KObject } from './types';

const list = (cpu: string, memory: string) => ({ ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}) });
const container = (requests: Record<string, string>, limits: Record<string, string>) => ({ name: 'c', resources: { requests, limits } });

// upstream TestComputePodQOS (pkg/apis/core/v1/helper/qos), with PodLevelResources on as in v1.34
const TABLE: [string, KObject['spec'], QOSClass][] = [
  ['guaranteed', { containers: [container(list('100m', '100Mi'), list('100m', '100Mi'))] }, 'Guaranteed'],
  ['guaranteed-guaranteed', { containers: [container(list('100m', '100Mi'), list('100m', '100Mi')), container(list('100m', '100Mi'), list('100m', '100Mi'))] }, 'Guaranteed'],
  ['best-effort-best-effort', { containers: [container({}, {}), container({}, {})] }, 'BestEffort'],
  ['best-effort', { containers: [container({}, {})] }, 'BestEffort'],
  ['best-effort-burstable', { containers: [container({}, {}), container(list('1', ''), list('2', ''))] }, 'Burstable'],
  ['best-effort-guaranteed', { containers: [container({}, {}), container(list('10m', '100Mi'), list('10m', '100Mi'))] }, 'Burstable'],
  ['burstable-cpu-guaranteed-memory', { containers: [container(list('', '100Mi'), list('', '100Mi'))] }, 'Burstable'],
  ['burstable-no-limits', { containers: [container(list('100m', '100Mi'), {})] }, 'Burstable'],
  ['burstable-guaranteed', { containers: [container(list('1', '100Mi'), list('2', '100Mi')), container(list('100m', '100Mi'), list('100m', '100Mi'))] }, 'Burstable'],
  ['burstable-unbounded-but-requests-match-limits', { containers: [container(list('100m', '100Mi'), list('200m', '200Mi')), container(list('100m', '100Mi'), {})] }, 'Burstable'],
  ['burstable-1', { containers: [container(list('10m', '100Mi'), list('100m', '200Mi'))] }, 'Burstable'],
  ['burstable-2', { containers: [container(list('0', '0'), list('100m', '200Mi'))] }, 'Burstable'],
  ['best-effort-hugepages', { containers: [container({ ...list('0', '0'), 'hugepages-2Mi': '1Gi' }, { ...list('0', '0'), 'hugepages-2Mi': '1Gi' })] }, 'BestEffort'],
  ['init-container', { containers: [container({}, {})], initContainers: [container(list('10m', '100Mi'), list('100m', '200Mi'))] }, 'Burstable'],
  ['guaranteed-with-pod-level-resources', { containers: [container({}, {})], resources: { requests: list('10m', '100Mi'), limits: list('10m', '100Mi') } }, 'Guaranteed'],
  ['guaranteed-with-pod-and-container-level-resources', { containers: [container(list('3m', '10Mi'), list('5m', '20Mi'))], resources: { requests: list('10m', '100Mi'), limits: list('10m', '100Mi') } }, 'Guaranteed'],
  ['burstable-with-pod-level-resources', { containers: [container({}, {})], resources: { requests: list('10m', '10Mi'), limits: list('20m', '50Mi') } }, 'Burstable'],
  ['burstable-with-pod-and-container-level-resources', { containers: [container(list('5m', '10Mi'), list('5m', '10Mi'))], resources: { requests: list('10m', '10Mi'), limits: list('20m', '50Mi') } }, 'Burstable'],
  ['burstable-with-pod-and-container-level-requests', { containers: [container(list('5m', '10Mi'), {})], resources: { requests: list('10m', '10Mi'), limits: {} } }, 'Burstable'],
  ['burstable-with-pod-and-container-level-resources-2', { containers: [container(list('5m', '10Mi'), {}), container(list('5m', '10Mi'), list('5m', '10Mi'))], resources: { requests: list('10m', '10Mi'), limits: list('5m', '') } }, 'Burstable'],
  // quantities compare by value, not by spelling
  ['guaranteed-equal-quantities-spelled-differently', { containers: [container(list('1', '1Gi'), list('1000m', '1073741824'))] }, 'Guaranteed'],
  ['guaranteed-summed-fractions', { containers: [container(list('100m', '1Mi'), list('0.1', '1Mi')), container(list('200m', '1Mi'), list('0.2', '1Mi'))] }, 'Guaranteed'],
];

describe('pod QoS class', () => {
  it.each(TABLE)('%s', (_name, spec, want) => {
    expect(computePodQOS(spec)).toBe(want);
  });

  it('takes the class recorded in the status first, as GetPodQOS does', () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: TABLE[0][1], status: { qosClass: 'Burstable' } } as KObject;
    expect(podQOS(pod)).toBe('Burstable');
    expect(podQOS({ ...pod, status: {} })).toBe('Guaranteed');
  });

  it('is recorded at creation from quantities, with requests defaulted from limits', () => {
    const api = testApi();
    const create = (name: string, resources: KObject['spec']) =>
      api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx', resources }] } }).status.qosClass;
    expect(create('spelled', { requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1000m', memory: '1024Mi' } })).toBe('Guaranteed');
    expect(create('limits-only', { limits: { cpu: '500m', memory: '128Mi' } })).toBe('Guaranteed');
    expect(create('less', { requests: { cpu: '999m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } })).toBe('Burstable');
    expect(create('none', {})).toBe('BestEffort');
  });
});

describe('pod readiness', () => {
  it('is the Ready condition being True', () => {
    const pod = (status: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, status: { conditions: [{ type: 'ContainersReady', status: 'True' }, { type: 'Ready', status }] } }) as KObject;
    expect(isPodReady(pod('True'))).toBe(true);
    expect(isPodReady(pod('False'))).toBe(false);
    expect(isPodReady({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' } } as KObject)).toBe(false);
  });
});

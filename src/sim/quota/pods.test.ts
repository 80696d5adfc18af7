import { describe, expect, it } from 'vitest';
import type { Json } from '../json';
import { podEvaluator } from './pods';
import { toJson } from './resource-list';

const NOW = Date.parse('2026-01-01T08:00:00Z');
const res = (requests: Json, limits?: Json) => ({ resources: { requests, ...(limits ? { limits } : {}) } });

// upstream pkg/quota/v1/evaluator/core/pods_test.go TestPodConstraintsFunc
describe('pod evaluator constraints', () => {
  it.each<[string, Json, string[], string | undefined]>([
    ['init container resource missing', { initContainers: [{ name: 'dummy', ...res({ cpu: '1m' }, { cpu: '2m' }) }] }, ['memory'], 'must specify memory for: dummy'],
    [
      'multiple init container resource missing',
      {
        initContainers: [
          { name: 'foo', ...res({ cpu: '1m' }, { cpu: '2m' }) },
          { name: 'bar', ...res({ cpu: '1m' }, { cpu: '2m' }) },
        ],
      },
      ['memory'],
      'must specify memory for: bar,foo',
    ],
    ['container resource missing', { containers: [{ name: 'dummy', ...res({ cpu: '1m' }, { cpu: '2m' }) }] }, ['memory'], 'must specify memory for: dummy'],
    ['container resource missing multiple', { containers: [{ name: 'foo' }, { name: 'bar' }] }, ['memory', 'cpu'], 'must specify cpu for: bar,foo; memory for: bar,foo'],
    ['only cpu and memory are required of containers', { containers: [{ name: 'foo' }] }, ['pods', 'requests.storage', 'ephemeral-storage'], undefined],
    ['a limit does not stand for a request', { containers: [{ name: 'c1', ...res({}, { cpu: '1' }) }] }, ['limits.cpu', 'requests.memory'], 'must specify requests.memory for: c1'],
  ])('%s', (_name, spec, required, err) => {
    expect(podEvaluator.constraints(required, { spec })).toBe(err);
  });
});

// upstream TestPodEvaluatorUsage
describe('pod evaluator usage', () => {
  it.each<[string, Json, Record<string, string>]>([
    ['init container CPU', { spec: { initContainers: [res({ cpu: '1m' }, { cpu: '2m' })] } }, { 'count/pods': '1', cpu: '1m', 'limits.cpu': '2m', pods: '1', 'requests.cpu': '1m' }],
    ['init container MEM', { spec: { initContainers: [res({ memory: '1m' }, { memory: '2m' })] } }, { 'count/pods': '1', 'limits.memory': '2m', memory: '1m', pods: '1', 'requests.memory': '1m' }],
    [
      'container local ephemeral storage',
      { spec: { containers: [res({ 'ephemeral-storage': '32Mi' }, { 'ephemeral-storage': '64Mi' })] } },
      { 'count/pods': '1', 'ephemeral-storage': '32Mi', 'limits.ephemeral-storage': '64Mi', pods: '1', 'requests.ephemeral-storage': '32Mi' },
    ],
    ['container hugepages', { spec: { containers: [res({ 'hugepages-2Mi': '100Mi' })] } }, { 'count/pods': '1', 'hugepages-2Mi': '100Mi', pods: '1', 'requests.hugepages-2Mi': '100Mi' }],
    ['container extended resources', { spec: { containers: [res({ 'example.com/dongle': '3' }, { 'example.com/dongle': '3' })] } }, { 'count/pods': '1', pods: '1', 'requests.example.com/dongle': '3' }],
    ['terminated generic count still appears', { spec: { containers: [res({ 'example.com/dongle': '3' })] }, status: { phase: 'Succeeded' } }, { 'count/pods': '1' }],
    [
      'init container maximums override sum of containers',
      {
        spec: {
          initContainers: [
            res({ cpu: '4', memory: '100M', 'example.com/dongle': '4' }, { cpu: '8', memory: '200M', 'example.com/dongle': '4' }),
            res({ cpu: '1', memory: '50M', 'example.com/dongle': '2' }, { cpu: '2', memory: '100M', 'example.com/dongle': '2' }),
          ],
          containers: [
            res({ cpu: '1', memory: '50M', 'example.com/dongle': '1' }, { cpu: '2', memory: '100M', 'example.com/dongle': '1' }),
            res({ cpu: '2', memory: '25M', 'example.com/dongle': '2' }, { cpu: '5', memory: '50M', 'example.com/dongle': '2' }),
          ],
        },
      },
      { 'count/pods': '1', cpu: '4', 'limits.cpu': '8', 'limits.memory': '200M', memory: '100M', pods: '1', 'requests.cpu': '4', 'requests.example.com/dongle': '4', 'requests.memory': '100M' },
    ],
    ['pod deletion timestamp exceeded', { metadata: { deletionTimestamp: '2026-01-01T07:59:00Z', deletionGracePeriodSeconds: 30 }, spec: { containers: [res({ cpu: '1', memory: '50M' }, { cpu: '2', memory: '100M' })] } }, { 'count/pods': '1' }],
    [
      'pod deletion timestamp not exceeded',
      { metadata: { deletionTimestamp: '2026-01-01T08:00:00Z', deletionGracePeriodSeconds: 30 }, spec: { containers: [res({ cpu: '1' }, { cpu: '2' })] } },
      { 'count/pods': '1', cpu: '1', 'limits.cpu': '2', pods: '1', 'requests.cpu': '1' },
    ],
    ['count pod overhead as usage', { spec: { overhead: { cpu: '1' }, containers: [res({ cpu: '1' }, { cpu: '2' })] } }, { 'count/pods': '1', cpu: '2', 'limits.cpu': '3', pods: '1', 'requests.cpu': '2' }],
    ['pod-level CPU', { spec: { resources: { requests: { cpu: '1m' }, limits: { cpu: '2m' } } } }, { 'count/pods': '1', cpu: '1m', 'limits.cpu': '2m', pods: '1', 'requests.cpu': '1m' }],
    [
      'a sidecar adds to the containers and to later init containers',
      { spec: { initContainers: [{ restartPolicy: 'Always', ...res({ cpu: '200m' }) }, res({ cpu: '1' })], containers: [res({ cpu: '500m' })] } },
      { 'count/pods': '1', cpu: '1200m', pods: '1', 'requests.cpu': '1200m' },
    ],
  ])('%s', (_name, pod, usage) => {
    expect(toJson(podEvaluator.usage(pod, NOW))).toEqual(usage);
  });
});

// upstream TestPodEvaluatorMatchingScopes
describe('pod evaluator scopes', () => {
  const scopes = (pod: Json) => ['Terminating', 'NotTerminating', 'BestEffort', 'NotBestEffort', 'PriorityClass', 'CrossNamespacePodAffinity'].filter((scopeName) => podEvaluator.matchesScope({ scopeName, operator: 'Exists' }, pod));
  it.each<[string, Json, string[]]>([
    ['EmptyPod', {}, ['NotTerminating', 'BestEffort']],
    ['PriorityClass', { spec: { priorityClassName: 'class1' } }, ['NotTerminating', 'BestEffort', 'PriorityClass']],
    ['NotBestEffort', { spec: { containers: [res({ cpu: '1' })] } }, ['NotTerminating', 'NotBestEffort']],
    ['Terminating', { spec: { activeDeadlineSeconds: 60 } }, ['Terminating', 'BestEffort']],
    ['CrossNamespacePodAffinity', { spec: { affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ namespaces: ['ns1'], topologyKey: 'zone' }] } } } }, ['NotTerminating', 'BestEffort', 'CrossNamespacePodAffinity']],
  ])('%s', (_name, pod, want) => {
    expect(scopes(pod)).toEqual(want);
  });

  it('matches a priority class selector by its operator', () => {
    const pod = { spec: { priorityClassName: 'high' } };
    expect(podEvaluator.matchesScope({ scopeName: 'PriorityClass', operator: 'In', values: ['high'] }, pod)).toBe(true);
    expect(podEvaluator.matchesScope({ scopeName: 'PriorityClass', operator: 'NotIn', values: ['high'] }, pod)).toBe(false);
    expect(podEvaluator.matchesScope({ scopeName: 'PriorityClass', operator: 'NotIn', values: ['high'] }, {})).toBe(true);
    expect(podEvaluator.matchesScope({ scopeName: 'PriorityClass', operator: 'DoesNotExist' }, {})).toBe(true);
  });
});

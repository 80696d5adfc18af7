import { describe, expect, it } from 'vitest';
import type { Json } from '../../json';
import type { KObject } from '../../types';
import { validatePodUpdate } from './pod-update';

const pod = (spec: Json): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec });
const container = (extra: Json = {}) => ({ name: 'c', image: 'nginx:1.27', terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', imagePullPolicy: 'IfNotPresent', ...extra });
const update = (old: Json, next: Json) => validatePodUpdate(pod(next), pod(old)).map((c) => `${c.field}: ${c.message}`);

describe('ValidatePodUpdate', () => {
  it('lets images, tolerations and a lower activeDeadlineSeconds change without a diff', () => {
    const old = { containers: [container()], initContainers: [container({ name: 'i' })], activeDeadlineSeconds: 60 };
    const next = {
      containers: [container({ image: 'nginx:1.28' })],
      initContainers: [container({ name: 'i', image: 'busybox' })],
      activeDeadlineSeconds: 30,
      tolerations: [{ key: 'k', operator: 'Exists' }],
    };
    expect(update(old, next)).toEqual([]);
  });

  it('refuses to add or remove containers before comparing the specs', () => {
    expect(update({ containers: [container()] }, { containers: [container(), container({ name: 'd' })] })).toEqual([
      'spec.containers: Forbidden: pod updates may not add or remove containers',
    ]);
    expect(update({ containers: [container()], initContainers: [container({ name: 'i' })] }, { containers: [container()] })).toEqual([
      'spec.initContainers: Forbidden: pod updates may not add or remove containers',
    ]);
  });

  it('checks activeDeadlineSeconds: never raised, never removed', () => {
    expect(update({ containers: [container()], activeDeadlineSeconds: 30 }, { containers: [container()], activeDeadlineSeconds: 60 })).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 60: must be less than or equal to previous value',
    ]);
    expect(update({ containers: [container()], activeDeadlineSeconds: 30 }, { containers: [container()] })).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value',
    ]);
  });

  it('compares quantities by amount and lists by content, as Semantic.DeepEqual', () => {
    const old = { containers: [container({ resources: { requests: { cpu: '1000m' } } })], volumes: [] };
    expect(update(old, { containers: [container({ resources: { requests: { cpu: '1' } } })] })).toEqual([]);
  });

  it('allows a negative grace period to become 1, and no other change of it', () => {
    expect(update({ containers: [container()], terminationGracePeriodSeconds: -1 }, { containers: [container()], terminationGracePeriodSeconds: 1 })).toEqual([]);
    const [c] = update({ containers: [container()], terminationGracePeriodSeconds: 30 }, { containers: [container()], terminationGracePeriodSeconds: 10 });
    expect(c.split('\n').slice(1)).toEqual([
      '  core.PodSpec{',
      '  \t... // 3 identical fields',
      '  \tEphemeralContainers:           nil,',
      '  \tRestartPolicy:                 "",',
      '- \tTerminationGracePeriodSeconds: &30,',
      '+ \tTerminationGracePeriodSeconds: &10,',
      '  \tActiveDeadlineSeconds:         nil,',
      '  \tDNSPolicy:                     "",',
      '  \t... // 27 identical fields',
      '  }',
      '',
    ]);
  });

  it('allows only added tolerations and only removed scheduling gates', () => {
    const t = { key: 'k', operator: 'Equal', value: 'v', effect: 'NoExecute', tolerationSeconds: 60 };
    expect(update({ containers: [container()], tolerations: [t] }, { containers: [container()], tolerations: [{ ...t, tolerationSeconds: 30 }] })).toEqual([]);
    expect(update({ containers: [container()], tolerations: [t] }, { containers: [container()], tolerations: [{ ...t, value: 'w' }] })).toEqual([
      'spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds',
    ]);
    expect(update({ containers: [container()], schedulingGates: [{ name: 'a' }] }, { containers: [container()] })).toEqual([]);
    expect(update({ containers: [container()], schedulingGates: [{ name: 'a' }] }, { containers: [container()], schedulingGates: [{ name: 'a' }, { name: 'b' }] })).toEqual([
      "spec.schedulingGates[1].name: Forbidden: only deletion is allowed, but found new scheduling gate 'b'",
    ]);
  });

  it('lets a gated pod gain node selector entries, but not change them', () => {
    const gated = { containers: [container()], schedulingGates: [{ name: 'wait' }], nodeSelector: { disk: 'ssd' } };
    expect(update(gated, { ...gated, nodeSelector: { disk: 'ssd', zone: 'a' } })).toEqual([]);
    expect(update(gated, { ...gated, nodeSelector: { disk: 'hdd' } })).toEqual([
      'spec.nodeSelector: Invalid value: {"disk":"hdd"}: only additions to spec.nodeSelector are allowed (no mutations or deletions)',
    ]);
    const [c] = update({ ...gated, schedulingGates: undefined }, { ...gated, schedulingGates: undefined, nodeSelector: { disk: 'ssd', zone: 'a' } });
    expect(c).toMatch(/^spec: Forbidden: pod updates may not change fields other than/);
  });

  it('lets a gated pod gain required node affinity requirements in its terms, nothing else (validateNodeAffinityMutation)', () => {
    const a = { key: 'a', operator: 'In', values: ['x'] };
    const b = { key: 'b', operator: 'Exists' };
    const affinity = (...terms: object[][]) => ({ nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: terms.map((matchExpressions) => ({ matchExpressions })) } } });
    const gated = (extra: object) => ({ containers: [container()], schedulingGates: [{ name: 'wait' }], ...extra });
    expect(update(gated({ affinity: affinity([a]) }), gated({ affinity: affinity([a, b]) }))).toEqual([]);
    expect(update(gated({}), gated({ affinity: affinity([b]) }))).toEqual([]);
    expect(update(gated({ affinity: affinity([a]) }), gated({ affinity: affinity([b]) }))).toEqual([
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]: Invalid value: {"MatchExpressions":[{"Key":"b","Operator":"Exists","Values":null}],"MatchFields":null}: only additions are allowed (no mutations or deletions)',
    ]);
    expect(update(gated({ affinity: affinity([a]) }), gated({ affinity: affinity([a], [b]) }))).toEqual([
      'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms: Invalid value: [{"MatchExpressions":[{"Key":"a","Operator":"In","Values":["x"]}],"MatchFields":null},{"MatchExpressions":[{"Key":"b","Operator":"Exists","Values":null}],"MatchFields":null}]: no additions/deletions to non-empty NodeSelectorTerms list are allowed',
    ]);
    // not gated: the same change is a forbidden spec change with its diff
    const [c] = update({ containers: [container()], affinity: affinity([a]) }, { containers: [container()], affinity: affinity([a, b]) });
    expect(c).toMatch(/^spec: Forbidden: pod updates may not change fields other than/);
  });
});

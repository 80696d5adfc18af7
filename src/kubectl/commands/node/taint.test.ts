import { describe, expect, it } from 'vitest';
import { parseTaints, reorganize } from './taint';

// cases from kubectl's pkg/cmd/taint utils_test.go and taint_test.go, messages as kubectl v1.34 prints them
describe('kubectl taint specs', () => {
  it.each([
    [['a=b:NoSchedule'], { add: [{ key: 'a', value: 'b', effect: 'NoSchedule' }], remove: [] }],
    [['a:NoExecute', 'b-', 'c:PreferNoSchedule-'], { add: [{ key: 'a', value: '', effect: 'NoExecute' }], remove: [{ key: 'b', effect: '' }, { key: 'c', effect: 'PreferNoSchedule' }] }],
    [['example.com/dedicated=gpu:NoSchedule'], { add: [{ key: 'example.com/dedicated', value: 'gpu', effect: 'NoSchedule' }], remove: [] }],
  ])('parses %j', (specs, want) => {
    expect(parseTaints(specs)).toEqual(want);
  });

  it.each([
    ['a=b:Bad', 'invalid taint effect: Bad, unsupported taint effect'],
    ['a=b=c:NoSchedule', 'invalid taint spec: a=b=c:NoSchedule'],
    ['a:b:NoSchedule', 'invalid taint spec: a:b:NoSchedule'],
    ['a', 'invalid taint spec: a'],
    ['a=b', 'invalid taint spec: a=b, name part must consist of'],
    ['a=b c:NoSchedule', 'invalid taint spec: a=b c:NoSchedule, a valid label must be an empty string'],
  ])('rejects %s', (spec, message) => {
    expect(() => parseTaints([spec])).toThrow(message);
  });

  it('rejects the same key and effect twice', () => {
    expect(() => parseTaints(['a=b:NoSchedule', 'a=c:NoSchedule'])).toThrow('duplicated taints with the same key and effect: {a c NoSchedule <nil>}');
  });
});

describe('kubectl taint updates', () => {
  const old = [{ key: 'a', value: 'b', effect: 'NoSchedule' }];
  it('names the change as kubectl does', () => {
    expect(reorganize(old, [{ key: 'c', value: '', effect: 'NoExecute' }], [], false)).toEqual({ operation: 'tainted', taints: [{ key: 'c', effect: 'NoExecute' }, ...old] });
    expect(reorganize(old, [], [{ key: 'a', effect: '' }], false)).toEqual({ operation: 'untainted', taints: [] });
    expect(reorganize(old, [{ key: 'a', value: 'x', effect: 'NoSchedule' }], [], true)).toEqual({ operation: 'modified', taints: [{ key: 'a', value: 'x', effect: 'NoSchedule' }] });
    expect(reorganize(old, [{ key: 'c', value: '', effect: 'NoExecute' }], [{ key: 'a', effect: 'NoSchedule' }], false).operation).toBe('modified');
  });

  it('fails on a taint to remove that the node lacks', () => {
    expect(() => reorganize(old, [], [{ key: 'a', effect: 'NoExecute' }], false)).toThrow('taint "a:NoExecute" not found');
  });
});

import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeShare, encodeShare, shareStepKnown, shareUrl, type SharePayload } from './share';

const payload: SharePayload = {
  v: 1,
  lessonId: 'services',
  stepId: 'expose',
  seed: 42,
  start: {},
  log: [{ at: 1767254400000, text: 'kubectl apply -f a.yaml', files: { 'a.yaml': 'kind: Pod\n' } }],
  until: 1767254460000,
  files: { 'a.yaml': 'kind: Pod\n# 中文\n' },
  active: 'a.yaml',
};

describe('share links', () => {
  it('round-trip the session through the URL hash', () => {
    expect(decodeShare(encodeShare(payload))).toEqual(payload);
  });

  it('put the lesson step in the path', () => {
    expect(shareUrl('http://x', payload)).toMatch(/^http:\/\/x\/lessons\/services\/expose#share=/);
    expect(shareUrl('http://x', { ...payload, lessonId: undefined })).toMatch(/^http:\/\/x\/play#share=/);
  });

  it('ignore other hashes and reject damaged payloads', () => {
    expect(decodeShare('#top')).toBeUndefined();
    expect(() => decodeShare('#share=garbage')).toThrow();
  });

  it('reject payloads whose fields have the wrong types', () => {
    const bad = encodeShare({ ...payload, files: { 'a.yaml': 1 as unknown as string } });
    expect(() => decodeShare(bad)).toThrow(/bad files/);
  });
});

describe('share links are data written by someone else', () => {
  const raw = (o: Record<string, unknown>) => '#share=' + compressToEncodedURIComponent(JSON.stringify({ ...payload, ...o }));

  it.each([
    ['lessonId', { lessonId: '../../x' }],
    ['lessonId', { lessonId: 5 }],
    ['stepId', { stepId: 'a b' }],
    ['until', { until: 'soon' }],
    ['until', { until: Number.MAX_SAFE_INTEGER }],
    ['until', { until: 1 }],
    ['active', { active: 'missing.yaml' }],
    ['active', { active: 7 }],
    ['seed', { seed: 1.5 }],
    ['files', { files: JSON.parse('{"__proto__":"x"}'), active: null }],
    ['files', { files: { '../etc': 'x' }, active: null }],
    ['log', { log: [{ at: 2, text: 'a' }, { at: 1, text: 'b' }] }],
    ['log', { log: [{ at: 1, text: 'a', hidden: 'yes' }] }],
    ['replay', { replay: -1 }],
    ['replay', { replay: 2.5 }],
    ['replay', { replay: '3' }],
    ['replay', { replay: 1e9 }],
  ])('rejects a bad %s', (field, o) => {
    expect(() => decodeShare(raw(o))).toThrow(new RegExp(`bad ${field}`));
  });

  it('carries the size the cluster started with (etcd members, workers), within the page\'s limits', () => {
    expect(decodeShare(encodeShare({ ...payload, cluster: { etcdMembers: 5 } }))?.cluster).toEqual({ etcdMembers: 5 });
    expect(decodeShare(raw({ cluster: { workers: 4, etcdMembers: 3 } }))?.cluster).toEqual({ workers: 4, etcdMembers: 3 });
    for (const cluster of [{ etcdMembers: 8 }, { etcdMembers: 0 }, { etcdMembers: 2.5 }, { nodes: 3 }, [5], 'big']) expect(() => decodeShare(raw({ cluster })), JSON.stringify(cluster)).toThrow(/bad cluster/);
  });

  it('carries the replay step the sharer looked at', () => {
    expect(decodeShare(raw({ replay: 4 }))?.replay).toBe(4);
  });

  it('keeps only the fields it knows', () => {
    const p = decodeShare(raw({ extra: '<script>', log: [{ at: 1767254400000, text: 'echo', junk: 1 }] }))!;
    expect(Object.keys(p).sort()).toEqual(['active', 'files', 'lessonId', 'log', 'seed', 'start', 'stepId', 'until', 'v']);
    expect(p.log).toEqual([{ at: 1767254400000, text: 'echo' }]);
  });

  it('knows whether the lesson step of a link exists', () => {
    const exists = (l: string, s: string) => l === 'services' && s === 'expose';
    expect(shareStepKnown(payload, exists)).toBe(true);
    expect(shareStepKnown({ ...payload, stepId: 'gone' }, exists)).toBe(false);
    expect(shareStepKnown({ ...payload, lessonId: undefined, stepId: undefined }, exists)).toBe(true);
    expect(shareStepKnown({ ...payload, stepId: undefined }, exists)).toBe(false);
  });
});

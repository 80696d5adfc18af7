import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, shareUrl, type SharePayload } from './share';

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

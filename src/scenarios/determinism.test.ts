import { describe, expect, it } from 'vitest';
import { transcriptOf } from './run';

const podNames = (t: string) => [...t.matchAll(/^pod\/(\S+) labeled$/gm)].map((m) => m[1]);

describe('determinism', { timeout: 60_000 }, () => {
  it('gives a byte-identical transcript for the same script and seed', () => {
    const a = transcriptOf('determinism.sh', 7);
    const b = transcriptOf('determinism.sh', 7);
    expect(a).toBe(b);
    expect(podNames(a)).toHaveLength(3);
  });

  it('gives other pod names for another seed', () => {
    const a = podNames(transcriptOf('determinism.sh', 7));
    const b = podNames(transcriptOf('determinism.sh', 8));
    expect(b).toHaveLength(3);
    expect(b).not.toEqual(a);
    for (const n of [...a, ...b]) expect(n).toMatch(/^kubia-[4-9bcdf]{1,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});

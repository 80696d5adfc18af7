import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveFenceposts } from './controllers/deployment-util';
import { expand } from './kubelet/expansion';
import { formatSelector, selectorFromString } from './labels';

// Properties that must hold for every input, not just the upstream table rows.
describe('properties', () => {
  const intOrPercent = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`));

  it('rolling-update fenceposts never let both surge and unavailable be zero, and unavailable is floored', () => {
    fc.assert(
      fc.property(intOrPercent, intOrPercent, fc.integer({ min: 0, max: 500 }), (s, u, desired) => {
        const [surge, unavailable] = resolveFenceposts(s, u, desired);
        expect(surge + unavailable).toBeGreaterThan(0);
        if (typeof u === 'string' && !(surge === 0 && unavailable === 1)) {
          expect(unavailable).toBe(Math.floor((Number(u.slice(0, -1)) * desired) / 100));
        }
        if (typeof s === 'string') expect(surge).toBe(Math.ceil((Number(s.slice(0, -1)) * desired) / 100));
      }),
    );
  });

  it('$(VAR) expansion leaves text without a dollar sign untouched', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !s.includes('$')),
        (s) => {
          expect(expand(s, () => 'X')).toBe(s);
        },
      ),
    );
  });

  it('$(VAR) expansion of a defined name is its value, wherever it stands', () => {
    const name = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,8}$/);
    const text = fc.string().filter((s) => !s.includes('$'));
    fc.assert(
      fc.property(text, name, text, (a, n, b) => {
        expect(expand(`${a}$(${n})${b}`, (k) => (k === n ? 'value' : undefined))).toBe(`${a}value${b}`);
      }),
    );
  });

  it('a selector formatted from labels matches exactly those labels', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9-]{0,6}[a-z0-9]$/);
    const value = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), (labels) => {
        const sel = selectorFromString(formatSelector({ matchLabels: labels }));
        expect(sel(labels)).toBe(true);
        const [k] = Object.keys(labels);
        expect(sel({ ...labels, [k]: labels[k] + 'x' })).toBe(false);
      }),
    );
  });
});

/**
 * The YAML printer's round trip: whatever kubectl prints with `-o yaml`, reading the text back the way
 * `kubectl apply -f` does (go-yaml's YAML 1.1 resolution, parseManifests) gives the same value.
 * Strings are drawn from all of Unicode, so quoting, escapes, folding past column 80, literal blocks
 * and keys that look like numbers, booleans or indicators are all exercised.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifests } from '../../sim/apiserver/manifest';
import { toYaml } from './yaml';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Text as it reaches the printer: Unicode without lone surrogates (Go strings are UTF-8), often YAML-looking. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(' ', '\n', '\t', ':', '#', '-', '?', "'", '"', '\\', '{', '}', '[', ']', '&', '*', '!', '|', '>', '%', '@', '`', ',', 'a', '0', '.', 'y', 'e'), maxLength: 30 }),
  fc.constantFrom('yes', 'no', 'on', 'off', 'true', 'null', '~', '', '0x1F', '08', '1:20', '1e3', '.inf', '-.nan', '2026-01-01', '=', '<<', ' x', 'x ', '- x', 'a: b', '\ufeff', '\u0085', '\u2028'),
  fc.array(fc.constantFrom('word', 'long', 'longer-word', 'x'), { minLength: 10, maxLength: 40 }).map((w) => w.join(' ')),
);

/**
 * A key: any text but `<<`, which kubectl prints plain (go-yaml resolves it as the merge tag, not a
 * string, so its emitter does not quote it) and reads back as a merge key: kubectl does not round-trip it either.
 */
const key = text.filter((k) => k !== '<<');

/** A JSON value as decoded from the API: integers (int64 range kept safe), finite doubles, strings, lists, objects. */
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.maxSafeInteger(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0)),
    text,
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(key, tie('v'), { maxKeys: 4 }),
  ),
}));

/** A manifest: any members beside a kind that is not a List (a List's items would be split into documents). */
const manifest = fc.dictionary(key, value.v, { maxKeys: 6 }).map((o) => ({ ...o, kind: 'Thing' }));

describe('yaml printer round trip', () => {
  it('reads back what it prints: parse(toYaml(x)) equals x', () => {
    fc.assert(
      fc.property(manifest, (x) => {
        const printed = toYaml(x);
        const [doc] = parseManifests(printed, 'x.yaml', { validate: false });
        expect(doc.obj, printed).toEqual(x);
      }),
      { numRuns: RUNS },
    );
  });
});

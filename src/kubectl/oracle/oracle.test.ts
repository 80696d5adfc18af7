import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ERRORS, FILES, GENERATORS } from './cases';
import { NOWHERE, OracleBench, splitWords } from './oracle';

// Every case runs the real kubectl v1.34 binary and the project's kubectl on the same input files.
const bench = new OracleBench(FILES);
afterAll(() => rmSync(bench.dir, { recursive: true, force: true }));

describe.each([
  ['generator', GENERATORS],
  ['argument error', ERRORS],
])('kubectl v1.34 oracle: %s', (_kind, lines) => {
  it.each(lines)('kubectl %s', (line) => {
    const argv = splitWords(line);
    const real = bench.real(argv);
    // a case the real kubectl could only answer with a server is not a client-side case
    expect(real.stderr, 'the real kubectl contacted the server: not a client-side case').not.toContain(NOWHERE);
    expect(bench.ours(argv)).toEqual(real);
  }, 30_000);
});

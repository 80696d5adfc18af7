import { afterAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { ERRORS, FILES, GENERATORS } from './cases';
import { lessonManifests } from './lesson-manifests';
import { BAD_MANIFESTS, MANIFEST_ERRORS } from './manifest-cases';
import { NOWHERE, OracleBench, splitWords } from './oracle';
import { SET_ENV_LOCAL, SET_IMAGE_LOCAL, SET_RESOURCES_LOCAL, SET_SELECTOR_LOCAL, SET_SERVICEACCOUNT_LOCAL, SET_SUBJECT_LOCAL } from './set-cases';
import { SET_BINDING_FILES } from './set-binding-manifests';
import { SET_FILES } from './set-manifests';

// Every case runs the real kubectl v1.34 binary and the project's kubectl on the same input files.
const lessons = lessonManifests();
const bench = new OracleBench({ ...FILES, ...BAD_MANIFESTS, ...SET_FILES, ...SET_BINDING_FILES, ...lessons });
afterAll(() => rmSync(bench.dir, { recursive: true, force: true }));

const LESSON_DRY_RUNS = Object.keys(lessons).map((f) => `create -f ${f} --dry-run=client -o yaml --validate=false`);

describe.each([
  ['generator', GENERATORS],
  ['argument error', ERRORS],
  ['manifest error', MANIFEST_ERRORS],
  ['lesson manifest', LESSON_DRY_RUNS],
  ['set resources --local', SET_RESOURCES_LOCAL],
  ['set image --local', SET_IMAGE_LOCAL],
  ['set serviceaccount --local', SET_SERVICEACCOUNT_LOCAL],
  ['set subject --local', SET_SUBJECT_LOCAL],
  ['set selector --local', SET_SELECTOR_LOCAL],
  ['set env --local', SET_ENV_LOCAL],
])('kubectl v1.34 oracle: %s', (_kind, lines) => {
  it('has cases', () => expect(lines.length).toBeGreaterThan(10));
  it.each(lines)('kubectl %s', (line) => {
    const argv = splitWords(line);
    const real = bench.real(argv);
    // a case the real kubectl could only answer with a server is not a client-side case
    expect(real.stderr, 'the real kubectl contacted the server: not a client-side case').not.toContain(NOWHERE);
    expect(bench.ours(argv)).toEqual(real);
  }, 30_000);
});

import { describe, expect, it } from 'vitest';
import { unifiedHunks } from './unified';

describe('diff -u hunks', () => {
  it('equal texts: nothing', () => {
    expect(unifiedHunks('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('a new file: every line added from -0,0', () => {
    expect(unifiedHunks('', 'x\ny\n')).toBe('@@ -0,0 +1,2 @@\n+x\n+y\n');
  });

  it('a removed file: every line deleted to +0,0', () => {
    expect(unifiedHunks('x\n', '')).toBe('@@ -1 +0,0 @@\n-x\n');
  });

  it('one changed line keeps three lines of context each side, deletion first', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].join('\n') + '\n';
    const b = a.replace('5\n', 'five\n');
    expect(unifiedHunks(a, b)).toBe('@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n');
  });

  it('changes more than six lines apart are separate hunks; closer ones share one', () => {
    const a = Array.from({ length: 20 }, (_, i) => String(i + 1)).join('\n') + '\n';
    const far = a.replace('\n3\n', '\nthree\n').replace('\n17\n', '\nseventeen\n');
    expect(unifiedHunks(a, far).match(/^@@/gm)).toHaveLength(2);
    const near = a.replace('\n3\n', '\nthree\n').replace('\n10\n', '\nten\n');
    expect(unifiedHunks(a, near)).toMatch(/^@@ -1,13 \+1,13 @@\n/);
  });

  it('places an ambiguous change where GNU diff does (shift_boundaries)', () => {
    expect(unifiedHunks('e\nb\nb\n', 'q\ny\nb\nz\n')).toBe('@@ -1,3 +1,4 @@\n-e\n-b\n+q\n+y\n b\n+z\n');
  });

  it('matches GNU diff on a kubectl diff of a Deployment (kubectl v1.34.5 output)', () => {
    const live = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  annotations:', '    deployment.kubernetes.io/revision: "1"', '  creationTimestamp: "2026-12-08T00:19:55Z"', '  generation: 1', '  labels:', '    app: web', '  name: web', '  namespace: default', 'spec:', '  replicas: 2', '  revisionHistoryLimit: 10'].join('\n') + '\n';
    const merged = live.replace('generation: 1', 'generation: 2').replace('replicas: 2', 'replicas: 3');
    expect(unifiedHunks(live, merged)).toBe(
      '@@ -4,11 +4,11 @@\n   annotations:\n     deployment.kubernetes.io/revision: "1"\n   creationTimestamp: "2026-12-08T00:19:55Z"\n-  generation: 1\n+  generation: 2\n   labels:\n     app: web\n   name: web\n   namespace: default\n spec:\n-  replicas: 2\n+  replicas: 3\n   revisionHistoryLimit: 10\n',
    );
  });
});

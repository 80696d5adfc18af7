import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';

const CM = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm1\ndata:\n${data}`;

// Layouts as kubectl v1.34.5 printed them against the playground's API (directory numbers and times aside).
describe('kubectl diff', () => {
  const setup = () => {
    const fs = new MemoryWorkspace();
    const cluster = new Cluster({ seed: 1 });
    const run = (line: string) => runKubectl(line.split(' '), { cluster, fs, namespace: 'default' });
    return { fs, cluster, run };
  };

  it('an object that does not exist yet: the whole MERGED file is new, exit 1, nothing created', () => {
    const { fs, cluster, run } = setup();
    fs.write('cm.yaml', CM('  x: "1"\n'));
    const r = run('diff -f cm.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^diff -u -N \/tmp\/LIVE-\d+\/v1\.ConfigMap\.default\.cm1 \/tmp\/MERGED-\d+\/v1\.ConfigMap\.default\.cm1\n--- \/tmp\/LIVE-\d+\/v1\.ConfigMap\.default\.cm1\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000\n\+\+\+ /);
    expect(r.out).toContain('@@ -0,0 +1,9 @@\n+apiVersion: v1\n+data:\n+  x: "1"\n+kind: ConfigMap\n+metadata:\n');
    expect(cluster.api.tryGet('configmaps', 'default', 'cm1')).toBeUndefined();
  });

  it('a change to a live object: its hunk only; the same file again after apply: no output, exit 0', () => {
    const { fs, run } = setup();
    fs.write('cm.yaml', CM('  a: b\n  c: d\n'));
    expect(run('apply -f cm.yaml').code).toBe(0);
    fs.write('cm.yaml', CM('  a: z\n  c: d\n'));
    const r = run('diff -f cm.yaml');
    expect(r.code).toBe(1);
    expect(r.out).toContain('@@ -1,6 +1,6 @@\n apiVersion: v1\n data:\n-  a: b\n+  a: z\n   c: d\n kind: ConfigMap\n metadata:\n');
    fs.write('cm.yaml', CM('  a: b\n  c: d\n'));
    expect(run('diff -f cm.yaml')).toMatchObject({ out: '', code: 0 });
  });

  it('Secret data is masked, with (before)/(after) where a value changes', () => {
    const { fs, run } = setup();
    run('create secret generic s1 --from-literal=pw=secret');
    fs.write('s.yaml', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s1\nstringData:\n  pw: other\n  extra: why\n');
    const r = run('diff -f s.yaml');
    expect(r.out).toContain("@@ -1,6 +1,7 @@\n apiVersion: v1\n data:\n-  pw: '*** (before)'\n+  extra: '***'\n+  pw: '*** (after)'\n kind: Secret\n");
    expect(r.out).not.toContain('c2VjcmV0');
  });

  it('errors exit 2: no -f, a missing file, an object the server refuses', () => {
    const { fs, run } = setup();
    expect(run('diff')).toMatchObject({ out: 'error: must specify one of -f and -k\n', code: 2 });
    expect(run('diff -f nope.yaml')).toMatchObject({ out: 'error: the path "nope.yaml" does not exist\n', code: 2 });
    fs.write('bad.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n');
    const r = run('diff -f bad.yaml');
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/^The ConfigMap "Bad_Name" is invalid: metadata\.name: Invalid value: "Bad_Name"/);
  });
});

import { describe, expect, it } from 'vitest';
import { Cluster } from '../sim/cluster';
import { MemoryWorkspace } from './context';
import { runKubectl } from './kubectl';

// Texts as kubectl v1.34 prints them, checked against kubectl v1.34.5.
describe('kubectl dispatcher', () => {
  const cluster = new Cluster({ seed: 1 });
  const run = (line: string) => runKubectl(line.split(' '), { cluster, fs: new MemoryWorkspace(), namespace: 'default' });

  it('suggests the closest command for a typo', () => {
    const r = run('creat configmap x');
    expect(r.out).toBe('error: unknown command "creat" for "kubectl"\n\nDid you mean this?\n\tcreate\n');
    expect(r.code).toBe(1);
  });

  it('answers removed commands as unknown', () => {
    expect(run('rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2').out).toBe('error: unknown command "rolling-update" for "kubectl"\n');
  });

  it.each([
    ['get pods --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    ['get pods -x', "error: unknown shorthand flag: 'x' in -x\nSee 'kubectl get --help' for usage.\n"],
    ['get pods -n', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n"],
    ['delete pod x --timeout=abc', 'error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl delete --help\' for usage.\n'],
  ])('kubectl %s → cobra flag error', (line, want) => {
    const r = run(line);
    expect(r.out).toBe(want);
    expect(r.code).toBe(1);
  });

  it('accepts global flags before the command words', () => {
    expect(run('-n kube-system get svc kube-dns').out).toMatch(/^NAME\s+TYPE\s+CLUSTER-IP.*\nkube-dns\s+ClusterIP\s+10\.96\.0\.10\s/);
  });
});

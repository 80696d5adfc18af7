import { describe, expect, it } from 'vitest';
import { MAX_DEPTH } from '../sim/apiserver/manifest';
import { outputOf, transcriptOf } from './run';

const list = (n: number, kind: string, spec = '') =>
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'List',
    items: Array.from({ length: n }, (_, i) => ({ apiVersion: 'v1', kind, metadata: { name: `${kind.toLowerCase()}-${i}` }, ...(spec ? JSON.parse(spec) : {}) })),
  });

// Work a learner did not mean to start ends with a clear error or a bounded result, and the next command works.
describe('runaway work ends', { timeout: 120_000 }, () => {
  it('a container that loops forever keeps running; an exec that loops is stopped with a note', () => {
    const t = transcriptOf(
      [
        `kubectl run loop --image=busybox -- sh -c 'while true; do :; done'`,
        'sleep 60',
        'kubectl get pod loop --no-headers',
        `kubectl exec loop -- sh -c 'while true; do :; done'`,
        `kubectl exec loop -- sh -c 'x=a; while true; do x=$x$x; done'`,
        'echo next',
      ].join('\n'),
    );
    expect(outputOf(t, 'kubectl get pod loop')).toMatch(/^loop\s+1\/1\s+Running\s+0\s/);
    expect(outputOf(t, `kubectl exec loop -- sh -c 'while`)).toMatch(/^command stopped: a loop ran 100000 times without sleeping .*\ncommand terminated with exit code 130\n$/);
    expect(outputOf(t, `kubectl exec loop -- sh -c 'x=a`)).toBe('sh: out of memory\ncommand terminated with exit code 137\n');
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('a huge seq stops at its limit and says so', () => {
    const t = transcriptOf(`kubectl run s --image=busybox -- sleep 3600\nsleep 20\nkubectl exec s -- sh -c 'seq 1 100000000 | tail -n 1'\necho next\n`);
    expect(outputOf(t, 'kubectl exec s')).toBe("seq: stopped after 100000 lines (the playground's output limit)\n100000\n");
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('a thousand-object List is created, a thousand pods stop at the pod limit', () => {
    const t = transcriptOf('kubectl apply -f cms.json > /dev/null\nkubectl get cm --no-headers | wc -l\nkubectl create -f pods.json 2>&1 | grep -c exceeded\necho next\n', 1, {
      'cms.json': list(1000, 'ConfigMap'),
      'pods.json': list(1000, 'Pod', '{"spec":{"containers":[{"name":"c","image":"nginx"}]}}'),
    });
    expect(outputOf(t, 'kubectl get cm')).toBe('1001\n');
    expect(Number(outputOf(t, 'kubectl create -f pods.json').trim())).toBeGreaterThan(400);
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('a 500-level document gets a decoding error; one past the decoder limit gets the depth error', () => {
    const deep = (n: number) => `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"deep"},"data":{"a":${'['.repeat(n)}${']'.repeat(n)}}}`;
    const t = transcriptOf('kubectl apply -f d500.json\nkubectl apply -f dmax.json\necho next\n', 1, { 'd500.json': deep(500), 'dmax.json': deep(MAX_DEPTH + 1) });
    expect(outputOf(t, 'kubectl apply -f d500.json')).toContain('json: cannot unmarshal array into Go struct field ConfigMap.data of type string');
    expect(outputOf(t, 'kubectl apply -f dmax.json')).toMatch(/^error: error parsing dmax\.json: json: offset \d+: invalid character '\[' exceeded max depth\n$/);
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('a 300-character name is refused with the length message', () => {
    const name = 'a'.repeat(300);
    const t = transcriptOf(`kubectl create cm ${name}\necho next\n`);
    expect(outputOf(t, 'kubectl create cm')).toContain('metadata.name: Invalid value: "' + name + '": must be no more than 253 characters');
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('objects of one resource type stop at the cluster-wide limit', () => {
    const t = transcriptOf('kubectl apply -f cms.json 2>&1 | grep -c exceeded\nkubectl create cm one-more\n', 1, { 'cms.json': list(5000, 'ConfigMap') });
    // the system's own ConfigMaps count too, so the last few of the 5000 are refused
    expect(Number(outputOf(t, 'kubectl apply -f cms.json').trim())).toBeGreaterThan(0);
    expect(outputOf(t, 'kubectl create cm one-more')).toBe(
      'error: failed to create configmap: configmaps "one-more" is forbidden: exceeded quota: playground-limit, requested: count/configmaps=1, used: count/configmaps=5000, limited: count/configmaps=5000\n',
    );
  });
});

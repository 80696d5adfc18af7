import { describe, expect, it } from 'vitest';
import { applyJsonPatch, JsonPatchError } from './json-patch';
import { jsonMergePatch } from './json-merge';
import { listStrategy } from './merge-keys';
import { strategicMerge, threeWayMergePatch } from './strategic-merge';

const deploy = (containers: unknown[], extra: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'kubia' },
  spec: { replicas: 3, template: { spec: { containers } }, ...extra },
});

describe('merge keys', () => {
  it.each([
    ['Deployment', ['spec', 'template', 'spec', 'containers'], { mergeKey: 'name' }],
    ['Pod', ['spec', 'containers', 'ports'], { mergeKey: 'containerPort' }],
    ['Service', ['spec', 'ports'], { mergeKey: 'port' }],
    ['Pod', ['spec', 'containers', 'env'], { mergeKey: 'name' }],
    ['Pod', ['spec', 'containers', 'volumeMounts'], { mergeKey: 'mountPath' }],
    ['Pod', ['spec', 'volumes'], { mergeKey: 'name' }],
    ['Pod', ['metadata', 'finalizers'], { primitiveMerge: true }],
    ['Pod', ['spec', 'containers', 'args'], undefined],
    ['Pod', ['spec', 'tolerations'], undefined],
    ['NetworkPolicy', ['spec', 'ingress', 'ports'], undefined],
  ])('%s %j merges by %j', (kind, path, want) => {
    expect(listStrategy(kind, path)).toEqual(want);
  });
});

describe('strategic merge patch', () => {
  it('merges containers by name and keeps the others', () => {
    const live = deploy([{ name: 'a', image: 'x:1' }, { name: 'b', image: 'y:1' }]);
    const out = strategicMerge(live, { spec: { template: { spec: { containers: [{ name: 'b', image: 'y:2' }] } } } });
    expect(out.spec.template.spec.containers).toEqual([{ name: 'a', image: 'x:1' }, { name: 'b', image: 'y:2' }]);
  });

  it('deletes list elements with $patch: delete and fields with null', () => {
    const live = deploy([{ name: 'a', image: 'x', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }]);
    const out = strategicMerge(live, { spec: { replicas: null, template: { spec: { containers: [{ name: 'a', env: [{ name: 'A', $patch: 'delete' }] }] } } } });
    expect(out.spec.replicas).toBeUndefined();
    expect(out.spec.template.spec.containers[0].env).toEqual([{ name: 'B', value: '2' }]);
  });

  it('replaces atomic lists whole', () => {
    const live = deploy([{ name: 'a', args: ['1', '2'] }]);
    const out = strategicMerge(live, { spec: { template: { spec: { containers: [{ name: 'a', args: ['3'] }] } } } });
    expect(out.spec.template.spec.containers[0].args).toEqual(['3']);
  });

  it('does not change its input', () => {
    const live = deploy([{ name: 'a' }]);
    const before = JSON.stringify(live);
    strategicMerge(live, { spec: { replicas: 1 } });
    expect(JSON.stringify(live)).toBe(before);
  });
});

describe('three-way merge patch (kubectl apply)', () => {
  it('is empty when the configuration did not change, whatever the server defaulted', () => {
    const cfg = deploy([{ name: 'a', image: 'x' }]);
    const live = deploy([{ name: 'a', image: 'x', imagePullPolicy: 'Always' }], { revisionHistoryLimit: 10 });
    expect(threeWayMergePatch(cfg, cfg, live)).toEqual({});
  });

  it('changes what the new configuration changes', () => {
    const old = deploy([{ name: 'a', image: 'x:1' }]);
    const cfg = deploy([{ name: 'a', image: 'x:2' }]);
    const live = deploy([{ name: 'a', image: 'x:1', imagePullPolicy: 'IfNotPresent' }]);
    const patch = threeWayMergePatch(old, cfg, live);
    expect(patch).toEqual({ spec: { template: { spec: { containers: [{ name: 'a', image: 'x:2' }] } } } });
    expect(strategicMerge(live, patch).spec.template.spec.containers).toEqual([{ name: 'a', image: 'x:2', imagePullPolicy: 'IfNotPresent' }]);
  });

  it('deletes fields and list elements removed from the configuration, but not fields others set', () => {
    const old = deploy([{ name: 'a' }, { name: 'b' }], { minReadySeconds: 5 });
    const cfg = deploy([{ name: 'a' }]);
    const live = deploy([{ name: 'a' }, { name: 'b' }], { minReadySeconds: 5, paused: false });
    const patch = threeWayMergePatch(old, cfg, live);
    expect(patch).toEqual({ spec: { minReadySeconds: null, template: { spec: { containers: [{ name: 'b', $patch: 'delete' }] } } } });
    const out = strategicMerge(live, patch);
    expect(out.spec.template.spec.containers).toEqual([{ name: 'a' }]);
    expect(out.spec.paused).toBe(false);
  });

  it('reverts a live change to a field the configuration sets (kubectl scale then apply)', () => {
    const cfg = deploy([{ name: 'a' }]);
    const live = { ...deploy([{ name: 'a' }]), spec: { ...deploy([{ name: 'a' }]).spec, replicas: 5 } };
    expect(threeWayMergePatch(cfg, cfg, live)).toEqual({ spec: { replicas: 3 } });
  });

  it('pairs list elements that share a merge key value in order (the DNS ports 53/UDP and 53/TCP), as kubectl v1.34 does', () => {
    const svc = (ports: object[]) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'kube-dns' }, spec: { ports } });
    const dns = [
      { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
      { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
    ];
    // a read-back object applied as it is: nothing to send (no element merged into its twin)
    expect(threeWayMergePatch(undefined, svc(dns), svc(dns))).toEqual({});
    // the second 53 renamed: the patch names it by its key, as kubectl's (without $setElementOrder) does
    const renamed = structuredClone(dns);
    renamed[1].name = 'dns-tcp2';
    expect(threeWayMergePatch(svc(dns), svc(renamed), svc(dns))).toEqual({ spec: { ports: [{ port: 53, name: 'dns-tcp2' }] } });
    // a second element with a key already there is an addition
    expect(threeWayMergePatch(svc(dns.slice(0, 1)), svc(dns.slice(0, 2)), svc(dns.slice(0, 1)))).toEqual({ spec: { ports: [dns[1]] } });
  });
});

describe('JSON merge patch (RFC 7386)', () => {
  // the RFC's appendix A examples
  it.each([
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ])('%j + %j = %j', (target, patch, want) => {
    expect(jsonMergePatch(target, patch)).toEqual(want);
  });
});

describe('JSON patch (RFC 6902)', () => {
  const doc = { spec: { replicas: 1, containers: [{ name: 'a' }, { name: 'b' }] } };
  it('adds, replaces, removes, moves, copies and tests', () => {
    const out = applyJsonPatch(doc, [
      { op: 'replace', path: '/spec/replicas', value: 3 },
      { op: 'add', path: '/spec/containers/-', value: { name: 'c' } },
      { op: 'remove', path: '/spec/containers/0' },
      { op: 'copy', from: '/spec/replicas', path: '/spec/copy' },
      { op: 'move', from: '/spec/copy', path: '/spec/moved' },
      { op: 'test', path: '/spec/moved', value: 3 },
      { op: 'add', path: '/metadata', value: { labels: { 'a/b': 'x' } } },
      { op: 'replace', path: '/metadata/labels/a~1b', value: 'y' },
    ]);
    expect(out).toEqual({ spec: { replicas: 3, containers: [{ name: 'b' }, { name: 'c' }], moved: 3 }, metadata: { labels: { 'a/b': 'y' } } });
  });

  it('reports a missing path as evanphx/json-patch does', () => {
    expect(() => applyJsonPatch(doc, [{ op: 'remove', path: '/spec/nodeSelector' }])).toThrow(
      new JsonPatchError('remove operation does not apply: doc is missing path: "/spec/nodeSelector": missing value'),
    );
  });
});

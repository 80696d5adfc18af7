import { describe, expect, it } from 'vitest';
import { applyFilter, defaultFilter, hiddenNamespaces, namespacesOf, pinsFor } from './filter';
import { kubiaCluster } from './fixtures';
import { buildModel } from './model';

describe('graph filter', () => {
  const model = buildModel(kubiaCluster());

  it('hides kube-system and system objects by default', () => {
    const f = defaultFilter(model);
    expect(namespacesOf(model)).toEqual(['default', 'kube-system']);
    expect(f.namespaces).toEqual(['default']);
    const shown = applyFilter(model, f).nodes.map((n) => n.name);
    expect(shown).not.toContain('coredns-abc');
    expect(shown).not.toContain('kubernetes');
    expect(shown).toContain('kubia');
  });

  it('keeps cluster nodes and pods under the network concern but drops workloads', () => {
    const f = { ...defaultFilter(model), concerns: ['network' as const] };
    const kinds = new Set(applyFilter(model, f).nodes.map((n) => n.kind));
    expect([...kinds].sort()).toEqual(['Endpoints', 'Node', 'Pod', 'Service']);
  });

  it('draws hidden-by-default relations only when asked', () => {
    const f = defaultFilter(model);
    expect(applyFilter(model, f).edges.some((e) => e.relation === 'service-pod')).toBe(false);
    expect(applyFilter(model, { ...f, extraRelations: ['service-pod'] }).edges.filter((e) => e.relation === 'service-pod')).toHaveLength(3);
  });

  it('pins what a command wrote into a hidden namespace, with what it relates to there, and nothing else of it', () => {
    const role = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'service-reader', namespace: 'kube-system', uid: 'r1' }, rules: [{ apiGroups: [''], verbs: ['list'], resources: ['services'] }] };
    const binding = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'test', namespace: 'kube-system', uid: 'b1' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'service-reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }],
    };
    const m = buildModel([...kubiaCluster(), role, binding]);
    const f = defaultFilter(m);
    const id = (kind: string) => m.nodes.find((n) => n.kind === kind && n.namespace === 'kube-system')!.id;
    const pins = pinsFor(m, f, new Set([id('RoleBinding')]));
    expect(pins.sort()).toEqual([id('Role'), id('RoleBinding')].sort());
    const shown = applyFilter(m, f, new Set(pins)).nodes.map((n) => n.name);
    expect(shown).toEqual(expect.arrayContaining(['test', 'service-reader', 'kubia']));
    expect(shown).not.toContain('coredns-abc');
    // something written where the filter already looks needs no pin
    expect(pinsFor(m, f, new Set([m.nodes.find((n) => n.name === 'kubia')!.id]))).toEqual([]);
  });

  it('counts what hidden namespaces hold of the shown concerns, for an empty canvas to offer', () => {
    const f = defaultFilter(model);
    const inKubeSystem = model.nodes.filter((n) => n.namespace === 'kube-system' && !n.system).length;
    expect(hiddenNamespaces(model, f)).toEqual([{ namespace: 'kube-system', count: inKubeSystem }]);
    expect(hiddenNamespaces(model, { ...f, namespaces: ['default', 'kube-system'] })).toEqual([]);
    expect(hiddenNamespaces(model, { ...f, concerns: [] })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { applyFilter, defaultFilter, namespacesOf } from './filter';
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
});

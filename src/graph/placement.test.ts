import { describe, expect, it } from 'vitest';
import { applyFilter, defaultFilter } from './filter';
import { kubiaCluster } from './fixtures';
import { quickLayout } from './layout';
import { buildModel } from './model';
import { placeNewcomers } from './placement';

describe('provisional placement while ELK runs', () => {
  const model = buildModel(kubiaCluster());
  const shown = applyFilter(model, defaultFilter(model));

  it('keeps known boxes and stacks a new pod under its group, growing the group', () => {
    const pod = shown.nodes.find((n) => n.kind === 'Pod' && n.parent)!;
    const without = { nodes: shown.nodes.filter((n) => n.id !== pod.id), edges: [] };
    const before = quickLayout(without);
    const after = placeNewcomers(before, shown);
    expect(after.size).toBe(shown.nodes.length);
    for (const [id, b] of before) if (!shown.nodes.find((n) => n.id === id)?.group) expect(after.get(id)).toEqual(b);
    const box = after.get(pod.id)!;
    expect(box.parent).toBe(pod.parent);
    const siblings = [...before].filter(([, b]) => b.parent === pod.parent).map(([, b]) => b.y + b.height);
    expect(box.y).toBeGreaterThan(Math.max(0, ...siblings));
    expect(after.get(pod.parent!)!.height).toBeGreaterThanOrEqual(box.y + box.height);
  });

  it('puts a new top-level object right of everything placed', () => {
    const svc = shown.nodes.find((n) => n.kind === 'Service')!;
    const before = quickLayout({ nodes: shown.nodes.filter((n) => n.id !== svc.id), edges: [] });
    const right = Math.max(...[...before.values()].filter((b) => !b.parent).map((b) => b.x + b.width));
    expect(placeNewcomers(before, shown).get(svc.id)!.x).toBeGreaterThan(right);
  });
});

import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { applyFilter, defaultFilter } from './filter';
import { kubiaCluster, pod } from './fixtures';
import { labelWidth, layoutModel, quickLayout, type Box } from './layout';
import { absoluteBoxes } from './focus';
import { buildModel, type GraphModel } from './model';
import { makeLabelRoom, orderFrames, placeStable } from './placement';

const shownOf = (objects = kubiaCluster()) => {
  const m = buildModel(objects);
  return applyFilter(m, defaultFilter(m));
};

/** Canvas coordinates of every box. */
function absolute(boxes: Map<string, Box>): Map<string, Box> {
  return new Map([...boxes].map(([id, b]) => [id, b.parent ? { ...b, x: b.x + boxes.get(b.parent)!.x, y: b.y + boxes.get(b.parent)!.y } : b]));
}

/** Pairs of boxes (cards and top-level frames; children against their frame-mates) that overlap. */
function overlapping(boxes: Map<string, Box>, model: GraphModel): string[] {
  const abs = absolute(boxes);
  const group = new Set(model.nodes.filter((n) => n.group).map((n) => n.id));
  const ids = [...abs.keys()];
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i], b = ids[j];
      // a card inside its own frame is not an overlap
      if (boxes.get(a)!.parent === b || boxes.get(b)!.parent === a) continue;
      if ((group.has(a) && boxes.get(b)!.parent) || (group.has(b) && boxes.get(a)!.parent)) continue;
      const p = abs.get(a)!, q = abs.get(b)!;
      if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) out.push(`${a} × ${b}`);
    }
  return out;
}

describe('stable placement', () => {
  it('keeps every box in place and puts a new pod in a free slot of its frame', () => {
    const shown = shownOf();
    const pod1 = shown.nodes.find((n) => n.id === 'Pod/default/kubia-5d9f7c8b6-a1')!;
    const before = placeStable(quickLayout({ nodes: shown.nodes.filter((n) => n.id !== pod1.id), edges: [] }), { nodes: shown.nodes.filter((n) => n.id !== pod1.id), edges: [] });
    const after = placeStable(before, shown);
    for (const [id, b] of before) if (!shown.nodes.find((n) => n.id === id)?.group) expect(after.get(id)).toEqual(b);
    const box = after.get(pod1.id)!;
    expect(box.parent).toBe(pod1.parent);
    expect(after.get(pod1.parent!)!.height).toBeGreaterThanOrEqual(box.y + box.height);
    expect(overlapping(after, shown)).toEqual([]);
  });

  it('moves nothing when objects go away, and a newcomer reuses the hole', () => {
    const shown = shownOf();
    const start = placeStable(quickLayout(shown), shown);
    const gone = 'Pod/default/kubia-5d9f7c8b6-b2';
    const less = { nodes: shown.nodes.filter((n) => n.id !== gone), edges: [] };
    const after = placeStable(start, less);
    for (const [id, b] of after) expect(b).toEqual(start.get(id));
    // a replacement pod on the same node takes the free slot
    const more = shownOf([...kubiaCluster().filter((o) => o.metadata.name !== 'kubia-5d9f7c8b6-b2'), pod('kubia-5d9f7c8b6-z9', { node: 'k8s-node2' })]);
    const again = placeStable(after, more);
    expect(again.get('Pod/default/kubia-5d9f7c8b6-z9')!.y).toBe(start.get(gone)!.y);
    for (const [id, b] of after) if (again.has(id)) expect(again.get(id)).toEqual(b);
  });

  it('places a new object in the column of its kind without covering anything', () => {
    const shown = shownOf();
    const svc = 'Service/default/kubia';
    const without = { nodes: shown.nodes.filter((n) => n.id !== svc && n.kind !== 'Endpoints'), edges: [] };
    const before = placeStable(quickLayout(shown), without);
    const after = placeStable(before, shown);
    for (const [id, b] of before) expect(after.get(id)).toEqual(b);
    expect(after.has(svc)).toBe(true);
    expect(overlapping(after, shown)).toEqual([]);
  });

  it('pushes down only what a growing frame would cover', async () => {
    const shown = shownOf();
    const base = orderFrames(await layoutModel(new ELK(), shown), shown);
    const extra = ['a', 'b', 'c', 'd'].map((s) => pod(`kubia-5d9f7c8b6-n${s}`, { node: 'k8s-node1' }));
    const grown = shownOf([...kubiaCluster(), ...extra]);
    const after = placeStable(placeStable(base, shown), grown);
    expect(overlapping(after, grown)).toEqual([]);
    // pods keep their place inside their frame; cards outside the pod column do not move
    for (const id of ['Service/default/kubia', 'Endpoints/default/kubia', 'Pod/default/kubia-5d9f7c8b6-b2']) expect(after.get(id)).toEqual(base.get(id));
  });
});

describe('stable placement of what a command adds', () => {
  const rbac = (extra: any[] = []) => {
    const m = buildModel([
      ...kubiaCluster(),
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'pv-reader' }, rules: [{ apiGroups: [''], verbs: ['get', 'list'], resources: ['persistentvolumes'] }] },
      ...extra,
    ]);
    return applyFilter(m, { ...defaultFilter(m), concerns: ['security', 'workloads', 'network'] });
  };

  it('draws a binding made after its ClusterRole left of the role, moving the role column aside', () => {
    const before = rbac();
    const start = placeStable(quickLayout(before), before);
    const after = rbac([{ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'pv-test' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'pv-reader' }, subjects: [{ kind: 'ServiceAccount', name: 'default', namespace: 'default' }] }]);
    const boxes = placeStable(start, after);
    const crb = boxes.get('ClusterRoleBinding//pv-test')!;
    const role = boxes.get('ClusterRole//pv-reader')!;
    expect(crb.x + crb.width).toBeLessThan(role.x);
    expect(overlapping(boxes, after)).toEqual([]);
    // what stands left of the new column keeps its place
    for (const [id, b] of start) if (b.x < crb.x) expect(boxes.get(id)).toEqual(b);
  });

  it('puts a new ReplicaSet level with its pods rather than at the top of its column', () => {
    const shown = shownOf();
    const rs = shown.nodes.find((n) => n.kind === 'ReplicaSet')!;
    const drop = (m: GraphModel, ids: string[]) => ({ nodes: m.nodes.filter((n) => !ids.includes(n.id)), edges: m.edges.filter((e) => !ids.includes(e.source) && !ids.includes(e.target)) });
    const deploy = shown.nodes.filter((n) => n.kind === 'Deployment').map((n) => n.id);
    const start = placeStable(quickLayout(drop(shown, [...deploy, rs.id])), drop(shown, [...deploy, rs.id]));
    const withRs = drop(shown, deploy);
    const after = placeStable(start, withRs);
    const abs = absoluteBoxes(after);
    const pods = withRs.edges.filter((e) => e.source === rs.id && e.target.startsWith('Pod/')).map((e) => abs.get(e.target)!.y);
    expect(pods.length).toBeGreaterThan(0);
    expect(after.get(rs.id)!.y).toBeGreaterThanOrEqual(Math.min(...pods));
    // the new column pushes what stands right of it aside, all by one step, and moves nothing else
    const rsBox = after.get(rs.id)!;
    const shifts = new Set([...start].filter(([, b]) => !b.parent).map(([id, b]) => (b.x < rsBox.x ? `left ${after.get(id)!.x - b.x}` : `right ${after.get(id)!.x - b.x}`)));
    expect([...shifts].filter((x) => x.startsWith('left'))).toEqual(['left 0']);
    expect([...shifts].filter((x) => x.startsWith('right')).length).toBe(1);
    for (const [id, b] of start) expect({ ...after.get(id)!, x: 0 }).toEqual({ ...b, x: 0 });
    expect(overlapping(after, withRs)).toEqual([]);
  });
});

describe('cluster-node frames after a fresh layout', () => {
  it('come in name order in one column, overlapping nothing', async () => {
    const shown = shownOf();
    const boxes = orderFrames(await layoutModel(new ELK(), shown), shown);
    const [m, n1, n2] = ['Node//k8s-master', 'Node//k8s-node1', 'Node//k8s-node2'].map((id) => boxes.get(id)!);
    expect(m.x).toBe(n1.x);
    expect(n1.x).toBe(n2.x);
    expect(m.y).toBeLessThan(n1.y);
    expect(n1.y).toBeLessThan(n2.y);
    expect(overlapping(boxes, shown)).toEqual([]);
  });
});

describe('room for labels that appear between drawn cards', () => {
  const box = (x: number, parent?: string): Box => ({ x, y: 0, width: 100, height: 40, ...(parent ? { parent } : {}) });

  it('moves the columns from the target on right by what the label lacks, and nothing left of it', () => {
    const boxes = new Map<string, Box>([['role', box(0)], ['pods', box(140)], ['far', box(300)], ['frame', box(140)], ['pod', { ...box(10, 'frame') }]]);
    const label = 'get, list, watch';
    const out = makeLabelRoom(boxes, [{ source: 'role', target: 'pod', label }]);
    const short = labelWidth(label) + 20 - 40;
    expect(out.get('role')!.x).toBe(0);
    expect(out.get('frame')!.x).toBe(140 + short);
    expect(out.get('pods')!.x).toBe(140 + short);
    expect(out.get('far')!.x).toBe(300 + short);
    // a card in a frame keeps its place in the frame
    expect(out.get('pod')!.x).toBe(10);
    // the input stays as it was
    expect(boxes.get('far')!.x).toBe(300);
  });

  it('leaves wide enough gaps, right-to-left edges and unlabelled edges alone', () => {
    const boxes = new Map<string, Box>([['a', box(0)], ['b', box(400)]]);
    expect(makeLabelRoom(boxes, [{ source: 'a', target: 'b', label: 'get' }])).toEqual(boxes);
    expect(makeLabelRoom(boxes, [{ source: 'b', target: 'a', label: 'get, list, watch, create, delete' }])).toEqual(boxes);
    expect(makeLabelRoom(new Map([['a', box(0)], ['b', box(120)]]), [{ source: 'a', target: 'b' }]).get('b')!.x).toBe(120);
  });
});

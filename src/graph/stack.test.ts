import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphModel, GraphNode } from './model';
import { STACK_KEEP, STACK_KIND, stackPods } from './stack';

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => {
  const [kind, namespace, name] = id.split('/');
  return { id, kind, namespace, name, status: 'Running', tone: 'ok', facts: [], concerns: ['workloads'], rev: '', ready: true, ...extra };
};
const edge = (relation: string, source: string, target: string): GraphEdge => ({ id: `${relation}:${source}->${target}`, relation, source, target, concern: 'workloads' });

function cluster(pods: number): GraphModel {
  const nodes = [node('Node//n1', { group: true }), node('ReplicaSet/default/web-1'), node('Endpoints/default/web')];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < pods; i++) {
    const id = `Pod/default/web-1-${String(i).padStart(4, '0')}`;
    nodes.push(node(id, { parent: 'Node//n1' }));
    edges.push(edge('owner', 'ReplicaSet/default/web-1', id), edge('endpoints-pod', 'Endpoints/default/web', id));
  }
  return { nodes, edges };
}

describe('pod stacks', () => {
  it('leaves a lesson-sized cluster alone', () => {
    const m = cluster(5);
    expect(stackPods(m)).toBe(m);
  });

  it('draws 1,000 pods of one owner on one node as a few cards and one counted stack', () => {
    const out = stackPods(cluster(1000));
    expect(out.nodes.filter((n) => n.kind === 'Pod').length).toBe(STACK_KEEP);
    const stack = out.nodes.find((n) => n.kind === STACK_KIND)!;
    expect(stack).toMatchObject({ name: 'web-1', parent: 'Node//n1', count: 1000 - STACK_KEEP });
    // relations to stacked pods point at the stack, once
    expect(out.edges.filter((e) => e.target === stack.id).map((e) => e.relation).sort()).toEqual(['endpoints-pod', 'owner']);
    expect(out.edges.every((e) => out.nodes.some((n) => n.id === e.source) && out.nodes.some((n) => n.id === e.target))).toBe(true);
  });

  it('keeps the card of a pod on the request path', () => {
    const m = cluster(100);
    const target = 'Pod/default/web-1-0099';
    m.edges.push(edge('request', 'Endpoints/default/web', target));
    expect(stackPods(m).nodes.some((n) => n.id === target)).toBe(true);
  });
});

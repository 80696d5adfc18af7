import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { applyFilter, defaultFilter } from './filter';
import { kubiaCluster } from './fixtures';
import { cardHeight, layoutModel, quickLayout, toElk } from './layout';
import { buildModel } from './model';

describe('graph layout', () => {
  const model = buildModel(kubiaCluster());
  const shown = applyFilter(model, defaultFilter(model));

  it('nests pods inside their cluster node group', () => {
    const root = toElk(shown);
    const g = root.children!.find((c) => c.id === 'Node//k8s-node2')!;
    expect(g.children!.map((c) => c.id)).toEqual(['Pod/default/kubia-5d9f7c8b6-b2', 'Pod/default/kubia-5d9f7c8b6-c3']);
  });

  it('places Service left of Endpoints, and Endpoints left of the pods', async () => {
    const boxes = await layoutModel(new ELK(), shown);
    const abs = (id: string) => {
      const b = boxes.get(id)!;
      const p = b.parent ? boxes.get(b.parent)! : { x: 0, y: 0 };
      return b.x + p.x;
    };
    expect(abs('Service/default/kubia')).toBeLessThan(abs('Endpoints/default/kubia'));
    expect(abs('Endpoints/default/kubia')).toBeLessThan(abs('Pod/default/kubia-5d9f7c8b6-a1'));
    expect(boxes.get('Pod/default/kubia-5d9f7c8b6-a1')!.parent).toBe('Node//k8s-node1');
  });
});

describe('quick layout', () => {
  it('puts every node in a column by kind, pods inside their node group', () => {
    const model = buildModel(kubiaCluster());
    const shown = applyFilter(model, defaultFilter(model));
    const boxes = quickLayout(shown);
    expect(boxes.size).toBe(shown.nodes.length);
    expect(boxes.get('Service/default/kubia')!.x).toBeLessThan(boxes.get('Endpoints/default/kubia')!.x);
    expect(boxes.get('Endpoints/default/kubia')!.x).toBeLessThan(boxes.get('Node//k8s-node1')!.x);
    expect(boxes.get('Pod/default/kubia-5d9f7c8b6-a1')!.parent).toBe('Node//k8s-node1');
  });
});

describe('card heights', () => {
  it('give a status too long for the head line (CreateContainerConfigError) a line of its own', () => {
    const card = (status: string) => ({ id: 'Pod/default/p', kind: 'Pod', name: 'p', namespace: 'default', status, tone: 'error' as const, facts: [], concerns: [], rev: '' });
    expect(cardHeight(card('CreateContainerConfigError')) - cardHeight(card('ImagePullBackOff'))).toBe(16);
    expect(cardHeight(card('ContainerCreating'))).toBe(cardHeight(card('Running')));
  });
});

import { describe, expect, it } from 'vitest';
import { PodTable } from './pod-table';
import type { PodRt } from './state';

const rt = (name: string, node: string) => ({ ns: 'default', name, node }) as PodRt;
const names = (list: readonly PodRt[]) => list.map((r) => r.name);

describe('PodTable', () => {
  it("groups each node's pods in the table's order", () => {
    const t = new PodTable();
    for (const [name, node] of [['a', 'n1'], ['b', 'n2'], ['c', 'n1'], ['d', 'n1']]) t.set(`default/${name}`, rt(name, node));
    expect(names(t.on('n1'))).toEqual(['a', 'c', 'd']);
    expect(names(t.on('n2'))).toEqual(['b']);
    expect(t.on('n3')).toEqual([]);
  });

  it('regroups after a pod is added, replaced or removed', () => {
    const t = new PodTable();
    t.set('default/a', rt('a', 'n1'));
    t.set('default/b', rt('b', 'n1'));
    expect(names(t.on('n1'))).toEqual(['a', 'b']);
    // a key replaced keeps its place in the table, on the new pod's node
    t.set('default/a', rt('a', 'n2'));
    expect(names(t.on('n1'))).toEqual(['b']);
    expect(names(t.on('n2'))).toEqual(['a']);
    t.delete('default/b');
    expect(t.on('n1')).toEqual([]);
    t.set('default/c', rt('c', 'n2'));
    expect(names(t.on('n2'))).toEqual(['a', 'c']);
    t.clear();
    expect(t.on('n2')).toEqual([]);
  });

  it("keeps each node's group in the table's order when changes follow reads", () => {
    const t = new PodTable();
    const check = () => {
      for (const node of ['n1', 'n2']) expect(names(t.on(node))).toEqual([...t.values()].filter((r) => r.node === node).map((r) => r.name));
    };
    t.set('default/a', rt('a', 'n1'));
    check();
    t.set('default/b', rt('b', 'n2'));
    t.set('default/c', rt('c', 'n1'));
    check();
    // replaced on the same node: its place stays
    t.set('default/a', rt('a', 'n1'));
    check();
    t.delete('default/a');
    t.set('default/a', rt('a', 'n1'));
    check();
    // moved to another node without leaving the table: its place in the table is kept
    t.set('default/c', rt('c', 'n2'));
    check();
    t.set('default/d', rt('d', 'n2'));
    t.delete('default/b');
    check();
  });
});

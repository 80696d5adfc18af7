import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { ObjectStore } from './store';

const pod = (name: string, node: string, v = 0): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'ns', labels: { v: String(v) } }, spec: { nodeName: node } });
const names = (objs: KObject[]) => objs.map((o) => o.metadata.name);

describe('object store indexes', () => {
  it('lists an index value in the order its objects were last written, also when the indexed value did not change', () => {
    const s = new ObjectStore();
    s.addIndex('pods', 'nodeName', (o) => [o.spec.nodeName]);
    for (const n of ['a', 'b', 'c']) s.put('pods', pod(n, 'n1'), 'ADDED');
    s.put('pods', pod('a', 'n1', 1), 'MODIFIED');
    expect(names(s.byIndex('pods', 'nodeName', 'n1'))).toEqual(['b', 'c', 'a']);
    s.put('pods', pod('b', 'n1', 1), 'MODIFIED');
    expect(names(s.byIndex('pods', 'nodeName', 'n1'))).toEqual(['c', 'a', 'b']);
    expect(s.byIndex('pods', 'nodeName', 'n1')[1].metadata.labels!.v).toBe('1');
    expect(s.indexProblems()).toEqual([]);
  });

  it('moves an object between values when its indexed value changes', () => {
    const s = new ObjectStore();
    s.addIndex('pods', 'nodeName', (o) => [o.spec.nodeName]);
    for (const n of ['a', 'b']) s.put('pods', pod(n, 'n1'), 'ADDED');
    s.put('pods', pod('a', 'n2'), 'MODIFIED');
    expect(names(s.byIndex('pods', 'nodeName', 'n1'))).toEqual(['b']);
    expect(names(s.byIndex('pods', 'nodeName', 'n2'))).toEqual(['a']);
    s.remove('pods', pod('a', 'n2'));
    expect(s.countByIndex('pods', 'nodeName', 'n2')).toBe(0);
    expect(s.indexProblems()).toEqual([]);
  });

  it('lists an index added over stored objects in table order, then in write order', () => {
    const s = new ObjectStore();
    for (const n of ['a', 'b', 'c']) s.put('pods', pod(n, 'n1'), 'ADDED');
    s.put('pods', pod('a', 'n1', 1), 'MODIFIED');
    s.addIndex('pods', 'nodeName', (o) => [o.spec.nodeName]);
    expect(names(s.byIndex('pods', 'nodeName', 'n1'))).toEqual(['a', 'b', 'c']);
    s.put('pods', pod('b', 'n1', 1), 'MODIFIED');
    expect(names(s.byIndex('pods', 'nodeName', 'n1'))).toEqual(['a', 'c', 'b']);
  });
});

import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Node } from 'yaml';

/** The key at `offset` in a YAML file: its name, the path of the map holding it, and its document's kind. */
export interface KeyAt {
  name: string;
  parent: (string | number)[];
  /** Start and end offsets of the key's text. */
  range: [number, number];
  root?: { apiVersion: string; kind: string };
}

/** Find the mapping key whose text covers `offset` (documents parsed leniently: a broken one still has keys). */
export function keyAt(text: string, offset: number): KeyAt | undefined {
  for (const doc of parseAllDocuments(text)) {
    if (!('contents' in doc) || !doc.contents) continue;
    const [start, , end] = doc.range;
    if (offset < start || offset > end) continue;
    const top = doc.contents;
    let root: KeyAt['root'];
    if (isMap(top)) {
      const apiVersion = top.get('apiVersion');
      const kind = top.get('kind');
      if (typeof apiVersion === 'string' && typeof kind === 'string') root = { apiVersion, kind };
    }
    const found = walk(top as Node, [], offset);
    if (found) return { ...found, root };
  }
  return undefined;
}

function walk(node: Node | null | undefined, path: (string | number)[], offset: number): Omit<KeyAt, 'root'> | undefined {
  if (!node) return undefined;
  if (isMap(node)) {
    for (const item of node.items) {
      if (!isPair(item) || !isScalar(item.key) || !item.key.range) continue;
      const [ks, ke] = item.key.range;
      const name = String(item.key.value);
      if (offset >= ks && offset <= ke) return { name, parent: path, range: [ks, ke] };
      const inner = walk(item.value as Node, [...path, name], offset);
      if (inner) return inner;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const inner = walk(node.items[i] as Node, [...path, i], offset);
      if (inner) return inner;
    }
  }
  return undefined;
}

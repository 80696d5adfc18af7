import type { NodeAgent } from './agent';
import { treeKiB } from './disk';
import type { Inode } from './fs';
import { rootfsLayers } from './layers';

/** 1K blocks written on a node's disk since it was installed: hostPaths, the pods' disk-backed volumes and their containers' writable layers. */
export function nodeWrittenKiB(k: NodeAgent, node: string): number {
  // a tree two pods mount (a hostPath, a local PV) counts once
  const seen = new Set<Inode>();
  let sum = 0;
  for (const t of k.nodes.get(node)?.hostPaths.values() ?? []) sum += treeKiB(t.root, seen);
  for (const rt of k.pods.on(node)) {
    for (const v of rt.volumes.values()) if (v.disk.kind === 'node') sum += treeKiB(v.tree.root, seen);
    for (const c of rt.containers) {
      if (c.fs) for (const f of rootfsLayers(rt, c, c.fs).writable) sum += Math.ceil(f.bytes / 4096) * 4;
    }
  }
  return sum;
}

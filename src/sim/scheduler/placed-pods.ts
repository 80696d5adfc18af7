import type { KObject } from '../types';

/** The bucket of every placed pod in a namespace. */
export const namespaceBucket = (ns: string | undefined): string => ns ?? '';
/** The bucket of the placed pods in a namespace that carry one label. */
export const labelBucket = (ns: string | undefined, key: string, value: string): string => `${ns ?? ''}\u0000${key}=${value}`;

/** A placed pod and the buckets it is in (its labels' buckets, worked out once). */
interface Placed {
  pod: KObject;
  buckets: string[];
}

/**
 * The pods the scheduler counts on each node (assigned or assumed), also grouped by namespace and by
 * (namespace, label key=value), then node: spreading reads a selector's smallest bucket per node
 * instead of every pod on it. Kept as pods are placed, changed and removed; a pod's entry is shared by
 * its buckets, so a change that keeps its labels only swaps the object in.
 */
export class PlacedPods {
  private readonly byNode = new Map<string, Map<string, Placed>>();
  /** bucket → node → pod key → entry */
  private readonly buckets = new Map<string, Map<string, Map<string, Placed>>>();
  private readonly sizes = new Map<string, number>();

  /** Place (or replace) the pod with this key on `node`. */
  set(node: string, key: string, pod: KObject): void {
    let on = this.byNode.get(node);
    if (!on) this.byNode.set(node, (on = new Map()));
    const prev = on.get(key);
    if (prev && sameLabels(prev.pod, pod)) {
      prev.pod = pod;
      return;
    }
    if (prev) this.unbucket(node, key, prev);
    const entry: Placed = { pod, buckets: bucketsOf(pod) };
    on.set(key, entry);
    for (const b of entry.buckets) {
      let nodes = this.buckets.get(b);
      if (!nodes) this.buckets.set(b, (nodes = new Map()));
      let pods = nodes.get(node);
      if (!pods) nodes.set(node, (pods = new Map()));
      pods.set(key, entry);
      this.sizes.set(b, (this.sizes.get(b) ?? 0) + 1);
    }
  }

  delete(node: string, key: string): void {
    const on = this.byNode.get(node);
    const prev = on?.get(key);
    if (!on || !prev) return;
    on.delete(key);
    this.unbucket(node, key, prev);
  }

  /** Forget everything placed on a node (the node went away). */
  dropNode(node: string): void {
    for (const key of [...(this.byNode.get(node)?.keys() ?? [])]) this.delete(node, key);
    this.byNode.delete(node);
  }

  /** How many placed pods a bucket holds over all nodes. */
  size(bucket: string): number {
    return this.sizes.get(bucket) ?? 0;
  }

  /** Counts, per node asked, the placed pods that satisfy `matches`, all of which are in each of `buckets`: read from the smallest. */
  counter(buckets: string[], matches: (p: KObject) => boolean): (node: string) => number {
    let bucket = buckets[0];
    for (const b of buckets) if (this.size(b) < this.size(bucket)) bucket = b;
    return this.matchingOn(bucket, matches);
  }

  /** Counts, per node asked, the placed pods of a bucket that satisfy `matches` (the bucket looked up once). */
  matchingOn(bucket: string, matches: (p: KObject) => boolean): (node: string) => number {
    const nodes = this.buckets.get(bucket);
    return (node) => {
      const pods = nodes?.get(node);
      if (!pods) return 0;
      let n = 0;
      for (const e of pods.values()) if (matches(e.pod)) n++;
      return n;
    };
  }

  private unbucket(node: string, key: string, entry: Placed): void {
    for (const b of entry.buckets) {
      const nodes = this.buckets.get(b)!;
      const pods = nodes.get(node)!;
      pods.delete(key);
      if (!pods.size) nodes.delete(node);
      const n = this.sizes.get(b)! - 1;
      if (n) this.sizes.set(b, n);
      else {
        this.sizes.delete(b);
        this.buckets.delete(b);
      }
    }
  }
}

function bucketsOf(pod: KObject): string[] {
  const ns = pod.metadata.namespace;
  const out = [namespaceBucket(ns)];
  for (const [k, v] of Object.entries((pod.metadata.labels ?? {}) as Record<string, string>)) out.push(labelBucket(ns, k, v));
  return out;
}

function sameLabels(a: KObject, b: KObject): boolean {
  if (a.metadata.namespace !== b.metadata.namespace) return false;
  const la: Record<string, string> = a.metadata.labels ?? {};
  const lb: Record<string, string> = b.metadata.labels ?? {};
  if (la === lb) return true;
  const ka = Object.keys(la);
  if (ka.length !== Object.keys(lb).length) return false;
  return ka.every((k) => Object.hasOwn(lb, k) && la[k] === lb[k]);
}

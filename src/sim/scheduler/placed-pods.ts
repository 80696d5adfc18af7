import type { KObject } from '../types';

/** The bucket of every placed pod in a namespace. */
export const namespaceBucket = (ns: string | undefined): string => ns ?? '';
/** The bucket of the placed pods in a namespace that carry one label. */
export const labelBucket = (ns: string | undefined, key: string, value: string): string => `${ns ?? ''}\u0000${key}=${value}`;

/**
 * The pods the scheduler counts on each node (assigned or assumed), also grouped by namespace and by
 * (namespace, label key=value), then node: spreading reads a selector's smallest bucket per node
 * instead of every pod on it. Kept as pods are placed, changed and removed.
 */
export class PlacedPods {
  private readonly byNode = new Map<string, Map<string, KObject>>();
  /** bucket → node → pod key → pod */
  private readonly buckets = new Map<string, Map<string, Map<string, KObject>>>();
  private readonly sizes = new Map<string, number>();

  /** Place (or replace) the pod with this key on `node`. */
  set(node: string, key: string, pod: KObject): void {
    let on = this.byNode.get(node);
    if (!on) this.byNode.set(node, (on = new Map()));
    const prev = on.get(key);
    on.set(key, pod);
    if (prev && sameLabels(prev, pod)) {
      // only the object changed: swap it in place in each of its buckets
      for (const b of bucketsOf(pod)) this.buckets.get(b)!.get(node)!.set(key, pod);
      return;
    }
    if (prev) this.unbucket(node, key, prev);
    for (const b of bucketsOf(pod)) {
      let nodes = this.buckets.get(b);
      if (!nodes) this.buckets.set(b, (nodes = new Map()));
      let pods = nodes.get(node);
      if (!pods) nodes.set(node, (pods = new Map()));
      pods.set(key, pod);
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

  /** The placed pods of a bucket on one node. */
  on(bucket: string, node: string): Iterable<KObject> {
    return this.buckets.get(bucket)?.get(node)?.values() ?? [];
  }

  private unbucket(node: string, key: string, pod: KObject): void {
    for (const b of bucketsOf(pod)) {
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

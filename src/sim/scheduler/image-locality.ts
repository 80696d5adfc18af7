/**
 * ImageLocality (v1.34 default profile, weight 1): a node scores by the images of the pod it already reports in
 * status.images, each image's size scaled by the share of nodes that have it, between 23 MiB and 1000 MiB per
 * container.
 */
import type { KObject } from '../types';

const MAX_NODE_SCORE = 100;
const MB = 1024 * 1024;
const MIN_THRESHOLD = 23 * MB;
const MAX_CONTAINER_THRESHOLD = 1000 * MB;

/** What the scheduler's cache keeps of a node's images: each reported name and its size. */
export type NodeImages = ReadonlyMap<string, number>;

/** The names and sizes a node reports in status.images (every name of an image maps to its size). */
export function nodeImages(node: KObject): Map<string, number> {
  const out = new Map<string, number>();
  for (const img of (node.status?.images ?? []) as { names?: string[]; sizeBytes?: number }[]) {
    for (const name of img.names ?? []) if (!out.has(name)) out.set(name, img.sizeBytes ?? 0);
  }
  return out;
}

/** normalizedImageName: `:latest` added when the reference has no tag; nothing else (so `nginx` never matches `docker.io/library/nginx:latest`). */
export function normalizedImageName(name: string): string {
  return name.lastIndexOf(':') <= name.lastIndexOf('/') ? `${name}:latest` : name;
}

/** The images ImageLocality sums for a pod (init containers, containers, image volumes) and the container count that sets its ceiling. */
export function podImages(pod: KObject): { images: string[]; containers: number } {
  const init: { image?: string }[] = pod.spec?.initContainers ?? [];
  const main: { image?: string }[] = pod.spec?.containers ?? [];
  const volumes = ((pod.spec?.volumes ?? []) as { image?: { reference?: string } }[]).filter((v) => v.image).map((v) => v.image?.reference ?? '');
  return { images: [...init.map((c) => c.image ?? ''), ...main.map((c) => c.image ?? ''), ...volumes], containers: init.length + main.length };
}

/**
 * PreScore and Score: a node's score is the sum over the pod's images present on it of trunc(size × nodes with
 * the image / all nodes), clamped to [23 MiB, 1000 MiB × containers] and scaled to 0..100 (integer division).
 * Each image's name and spread are worked out once per pod, not per node.
 */
export function imageLocalityScorer(pod: { images: string[]; containers: number }, nodesWith: (name: string) => number, totalNodes: number): (images: NodeImages) => number {
  const names = pod.images.map(normalizedImageName);
  const spread = names.map((name) => nodesWith(name) / totalNodes);
  const max = MAX_CONTAINER_THRESHOLD * pod.containers;
  return (images) => {
    let sum = 0;
    for (let i = 0; i < names.length; i++) {
      const size = images.get(names[i]);
      if (size !== undefined) sum += Math.trunc(size * spread[i]);
    }
    const clamped = Math.min(Math.max(sum, MIN_THRESHOLD), max);
    return Math.floor((MAX_NODE_SCORE * (clamped - MIN_THRESHOLD)) / (max - MIN_THRESHOLD));
  };
}

/**
 * The images a node reports in status.images (kubelet nodestatus.Images): the largest first, at most
 * nodeStatusMaxImages of them, each named by its digest reference, then its tag.
 */
import type { SimContext } from '../context';
import { resolveImage } from '../images/catalog';
import { repoOf } from '../images/ref';
import { sameJson } from '../same-json';
import type { NodeState } from './node-state';
import { nodeContext } from './node-context';

/** The kubelet's default nodeStatusMaxImages. */
export const NODE_STATUS_MAX_IMAGES = 50;
/** MaxNamesPerImageInNodeStatus. */
const MAX_NAMES_PER_IMAGE = 5;
/**
 * The image manager lists the runtime's images every 30 s (realImageGCManager.Start's image cache); the
 * node status update that follows (every 10 s, taken here as the same tick) posts what changed.
 */
const IMAGE_CACHE_REFRESH_MS = 30_000;

export interface ContainerImage {
  names: string[];
  sizeBytes: number;
}

/** status.images for the node's image store (its fully qualified references), sorted by size, largest first. */
export function statusImages(images: Iterable<string>, max = NODE_STATUS_MAX_IMAGES): ContainerImage[] {
  const out: ContainerImage[] = [];
  for (const q of images) {
    const res = resolveImage(q);
    if (!res.ok) continue;
    const repo = repoOf(res.ref);
    // RepoDigests, then RepoTags
    const names = [`${repo}@${res.digest}`, ...(res.ref.tag ? [`${repo}:${res.ref.tag}`] : [])].slice(0, MAX_NAMES_PER_IMAGE);
    out.push({ names, sizeBytes: res.def.size });
  }
  // the image manager's list is sorted by size; equal sizes keep a fixed order here
  out.sort((a, b) => b.sizeBytes - a.sizeBytes || (a.names[0] < b.names[0] ? -1 : a.names[0] > b.names[0] ? 1 : 0));
  return out.slice(0, max);
}

/** Write the node's status.images now if they changed (a kubelet that is down reports nothing). */
export function reportImages(ctx: SimContext, node: NodeState, down: ReadonlySet<string>): void {
  if (down.has(node.name)) return;
  // the node's kubelet writes its own status, as system:node:<node>
  const api = nodeContext(ctx, node.name).api;
  const obj = api.tryGet('nodes', undefined, node.name);
  if (!obj?.status) return;
  const images = statusImages(node.images);
  if (sameJson(obj.status.images, images)) return;
  api.updateStatus({ ...obj, status: { ...obj.status, images } });
}

/** A pull finished: the image shows in the node's status once the image cache is next refreshed. */
export function imagesChanged(ctx: SimContext, node: NodeState, down: ReadonlySet<string>): void {
  if (node.imagesReport !== undefined) return;
  node.imagesReport = ctx.clock.after(
    IMAGE_CACHE_REFRESH_MS - (ctx.clock.now() % IMAGE_CACHE_REFRESH_MS),
    () => {
      node.imagesReport = undefined;
      reportImages(ctx, node, down);
    },
    'node-images',
  );
}

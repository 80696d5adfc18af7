import { describe, expect, it } from 'vitest';
import { NODE_STATUS_MAX_IMAGES, statusImages } from './node-images';

describe("a node's status.images (kubelet nodestatus.Images)", () => {
  const store = ['registry.k8s.io/pause:3.10.1', 'docker.io/library/nginx:1.27', 'docker.io/library/mysql:8.0', 'docker.io/library/busybox:latest'];

  it('lists the largest images first, each named by its digest reference and then its tag', () => {
    const images = statusImages(store);
    const sizes = images.map((i) => i.sizeBytes);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(images[0].names).toEqual([expect.stringMatching(/^docker\.io\/library\/mysql@sha256:[0-9a-f]{64}$/), 'docker.io/library/mysql:8.0']);
    expect(images.at(-1)?.names[1]).toBe('registry.k8s.io/pause:3.10.1');
  });

  it('reports at most nodeStatusMaxImages (50 by default) of them', () => {
    expect(NODE_STATUS_MAX_IMAGES).toBe(50);
    expect(statusImages(store, 2).map((i) => i.names[1])).toEqual(['docker.io/library/mysql:8.0', 'docker.io/library/nginx:1.27']);
  });

  it('leaves out what the catalog cannot name', () => {
    expect(statusImages(['docker.io/library/nosuchimage:1'])).toEqual([]);
  });
});

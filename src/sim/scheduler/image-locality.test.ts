import { describe, expect, it } from 'vitest';
import type { KObject } from '../types';
import { imageLocalityScorer, nodeImages, normalizedImageName, podImages } from './image-locality';

const mb = 1024 * 1024;
type Img = [string[], number];
const node = (name: string, images: Img[]): KObject => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, status: { images: images.map(([names, mbs]) => ({ names, sizeBytes: mbs * mb })) } });
const pod = (containers: string[], initContainers: string[] = []): KObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'p' },
  spec: { containers: containers.map((image) => ({ image })), initContainers: initContainers.map((image) => ({ image })) },
});

// the nodes of upstream's image_locality_test.go (v1.34)
const node403002000: Img[] = [
  [['gcr.io/40:latest', 'gcr.io/40:v1', 'gcr.io/40:v1'], 40],
  [['gcr.io/300:latest', 'gcr.io/300:v1'], 300],
  [['gcr.io/2000:latest'], 2000],
];
const node25010: Img[] = [
  [['gcr.io/250:latest'], 250],
  [['gcr.io/10:latest', 'gcr.io/10:v1'], 10],
];
const node60040900: Img[] = [
  [['gcr.io/600:latest'], 600],
  [['gcr.io/40:latest'], 40],
  [['gcr.io/900:latest'], 900],
];
const node300600900: Img[] = [
  [['gcr.io/300:latest'], 300],
  [['gcr.io/600:latest'], 600],
  [['gcr.io/900:latest'], 900],
];
const node400030: Img[] = [
  [['gcr.io/4000:latest'], 4000],
  [['gcr.io/30:latest'], 30],
];
const node203040: Img[] = [
  [['gcr.io/20:latest'], 20],
  [['gcr.io/30:latest'], 30],
  [['gcr.io/40:latest'], 40],
];

/** Each node's score, the spread counted over the listed nodes as the scheduler's snapshot does. */
function scores(p: KObject, nodes: KObject[]): number[] {
  const images = nodes.map(nodeImages);
  const nodesWith = (name: string) => images.filter((m) => m.has(name)).length;
  const score = imageLocalityScorer(podImages(p), nodesWith, nodes.length);
  return images.map(score);
}

describe('ImageLocality Score (TestImageLocalityPriority)', () => {
  it.each<[string, KObject, KObject[], number[]]>([
    ['two images spread on two nodes, prefer the larger image one', pod(['gcr.io/40', 'gcr.io/250']), [node('node1', node403002000), node('node2', node25010)], [0, 5]],
    ['two images on one node, prefer this node', pod(['gcr.io/40', 'gcr.io/300']), [node('node1', node403002000), node('node2', node25010)], [7, 0]],
    ['if exceed limit, use limit', pod(['gcr.io/10', 'gcr.io/4000']), [node('node1', node400030), node('node2', node25010)], [100, 0]],
    ['if exceed limit, use limit (with a node without images)', pod(['gcr.io/10', 'gcr.io/4000']), [node('node1', node400030), node('node2', node25010), node('node3', [])], [66, 0, 0]],
    ['pod with multiple large images, node2 is preferred', pod(['gcr.io/300', 'gcr.io/600', 'gcr.io/900']), [node('node1', node60040900), node('node2', node300600900), node('node3', [])], [32, 36, 0]],
    ['pod with multiple small images', pod(['gcr.io/30', 'gcr.io/40']), [node('node1', node203040), node('node2', node400030)], [1, 0]],
    ['include InitContainers: two images spread on two nodes, prefer the larger image one', pod(['gcr.io/30'], ['gcr.io/300']), [node('node1', node403002000), node('node2', node203040)], [6, 0]],
  ])('%s', (_name, p, nodes, want) => {
    expect(scores(p, nodes)).toEqual(want);
  });
});

describe('normalizedImageName (TestNormalizedImageName)', () => {
  it.each([
    ['root', 'root:latest'],
    ['gcr.io:5000/root', 'gcr.io:5000/root:latest'],
    ['root:tag', 'root:tag'],
    ['root@sha256:4813494d137e1631bba301d5acab6e7bb7aa74ce1185d456565ef51d737677b2', 'root@sha256:4813494d137e1631bba301d5acab6e7bb7aa74ce1185d456565ef51d737677b2'],
  ])('%s → %s', (input, output) => {
    expect(normalizedImageName(input)).toBe(output);
  });

  it('does not qualify a short name: `nginx` is not the `docker.io/library/nginx:latest` a node reports', () => {
    const n = node('n', [[['docker.io/library/nginx@sha256:0', 'docker.io/library/nginx:latest'], 500]]);
    expect(scores(pod(['nginx']), [n])).toEqual([0]);
    expect(scores(pod(['docker.io/library/nginx:latest']), [n])).toEqual([48]);
  });
});

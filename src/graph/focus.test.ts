import { describe, expect, it } from 'vitest';
import { kubiaCluster } from './fixtures';
import { absoluteBoxes, cameraCore, cameraFor, focusSet, PRESENT_SCALE, READABLE_ZOOM } from './focus';
import type { Box } from './layout';
import { buildModel } from './model';

describe('what the last command touched', () => {
  it('brings its neighbours (a Service its Endpoints; a pod its frame) into focus, nothing else', () => {
    const m = buildModel(kubiaCluster());
    const f = focusSet(m, ['Service/default/kubia', 'Pod/default/kubia-5d9f7c8b6-a1', 'Gone/x/y']);
    expect(f.has('Endpoints/default/kubia')).toBe(true);
    expect(f.has('Node//k8s-node1')).toBe(true);
    expect(f.has('ReplicaSet/default/kubia-5d9f7c8b6')).toBe(true);
    expect(f.has('Deployment/default/kubia')).toBe(false);
    expect(f.has('Gone/x/y')).toBe(false);
  });
});

describe('what the camera keeps whole', () => {
  it('is the cards a command touched, not the node frames around them; a frame alone when nothing else was touched', () => {
    const m = buildModel(kubiaCluster());
    expect([...cameraCore(m, ['Node//k8s-node1', 'Pod/default/kubia-5d9f7c8b6-a1'])]).toEqual(['Pod/default/kubia-5d9f7c8b6-a1']);
    expect([...cameraCore(m, ['Node//k8s-node1'])]).toEqual(['Node//k8s-node1']);
  });
});

describe('the camera', () => {
  const grid = (n: number) => new Map<string, Box>(Array.from({ length: n }, (_, i) => [`c${i}`, { x: (i % 5) * 250, y: Math.floor(i / 5) * 90, width: 200, height: 70 }]));

  it('shows everything when it fits at a readable zoom (never above 1)', () => {
    const v = cameraFor(grid(2), { width: 1000, height: 600 }, new Set());
    expect(v.all).toBe(true);
    expect(v.zoom).toBe(1);
  });

  it('in presenter mode draws cards larger: up to PRESENT_SCALE where they fit, never below its enlarged readable zoom', () => {
    expect(cameraFor(grid(2), { width: 1000, height: 600 }, new Set(), false, undefined, PRESENT_SCALE).zoom).toBe(PRESENT_SCALE);
    const v = cameraFor(grid(25), { width: 490, height: 560 }, new Set(['c12']), false, undefined, PRESENT_SCALE);
    expect(v.all).toBe(false);
    expect(v.zoom).toBe(PRESENT_SCALE);
    const crowded = cameraFor(grid(25), { width: 490, height: 560 }, new Set(['c0', 'c4', 'c24']), false, new Set(['c0']), PRESENT_SCALE);
    expect(crowded.zoom).toBeCloseTo(READABLE_ZOOM * PRESENT_SCALE);
  });

  it('keeps a readable zoom on the focus when the cluster does not fit', () => {
    const boxes = grid(25);
    const v = cameraFor(boxes, { width: 490, height: 560 }, new Set(['c12', 'c13']));
    expect(v.all).toBe(false);
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // the focused cards are on screen
    for (const id of ['c12', 'c13']) {
      const b = boxes.get(id)!;
      expect(b.x * v.zoom + v.x).toBeGreaterThanOrEqual(0);
      expect((b.x + b.width) * v.zoom + v.x).toBeLessThanOrEqual(490);
      expect(b.y * v.zoom + v.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('slides a focus at the drawing\'s edge inwards: no empty canvas beside content out of view', () => {
    const boxes = grid(25);
    const pane = { width: 490, height: 300 };
    // c20 is the bottom-left card: centred on it, half the pane would be empty
    const v = cameraFor(boxes, pane, new Set(['c20']));
    const b = boxes.get('c20')!;
    expect(v.x).toBeCloseTo(16);
    expect((b.y + b.height) * v.zoom + v.y).toBeCloseTo(pane.height - 16);
    expect(b.x * v.zoom + v.x).toBeGreaterThanOrEqual(0);
    expect(b.y * v.zoom + v.y).toBeGreaterThanOrEqual(0);
  });

  it('moves a core too far from its neighbours to show them all towards them, the core still whole in view', () => {
    // c11 left of the middle; its neighbours at the far right, one of them in the bottom row (the focus does not fit the pane)
    const boxes = grid(25);
    const pane = { width: 600, height: 300 };
    const v = cameraFor(boxes, pane, new Set(['c11', 'c14', 'c24']), false, new Set(['c11']));
    const b = boxes.get('c11')!;
    expect(b.x * v.zoom + v.x).toBeGreaterThanOrEqual(16 - 0.01);
    expect((b.x + b.width) * v.zoom + v.x).toBeLessThanOrEqual(pane.width - 16 + 0.01);
    expect(b.y * v.zoom + v.y).toBeGreaterThanOrEqual(16 - 0.01);
    expect((b.y + b.height) * v.zoom + v.y).toBeLessThanOrEqual(pane.height - 16 + 0.01);
    // not centred on the core: the view leans right and down, towards c14 and c24
    expect((b.x + b.width / 2) * v.zoom + v.x).toBeLessThan(pane.width / 2 - 50);
    expect((b.y + b.height / 2) * v.zoom + v.y).toBeLessThan(pane.height / 2 - 20);
  });

  it('centres a dimension in which the whole drawing fits', () => {
    // one row of five cards is 1200 wide, 70 high: it fits the height, not the width
    const v = cameraFor(grid(5), { width: 600, height: 600 }, new Set(['c4']));
    expect(v.all).toBe(false);
    expect(v.y).toBeCloseTo(300 - 35 * v.zoom);
    expect((1200) * v.zoom + v.x).toBeCloseTo(600 - 16);
  });

  it('with nothing in focus starts at the top, from the leftmost card up there (not an empty corner)', () => {
    const boxes = new Map<string, Box>([
      ['top', { x: 800, y: 0, width: 200, height: 70 }],
      ['low', { x: 0, y: 2000, width: 200, height: 70 }],
    ]);
    const v = cameraFor(boxes, { width: 500, height: 400 }, new Set());
    expect(v.all).toBe(false);
    // the top card whole in view (slid as far left as the drawing's right edge allows)
    expect(800 * v.zoom + v.x).toBeGreaterThanOrEqual(16);
    expect(1000 * v.zoom + v.x).toBeLessThanOrEqual(500 - 16 + 0.5);
    expect(v.y).toBeCloseTo(16);
  });

  it('fits everything when asked, whatever the zoom', () => {
    const v = cameraFor(grid(25), { width: 490, height: 560 }, new Set(['c1']), true);
    expect(v.all).toBe(true);
    expect(v.zoom).toBeLessThan(READABLE_ZOOM);
  });

  it('adds frame offsets to the boxes of their pods', () => {
    const abs = absoluteBoxes(new Map<string, Box>([['f', { x: 100, y: 50, width: 232, height: 200 }], ['p', { x: 16, y: 52, width: 200, height: 66, parent: 'f' }]]));
    expect(abs.get('p')).toMatchObject({ x: 116, y: 102 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Box } from './layout';
import { roundedPath, route, routeGrid, type Point } from './route';

const box = (x: number, y: number, width = 200, height = 60): Box => ({ x, y, width, height });

/** True when a horizontal or vertical leg passes through the box. */
function crosses(a: Point, b: Point, o: Box): boolean {
  const minX = Math.min(a.x, b.x), maxX = Math.max(a.x, b.x), minY = Math.min(a.y, b.y), maxY = Math.max(a.y, b.y);
  return minX < o.x + o.width && maxX > o.x && minY < o.y + o.height && maxY > o.y;
}

describe('edge routes', () => {
  it('goes around a card that sits between the two ends', () => {
    const src = box(0, 100);
    const mid = box(260, 80, 200, 100);
    const dst = box(520, 100);
    const from = { x: 200, y: 130 };
    const to = { x: 520, y: 130 };
    const grid = routeGrid([src, mid, dst], [{ x: from.x + 8, y: from.y }, { x: to.x - 8, y: to.y }]);
    const pts = route(grid, from, to)!;
    expect(pts[0]).toEqual(from);
    expect(pts[pts.length - 1]).toEqual(to);
    for (let k = 1; k < pts.length; k++) {
      expect(pts[k].x === pts[k - 1].x || pts[k].y === pts[k - 1].y).toBe(true);
      expect(crosses(pts[k - 1], pts[k], mid)).toBe(false);
    }
    expect(roundedPath(pts).d.startsWith('M 200 130')).toBe(true);
  });

  it('is a straight line when nothing is in the way', () => {
    const from = { x: 200, y: 30 };
    const to = { x: 400, y: 30 };
    const grid = routeGrid([box(0, 0), box(400, 0)], [{ x: 208, y: 30 }, { x: 392, y: 30 }]);
    expect(route(grid, from, to)).toEqual([from, to]);
  });
});

describe('edge routes backwards', () => {
  it('reaches a card on the left from its left side, around both cards', () => {
    const src = box(600, 100);
    const dst = box(0, 100);
    const from = { x: 800, y: 130 };
    const to = { x: 0, y: 130 };
    const grid = routeGrid([src, dst], [{ x: 808, y: 130 }, { x: -8, y: 130 }]);
    const pts = route(grid, from, to)!;
    expect(pts).toBeDefined();
    expect(pts[pts.length - 2].x).toBeLessThan(0);
    for (let k = 1; k < pts.length; k++) for (const o of [src, dst]) expect(crosses(pts[k - 1], pts[k], o)).toBe(false);
  });
});

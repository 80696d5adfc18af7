import { useMemo } from 'react';
import type { Box } from '../../graph/layout';
import type { GraphEdge } from '../../graph/model';
import { route, ROUTE_MARGIN, routeGrid, type Point } from '../../graph/route';

/** Beyond this many edges the canvas draws curves (routing all of them would cost a frame). */
const MAX_ROUTED = 150;

/**
 * Orthogonal routes (canvas coordinates) that go around cards, from a card's right side to the
 * next one's left side, for every edge between drawn nodes. Frames are not obstacles (edges enter them).
 */
export function useRoutes(abs: Map<string, Box>, edges: GraphEdge[], frames: Set<string>): Map<string, Point[]> {
  const key = edges.map((e) => e.id).join('\n');
  return useMemo(() => {
    const out = new Map<string, Point[]>();
    const list = edges.filter((e) => abs.has(e.source) && abs.has(e.target) && e.source !== e.target);
    if (!list.length || list.length > MAX_ROUTED) return out;
    const ends = (e: GraphEdge) => {
      const s = abs.get(e.source)!;
      const t = abs.get(e.target)!;
      return { from: { x: s.x + s.width, y: s.y + s.height / 2 }, to: { x: t.x, y: t.y + t.height / 2 } };
    };
    const obstacles = [...abs].filter(([id]) => !frames.has(id)).map(([, b]) => b);
    const ports = list.flatMap((e) => {
      const { from, to } = ends(e);
      return [{ x: from.x + ROUTE_MARGIN, y: from.y }, { x: to.x - ROUTE_MARGIN, y: to.y }];
    });
    const grid = routeGrid(obstacles, ports);
    for (const e of list) {
      const { from, to } = ends(e);
      const pts = route(grid, from, to);
      if (pts) out.set(e.id, pts);
    }
    return out;
    // edges are compared by id: a status tick rebuilds the model but moves no edge end
  }, [abs, key, frames]);
}

import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphEdge } from '../../graph/model';
import { roundedPath, type Point } from '../../graph/route';
import { BLOCKED_RELATION } from '../../graph/trace';

type RelationEdgeData = { edge: GraphEdge; change?: 'added' | 'changed' | 'removed'; label?: string; points?: Point[] };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

/** A routed path still fits the ends React Flow measured (else the layout moved on and a curve stands in). */
function fits(points: Point[] | undefined, sx: number, sy: number, tx: number, ty: number): points is Point[] {
  if (!points || points.length < 2) return false;
  const a = points[0];
  const b = points[points.length - 1];
  return Math.abs(a.x - sx) < 6 && Math.abs(a.y - sy) < 4 && Math.abs(b.x - tx) < 6 && Math.abs(b.y - ty) < 4;
}

/** An edge of one relation; `data-relation`, `data-source`, `data-target` (and `data-state`) are the test contract. */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data } = props;
  const routed = data!.points;
  let path: string;
  let lx: number;
  let ly: number;
  if (fits(routed, sourceX, sourceY, targetX, targetY)) {
    // the measured ends, joined to the route's inner corners (it keeps clear of every card)
    const pts = [{ x: sourceX, y: sourceY }, ...routed.slice(1, -1), { x: targetX, y: targetY }];
    if (pts.length > 2) {
      pts[1] = { ...pts[1], y: sourceY };
      pts[pts.length - 2] = { ...pts[pts.length - 2], y: targetY };
    }
    const r = roundedPath(pts);
    path = r.d;
    lx = r.label.x;
    ly = r.label.y;
  } else [path, lx, ly] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const e = data!.edge;
  // a blocked request's marker sits where it stopped: just before the policy it ran into
  if (e.relation === BLOCKED_RELATION) [lx, ly] = [targetX - 46, targetY - 14];
  return (
    <g
      className={`kp-edge rel-${e.relation} concern-${e.concern}${e.state ? ` state-${e.state}` : ''}`}
      data-relation={e.relation}
      data-source={e.source}
      data-target={e.target}
      data-state={e.state}
      data-change={data!.change}
      data-routed={fits(routed, sourceX, sourceY, targetX, targetY) ? 'true' : undefined}
    >
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={14} />
      {data!.label && (
        <EdgeLabelRenderer>
          <div className={`kp-edge-label${e.state ? ` state-${e.state}` : ''}`} data-label-of={e.relation} style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}>
            {data!.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
});

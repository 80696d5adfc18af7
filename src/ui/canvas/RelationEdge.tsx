import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { GraphEdge } from '../../graph/model';

export type RelationEdgeData = { edge: GraphEdge; change?: 'added' | 'changed' | 'removed'; label?: string };
export type RelationFlowEdge = Edge<RelationEdgeData, 'relation'>;

/** An edge of one relation; `data-relation`, `data-source`, `data-target` (and `data-state`) are the test contract. */
export const RelationEdge = memo(function RelationEdge(props: EdgeProps<RelationFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, markerEnd, data } = props;
  const [path, lx, ly] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const e = data!.edge;
  return (
    <g
      className={`kp-edge rel-${e.relation} concern-${e.concern}${e.state ? ` state-${e.state}` : ''}`}
      data-relation={e.relation}
      data-source={e.source}
      data-target={e.target}
      data-state={e.state}
      data-change={data!.change}
    >
      <BaseEdge id={id} path={path} markerEnd={markerEnd} interactionWidth={14} />
      {data!.label && (
        <EdgeLabelRenderer>
          <div className={`kp-edge-label${e.state ? ` state-${e.state}` : ''}`} style={{ transform: `translate(-50%, -50%) translate(${lx}px, ${ly}px)` }}>
            {data!.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </g>
  );
});

import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { KINDS } from '../../graph/kinds';
import { longStatus, MAX_FACTS } from '../../graph/layout';
import type { GraphNode } from '../../graph/model';
import { isExposed } from '../../graph/security';

/** Data of a card node: the graph node plus its highlight state. */
type KindNodeData = { node: GraphNode; change?: 'added' | 'changed' | 'removed'; onTrace?: boolean; notReadyLabel: string };
export type KindFlowNode = Node<KindNodeData, 'kind'>;

/** One object as a card: kind badge, name, status colour and its key facts. The data-* attributes are the test contract. */
export const KindNode = memo(function KindNode({ data }: NodeProps<KindFlowNode>) {
  const n = data.node;
  const long = longStatus(n);
  const status = (
    <span className="kp-status" title={n.status}>
      <i className="kp-dot" />
      {n.status}
      {n.kind === 'Pod' && n.status === 'Running' && !n.ready ? ` · ${data.notReadyLabel}` : ''}
    </span>
  );
  return (
    <div
      className={`kp-card tone-${n.tone}${n.marks && isExposed(n.marks) ? ' kp-exposed' : ''}`}
      data-kind={n.kind}
      data-name={n.name}
      data-namespace={n.namespace}
      data-status={n.status}
      data-ready={n.kind === 'Pod' ? String(!!n.ready) : undefined}
      data-change={data.change}
      data-count={n.count}
      data-volume-type={n.kind === 'Volume' ? n.badge : undefined}
      data-missing={n.missing ? 'true' : undefined}
      data-trace={data.onTrace ? 'true' : undefined}
      data-marks={n.marks?.join(' ')}
      title={`${n.kind} ${n.namespace ? n.namespace + '/' : ''}${n.name}`}
      aria-hidden="true"
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="kp-card-head">
        <span className="kp-badge">{n.badge ?? KINDS[n.kind]?.badge ?? n.kind}</span>
        <span className="kp-kind">{n.kind}</span>
        {!long && status}
      </div>
      {long && <div className="kp-status-line">{status}</div>}
      <div className="kp-name">{n.name}</div>
      {n.facts.length > 0 && (
        <dl className="kp-facts">
          {n.facts.slice(0, MAX_FACTS).map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

/** Data of a cluster-node group. */
type GroupNodeData = { node: GraphNode; change?: 'added' | 'changed' | 'removed' };
export type GroupFlowNode = Node<GroupNodeData, 'group-node'>;

/** A cluster Node drawn as a frame holding its pods. */
export const GroupNode = memo(function GroupNode({ data }: NodeProps<GroupFlowNode>) {
  const n = data.node;
  const ip = n.facts.find((f) => f.label === 'IP')?.value;
  return (
    <div className={`kp-group tone-${n.tone}`} data-kind="Node" data-name={n.name} data-namespace="" data-status={n.status} data-change={data.change}>
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="kp-group-head">
        <span className="kp-badge">node</span>
        <strong>{n.name}</strong>
        <span className="kp-status">
          <i className="kp-dot" />
          {n.status}
        </span>
      </div>
      {ip && <div className="kp-group-ip kp-muted">{ip}</div>}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});

/** Table columns for nodes and events. */
import type { KObject } from '../../../sim/types';
import { translateTimestampSince } from '../duration';
import type { TableDef } from '../table';
import { AGE, NAME } from './util';

/** Roles from `node-role.kubernetes.io/<role>` labels and the `kubernetes.io/role` label, sorted. */
export function nodeRoles(node: KObject): string[] {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const r = k.slice('node-role.kubernetes.io/'.length);
      if (r) roles.add(r);
    } else if (k === 'kubernetes.io/role' && v !== '') roles.add(v);
  }
  return [...roles].sort();
}

/** Ready / NotReady / Unknown, plus `,SchedulingDisabled` when cordoned. */
function nodeStatus(node: KObject): string {
  const status: string[] = [];
  const ready = (node.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
  if (status.length === 0) status.push('Unknown');
  if (node.spec?.unschedulable) status.push('SchedulingDisabled');
  return status.join(',');
}

function nodeAddress(node: KObject, type: string): string {
  return (node.status?.addresses ?? []).find((a: any) => a.type === type)?.address ?? '<none>';
}

export const NODE_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Status', cell: (o) => nodeStatus(o) },
    { name: 'Roles', cell: (o) => nodeRoles(o).join(',') || '<none>' },
    AGE,
    { name: 'Version', cell: (o) => o.status?.nodeInfo?.kubeletVersion ?? '' },
    { name: 'Internal-IP', wide: true, cell: (o) => nodeAddress(o, 'InternalIP') },
    { name: 'External-IP', wide: true, cell: (o) => nodeAddress(o, 'ExternalIP') },
    { name: 'OS-Image', wide: true, cell: (o) => o.status?.nodeInfo?.osImage || '<unknown>' },
    { name: 'Kernel-Version', wide: true, cell: (o) => o.status?.nodeInfo?.kernelVersion || '<unknown>' },
    { name: 'Container-Runtime', wide: true, cell: (o) => o.status?.nodeInfo?.containerRuntimeVersion || '<unknown>' },
  ],
};

/** Event times: lastTimestamp, else firstTimestamp, else eventTime; a series wins. */
function eventLastSeen(o: KObject, now: number): string {
  const first = o.firstTimestamp ? translateTimestampSince(o.firstTimestamp, now) : translateTimestampSince(o.eventTime, now);
  if (o.series) return translateTimestampSince(o.series.lastObservedTime, now);
  return o.lastTimestamp ? translateTimestampSince(o.lastTimestamp, now) : first;
}

function eventFirstSeen(o: KObject, now: number): string {
  return o.firstTimestamp ? translateTimestampSince(o.firstTimestamp, now) : translateTimestampSince(o.eventTime, now);
}

/** `kind/name` of the involved object, lower-cased kind. */
function eventObject(o: KObject): string {
  const io = o.involvedObject ?? {};
  const kind = String(io.kind ?? '').toLowerCase();
  return io.name ? `${kind}/${io.name}` : kind;
}

/** formatEventSource: component (or reportingController), `, host` when set. */
function eventSource(o: KObject): string {
  const component = o.source?.component || o.reportingComponent || o.reportingController || '';
  const host = o.source?.host || o.reportingInstance || '';
  return host ? `${component}, ${host}` : component;
}

export const EVENT_TABLE: TableDef = {
  columns: [
    { name: 'Last Seen', cell: (o, ctx) => eventLastSeen(o, ctx.now) },
    { name: 'Type', cell: (o) => o.type ?? '' },
    { name: 'Reason', cell: (o) => o.reason ?? '' },
    { name: 'Object', cell: (o) => eventObject(o) },
    { name: 'Subobject', wide: true, cell: (o) => o.involvedObject?.fieldPath ?? '' },
    { name: 'Source', wide: true, cell: (o) => eventSource(o) },
    { name: 'Message', cell: (o) => String(o.message ?? '').trim() },
    { name: 'First Seen', wide: true, cell: (o, ctx) => eventFirstSeen(o, ctx.now) },
    { name: 'Count', wide: true, cell: (o) => String(o.series ? o.series.count : o.count || 1) },
    { name: 'Name', wide: true, isName: true, cell: (o) => o.metadata.name ?? '' },
  ],
};

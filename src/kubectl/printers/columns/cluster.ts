import type { KObject } from '../../../sim/types';
import { translateTimestampSince } from '../duration';
import type { TableDef } from '../table';
import { AGE, NAME, bool, int } from './util';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const CONFIGMAP_TABLE: TableDef = {
  columns: [NAME, { name: 'Data', cell: (o) => String(Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length) }, AGE],
};

export const SECRET_TABLE: TableDef = {
  columns: [NAME, { name: 'Type', cell: (o) => o.type ?? '' }, { name: 'Data', cell: (o) => String(Object.keys(o.data ?? {}).length) }, AGE],
};

export const SERVICEACCOUNT_TABLE: TableDef = {
  columns: [NAME, { name: 'Secrets', cell: (o) => String((o.secrets ?? []).length) }, AGE],
};

export const NAMESPACE_TABLE: TableDef = {
  columns: [NAME, { name: 'Status', cell: (o) => o.status?.phase ?? '' }, AGE],
};

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
export function nodeStatus(node: KObject): string {
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
export function eventLastSeen(o: KObject, now: number): string {
  const first = o.firstTimestamp ? translateTimestampSince(o.firstTimestamp, now) : translateTimestampSince(o.eventTime, now);
  if (o.series) return translateTimestampSince(o.series.lastObservedTime, now);
  return o.lastTimestamp ? translateTimestampSince(o.lastTimestamp, now) : first;
}

function eventFirstSeen(o: KObject, now: number): string {
  return o.firstTimestamp ? translateTimestampSince(o.firstTimestamp, now) : translateTimestampSince(o.eventTime, now);
}

/** `kind/name` of the involved object, lower-cased kind. */
export function eventObject(o: KObject): string {
  const io = o.involvedObject ?? {};
  const kind = String(io.kind ?? '').toLowerCase();
  return io.name ? `${kind}/${io.name}` : kind;
}

/** formatEventSource: component (or reportingController), `, host` when set. */
export function eventSource(o: KObject): string {
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

const MODE_ABBREV: [string, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** GetAccessModesAsString: RWO,ROX,RWX,RWOP in that order, whatever order the spec lists. */
export function accessModes(modes: string[] | undefined): string {
  const m = modes ?? [];
  return MODE_ABBREV.filter(([full]) => m.includes(full))
    .map(([, a]) => a)
    .join(',');
}

/** The beta storage-class annotation wins over spec.storageClassName. */
export function pvClass(o: KObject): string {
  return o.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? o.spec?.storageClassName ?? '';
}

export const PV_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Capacity', cell: (o) => String(o.spec?.capacity?.storage ?? '0') },
    { name: 'Access Modes', cell: (o) => accessModes(o.spec?.accessModes) },
    { name: 'Reclaim Policy', cell: (o) => o.spec?.persistentVolumeReclaimPolicy ?? '' },
    { name: 'Status', cell: (o) => (o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? '')) },
    { name: 'Claim', cell: (o) => (o.spec?.claimRef ? `${o.spec.claimRef.namespace ?? ''}/${o.spec.claimRef.name ?? ''}` : '') },
    { name: 'StorageClass', cell: (o) => pvClass(o) },
    { name: 'VolumeAttributesClass', cell: (o) => o.spec?.volumeAttributesClassName ?? '<unset>' },
    { name: 'Reason', cell: (o) => o.status?.reason ?? '' },
    AGE,
    { name: 'VolumeMode', wide: true, cell: (o) => o.spec?.volumeMode ?? '<unset>' },
  ],
};

export const PVC_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Status', cell: (o) => (o.metadata.deletionTimestamp ? 'Terminating' : (o.status?.phase ?? '')) },
    { name: 'Volume', cell: (o) => o.spec?.volumeName ?? '' },
    { name: 'Capacity', cell: (o) => (o.spec?.volumeName ? String(o.status?.capacity?.storage ?? '0') : '') },
    { name: 'Access Modes', cell: (o) => (o.spec?.volumeName ? accessModes(o.status?.accessModes) : '') },
    { name: 'StorageClass', cell: (o) => pvClass(o) },
    { name: 'VolumeAttributesClass', cell: (o) => o.spec?.volumeAttributesClassName ?? '<unset>' },
    AGE,
    { name: 'VolumeMode', wide: true, cell: (o) => o.spec?.volumeMode ?? '<unset>' },
  ],
};

/** IsDefaultAnnotation: the GA or beta default-class annotation set to "true". */
export function isDefaultClass(o: KObject): boolean {
  const a = o.metadata.annotations ?? {};
  return a['storageclass.kubernetes.io/is-default-class'] === 'true' || a['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
}

export const STORAGECLASS_TABLE: TableDef = {
  columns: [
    { name: 'Name', isName: true, cell: (o) => (o.metadata.name ?? '') + (isDefaultClass(o) ? ' (default)' : '') },
    { name: 'Provisioner', cell: (o) => o.provisioner ?? '' },
    { name: 'ReclaimPolicy', cell: (o) => o.reclaimPolicy ?? 'Delete' },
    { name: 'VolumeBindingMode', cell: (o) => o.volumeBindingMode ?? 'Immediate' },
    { name: 'AllowVolumeExpansion', cell: (o) => bool(o.allowVolumeExpansion) },
    AGE,
  ],
};

/** rbac.SubjectsStrings: users, groups and `ns/name` service accounts. */
function subjects(o: KObject, kind: string): string {
  return (o.subjects ?? [])
    .filter((s: any) => s.kind === kind)
    .map((s: any) => (kind === 'ServiceAccount' ? `${s.namespace ?? ''}/${s.name}` : s.name))
    .join(', ');
}

const BINDING_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Role', cell: (o) => `${o.roleRef?.kind ?? ''}/${o.roleRef?.name ?? ''}` },
    AGE,
    { name: 'Users', wide: true, cell: (o) => subjects(o, 'User') },
    { name: 'Groups', wide: true, cell: (o) => subjects(o, 'Group') },
    { name: 'ServiceAccounts', wide: true, cell: (o) => subjects(o, 'ServiceAccount') },
  ],
};
export const ROLEBINDING_TABLE = BINDING_TABLE;
export const CLUSTERROLEBINDING_TABLE = BINDING_TABLE;

export const RESOURCEQUOTA_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Request', cell: (o) => quotaColumn(o, false) },
    { name: 'Limit', cell: (o) => quotaColumn(o, true) },
    AGE,
  ],
};

/** `resource: used/hard` pairs, sorted by name; limits.* go to the LIMIT column. */
function quotaColumn(o: KObject, limits: boolean): string {
  const hard: Record<string, string> = o.status?.hard ?? {};
  const used: Record<string, string> = o.status?.used ?? {};
  return Object.keys(hard)
    .sort()
    .filter((r) => {
      const p = r.split('.');
      return (p.length > 1 && p[0] === 'limits') === limits;
    })
    .map((r) => `${r}: ${used[r] ?? '0'}/${hard[r]}`)
    .join(', ');
}

export const COMPONENTSTATUS_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Status', cell: (o) => componentCondition(o).status },
    { name: 'Message', cell: (o) => componentCondition(o).message },
    { name: 'Error', cell: (o) => componentCondition(o).error },
  ],
};

function componentCondition(o: KObject): { status: string; message: string; error: string } {
  const c = (o.conditions ?? []).find((x: any) => x.type === 'Healthy');
  if (!c) return { status: 'Unknown', message: '', error: '' };
  return { status: c.status === 'True' ? 'Healthy' : 'Unhealthy', message: c.message ?? '', error: c.error ?? '' };
}

export const LEASE_TABLE: TableDef = {
  columns: [NAME, { name: 'Holder', cell: (o) => o.spec?.holderIdentity ?? '' }, AGE],
};

export const PRIORITYCLASS_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Value', cell: (o) => int(o.value) },
    { name: 'Global-Default', cell: (o) => bool(o.globalDefault) },
    AGE,
    { name: 'PreemptionPolicy', wide: true, cell: (o) => o.preemptionPolicy ?? '' },
  ],
};

export const PDB_TABLE: TableDef = {
  columns: [
    NAME,
    { name: 'Min Available', cell: (o) => (o.spec?.minAvailable !== undefined ? String(o.spec.minAvailable) : 'N/A') },
    { name: 'Max Unavailable', cell: (o) => (o.spec?.maxUnavailable !== undefined ? String(o.spec.maxUnavailable) : 'N/A') },
    { name: 'Allowed Disruptions', cell: (o) => int(o.status?.disruptionsAllowed) },
    AGE,
  ],
};

export const CONTROLLERREVISION_TABLE: TableDef = {
  columns: [
    NAME,
    {
      name: 'Controller',
      cell: (o) => {
        const ref = (o.metadata.ownerReferences ?? []).find((r) => r.controller);
        if (!ref) return '<none>';
        const group = ref.apiVersion.includes('/') ? ref.apiVersion.split('/')[0] : '';
        return `${ref.kind.toLowerCase()}${group ? '.' + group : ''}/${ref.name}`;
      },
    },
    { name: 'Revision', cell: (o) => int(o.revision) },
    AGE,
  ],
};

/** The API server's default table (no kubectl printer): NAME and CREATED AT in RFC3339. */
export const DEFAULT_TABLE: TableDef = {
  columns: [NAME, { name: 'Created At', cell: (o) => o.metadata.creationTimestamp ?? '' }],
};

/** Table columns for RBAC bindings, quotas, component statuses, leases, priority classes, disruption budgets, controller revisions, and the API server's default table. */
import type { KObject } from '../../../sim/types';
import type { TableDef } from '../table';
import { AGE, NAME, bool, int } from './util';

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

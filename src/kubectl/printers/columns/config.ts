/** Table columns for configmaps, secrets, service accounts and namespaces. */
import type { TableDef } from '../table';
import { AGE, NAME } from './util';

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

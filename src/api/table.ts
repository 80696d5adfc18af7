/** Server-side printing: objects as a meta.k8s.io/v1 Table with the columns of the project's printers. */
import { tableFor } from '../kubectl/printers/kinds';
import { inVersion } from '../sim/apiserver/conversions';
import type { KObject } from '../sim/types';

export interface TableRequest {
  /** `includeObject`: None, Metadata (default) or Object. */
  includeObject: string;
  /** Leave the column definitions out (later events of a watch). */
  noHeaders?: boolean;
  /** The version of the request's path: embedded objects are shown in it, cells come from the stored form. */
  apiVersion?: string;
}

/** The object a row carries: its metadata only unless the client asked for the whole object. */
function rowObject(obj: KObject, include: string, apiVersion: string | undefined): unknown {
  if (include === 'Object') return apiVersion ? inVersion(obj, apiVersion) : obj;
  if (include === 'None') return undefined;
  return { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: obj.metadata };
}

/** A Table of `objs` of the resource `resourceKey`; cells are computed as `-o wide` prints them (the server always prints wide). */
export function toTable(resourceKey: string, objs: KObject[], now: number, resourceVersion: string, req: TableRequest): unknown {
  const def = tableFor(resourceKey);
  const ctx = { now, wide: true };
  const columnDefinitions = def.columns.map((c) => ({
    name: c.name,
    type: 'string',
    format: c.isName ? 'name' : '',
    description: '',
    priority: c.wide ? 1 : 0,
  }));
  const rows = (def.listOrder ? [...objs].sort(def.listOrder) : objs).map((o) => {
    const cells = def.columns.map((c) => c.cell(o, ctx));
    const object = rowObject(o, req.includeObject, req.apiVersion);
    return object === undefined ? { cells } : { cells, object };
  });
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    ...(req.noHeaders ? {} : { columnDefinitions }),
    rows,
  };
}

/** Whether an Accept header asks for a Table (`application/json;as=Table;v=v1;g=meta.k8s.io`). */
export function wantsTable(accept: string | undefined): boolean {
  return !!accept && accept.split(',').some((part) => {
    const params = part.split(';').map((s) => s.trim());
    return params.includes('as=Table') && params.includes('g=meta.k8s.io') && (params.includes('v=v1') || params.includes('v=v1beta1'));
  });
}

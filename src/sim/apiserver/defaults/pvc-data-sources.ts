import type { Json } from '../../json';

/**
 * NormalizeDataSources (pkg/api/persistentvolumeclaim, AnyVolumeDataSource GA): on create, a claim
 * that sets only one of dataSource and dataSourceRef gets the other with the same contents; a
 * dataSourceRef to another namespace has no dataSource counterpart.
 */
export function normalizeDataSources(pvc: Json): void {
  const spec = pvc.spec;
  if (!spec || typeof spec !== 'object') return;
  const ds = spec.dataSource;
  const ref = spec.dataSourceRef;
  const copy = (from: Json) => ({ ...(from.apiGroup != null ? { apiGroup: from.apiGroup } : {}), kind: from.kind, name: from.name });
  if (ds && typeof ds === 'object' && ref == null) spec.dataSourceRef = copy(ds);
  else if (ref && typeof ref === 'object' && ds == null && !ref.namespace) spec.dataSource = copy(ref);
}

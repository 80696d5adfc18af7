import { ApiError, type KObject } from '../../types';
import { qualifiedResource } from '../errors';
import type { ResourceType } from '../resources';

/**
 * `admission.NewForbidden`: `<resource> "<name>" is forbidden: <reason>`. Names are not generated
 * yet when admission runs, so an object with generateName is reported by its prefix.
 */
export function admissionForbidden(rt: ResourceType, obj: KObject, reason: string): ApiError {
  const meta = obj.metadata ?? {};
  let name = meta.name ?? '';
  if (meta.generateName && name.startsWith(meta.generateName) && name.length === meta.generateName.length + 5) name = meta.generateName;
  if (!name) name = 'Unknown';
  return new ApiError(403, 'Forbidden', `${qualifiedResource(rt)} "${name}" is forbidden: ${reason}`, [], { kind: rt.plural, group: rt.group, name });
}

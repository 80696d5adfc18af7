/** The API server's errors as apimachinery builds them: NotFound, AlreadyExists, Invalid. */
import { ApiError, type StatusCause } from '../types';
import { resourceKey, type ResourceType } from './resources';

/** Format the qualified resource the way apimachinery prints it: `pods`, `deployments.apps`. */
export function qualifiedResource(rt: ResourceType): string {
  return resourceKey(rt);
}

/** Format the qualified kind for Invalid errors: `Pod`, `Deployment.apps`. */
function qualifiedKind(rt: ResourceType): string {
  return rt.group ? `${rt.kind}.${rt.group}` : rt.kind;
}

export function notFound(rt: ResourceType, name: string): ApiError {
  return new ApiError(404, 'NotFound', `${qualifiedResource(rt)} "${name}" not found`, [], { kind: rt.plural, group: rt.group, name });
}

export function alreadyExists(rt: ResourceType, name: string): ApiError {
  return new ApiError(409, 'AlreadyExists', `${qualifiedResource(rt)} "${name}" already exists`, [], { kind: rt.plural, group: rt.group, name });
}

/** apimachinery NewInvalid: `Kind.group "name" is invalid: [a, b]` with the causes as details. */
export function invalid(rt: ResourceType, name: string, causes: StatusCause[]): ApiError {
  // field.Error prints `field: message` even for the whole object's empty path; the aggregate drops repeats
  const list = [...new Set(causes.map((c) => (c.field === undefined ? c.message : `${c.field}: ${c.message}`)))];
  const joined = list.length === 1 ? list[0] : `[${list.join(', ')}]`;
  return new ApiError(422, 'Invalid', `${qualifiedKind(rt)} "${name}" is invalid: ${joined}`, causes, {
    kind: rt.kind,
    group: rt.group,
    name,
  });
}

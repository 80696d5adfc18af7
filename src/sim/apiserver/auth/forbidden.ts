import { ApiError } from '../../types';
import type { RequestAttributes } from './rules';

/**
 * The 403 an unauthorized request gets (apiserver responsewriters ForbiddenStatusError):
 * `pods "x" is forbidden: User "u" cannot get resource "pods" in API group "" in the namespace "default"`.
 */
export function forbidden(user: string, req: RequestAttributes, reason = ''): ApiError {
  let msg: string;
  if (!req.resourceRequest) {
    msg = `User "${user}" cannot ${req.verb} path "${req.path ?? ''}"`;
  } else {
    const resource = req.subresource ? `${req.resource}/${req.subresource}` : req.resource ?? '';
    const scope = req.namespace ? `in the namespace "${req.namespace}"` : 'at the cluster scope';
    msg = `User "${user}" cannot ${req.verb} resource "${resource}" in API group "${req.apiGroup ?? ''}" ${scope}`;
  }
  if (reason) msg += `: ${reason}`;
  const qualified = req.apiGroup ? `${req.resource}.${req.apiGroup}` : req.resource ?? '';
  const subject = !req.resourceRequest ? '' : req.name ? `${qualified} "${req.name}"` : qualified;
  const full = req.resourceRequest ? `${subject} is forbidden: ${msg}` : `forbidden: ${msg}`;
  return new ApiError(403, 'Forbidden', full, [], { kind: req.resource, group: req.apiGroup, name: req.name });
}

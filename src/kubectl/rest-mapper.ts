/**
 * kubectl's discovery REST mapper: a manifest's apiVersion and kind to the resource it is sent to.
 * Discovery registers each kind as served and in lower case (restmapper NewDiscoveryRESTMapper),
 * so `kind: pod` maps to pods and the API server is the one that refuses it.
 */
import { apiVersionOf, findByGvk, RESOURCES, type ResourceType } from '../sim/apiserver/resources';
import { ApiError } from '../sim/types';

export function restMapping(apiVersion: unknown, kind: unknown): ResourceType {
  const rt =
    typeof apiVersion === 'string' && typeof kind === 'string' && apiVersion && kind
      ? (findByGvk(apiVersion, kind) ?? RESOURCES.find((r) => apiVersionOf(r) === apiVersion && r.kind.toLowerCase() === kind))
      : undefined;
  if (!rt) throw new ApiError(400, 'BadRequest', `no matches for kind "${kind ?? ''}" in version "${apiVersion ?? ''}"`);
  return rt;
}

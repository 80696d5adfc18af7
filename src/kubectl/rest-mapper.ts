/**
 * kubectl's discovery REST mapper: a manifest's apiVersion and kind to the resource it is sent to.
 * Discovery registers each kind as served and in lower case (restmapper NewDiscoveryRESTMapper),
 * so `kind: pod` maps to pods and the API server is the one that refuses it.
 */
import { apiVersionOf, findByGvk, resourceKey, RESOURCES, SERVED, type ResourceType } from '../sim/apiserver/resources';
import { ApiError } from '../sim/types';

export function restMapping(apiVersion: unknown, kind: unknown): ResourceType {
  const rt =
    typeof apiVersion === 'string' && typeof kind === 'string' && apiVersion && kind
      ? (findByGvk(apiVersion, kind) ?? RESOURCES.find((r) => apiVersionOf(r) === apiVersion && r.kind.toLowerCase() === kind))
      : undefined;
  if (!rt) throw new ApiError(400, 'BadRequest', `no matches for kind "${kind ?? ''}" in version "${apiVersion ?? ''}"`);
  return rt;
}

/**
 * The shortcut expander's warning when a short name typed without a group also belongs to
 * lower-priority resources (`ev`: core events first, then events.events.k8s.io).
 */
export function shortNameWarnings(arg: string): string[] {
  const name = arg.toLowerCase();
  if (name.includes('.') || SERVED.some((rt) => rt.plural === name || rt.singular === name)) return [];
  const keys = [...new Set(SERVED.filter((rt) => rt.shortNames.includes(name)).sort((x, y) => (x.group === '' ? -1 : y.group === '' ? 1 : 0)).map(resourceKey))];
  return keys.slice(1).map((key) => `Warning: short name "${name}" could also match lower priority resource ${key}`);
}

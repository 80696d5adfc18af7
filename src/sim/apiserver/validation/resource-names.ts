/**
 * validateContainerResourceName (k/k pkg/apis/core/validation) and the core helper's name sets:
 * a container asks for cpu, memory, ephemeral-storage or hugepages-*, or for an extended resource
 * named `domain/name`.
 */
import { eachInvalid, invalidValue, isQualifiedName, type Causes } from './field';

const STANDARD_CONTAINER = new Set(['cpu', 'memory', 'ephemeral-storage']);

/** helper.standardResources: what a ResourceList may name without a domain. */
const STANDARD = new Set([
  'cpu',
  'memory',
  'ephemeral-storage',
  'requests.cpu',
  'requests.memory',
  'requests.ephemeral-storage',
  'limits.cpu',
  'limits.memory',
  'limits.ephemeral-storage',
  'pods',
  'resourcequotas',
  'services',
  'replicationcontrollers',
  'secrets',
  'configmaps',
  'persistentvolumeclaims',
  'storage',
  'requests.storage',
  'services.nodeports',
  'services.loadbalancers',
]);

/** IsNativeResource: no domain, or the kubernetes.io one. */
export const isNative = (name: string) => !name.includes('/') || name.includes('kubernetes.io/');

/** IsExtendedResourceName: not native, and a qualified name once quota's `requests.` is put before it. */
function isExtended(name: string): boolean {
  return !isNative(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`).length === 0;
}

/** validateResourceName: a qualified name, and one of the standard ones unless it has a domain. */
export function validateResourceName(name: string, path: string): Causes {
  const errs = eachInvalid(path, name, isQualifiedName(name));
  if (errs.length) return errs;
  if (!name.includes('/') && !STANDARD.has(name) && !name.startsWith('hugepages-') && !name.startsWith('requests.hugepages-')) {
    errs.push(invalidValue(path, name, 'must be a standard resource type or fully qualified'));
  }
  return errs;
}

export function validateContainerResourceName(name: string, path: string): Causes {
  const errs = validateResourceName(name, path);
  if (!name.includes('/')) {
    if (!STANDARD_CONTAINER.has(name) && !name.startsWith('hugepages-')) errs.push(invalidValue(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && !isExtended(name)) {
    errs.push(invalidValue(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/**
 * The MultiCIDRServiceAllocator's objects (GA and on by default since v1.33): the default ServiceCIDR
 * `kubernetes` and one IPAddress per allocated ClusterIP (pkg/registry/core/service/ipallocator).
 */
import type { KObject } from '../types';

export const IPADDRESS_RESOURCE = 'ipaddresses.networking.k8s.io';
/** The allocator's name, as its IPAddress objects' managed-by label carries it. */
export const MANAGED_BY = 'ipallocator.k8s.io';

/**
 * The default ServiceCIDR as the API server's default-servicecidr controller creates it (Ready, with
 * its message and an empty reason) and kube-controller-manager's service-cidr controller protects it.
 */
export function defaultServiceCIDR(cidr: string, now: string): KObject {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'ServiceCIDR',
    metadata: { name: 'kubernetes', finalizers: ['networking.k8s.io/service-cidr-finalizer'] },
    spec: { cidrs: [cidr] },
    status: { conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: now, reason: '', message: 'Kubernetes default Service CIDR is ready' }] },
  };
}

/** The ClusterIPs a Service holds (none for headless and ExternalName Services). */
export function clusterIPs(svc: KObject | undefined): string[] {
  if (!svc || svc.spec?.type === 'ExternalName') return [];
  const ips: string[] = svc.spec?.clusterIPs ?? (svc.spec?.clusterIP ? [svc.spec.clusterIP] : []);
  return ips.filter((ip) => ip && ip !== 'None');
}

/** Whether an IPAddress is the one the allocator made for this Service. */
export function ipAddressOwnedBy(ip: KObject | undefined, namespace: string | undefined, name: string | undefined): boolean {
  const ref = ip?.spec?.parentRef;
  return !!ref && ref.resource === 'services' && !ref.group && ref.namespace === namespace && ref.name === name;
}

/**
 * The allocator's IPAddress of an address its Service no longer holds: upstream deletes it within the
 * Service's delete or update; here the object follows a moment later, so the address is free already.
 */
export function releasedIPAddress(ip: KObject, service: (namespace: string, name: string) => KObject | undefined): boolean {
  const ref = ip.spec?.parentRef;
  if (ip.metadata.labels?.['ipaddress.kubernetes.io/managed-by'] !== MANAGED_BY || ref?.resource !== 'services' || ref.group) return false;
  return !clusterIPs(service(String(ref.namespace ?? ''), String(ref.name ?? ''))).includes(ip.metadata.name ?? '');
}


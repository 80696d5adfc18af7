/** The API server's IPAddress bookkeeping for Service ClusterIPs (the objects themselves in ip-address-objects.ts). */
import type { Component } from '../component';
import type { SimContext } from '../context';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { clusterIPs, IPADDRESS_RESOURCE, ipAddressOwnedBy, MANAGED_BY } from './ip-address-objects';

/** Keeps an IPAddress for every allocated ClusterIP: created with the Service's address, deleted with its release. */
export class ServiceIPAddresses implements Component {
  readonly name = 'service-ip-addresses';
  readonly watches = ['services'];
  private queue: WatchEvent[] = [];

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    this.queue.push(ev);
  }

  sync(): boolean {
    let worked = false;
    for (const ev of this.queue.splice(0)) {
      const { namespace, name } = ev.object.metadata;
      const now = ev.type === 'DELETED' ? [] : clusterIPs(ev.object);
      for (const ip of clusterIPs(ev.old)) if (!now.includes(ip) && this.release(ip, namespace, name)) worked = true;
      for (const ip of now) if (this.allocate(ip, ev.object)) worked = true;
    }
    return worked;
  }

  private allocate(ip: string, svc: KObject): boolean {
    if (this.ctx.api.tryGet(IPADDRESS_RESOURCE, undefined, ip)) return false;
    this.ctx.api.create({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'IPAddress',
      metadata: { name: ip, labels: { 'ipaddress.kubernetes.io/ip-family': 'IPv4', 'ipaddress.kubernetes.io/managed-by': MANAGED_BY } },
      spec: { parentRef: { resource: 'services', namespace: svc.metadata.namespace, name: svc.metadata.name } },
    });
    return true;
  }

  private release(ip: string, namespace: string | undefined, name: string | undefined): boolean {
    if (!ipAddressOwnedBy(this.ctx.api.tryGet(IPADDRESS_RESOURCE, undefined, ip), namespace, name)) return false;
    try {
      this.ctx.api.delete(IPADDRESS_RESOURCE, undefined, ip);
    } catch (e) {
      // already gone: the release is done
      if (!(e instanceof ApiError) || e.reason !== 'NotFound') throw e;
    }
    return true;
  }
}

import type { SimContext } from '../context';
import type { Component } from '../component';
import { formatIPv4, parseIPv4 } from '../network/ip';
import { INGRESS_IP, LB_POOL } from '../network/state';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';

/** Finalizer the cloud service controller puts on LoadBalancer services. */
const LB_FINALIZER = 'service.kubernetes.io/load-balancer-cleanup';
/** servicehelper.PatchService sets the finalizer through a patch of the status subresource, all the service controller's role allows. */
const FINALIZER_PATCH = { verb: 'patch', subresource: 'status' } as const;
/** Virtual time the simulated provider takes to program a load balancer. */
const LB_PROVISION_MS = 5_000;
const SOURCE = { component: 'service-controller' };

const wantsLB = (svc: KObject | undefined) => !!svc && svc.spec?.type === 'LoadBalancer' && !svc.metadata.deletionTimestamp && !svc.spec?.loadBalancerClass;

/**
 * A simulated cloud / MetalLB-like provider behind the service controller: a LoadBalancer service shows
 * EXTERNAL-IP `<pending>`, gets events EnsuringLoadBalancer and, a few seconds later, an address from
 * the pool with EnsuredLoadBalancer. Switching type away or deleting releases it.
 */
export class LoadBalancerController implements Component {
  readonly name = 'service-lb-controller';
  readonly watches = ['services'];
  private dirty = new Set<string>();
  private provisioning = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    if (ev.resource !== 'services') return;
    const o = ev.object;
    if (o.spec?.type === 'LoadBalancer' || ev.old?.spec?.type === 'LoadBalancer' || o.metadata.finalizers?.includes(LB_FINALIZER)) {
      this.dirty.add(`${o.metadata.namespace}/${o.metadata.name}`);
    }
  }

  sync(): boolean {
    if (this.dirty.size === 0) return false;
    let worked = false;
    const keys = [...this.dirty].sort();
    this.dirty.clear();
    for (const key of keys) if (this.syncService(key)) worked = true;
    return worked;
  }

  private syncService(key: string): boolean {
    const [ns, name] = key.split('/');
    const api = this.ctx.api;
    const svc = api.tryGet('services', ns, name);
    if (!svc) return false;
    const hasFinalizer = (svc.metadata.finalizers ?? []).includes(LB_FINALIZER);
    if (wantsLB(svc)) {
      if ((svc.status?.loadBalancer?.ingress ?? []).length || this.provisioning.has(key)) return false;
      this.ctx.events.record(svc, 'Normal', 'EnsuringLoadBalancer', 'Ensuring load balancer', SOURCE);
      if (!hasFinalizer) {
        const upd = deepCopy(svc);
        upd.metadata.finalizers = [...(upd.metadata.finalizers ?? []), LB_FINALIZER];
        api.update(upd, { sent: FINALIZER_PATCH });
      }
      this.provisioning.add(key);
      this.ctx.clock.after(LB_PROVISION_MS, () => this.provision(key, svc.metadata.uid!), `lb ${key}`);
      return true;
    }
    // no longer a load balancer (type changed, or the service is being deleted)
    const had = hasFinalizer || (svc.status?.loadBalancer?.ingress ?? []).length > 0;
    if (!had) return false;
    this.provisioning.delete(key);
    this.ctx.events.record(svc, 'Normal', 'DeletingLoadBalancer', 'Deleting load balancer', SOURCE);
    if ((svc.status?.loadBalancer?.ingress ?? []).length) {
      const st = deepCopy(svc);
      st.status = { ...(st.status ?? {}), loadBalancer: {} };
      api.updateStatus(st);
    }
    this.ctx.events.record(svc, 'Normal', 'DeletedLoadBalancer', 'Deleted load balancer', SOURCE);
    const cur = api.tryGet('services', ns, name);
    if (cur && (cur.metadata.finalizers ?? []).includes(LB_FINALIZER)) {
      const upd = deepCopy(cur);
      upd.metadata.finalizers = upd.metadata.finalizers!.filter((f) => f !== LB_FINALIZER);
      if (upd.metadata.finalizers.length === 0) delete upd.metadata.finalizers;
      try {
        api.update(upd, { sent: FINALIZER_PATCH });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
      }
    }
    return true;
  }

  private provision(key: string, uid: string): void {
    this.provisioning.delete(key);
    const [ns, name] = key.split('/');
    const api = this.ctx.api;
    const svc = api.tryGet('services', ns, name);
    if (!svc || svc.metadata.uid !== uid || !wantsLB(svc)) return;
    const ip = this.pickAddress(svc);
    if (!ip) {
      this.ctx.events.record(svc, 'Warning', 'SyncLoadBalancerFailed', 'Error syncing load balancer: failed to ensure load balancer: no available IPs in the address pool', SOURCE);
      return;
    }
    const st = deepCopy(svc);
    st.status = { ...(st.status ?? {}), loadBalancer: { ingress: [{ ip, ipMode: 'VIP' }] } };
    api.updateStatus(st);
    this.ctx.events.record(svc, 'Normal', 'EnsuredLoadBalancer', 'Ensured load balancer', SOURCE);
  }

  /** The requested spec.loadBalancerIP if free and in the pool, else the lowest free pool address. */
  private pickAddress(svc: KObject): string | undefined {
    const used = new Set<string>([INGRESS_IP]);
    for (const s of this.ctx.api.list('services')) for (const i of s.status?.loadBalancer?.ingress ?? []) if (i.ip) used.add(i.ip);
    const lo = parseIPv4(LB_POOL[0])!;
    const hi = parseIPv4(LB_POOL[1])!;
    const want = svc.spec?.loadBalancerIP ? parseIPv4(svc.spec.loadBalancerIP) : undefined;
    if (want !== undefined) return want >= lo && want <= hi && !used.has(formatIPv4(want)) ? formatIPv4(want) : undefined;
    for (let n = lo; n <= hi; n++) if (!used.has(formatIPv4(n))) return formatIPv4(n);
    return undefined;
  }
}

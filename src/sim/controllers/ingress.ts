import type { AdmissionPlugin } from '../apiserver/apiserver';
import type { SimContext } from '../context';
import type { Component } from '../component';
import { servedByNginx } from '../network/ingress';
import { INGRESS_IP } from '../network/state';
import type { KObject, WatchEvent } from '../types';
import { deepCopy } from '../clone';

const INGRESS_RESOURCE = 'ingresses.networking.k8s.io';
const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
/** Virtual time before ingress-nginx publishes the address in the Ingress status. */
const INGRESS_STATUS_DELAY_MS = 10_000;
const SOURCE = { component: 'nginx-ingress-controller' };

/**
 * The DefaultIngressClass admission plugin: an Ingress created without a class gets the default
 * IngressClass (the newest one annotated is-default-class, if any).
 */
export function defaultIngressClassPlugin(): AdmissionPlugin {
  return {
    name: 'DefaultIngressClass',
    phase: 'admit',
    resources: [INGRESS_RESOURCE],
    run(obj, ctx) {
      if (ctx.op !== 'CREATE' || obj.spec?.ingressClassName || obj.metadata.annotations?.['kubernetes.io/ingress.class']) return;
      const defaults = ctx.api
        .list('ingressclasses.networking.k8s.io')
        .filter((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true')
        .sort((a, b) => (a.metadata.creationTimestamp! < b.metadata.creationTimestamp! ? 1 : -1));
      if (defaults.length) (obj.spec ??= {}).ingressClassName = defaults[0].metadata.name;
    },
  };
}

/**
 * The simulated ingress-nginx controller: records `Sync` events for the Ingresses it serves and,
 * after a few seconds, publishes its address in their status (ADDRESS column).
 */
export class IngressController implements Component {
  readonly name = 'ingress-nginx-controller';
  readonly watches = [INGRESS_RESOURCE];
  private dirty = new Map<string, WatchEvent>();
  private pending = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    if (ev.resource !== INGRESS_RESOURCE || ev.type === 'DELETED') return;
    // our own status writes need no Sync event
    if (ev.type === 'MODIFIED' && ev.old && JSON.stringify(ev.old.spec) === JSON.stringify(ev.object.spec) && JSON.stringify(ev.old.metadata.annotations) === JSON.stringify(ev.object.metadata.annotations)) return;
    this.dirty.set(`${ev.object.metadata.namespace}/${ev.object.metadata.name}`, ev);
  }

  sync(): boolean {
    if (this.dirty.size === 0) return false;
    const keys = [...this.dirty.keys()].sort();
    this.dirty.clear();
    let worked = false;
    for (const key of keys) {
      const [ns, name] = key.split('/');
      const ing = this.ctx.api.tryGet(INGRESS_RESOURCE, ns, name);
      if (!ing) continue;
      const served = servedByNginx(this.ctx, ing);
      const hasAddress = (ing.status?.loadBalancer?.ingress ?? []).length > 0;
      if (served) {
        this.ctx.events.record(ing, 'Normal', 'Sync', 'Scheduled for sync', SOURCE);
        worked = true;
        if (!hasAddress && !this.pending.has(key)) {
          this.pending.add(key);
          this.ctx.clock.after(INGRESS_STATUS_DELAY_MS, () => this.publish(key, ing.metadata.uid!), `ingress ${key}`);
        }
      } else if (hasAddress) {
        this.setAddress(ing, []);
        worked = true;
      }
    }
    return worked;
  }

  private publish(key: string, uid: string): void {
    this.pending.delete(key);
    const [ns, name] = key.split('/');
    const ing = this.ctx.api.tryGet(INGRESS_RESOURCE, ns, name);
    if (!ing || ing.metadata.uid !== uid || !servedByNginx(this.ctx, ing)) return;
    this.setAddress(ing, [{ ip: INGRESS_IP }]);
  }

  private setAddress(ing: KObject, ingress: { ip: string }[]): void {
    const st = deepCopy(ing);
    st.status = { ...(st.status ?? {}), loadBalancer: ingress.length ? { ingress } : {} };
    this.ctx.api.updateStatus(st);
  }
}

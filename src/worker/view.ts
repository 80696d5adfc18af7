import type { Cluster } from '../sim/cluster';
import type { Hop } from '../sim/network/hop';
import type { KObject } from '../sim/types';
import type { EtcdMemberView } from '../graph/etcd';

/** Resources the page never draws: events go to the timeline, leases only tick. */
export const HIDDEN = new Set(['events', 'events.events.k8s.io', 'leases.coordination.k8s.io']);

/** How many events the timeline keeps. */
export const RECENT_EVENTS = 300;

/** True when a store change is worth a new view (lease renewals are not). */
export function isVisibleChange(resource: string): boolean {
  return resource !== 'leases.coordination.k8s.io';
}

/** Every object the canvas may draw, sorted by resource then namespace/name (stable across runs). */
export function viewObjects(cluster: Cluster): KObject[] {
  const out: KObject[] = [];
  for (const r of cluster.api.store.resources().sort()) {
    if (HIDDEN.has(r)) continue;
    for (const o of cluster.api.store.list(r)) out.push(o);
  }
  return out;
}

/** The newest events, oldest first (what `kubectl get events` sorts by last-seen time). */
export function recentEvents(cluster: Cluster, limit = RECENT_EVENTS): KObject[] {
  return [...cluster.api.store.list('events')].sort(eventOrder).slice(-limit);
}

const eventTime = (e: KObject) => String(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '');
/** The timeline's order: last seen, then, within one second, the order of writes (resourceVersion grows with every write). */
export function eventOrder(a: KObject, b: KObject): number {
  const ta = eventTime(a);
  const tb = eventTime(b);
  return ta < tb ? -1 : ta > tb ? 1 : Number(a.metadata.resourceVersion ?? 0) - Number(b.metadata.resourceVersion ?? 0);
}

/** The path of the last curl/wget, which the network layer keeps on `cluster.services.lastTrace`. */
export function lastTrace(cluster: Cluster): Hop[] | undefined {
  const trace = cluster.services.lastTrace;
  return Array.isArray(trace) ? (trace as Hop[]) : undefined;
}

/** The etcd members as the canvas draws them. */
export function etcdView(cluster: Cluster): EtcdMemberView[] {
  return cluster.etcd.members.map((m) => {
    const s = cluster.etcd.status(m);
    return { id: m.id, name: m.name, ip: m.ip, running: m.running, leader: s.leader?.id === m.id, noLeader: m.running && !s.leader, term: s.term, index: s.index };
  });
}

/** Changes whenever what the canvas shows of etcd changes (roles, terms, running members). */
export function etcdSignature(view: EtcdMemberView[]): string {
  return view.map((m) => `${m.name}:${m.running ? 1 : 0}${m.leader ? 'L' : ''}${m.noLeader ? 'N' : ''}@${m.term}`).join(',');
}

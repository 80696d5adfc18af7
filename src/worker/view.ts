import type { Cluster } from '../sim/cluster';
import type { Hop } from '../sim/network/request';
import type { KObject } from '../sim/types';
import type { ClusterView } from './protocol';

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
  const evs = [...cluster.api.store.list('events')];
  const ts = (e: KObject) => String(e.lastTimestamp ?? e.eventTime ?? e.metadata.creationTimestamp ?? '');
  // within one second, the order they were written in (resourceVersion grows with every write)
  const rv = (e: KObject) => Number(e.metadata.resourceVersion ?? 0);
  evs.sort((a, b) => (ts(a) < ts(b) ? -1 : ts(a) > ts(b) ? 1 : rv(a) - rv(b)));
  return evs.slice(-limit);
}

/**
 * The path of the last curl/wget. The network layer (H4) keeps it on `cluster.services`;
 * several spellings are accepted so the page works before and after it lands.
 */
export function lastTrace(cluster: Cluster): Hop[] | undefined {
  const s = cluster.services as Record<string, unknown>;
  const net = s.network as { lastTrace?: Hop[]; lastPath?: Hop[]; lastRequest?: { path?: Hop[] } } | undefined;
  const fromNet = net?.lastTrace ?? net?.lastPath ?? net?.lastRequest?.path;
  const direct = (s.lastTrace ?? s.lastRequestPath) as Hop[] | undefined;
  const trace = fromNet ?? direct;
  return Array.isArray(trace) ? trace : undefined;
}

/** Build the view the page draws. */
export function buildView(cluster: Cluster, version: number): ClusterView {
  return { objects: viewObjects(cluster), events: recentEvents(cluster), now: cluster.now(), trace: lastTrace(cluster), version };
}

/**
 * The API server's watch cache: the recent changes of each resource with the resourceVersion of
 * each, so that a watch resumed from a list's resourceVersion gets what happened since, and one
 * from before the window gets the apiserver's Expired error.
 */
import type { Cluster } from '../sim/cluster';
import { ApiError, type KObject, type WatchEvent } from '../sim/types';
import { onClusterChange } from '../kubectl/commands/read/watch';

/** Events kept per resource (the apiserver's watch cache keeps a window of the same kind). */
const HISTORY_CAPACITY = 1000;

interface Recorded {
  rv: number;
  ev: WatchEvent;
}

export class WatchHistory {
  private readonly byResource = new Map<string, Recorded[]>();
  /** Per resource: the newest resourceVersion whose events are no longer kept. */
  private readonly dropped = new Map<string, number>();
  /** Events from this resourceVersion on are known (the cluster's at the time the history started). */
  private readonly start: number;

  constructor(
    cluster: Cluster,
    private readonly capacity = HISTORY_CAPACITY,
  ) {
    this.start = Number(cluster.api.store.currentResourceVersion());
    onClusterChange(cluster, (ev) => this.record(ev, Number(cluster.api.store.currentResourceVersion())));
  }

  private record(ev: WatchEvent, current: number): void {
    let list = this.byResource.get(ev.resource);
    if (!list) this.byResource.set(ev.resource, (list = []));
    list.push(stamped(ev, current));
    if (list.length > this.capacity) {
      const gone = list.splice(0, list.length - this.capacity);
      this.dropped.set(ev.resource, gone[gone.length - 1].rv);
    }
  }

  /**
   * The events of `resource` after `resourceVersion`, oldest first; the apiserver's Expired error
   * (410, sent as the watch's ERROR event) when some of them are no longer kept.
   */
  since(resource: string, resourceVersion: number): WatchEvent[] {
    const list = this.byResource.get(resource) ?? [];
    const dropped = this.dropped.get(resource);
    // the oldest resourceVersion a watch can resume from: one before the oldest kept event
    const floor = dropped === undefined ? this.start : list.length ? list[0].rv - 1 : dropped;
    if (resourceVersion < floor) throw new ApiError(410, 'Expired', `too old resource version: ${resourceVersion} (${floor})`);
    return list.filter((r) => r.rv > resourceVersion).map((r) => r.ev);
  }
}

/**
 * An event with the revision it happened at (`current`, the store's when it is seen): an object's
 * own resourceVersion, but a deletion's object carries the revision of the deletion, as the
 * apiserver sends it.
 */
export function stamped(ev: WatchEvent, current: number): Recorded {
  if (ev.type !== 'DELETED') return { rv: Number(ev.object.metadata.resourceVersion ?? current), ev };
  const object: KObject = { ...ev.object, metadata: { ...ev.object.metadata, resourceVersion: String(current) } };
  return { rv: current, ev: { ...ev, object } };
}

import type { ApiServer } from '../apiserver/apiserver';
import type { WatchEvent } from '../types';

/**
 * The skeleton of a controller that keeps something in every active namespace (the service account
 * controller with the root-CA publisher, the playground's quota): the namespaces to resync, taken in
 * sorted order for deterministic writes, and each controller's `ensure` for one namespace.
 */
export class NamespaceWork {
  private readonly dirty = new Set<string>();

  /** Queue a namespace for resync. */
  add(ns: string): void {
    this.dirty.add(ns);
  }

  /** A namespace created or changed, not terminating, is queued; whether the event was a namespace's at all. */
  observeNamespace(ev: WatchEvent): boolean {
    if (ev.resource !== 'namespaces') return false;
    if (ev.type !== 'DELETED' && !ev.object.metadata.deletionTimestamp) this.dirty.add(ev.object.metadata.name!);
    return true;
  }

  /** Resync each queued namespace; whether any of them wrote. */
  sync(ensure: (ns: string) => boolean): boolean {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const ns of work) if (ensure(ns)) did = true;
    return did;
  }
}

/** Whether a namespace exists and is not being deleted: only such a namespace gets new objects. */
export function activeNamespace(api: ApiServer, ns: string): boolean {
  const obj = api.tryGet('namespaces', undefined, ns);
  return !!obj && !obj.metadata.deletionTimestamp;
}

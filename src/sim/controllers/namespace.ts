import type { SimContext } from '../context';
import type { Component } from '../component';
import { RESOURCES, resourceKey } from '../apiserver/resources';
import { ApiError, type WatchEvent } from '../types';

/** Namespaced resource keys, in the order the namespace controller empties them. */
const NAMESPACED = RESOURCES.filter((rt) => rt.namespaced && rt.kind !== 'Binding').map(resourceKey);

/**
 * The namespace controller: a namespace being deleted (phase Terminating) has its content deleted;
 * once nothing is left (pods may take their grace period), the namespace itself goes away.
 */
export class NamespaceController implements Component {
  readonly name = 'namespace-controller';
  private dirty = new Set<string>();
  private terminating = new Set<string>();

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    if (ev.resource === 'namespaces') {
      const name = ev.object.metadata.name!;
      if (ev.type === 'DELETED') this.terminating.delete(name);
      else if (ev.object.metadata.deletionTimestamp) {
        this.terminating.add(name);
        this.dirty.add(name);
      }
      return;
    }
    const ns = ev.object.metadata.namespace;
    if (ns && this.terminating.has(ns)) this.dirty.add(ns);
  }

  sync(): boolean {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const ns of work) if (this.drain(ns)) did = true;
    return did;
  }

  /** Delete what is left in the namespace; remove the namespace when it is empty. */
  private drain(ns: string): boolean {
    const api = this.ctx.api;
    const nsObj = api.tryGet('namespaces', undefined, ns);
    if (!nsObj?.metadata.deletionTimestamp) return false;
    let remaining = 0;
    let did = false;
    for (const key of NAMESPACED) {
      for (const obj of api.store.list(key, ns)) {
        remaining++;
        if (obj.metadata.deletionTimestamp) continue;
        try {
          api.delete(key, ns, obj.metadata.name!);
          did = true;
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
        }
      }
    }
    if (remaining === 0) {
      api.remove('namespaces', nsObj);
      return true;
    }
    return did;
  }
}

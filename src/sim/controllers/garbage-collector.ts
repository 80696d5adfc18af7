import type { SimContext } from '../context';
import type { Component } from '../component';
import { RESOURCES, resourceKey } from '../apiserver/resources';
import { ApiError, type KObject, type WatchEvent } from '../types';
import { deepCopy } from '../clone';
import { sameJson } from '../same-json';

/** The garbage collector's DefaultIgnoredResources: Events are neither owners nor dependents it tracks. */
const IGNORED = new Set(['events', 'events.events.k8s.io']);

interface Ref {
  key: string;
  ns?: string;
  name: string;
}

/**
 * The garbage collector: dependents (objects whose ownerReferences name an owner) are deleted in
 * the background when their last owner is gone; `Orphan` deletion strips the ownerReferences instead,
 * `Foreground` deletion keeps the owner until its dependents are gone.
 */
export class GarbageCollector implements Component {
  readonly name = 'garbage-collector';
  /** Every live object by uid (what the real GC's graph holds). */
  private live = new Map<string, Ref>();
  /** Owners that went away or are being deleted with a finalizer. */
  private owners = new Set<string>();
  /** Dependents to check for missing owners. */
  private dependents = new Map<string, Ref>();
  private readonly keys: string[];
  readonly watches: readonly string[];

  constructor(private readonly ctx: SimContext) {
    const store = ctx.api.store;
    this.keys = [...new Set(RESOURCES.map(resourceKey))].filter((k) => !IGNORED.has(k));
    this.watches = this.keys;
    for (const key of this.keys) {
      if (!store.hasIndex(key, 'owner')) store.addIndex(key, 'owner', (o) => (o.metadata.ownerReferences ?? []).map((r) => r.uid));
    }
  }

  observe(ev: WatchEvent): void {
    const meta = ev.object.metadata;
    if (!meta.uid) return;
    if (ev.type === 'DELETED') {
      this.live.delete(meta.uid);
      this.owners.add(meta.uid);
      // an owner in foreground deletion waits for this dependent
      for (const r of meta.ownerReferences ?? []) this.owners.add(r.uid);
      return;
    }
    const fin = meta.finalizers ?? [];
    if (meta.deletionTimestamp && (fin.includes('orphan') || fin.includes('foregroundDeletion'))) this.owners.add(meta.uid);
    // an update that keeps the object's owner references changes nothing in the graph (graph_builder's referencesDiffs)
    const old = ev.type === 'MODIFIED' ? ev.old?.metadata : undefined;
    if (old && old.uid === meta.uid && this.live.has(meta.uid) && sameJson(old.ownerReferences ?? [], meta.ownerReferences ?? [])) return;
    const ref = { key: ev.resource, ns: meta.namespace, name: meta.name! };
    this.live.set(meta.uid, ref);
    if ((meta.ownerReferences ?? []).length) this.dependents.set(meta.uid, ref);
  }

  sync(): boolean {
    // every settling round asks every component: an idle one answers without allocating
    if (this.owners.size === 0 && this.dependents.size === 0) return false;
    let did = false;
    const owners = [...this.owners].sort();
    this.owners.clear();
    for (const uid of owners) if (this.processOwner(uid)) did = true;
    const deps = [...this.dependents.values()];
    this.dependents.clear();
    for (const d of deps) if (this.processDependent(d)) did = true;
    return did;
  }

  private dependentsOf(uid: string): { key: string; obj: KObject }[] {
    const out: { key: string; obj: KObject }[] = [];
    for (const key of this.keys) for (const obj of this.ctx.api.store.byIndex(key, 'owner', uid)) out.push({ key, obj });
    return out;
  }

  private processOwner(uid: string): boolean {
    const api = this.ctx.api;
    const ref = this.live.get(uid);
    const owner = ref ? api.store.get(ref.key, ref.ns, ref.name) : undefined;
    const deps = this.dependentsOf(uid);
    if (!owner) {
      let did = false;
      for (const d of deps) if (this.processDependent({ key: d.key, ns: d.obj.metadata.namespace, name: d.obj.metadata.name! })) did = true;
      return did;
    }
    const fin = owner.metadata.finalizers ?? [];
    if (!owner.metadata.deletionTimestamp) return false;
    if (fin.includes('orphan')) {
      for (const d of deps) {
        const upd = deepCopy(d.obj);
        upd.metadata.ownerReferences = (upd.metadata.ownerReferences ?? []).filter((r) => r.uid !== uid);
        if (upd.metadata.ownerReferences.length === 0) delete upd.metadata.ownerReferences;
        this.tryWrite(() => api.update(upd));
      }
      this.removeFinalizer(ref!.key, owner, 'orphan');
      return true;
    }
    if (fin.includes('foregroundDeletion')) {
      if (deps.length === 0) {
        this.removeFinalizer(ref!.key, owner, 'foregroundDeletion');
        return true;
      }
      let did = false;
      for (const d of deps) {
        if (d.obj.metadata.deletionTimestamp) continue;
        this.tryWrite(() => api.delete(d.key, d.obj.metadata.namespace, d.obj.metadata.name!, { propagationPolicy: 'Foreground' }));
        did = true;
      }
      return did;
    }
    return false;
  }

  /** Delete a dependent whose owners are all gone; drop references to gone owners when others remain. */
  private processDependent(ref: Ref): boolean {
    const api = this.ctx.api;
    const obj = api.store.get(ref.key, ref.ns, ref.name);
    if (!obj || obj.metadata.deletionTimestamp) return false;
    const refs = obj.metadata.ownerReferences ?? [];
    const alive = refs.filter((r) => this.live.has(r.uid));
    if (alive.length === refs.length) return false;
    if (alive.length > 0) {
      const upd = deepCopy(obj);
      upd.metadata.ownerReferences = alive;
      this.tryWrite(() => api.update(upd));
      return true;
    }
    this.tryWrite(() => api.delete(ref.key, ref.ns, ref.name, { propagationPolicy: 'Background' }));
    return true;
  }

  private removeFinalizer(key: string, obj: KObject, finalizer: string): void {
    const upd = deepCopy(obj);
    upd.metadata.finalizers = (upd.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    this.tryWrite(() => this.ctx.api.update(upd));
    void key;
  }

  private tryWrite(fn: () => unknown): void {
    try {
      fn();
    } catch (e) {
      // the object changed or went away meanwhile: the next event brings it back here
      if (!(e instanceof ApiError)) throw e;
    }
  }
}

import type { ApiServer } from './apiserver/apiserver';
import type { KObject } from './types';
import { deepCopy } from './clone';
import { toRfc3339 } from './clock';

/** kube-apiserver's default --event-ttl. */
const EVENT_TTL_MS = 3600_000;
const SWEEP_EVERY_MS = 600_000;
/** client-go tools/record events_cache.go maxLruCacheEntries: each recorder's correlator remembers this many events. */
export const MAX_LRU_CACHE_ENTRIES = 4096;

const TWO_20 = 2 ** 20;

/**
 * `ms * 1e6 + extra` in hex, exactly, for whole `ms >= 0` and `0 <= extra < 1e6`: the product passes 2^53, so it is
 * worked out in two halves of 20 bits apart (each well within a double) instead of through BigInt, once per Event.
 */
export function nanosHex(ms: number, extra: number): string {
  const msHigh = Math.floor(ms / TWO_20);
  const low = (ms - msHigh * TWO_20) * 1e6 + extra;
  const carry = Math.floor(low / TWO_20);
  const high = msHigh * 1e6 + carry;
  const low20 = (low - carry * TWO_20).toString(16);
  return high > 0 ? high.toString(16) + low20.padStart(5, '0') : low20;
}

/** Who reported an event, as `kubectl get events` prints it in SOURCE / describe's From column. */
export interface EventSource {
  component: string;
  host?: string;
}

/** What every client's recorder shares: the name sequence and the correlators. */
interface RecorderState {
  seq: number;
  /**
   * Per source (component and host: each binary has its own correlator), event key → `ns/name` of the
   * event it folds into, least recently seen first: an LRU of MAX_LRU_CACHE_ENTRIES, as upstream's.
   */
  folded: Map<string, FoldCache>;
}

/** One correlator's LRU: event key → `ns/name`, least recently seen first, with an iterator that stays on the oldest entry. */
interface FoldCache {
  names: Map<string, string>;
  /**
   * Evicting through one long-lived iterator: a fresh `keys()` would walk past every slot deleted since
   * the map last rehashed. Entries it passed were evicted, and a touched entry moves behind it, so its next key is the oldest.
   */
  oldest: Iterator<string>;
}

/**
 * The event recorder (client-go record.EventRecorder): repeated events with the same
 * object, reason, message and source are folded into one with a growing count.
 */
export class EventRecorder {
  constructor(
    private readonly api: ApiServer,
    private readonly state: RecorderState = { seq: 0, folded: new Map() },
  ) {}

  /** The same recorder writing through a component's client: folding an event is that component's request. */
  as(api: ApiServer): EventRecorder {
    return new EventRecorder(api, this.state);
  }

  /**
   * kube-apiserver keeps events for `--event-ttl` (1h by default): expire them on a sweep every
   * 10 virtual minutes, so an 18-day-old cluster does not list its boot events.
   */
  startExpiry(): void {
    const sweep = () => {
      const cutoff = this.api.clock.now() - EVENT_TTL_MS;
      for (const ev of this.api.store.list('events')) {
        const last = Date.parse(ev.lastTimestamp ?? ev.metadata.creationTimestamp ?? '');
        if (last < cutoff) this.api.remove('events', ev);
      }
      for (const [source, { names }] of this.state.folded) {
        for (const [key, name] of names) if (!name || !this.exists(name)) names.delete(key);
        if (!names.size) this.state.folded.delete(source);
      }
      this.api.clock.after(SWEEP_EVERY_MS, sweep, 'event-ttl');
    };
    this.api.clock.after(SWEEP_EVERY_MS, sweep, 'event-ttl');
  }

  private exists(nsName: string): boolean {
    const [ns, name] = nsName.split('/');
    return !!this.api.tryGet('events', ns, name);
  }

  /** `atMs`: when the event happened, if it is sent later (a retried write). */
  record(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource, fieldPath?: string, atMs = this.api.clock.now()): void {
    const ns = obj.metadata.namespace ?? 'default';
    // joined, not concatenated: a template literal's rope keeps every piece alive as long as the map keeps the key
    const key = [obj.metadata.uid, fieldPath ?? '', type, reason, message].join('|');
    const sourceKey = [source.component, source.host ?? ''].join('|');
    let fold = this.state.folded.get(sourceKey);
    if (!fold) {
      const names = new Map<string, string>();
      this.state.folded.set(sourceKey, (fold = { names, oldest: names.keys() }));
    }
    const cache = fold.names;
    const now = toRfc3339(atMs);
    const existing = cache.get(key);
    if (existing) {
      // seen again: the most recently used entry
      cache.delete(key);
      cache.set(key, existing);
      const ev = this.api.tryGet('events', ns, existing.slice(existing.indexOf('/') + 1));
      if (ev) {
        const upd = deepCopy(ev);
        upd.count = (ev.count ?? 1) + 1;
        upd.lastTimestamp = now;
        // the recorder's EventCorrelator sends the count as a PATCH; `upd` is this write's own copy
        this.api.update(upd, { sent: { verb: 'patch' }, owned: true });
        return;
      }
    }
    // kubelet/event names are `<object>.<hex unix nanos>`; the sequence keeps them unique within an instant
    const name = [obj.metadata.name, nanosHex(atMs, this.state.seq++ % 1000000)].join('.');
    this.api.createGenerated({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace: ns },
      involvedObject: {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        name: obj.metadata.name,
        namespace: obj.metadata.namespace,
        uid: obj.metadata.uid,
        resourceVersion: obj.metadata.resourceVersion,
        ...(fieldPath ? { fieldPath } : {}),
      },
      reason,
      message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    });
    cache.set(key, [ns, name].join('/'));
    // the least recently seen event is forgotten: a repeat of it starts a new Event, as upstream
    if (cache.size > MAX_LRU_CACHE_ENTRIES) cache.delete(fold.oldest.next().value);
  }
}

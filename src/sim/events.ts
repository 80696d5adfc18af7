import type { ApiServer } from './apiserver/apiserver';
import type { KObject } from './types';

/** Who reported an event, as `kubectl get events` prints it in SOURCE / describe's From column. */
export interface EventSource {
  component: string;
  host?: string;
}

/**
 * The event recorder (client-go record.EventRecorder): repeated events with the same
 * object, reason, message and source are folded into one with a growing count.
 */
export class EventRecorder {
  private seq = 0;
  private folded = new Map<string, string>();

  constructor(private readonly api: ApiServer) {}

  record(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, source: EventSource, fieldPath?: string): void {
    const ns = obj.metadata.namespace ?? 'default';
    const key = `${obj.metadata.uid}|${fieldPath ?? ''}|${type}|${reason}|${message}|${source.component}|${source.host ?? ''}`;
    const now = this.api.clock.isoNow();
    const existing = this.folded.get(key);
    if (existing) {
      const ev = this.api.tryGet('events', ns, existing);
      if (ev) {
        const upd = structuredClone(ev);
        upd.count = (ev.count ?? 1) + 1;
        upd.lastTimestamp = now;
        this.api.update(upd);
        return;
      }
    }
    // kubelet/event names are `<object>.<hex unix nanos>`; the sequence keeps them unique within an instant
    const nanos = BigInt(this.api.clock.now()) * 1000000n + BigInt(this.seq++ % 1000000);
    const name = `${obj.metadata.name}.${nanos.toString(16)}`;
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
    this.folded.set(key, name);
  }
}

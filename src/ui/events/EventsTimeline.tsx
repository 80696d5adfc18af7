import { memo, useEffect, useRef } from 'react';
import { useApp } from '../../state/react';
import type { KObject } from '../../sim/types';
import { useT } from '../i18n';
import { EVENTS_TEXT as T } from './strings';
import { actorLabel, actorOf, eventSource } from './whoActed';

function ts(ev: KObject): number {
  const s = (ev.lastTimestamp ?? ev.eventTime ?? ev.metadata.creationTimestamp) as string | undefined;
  return s ? Date.parse(s) : 0;
}

/** `5s`, `3m`, `2h` like kubectl's LAST SEEN. */
function ago(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return `${s}s`;
  if (s < 3600 * 2) return `${Math.floor(s / 60)}m`;
  if (s < 86400 * 2) return `${Math.floor(s / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

/** One event; memo'd so a clock tick re-renders only rows whose LAST SEEN text changed. */
const EventRow = memo(function EventRow({ ev, when, who }: { ev: KObject; when: string; who: string }) {
  const inv = ev.involvedObject as { kind?: string; name?: string; namespace?: string } | undefined;
  const warn = ev.type === 'Warning';
  return (
    <li data-reason={ev.reason} data-source={eventSource(ev)} data-type={ev.type}>
      <div className="ev-head">
        <span className="when" title="LAST SEEN">
          {when}
        </span>
        <span className="who" data-who={actorOf(eventSource(ev))} title={who}>
          {actorLabel(ev)}
        </span>
        <span className={warn ? 'reason warn' : 'reason'}>{ev.reason}</span>
        <span className="obj">
          {inv?.kind?.toLowerCase()}/{inv?.name}
        </span>
        {ev.count > 1 && <span className="count">×{ev.count}</span>}
      </div>
      <div className="msg">{ev.message}</div>
    </li>
  );
});

/** What `kubectl get events` shows, newest at the bottom, with who acted (scheduler, kubelet, a controller). */
export const EventsTimeline = memo(function EventsTimeline() {
  const t = useT();
  const events = useApp((s) => s.view?.events);
  const now = useApp((s) => s.now);
  const box = useRef<HTMLDivElement>(null);
  const count = events?.length ?? 0;
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count]);
  return (
    <div className="events" ref={box} data-testid="events">
      {!events || events.length === 0 ? (
        <div className="empty">{t(T.empty)}</div>
      ) : (
        <ol>
          {events.map((ev) => (
            <EventRow key={`${ev.metadata.namespace}/${ev.metadata.name}`} ev={ev} when={ago(now - ts(ev))} who={t(T.who)} />
          ))}
        </ol>
      )}
    </div>
  );
});

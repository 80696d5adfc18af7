import { useApp, useAppStore } from '../../state/react';
import { EventsTimeline } from '../events/EventsTimeline';
import { ReplayPanel } from './ReplayPanel';
import { REPLAY_TEXT as T } from './strings';
import './replay.css';
import { translate } from '../i18n';

/** The pane under the canvas: the cluster's events, or the control plane's steps after the latest command. */
export function ActivityPane() {
  const lang = useApp((s) => s.lang);
  const store = useAppStore();
  const tab = useApp((s) => s.activityTab);
  const setTab = (t: 'events' | 'replay') => store.getState().setActivityTab(t);
  const tabs = [
    ['events', translate(lang, T.eventsTab)],
    ['replay', translate(lang, T.tab)],
  ] as const;
  return (
    <section className="pane" aria-label={tab === 'events' ? translate(lang, T.eventsTab) : translate(lang, T.tab)} data-testid="events-pane">
      <div className="pane-head activity-head">
        <div className="activity-tabs" role="tablist">
          {tabs.map(([id, label]) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} data-testid={`tab-${id}`} onClick={() => setTab(id)}>
              {label}
            </button>
          ))}
        </div>
      </div>
      {tab === 'events' ? <EventsTimeline /> : <ReplayPanel lang={lang} />}
    </section>
  );
}

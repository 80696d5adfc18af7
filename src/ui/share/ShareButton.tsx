import { useState } from 'react';
import { useAppStore } from '../../state/react';
import type { AppStore } from '../../state/store';
import { useT } from '../i18n';
import { SHARE_TEXT as T } from './strings';
import { shareUrl, type SharePayload } from './share';

/** The payload for the current session. */
export function currentPayload(store: AppStore): SharePayload {
  const s = store.getState();
  return {
    v: 1,
    lessonId: s.lesson?.lessonId,
    stepId: s.lesson?.stepId,
    seed: s.seed,
    start: s.startFiles,
    log: s.log,
    until: s.now,
    files: s.files,
    active: s.active,
    ...(s.activityTab === 'replay' && s.replayIndex !== null ? { replay: s.replayIndex } : {}),
    ...(s.size && Object.keys(s.size).length ? { cluster: s.size } : {}),
  };
}

/** Copy a link that replays this session (cluster and editor) exactly. */
export function ShareButton() {
  const t = useT();
  const store = useAppStore();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const onClick = async () => {
    const u = shareUrl(location.origin, currentPayload(store));
    setUrl(u);
    setCopied(false);
    try {
      await navigator.clipboard.writeText(u);
      setCopied(true);
    } catch {
      // clipboard refused (permissions, iframes): the link stays selectable in the popover
    }
  };
  return (
    <div className="share">
      <button className="btn" onClick={() => void onClick()} title={t(T.title)} aria-label={t(T.copy)} data-testid="share">
        <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round">
          <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
          <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
        </svg>
        <span className="wide-only">{t(T.copy)}</span>
      </button>
      {url && (
        <div className="share-pop" role="dialog" onMouseLeave={() => setUrl(null)}>
          <div>{copied ? `✓ ${t(T.copied)}` : t(T.manual)}</div>
          <input readOnly value={url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </div>
  );
}

import { useShallow } from 'zustand/react/shallow';
import { useApp, useAppStore } from '../../state/react';
import { useT } from '../i18n';
import { TIME_TEXT as T } from './strings';
import './time.css';

const SPEEDS = [1, 5, 20] as const;

/** hh:mm:ss of a virtual instant (UTC, like the cluster's timestamps). */
function clockText(ms: number): string {
  return ms ? new Date(ms).toISOString().slice(11, 19) : '--:--:--';
}

/** Play / pause, speed 1×/5×/20×, single step, and the virtual clock; a paused clock says so. */
export function TimeControls() {
  const t = useT();
  const store = useAppStore();
  const { playing, speed, now, ready } = useApp(useShallow((s) => ({ playing: s.playing, speed: s.speed, now: s.now, ready: s.ready })));
  const paused = ready && !playing;
  return (
    <div className="timebar" role="group" aria-label={t(T.clock)} data-state={paused ? 'paused' : playing ? 'playing' : 'starting'}>
      <button
        className={`btn icon${paused ? ' primary' : ''}`}
        disabled={!ready}
        aria-pressed={playing}
        data-testid="play"
        title={playing ? t(T.pause) : t(T.play)}
        aria-label={playing ? t(T.pause) : t(T.play)}
        onClick={() => void store.getState().setClock(!playing)}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button className="btn icon" disabled={!ready} data-testid="step" title={t(T.step)} aria-label={t(T.step)} onClick={() => void store.getState().advance(1000)}>
        +1s
      </button>
      <select
        className="btn"
        aria-label={t(T.speed)}
        title={t(T.speed)}
        value={speed}
        data-testid="speed"
        onChange={(e) => void store.getState().setClock(playing, Number(e.currentTarget.value))}
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
      <span className="clock" title={paused ? t(T.pausedTitle) : t(T.clock)} data-testid="clock" aria-live="off">
        {clockText(now)}
      </span>
      {paused && (
        <span className="paused-badge" role="status" title={t(T.pausedTitle)} data-testid="paused">
          ❚❚ {t(T.paused)}
        </span>
      )}
    </div>
  );
}

import { memo } from 'react';
import type { Tone } from '../../graph/status';
import { CANVAS_TEXT } from './strings';

const TONES: Tone[] = ['ok', 'progress', 'warn', 'error', 'off'];

/** Status colours and edge styles, unfolded in the canvas toolbar (it takes room, it never covers cards). */
export const Legend = memo(function Legend({ lang, hasTrace }: { lang: 'zh' | 'en'; hasTrace: boolean }) {
  return (
    <ul className="kp-legend" data-testid="canvas-legend-items">
      {TONES.map((t) => (
        <li key={t}>
          <i className={`kp-dot tone-${t}`} /> {CANVAS_TEXT.tones[t][lang]}
        </li>
      ))}
      <li>
        <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line ready" /></svg> {CANVAS_TEXT.edgeReady[lang]}
      </li>
      <li>
        <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line not-ready" /></svg> {CANVAS_TEXT.edgeNotReady[lang]}
      </li>
      <li>
        <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line other" /></svg> {CANVAS_TEXT.edgeOther[lang]}
      </li>
      {hasTrace && (
        <li>
          <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line request" /></svg> {CANVAS_TEXT.lastRequest[lang]}
        </li>
      )}
      {hasTrace && (
        <li>
          <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line request-spread" /></svg> {CANVAS_TEXT.requestSpread[lang]}
        </li>
      )}
      {hasTrace && (
        <li data-legend="request-blocked">
          <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line request-blocked" /></svg> {CANVAS_TEXT.requestBlocked[lang]}
        </li>
      )}
    </ul>
  );
});

import { memo } from 'react';
import type { Tone } from '../../graph/status';
import { CANVAS_TEXT } from './strings';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

const TONES: Tone[] = ['ok', 'progress', 'warn', 'error', 'off'];

/** Status colours and edge styles, unfolded in the canvas toolbar (it takes room, it never covers cards). */
export const Legend = memo(function Legend({ lang, hasTrace }: { lang: Lang; hasTrace: boolean }) {
  return (
    <ul className="kp-legend" data-testid="canvas-legend-items">
      {TONES.map((t) => (
        <li key={t}>
          <i className={`kp-dot tone-${t}`} /> {translate(lang, CANVAS_TEXT.tones[t])}
        </li>
      ))}
      <li>
        <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line ready" /></svg> {translate(lang, CANVAS_TEXT.edgeReady)}
      </li>
      <li>
        <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line not-ready" /></svg> {translate(lang, CANVAS_TEXT.edgeNotReady)}
      </li>
      <li>
        <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line other" /></svg> {translate(lang, CANVAS_TEXT.edgeOther)}
      </li>
      {hasTrace && (
        <li>
          <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line request" /></svg> {translate(lang, CANVAS_TEXT.lastRequest)}
        </li>
      )}
      {hasTrace && (
        <li>
          <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line request-spread" /></svg> {translate(lang, CANVAS_TEXT.requestSpread)}
        </li>
      )}
      {hasTrace && (
        <li data-legend="request-blocked">
          <svg width="28" height="8" aria-hidden="true"><line x1="0" y1="4" x2="28" y2="4" className="kp-legend-line request-blocked" /></svg> {translate(lang, CANVAS_TEXT.requestBlocked)}
        </li>
      )}
    </ul>
  );
});

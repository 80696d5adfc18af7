import { memo, useContext, useState } from 'react';
import { CanvasExpandContext } from '../workbench/expand';
import { Legend } from './Legend';
import { CANVAS_TEXT } from './strings';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

export interface CanvasToolbarProps {
  lang: Lang;
  /** The camera shows everything (else the focus at a readable zoom). */
  all: boolean;
  showAll: boolean;
  hasTrace: boolean;
  onZoom(dir: 1 | -1): void;
  onShowAll(on: boolean): void;
  onTidy(): void;
}

/** The canvas's controls in a strip of their own under the drawing: zoom, show all / focus, tidy, legend. */
export const CanvasToolbar = memo(function CanvasToolbar(p: CanvasToolbarProps) {
  const T = CANVAS_TEXT;
  // folded by default: on a narrow canvas the picture comes first
  const [legend, setLegend] = useState(false);
  const expand = useContext(CanvasExpandContext);
  return (
    <div className="kp-toolbar-wrap">
      {legend && <Legend lang={p.lang} hasTrace={p.hasTrace} />}
      <div className="kp-toolbar" role="toolbar" aria-label={translate(p.lang, T.toolbar)} data-testid="canvas-toolbar">
        <button className="kp-tool" onClick={() => p.onZoom(-1)} aria-label={translate(p.lang, T.zoomOut)} title={translate(p.lang, T.zoomOut)}>
          −
        </button>
        <button className="kp-tool" onClick={() => p.onZoom(1)} aria-label={translate(p.lang, T.zoomIn)} title={translate(p.lang, T.zoomIn)}>
          +
        </button>
        <button className="kp-tool wide" data-testid="canvas-show-all" aria-pressed={p.showAll} onClick={() => p.onShowAll(!p.showAll)} title={p.showAll ? translate(p.lang, T.focusTitle) : translate(p.lang, T.showAllTitle)}>
          {p.showAll ? translate(p.lang, T.focus) : translate(p.lang, T.showAll)}
        </button>
        <button className="kp-tool wide" onClick={p.onTidy} title={translate(p.lang, T.tidyTitle)}>
          {translate(p.lang, T.tidy)}
        </button>
        {expand && (
          <button className="kp-tool" data-testid="canvas-expand" aria-pressed={expand.expanded} onClick={expand.toggle} aria-label={expand.expanded ? translate(p.lang, T.restore) : translate(p.lang, T.expand)} title={expand.expanded ? translate(p.lang, T.restore) : translate(p.lang, T.expand)}>
            {expand.expanded ? '⤡' : '⤢'}
          </button>
        )}
        {!p.all && !p.showAll && <span className="kp-partial">{translate(p.lang, T.partial)}</span>}
        <button className="kp-tool wide kp-legend-toggle" aria-expanded={legend} onClick={() => setLegend(!legend)} data-testid="canvas-legend">
          {legend ? '▾' : '▸'} {translate(p.lang, T.legend)}
        </button>
      </div>
    </div>
  );
});

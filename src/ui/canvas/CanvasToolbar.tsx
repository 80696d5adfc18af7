import { memo, useContext, useState } from 'react';
import { CanvasExpandContext } from '../workbench/expand';
import { Legend } from './Legend';
import { CANVAS_TEXT } from './strings';

export interface CanvasToolbarProps {
  lang: 'zh' | 'en';
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
      <div className="kp-toolbar" role="toolbar" aria-label={T.toolbar[p.lang]} data-testid="canvas-toolbar">
        <button className="kp-tool" onClick={() => p.onZoom(-1)} aria-label={T.zoomOut[p.lang]} title={T.zoomOut[p.lang]}>
          −
        </button>
        <button className="kp-tool" onClick={() => p.onZoom(1)} aria-label={T.zoomIn[p.lang]} title={T.zoomIn[p.lang]}>
          +
        </button>
        <button className="kp-tool wide" data-testid="canvas-show-all" aria-pressed={p.showAll} onClick={() => p.onShowAll(!p.showAll)} title={p.showAll ? T.focusTitle[p.lang] : T.showAllTitle[p.lang]}>
          {p.showAll ? T.focus[p.lang] : T.showAll[p.lang]}
        </button>
        <button className="kp-tool wide" onClick={p.onTidy} title={T.tidyTitle[p.lang]}>
          {T.tidy[p.lang]}
        </button>
        {expand && (
          <button className="kp-tool" data-testid="canvas-expand" aria-pressed={expand.expanded} onClick={expand.toggle} aria-label={expand.expanded ? T.restore[p.lang] : T.expand[p.lang]} title={expand.expanded ? T.restore[p.lang] : T.expand[p.lang]}>
            {expand.expanded ? '⤡' : '⤢'}
          </button>
        )}
        {!p.all && !p.showAll && <span className="kp-partial">{T.partial[p.lang]}</span>}
        <button className="kp-tool wide kp-legend-toggle" aria-expanded={legend} onClick={() => setLegend(!legend)} data-testid="canvas-legend">
          {legend ? '▾' : '▸'} {T.legend[p.lang]}
        </button>
      </div>
    </div>
  );
});

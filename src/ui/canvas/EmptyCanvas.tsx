import { memo } from 'react';
import { CANVAS_TEXT } from './strings';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

interface EmptyCanvasProps {
  /** Hidden namespaces that hold something to draw, with how much. */
  hidden: { namespace: string; count: number }[];
  /** Whether the learner has done anything yet: before, the canvas invites; after, it explains. */
  started: boolean;
  lang: Lang;
  onShow: (namespace: string) => void;
}

/** An empty canvas says why: nothing yet, or everything there is lives in a namespace the filter hides (a `get pods -n kube-system`). */
export const EmptyCanvas = memo(function EmptyCanvas({ hidden, started, lang, onShow }: EmptyCanvasProps) {
  return (
    <div className="kp-empty">
      {started && hidden.length ? translate(lang, CANVAS_TEXT.emptyShown) : translate(lang, CANVAS_TEXT.empty)}{' '}
      {hidden.map(({ namespace, count }) => (
        <button key={namespace} type="button" className="kp-chip" data-show-namespace={namespace} onClick={() => onShow(namespace)}>
          {translate(lang, CANVAS_TEXT.showNamespace, { ns: namespace, n: count })}
        </button>
      ))}
    </div>
  );
});

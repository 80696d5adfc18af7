import { memo } from 'react';
import { CANVAS_TEXT } from './strings';

interface EmptyCanvasProps {
  /** Hidden namespaces that hold something to draw, with how much. */
  hidden: { namespace: string; count: number }[];
  /** Whether the learner has done anything yet: before, the canvas invites; after, it explains. */
  started: boolean;
  lang: 'zh' | 'en';
  onShow: (namespace: string) => void;
}

/** An empty canvas says why: nothing yet, or everything there is lives in a namespace the filter hides (a `get pods -n kube-system`). */
export const EmptyCanvas = memo(function EmptyCanvas({ hidden, started, lang, onShow }: EmptyCanvasProps) {
  return (
    <div className="kp-empty">
      {started && hidden.length ? CANVAS_TEXT.emptyShown[lang] : CANVAS_TEXT.empty[lang]}{' '}
      {hidden.map(({ namespace, count }) => (
        <button key={namespace} type="button" className="kp-chip" data-show-namespace={namespace} onClick={() => onShow(namespace)}>
          {CANVAS_TEXT.showNamespace[lang].replace('{ns}', namespace).replace('{n}', String(count))}
        </button>
      ))}
    </div>
  );
});

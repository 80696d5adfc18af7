import { useEffect, type RefObject } from 'react';

/** React Flow hides a card while it measures it again after an update, which drops the keyboard focus: give it back once the card shows. */
export function useKeepCardFocus(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onFocusOut = (e: FocusEvent) => {
      const card = e.target instanceof HTMLElement && e.target.classList.contains('react-flow__node') ? e.target : null;
      // focus that went somewhere, or left a card still shown, was moved on purpose
      if (!card || e.relatedTarget || getComputedStyle(card).visibility !== 'hidden') return;
      const id = card.dataset.id ?? '';
      let frames = 0;
      const retry = () => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const shown = el.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
        if (shown && getComputedStyle(shown).visibility !== 'hidden') shown.focus({ preventScroll: true });
        else if (shown && ++frames < 30) requestAnimationFrame(retry);
      };
      requestAnimationFrame(retry);
    };
    el.addEventListener('focusout', onFocusOut);
    return () => el.removeEventListener('focusout', onFocusOut);
  }, [root]);
}

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The next (or previous) focusable element of the page outside `box`, in document order. */
function outside(box: HTMLElement, forward: boolean): HTMLElement | undefined {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !box.contains(el) && el.offsetParent !== null);
  const after = (el: HTMLElement) => !!(box.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  return forward ? all.find(after) : all.filter((el) => !after(el)).pop();
}

/**
 * Keyboard exits from a pane that uses Tab itself (the terminal completes with it): Escape then
 * Tab moves focus to what follows the pane, Shift+Tab to what precedes it. The hint says so while
 * the pane has focus.
 */
export function TabExit(props: { className?: string; pane: string; hint: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const armed = useRef(false);
  const [focused, setFocused] = useState(false);
  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      armed.current = true;
      return;
    }
    if (e.key === 'Tab' && (e.shiftKey || armed.current)) {
      const target = outside(box.current!, !e.shiftKey);
      armed.current = false;
      if (!target) return;
      // before the pane's own handler sees it: the key must not complete a word as well
      e.preventDefault();
      e.stopPropagation();
      target.focus();
      return;
    }
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) armed.current = false;
  };
  return (
    <div
      ref={box}
      className={props.className}
      data-pane={props.pane}
      onKeyDownCapture={onKeyDownCapture}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) {
          setFocused(false);
          armed.current = false;
        }
      }}
    >
      {props.children}
      <div className="focus-hint" aria-live="polite" data-testid={`${props.pane}-tab-hint`}>
        {focused ? props.hint : ''}
      </div>
    </div>
  );
}

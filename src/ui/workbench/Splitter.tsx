import { useRef, type KeyboardEvent } from 'react';

/** Pixels an arrow key moves a splitter (with Shift: four times as far). */
const STEP = 24;

/**
 * A handle between two panes, by pointer or keyboard (a focusable `separator` whose arrow keys,
 * Home and End move it). `size` is the controlled pane's size in px; `invert` when that pane is
 * after the handle (right of it, or below).
 */
export function Splitter(props: { dir: 'col' | 'row'; size: number; min: number; max: number; onResize: (size: number) => void; invert?: boolean; label: string; testId?: string }) {
  const start = useRef<{ pos: number; size: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.min(props.max, Math.max(props.min, v)));
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? STEP * 4 : STEP;
    const [less, more] = props.dir === 'col' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    // arrows move the handle; the controlled pane grows or shrinks depending on its side
    const sign = props.invert ? -1 : 1;
    let next: number | undefined;
    if (e.key === less) next = props.size - step * sign;
    else if (e.key === more) next = props.size + step * sign;
    else if (e.key === 'Home') next = props.invert ? props.max : props.min;
    else if (e.key === 'End') next = props.invert ? props.min : props.max;
    if (next === undefined) return;
    e.preventDefault();
    props.onResize(clamp(next));
  };
  return (
    <div
      className={props.dir === 'col' ? 'splitter' : 'hsplit'}
      role="separator"
      tabIndex={0}
      aria-orientation={props.dir === 'col' ? 'vertical' : 'horizontal'}
      aria-label={props.label}
      aria-valuenow={Math.round(props.size)}
      aria-valuemin={Math.round(props.min)}
      aria-valuemax={Math.round(props.max)}
      data-testid={props.testId}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { pos: props.dir === 'col' ? e.clientX : e.clientY, size: props.size };
      }}
      onPointerMove={(e) => {
        if (!start.current) return;
        const delta = (props.dir === 'col' ? e.clientX : e.clientY) - start.current.pos;
        props.onResize(clamp(start.current.size + (props.invert ? -delta : delta)));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
    />
  );
}

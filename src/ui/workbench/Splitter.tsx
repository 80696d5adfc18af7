import { useRef } from 'react';

/**
 * A drag handle between two panes. `onDrag` gets the pointer's movement in px since the drag
 * began plus the size at that moment, so the owner decides which side grows.
 */
export function Splitter(props: { dir: 'col' | 'row'; size: number; onResize: (size: number) => void; invert?: boolean; label: string }) {
  const start = useRef<{ pos: number; size: number } | null>(null);
  return (
    <div
      className={props.dir === 'col' ? 'splitter' : 'hsplit'}
      role="separator"
      aria-orientation={props.dir === 'col' ? 'vertical' : 'horizontal'}
      aria-label={props.label}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { pos: props.dir === 'col' ? e.clientX : e.clientY, size: props.size };
      }}
      onPointerMove={(e) => {
        if (!start.current) return;
        const delta = (props.dir === 'col' ? e.clientX : e.clientY) - start.current.pos;
        props.onResize(Math.max(120, start.current.size + (props.invert ? -delta : delta)));
      }}
      onPointerUp={() => {
        start.current = null;
      }}
    />
  );
}

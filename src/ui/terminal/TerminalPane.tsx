import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { useApp, useAppStore } from '../../state/react';
import { translate } from '../i18n';
import { TerminalController } from './controller';

const THEMES = {
  light: { background: '#0f1620', foreground: '#d8dee9', cursor: '#8fbcbb', selectionBackground: '#3b4b63' },
  dark: { background: '#0a0e14', foreground: '#d8dee9', cursor: '#8fbcbb', selectionBackground: '#33415a' },
};

/** Cell size as xterm measured it (private API, with a fallback estimate). */
function cellSize(term: Terminal, fontSize: number): { w: number; h: number } {
  const core = (term as unknown as { _core?: { _renderService?: { dimensions?: { css?: { cell?: { width: number; height: number } } } } } })._core;
  const cell = core?._renderService?.dimensions?.css?.cell;
  if (cell && cell.width > 0 && cell.height > 0) return { w: cell.width, h: cell.height };
  return { w: fontSize * 0.6, h: Math.ceil(fontSize * 1.2) };
}

/** The terminal (xterm) running the shell in the sim worker. */
export function TerminalPane(props: { fontSize?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const theme = useApp((s) => s.theme);
  const termRef = useRef<Terminal | null>(null);
  const fontSize = props.fontSize ?? 13;

  useEffect(() => {
    const el = host.current!;
    const term = new Terminal({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      fontSize,
      cursorBlink: true,
      scrollback: 5000,
      theme: THEMES[store.getState().theme],
      allowProposedApi: false,
    });
    termRef.current = term;
    term.open(el);
    const lang = store.getState().lang;
    const ctl = new TerminalController(term, store, {
      welcome: translate(lang, 'terminal.welcome'),
      edit: (tab) => translate(store.getState().lang, 'terminal.edit', { tab }),
    });
    store.getState().setTerminal(ctl.handle);
    let disposed = false;
    const fit = () => {
      // StrictMode mounts twice: a frame scheduled by the first mount may fire after its dispose
      if (disposed || !el.isConnected || el.clientWidth === 0) return;
      const { w, h } = cellSize(term, fontSize);
      const cols = Math.max(20, Math.floor((el.clientWidth - 14) / w));
      const rows = Math.max(4, Math.floor((el.clientHeight - 8) / h));
      if (cols !== term.cols || rows !== term.rows) term.resize(cols, rows);
    };
    const ro = new ResizeObserver(() => fit());
    ro.observe(el);
    const raf = requestAnimationFrame(fit);
    (el as HTMLElement & { __term?: Terminal }).__term = term;
    return () => {
      disposed = true;
      cancelAnimationFrame(raf);
      ro.disconnect();
      ctl.dispose();
      store.getState().setTerminal(null);
      term.dispose();
      termRef.current = null;
    };
  }, [store, fontSize]);

  useEffect(() => {
    if (termRef.current) termRef.current.options.theme = THEMES[theme];
  }, [theme]);

  return <div className="terminal-host" ref={host} data-testid="terminal" />;
}

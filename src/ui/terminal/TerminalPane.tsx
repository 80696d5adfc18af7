import { FitAddon } from '@xterm/addon-fit';
import { Unicode11Addon } from '@xterm/addon-unicode11';
import { Terminal } from '@xterm/xterm';
import '@xterm/xterm/css/xterm.css';
import { useEffect, useRef } from 'react';
import { useApp, useAppStore } from '../../state/react';
import type { Lang } from '../../lessons';
import { translate } from '../i18n';
import { TerminalController } from './controller';
import { TERMINAL_TEXT } from './strings';

const THEMES = {
  light: { background: '#0f1620', foreground: '#d8dee9', cursor: '#8fbcbb', selectionBackground: '#3b4b63' },
  dark: { background: '#0a0e14', foreground: '#d8dee9', cursor: '#8fbcbb', selectionBackground: '#33415a' },
};

/** The terminal (xterm) running the shell in the sim worker. */
export function TerminalPane(props: { fontSize?: number }) {
  const host = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const theme = useApp((s) => s.theme);
  const termRef = useRef<Terminal | null>(null);
  const fitRef = useRef<() => void>(() => undefined);
  const fontSize = props.fontSize ?? 13;
  const fontRef = useRef(fontSize);

  useEffect(() => {
    const el = host.current!;
    const term = new Terminal({
      fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
      fontSize: fontRef.current,
      cursorBlink: true,
      scrollback: 5000,
      theme: THEMES[store.getState().theme],
      // the unicode API (Unicode 11 widths) is still marked proposed
      allowProposedApi: true,
    });
    termRef.current = term;
    const fitter = new FitAddon();
    term.loadAddon(fitter);
    term.loadAddon(new Unicode11Addon());
    // CJK and emoji take two cells, as the line editor counts them (./cells)
    term.unicode.activeVersion = '11';
    term.open(el);
    const texts = (lang: Lang) => ({ welcome: translate(lang, TERMINAL_TEXT.welcome), edit: (tab: string) => translate(lang, TERMINAL_TEXT.edit, { tab }) });
    const ctl = new TerminalController(term, store, texts(store.getState().lang));
    // the welcome line and later messages follow the language switch
    const unsubscribe = store.subscribe((s, prev) => s.lang !== prev.lang && ctl.setTexts(texts(s.lang)));
    store.getState().setTerminal(ctl.handle);
    let disposed = false;
    const fit = () => {
      // StrictMode mounts twice: a frame scheduled by the first mount may fire after its dispose
      if (disposed || !el.isConnected || el.clientWidth === 0) return;
      const size = fitter.proposeDimensions();
      if (!size || !Number.isFinite(size.cols) || !Number.isFinite(size.rows)) return;
      const cols = Math.max(20, size.cols);
      const rows = Math.max(4, size.rows);
      if (cols !== term.cols || rows !== term.rows) term.resize(cols, rows);
    };
    fitRef.current = fit;
    const ro = new ResizeObserver(() => fit());
    ro.observe(el);
    const raf = requestAnimationFrame(fit);
    (el as HTMLElement & { __term?: Terminal }).__term = term;
    return () => {
      disposed = true;
      cancelAnimationFrame(raf);
      ro.disconnect();
      unsubscribe();
      ctl.dispose();
      store.getState().setTerminal(null);
      term.dispose();
      termRef.current = null;
    };
  }, [store]);

  // a new size (presenter type on a narrower window) keeps the scrollback: the same terminal, refitted
  useEffect(() => {
    fontRef.current = fontSize;
    if (!termRef.current || termRef.current.options.fontSize === fontSize) return;
    termRef.current.options.fontSize = fontSize;
    fitRef.current();
  }, [fontSize]);

  useEffect(() => {
    if (termRef.current) termRef.current.options.theme = THEMES[theme];
  }, [theme]);

  return <div className="terminal-host" ref={host} data-testid="terminal" />;
}

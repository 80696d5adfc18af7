import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Lang } from '../../lessons';
import { useApp, useAppStore } from '../../state/react';
import { applyActive, revealLine } from '../actions';
import { useT } from '../i18n';
import type { TabMode } from './MonacoView';
import { EDITOR_TEXT as T } from './strings';

type MonacoProps = { onApply: () => void; fontSize: number; onTabMode: (m: TabMode) => void };

/** Monaco and its workers load once the editor pane mounts (alongside the cluster's boot), in the page's language. */
function lazyMonaco(lang: Lang) {
  return lazy(async () => {
    const [{ loadMonaco }, { MonacoView }] = await Promise.all([import('./monaco'), import('./MonacoView')]);
    const monaco = await loadMonaco(lang);
    return { default: (p: MonacoProps) => <MonacoView monaco={monaco} {...p} /> };
  });
}
let sharedLazy: ReturnType<typeof lazyMonaco> | undefined;

const NEW_FILE = 'apiVersion: v1\nkind: \nmetadata:\n  name: \n';

/** Tabs of workspace files, the Apply button, the editor and the problems of the last apply. */
export function EditorPane(props: { fontSize?: number; showProblems?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const { order, active, ready } = useApp(useShallow((s) => ({ order: s.order, active: s.active, ready: s.ready })));
  const [renaming, setRenaming] = useState<string | null>(null);
  const lang = useApp((s) => s.lang);
  const [LazyMonaco] = useState(() => (sharedLazy ??= lazyMonaco(lang)));
  // fetch Monaco while the cluster boots (a lesson's tabs arrive with the booted cluster), not after
  useEffect(() => void import('./monaco').then((m) => m.loadMonaco(lang)), []);
  const [tabMode, setTabMode] = useState<TabMode>('off');
  const apply = () => void applyActive(store);
  const firstLang = useRef(lang);
  useEffect(() => {
    if (lang === firstLang.current) return;
    firstLang.current = lang;
    void import('./monaco').then((m) => m.setMonacoLang(lang));
  }, [lang]);

  return (
    <section className="pane" aria-label={t(T.title)} data-testid="editor-pane">
      <div className="pane-head" style={{ padding: 0 }}>
        <div className="tabs" role="tablist">
          {order.map((name) => (
            <div
              key={name}
              className="tab"
              role="tab"
              tabIndex={0}
              aria-selected={name === active}
              data-tab={name}
              onClick={() => store.getState().setActive(name)}
              onDoubleClick={() => setRenaming(name)}
              title={t(T.rename)}
            >
              {renaming === name ? (
                <input
                  autoFocus
                  defaultValue={name}
                  aria-label={t(T.renamePrompt)}
                  onBlur={(e) => {
                    store.getState().renameFile(name, e.currentTarget.value);
                    setRenaming(null);
                  }}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') e.currentTarget.blur();
                    if (e.key === 'Escape') setRenaming(null);
                  }}
                />
              ) : (
                <span>{name}</span>
              )}
              <button
                className="x"
                aria-label={`${t(T.close)} ${name}`}
                onClick={(e) => {
                  e.stopPropagation();
                  store.getState().closeFile(name);
                }}
              >
                ×
              </button>
            </div>
          ))}
          <button
            className="btn ghost icon"
            aria-label={t(T.new)}
            title={t(T.new)}
            data-testid="new-tab"
            onClick={() => {
              const name = store.getState().freshName();
              store.getState().openFile(name, NEW_FILE);
              setRenaming(name);
            }}
          >
            +
          </button>
        </div>
        <button className="btn primary" style={{ margin: '0 6px' }} onClick={apply} disabled={!active || !ready} title={t(T.applyTitle)} data-testid="apply">
          ▶ {t(T.apply)}
        </button>
      </div>
      <div className="pane-body">
        {/* the editor is created while the cluster boots, hidden until a tab arrives: then it only takes the file */}
        <div className="editor-slot" hidden={order.length === 0} inert={order.length === 0}>
          <Suspense fallback={<div className="editor-fallback">{t(T.loading)}</div>}>
            <LazyMonaco onApply={apply} fontSize={props.fontSize ?? 13} onTabMode={setTabMode} />
          </Suspense>
        </div>
        {order.length === 0 && <div className="editor-fallback">{t(T.empty)}</div>}
      </div>
      <div className="focus-hint" data-testid="editor-tab-mode" data-mode={tabMode} aria-live="polite">
        {tabMode === 'off' ? '' : tabMode === 'indent' ? t(T.tabIndents) : t(T.tabMoves)}
      </div>
      {props.showProblems !== false && <Problems />}
    </section>
  );
}

/** The active tab's problems from its last apply; nothing at all before its first apply. */
function Problems() {
  const t = useT();
  const { diagnostics, active, checked } = useApp(useShallow((s) => ({ diagnostics: s.diagnostics, active: s.active, checked: s.checked })));
  if (!active || !checked.includes(active)) return null;
  const mine = diagnostics.filter((d) => d.file === active);
  return (
    <div className="problems" data-testid="problems" data-file={active} role="region" aria-label={t(T.problems)}>
      {mine.length === 0 ? (
        <div className="empty">{t(T.noProblems)}</div>
      ) : (
        <ul>
          {mine.map((d, i) => (
            <li key={i} data-line={d.line} data-file={d.file} data-field={d.field} tabIndex={0} onClick={() => revealLine(d.file, d.line, d.col)} onKeyDown={(e) => e.key === 'Enter' && revealLine(d.file, d.line, d.col)}>
              <span className="sev">✕</span>
              <span className="loc">{t(T.line, { n: d.line })}</span>
              <span className="msg">{d.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

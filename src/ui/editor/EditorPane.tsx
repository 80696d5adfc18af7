import { lazy, Suspense, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp, useAppStore } from '../../state/react';
import { applyActive, revealLine } from '../actions';
import { useT } from '../i18n';

/** Monaco and its workers load on demand, after the page is interactive. */
const LazyMonaco = lazy(async () => {
  const [{ loadMonaco }, { MonacoView }] = await Promise.all([import('./monaco'), import('./MonacoView')]);
  const monaco = await loadMonaco();
  return { default: (p: { onApply: () => void; fontSize: number }) => <MonacoView monaco={monaco} {...p} /> };
});

const NEW_FILE = 'apiVersion: v1\nkind: \nmetadata:\n  name: \n';

/** Tabs of workspace files, the Apply button, the editor and the problems of the last apply. */
export function EditorPane(props: { fontSize?: number; showProblems?: boolean }) {
  const t = useT();
  const store = useAppStore();
  const { order, active, ready } = useApp(useShallow((s) => ({ order: s.order, active: s.active, ready: s.ready })));
  const [renaming, setRenaming] = useState<string | null>(null);
  const apply = () => void applyActive(store);

  return (
    <section className="pane" aria-label="editor" data-testid="editor-pane">
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
              title={t('editor.rename')}
            >
              {renaming === name ? (
                <input
                  autoFocus
                  defaultValue={name}
                  aria-label={t('editor.renamePrompt')}
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
                aria-label={`${t('editor.close')} ${name}`}
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
            aria-label={t('editor.new')}
            title={t('editor.new')}
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
        <button className="btn primary" style={{ margin: '0 6px' }} onClick={apply} disabled={!active || !ready} title={t('editor.applyTitle')} data-testid="apply">
          ▶ {t('editor.apply')}
        </button>
      </div>
      <div className="pane-body">
        {order.length === 0 ? (
          <div className="editor-fallback">{t('editor.empty')}</div>
        ) : (
          <Suspense fallback={<div className="editor-fallback">{t('editor.loading')}</div>}>
            <LazyMonaco onApply={apply} fontSize={props.fontSize ?? 13} />
          </Suspense>
        )}
      </div>
      {props.showProblems !== false && <Problems />}
    </section>
  );
}

function Problems() {
  const t = useT();
  const diagnostics = useApp((s) => s.diagnostics);
  return (
    <div className="problems" data-testid="problems" aria-label={t('editor.problems')}>
      {diagnostics.length === 0 ? (
        <div className="empty">{t('editor.noProblems')}</div>
      ) : (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={i} data-line={d.line} data-file={d.file} onClick={() => revealLine(d.file, d.line, d.col)}>
              <span className="sev">✕</span>
              <span className="loc">
                {d.file}:{d.line}
              </span>
              <span>{d.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

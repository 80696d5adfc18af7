import type * as Monaco from 'monaco-editor';
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/react';
import type { AppState } from '../../state/store';
import { fileUri, languageOf, type MonacoApi } from './monaco';

/** What Tab does in the editor: `off` while it is not focused, `indent` (the default) or `focus` (moves focus). */
export type TabMode = 'off' | 'indent' | 'focus';

/** Context keys under which Escape belongs to an open widget, not to leaving the editor. */
const ESCAPE_FREE = '!suggestWidgetVisible && !parameterHintsVisible && !findWidgetVisible && !markersNavigationVisible && !renameInputVisible && !inSnippetMode && !editorHasMultipleSelections';

/** The Monaco editor bound to the store: one model per tab, markers from the last apply. */
export function MonacoView(props: { monaco: MonacoApi; onApply: () => void; fontSize: number; onTabMode?: (m: TabMode) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const store = useAppStore();
  const onApply = useRef(props.onApply);
  onApply.current = props.onApply;
  const onTabMode = useRef(props.onTabMode);
  onTabMode.current = props.onTabMode;

  useEffect(() => {
    const monaco = props.monaco;
    const models = new Map<string, Monaco.editor.ITextModel>();
    const subs = new Map<string, Monaco.IDisposable>();
    let external = false;
    const editor = monaco.editor.create(host.current!, {
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: props.fontSize,
      tabSize: 2,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      renderWhitespace: 'boundary',
      fixedOverflowWidgets: true,
      theme: store.getState().theme === 'dark' ? 'vs-dark' : 'vs',
      model: null,
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onApply.current());
    // Tab indents; Escape (until the editor loses focus) or Ctrl+M (until pressed again) makes Tab move focus
    let sticky = false;
    const setTabFocus = (on: boolean) => {
      editor.updateOptions({ tabFocusMode: on });
      onTabMode.current?.(on ? 'focus' : 'indent');
    };
    editor.addCommand(monaco.KeyCode.Escape, () => setTabFocus(true), ESCAPE_FREE);
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => {
      sticky = !editor.getOption(monaco.editor.EditorOption.tabFocusMode);
      setTabFocus(sticky);
    });
    const focusSub = editor.onDidFocusEditorText(() => setTabFocus(sticky));
    const blurSub = editor.onDidBlurEditorText(() => onTabMode.current?.('off'));

    const sync = (s: AppState, prev?: AppState) => {
      if (prev && s.files === prev.files && s.active === prev.active && s.diagnostics === prev.diagnostics && s.theme === prev.theme) return;
      for (const [name, text] of Object.entries(s.files)) {
        let m = models.get(name);
        if (!m) {
          const uri = fileUri(monaco, name);
          monaco.editor.getModel(uri)?.dispose();
          m = monaco.editor.createModel(text, languageOf(name), uri);
          models.set(name, m);
          const model = m;
          subs.set(
            name,
            m.onDidChangeContent(() => {
              if (!external) store.getState().setFile(name, model.getValue());
            }),
          );
        } else if (m.getValue() !== text) {
          external = true;
          m.pushEditOperations([], [{ range: m.getFullModelRange(), text }], () => null);
          external = false;
        }
      }
      for (const [name, m] of models) {
        if (name in s.files) continue;
        subs.get(name)?.dispose();
        subs.delete(name);
        m.dispose();
        models.delete(name);
      }
      const active = s.active ? models.get(s.active) : undefined;
      if ((active ?? null) !== editor.getModel()) editor.setModel(active ?? null);
      for (const [name, m] of models) {
        const markers = s.diagnostics
          .filter((d) => d.file === name)
          .map((d) => {
            const count = m.getLineCount();
            const line = Math.min(Math.max(1, d.line), count);
            const endLine = Math.min(Math.max(line, d.endLine ?? line), count);
            return {
              severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
              message: d.message,
              startLineNumber: line,
              startColumn: Math.min(Math.max(1, d.col), m.getLineMaxColumn(line)),
              endLineNumber: endLine,
              endColumn: d.endCol ?? m.getLineMaxColumn(endLine),
              source: 'kubectl apply',
              ...(d.type ? { code: d.type } : {}),
            };
          });
        monaco.editor.setModelMarkers(m, 'kubectl', markers);
      }
      if (!prev || s.theme !== prev.theme) monaco.editor.setTheme(s.theme === 'dark' ? 'vs-dark' : 'vs');
    };
    sync(store.getState());
    const unsub = store.subscribe(sync);

    const reveal = (e: Event) => {
      const { file, line, col } = (e as CustomEvent<{ file: string; line: number; col: number }>).detail;
      store.getState().setActive(file);
      sync(store.getState());
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column: col });
      editor.focus();
    };
    window.addEventListener('kp:reveal', reveal);
    return () => {
      window.removeEventListener('kp:reveal', reveal);
      focusSub.dispose();
      blurSub.dispose();
      unsub();
      for (const d of subs.values()) d.dispose();
      for (const m of models.values()) m.dispose();
      editor.dispose();
    };
  }, [props.monaco, props.fontSize, store]);

  return <div className="editor-host" ref={host} data-testid="monaco" />;
}

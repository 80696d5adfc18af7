import type * as Monaco from 'monaco-editor';
import { keyAt } from './yamlPath';

export type Suggest = (parent: (string | number)[], name: string, root?: { apiVersion: string; kind: string }) => string | undefined;

/** Words of the Quick Fix entry, in the page's language. */
export type FixTitle = (field: string) => string;

/** Marker codes of an unknown field: yaml-language-server's PropertyExpected, the API server's strict decoding cause. */
const UNKNOWN_FIELD_CODES = new Set(['513', 'FieldValueUnknown']);

function codeOf(m: Monaco.editor.IMarkerData): string | undefined {
  return typeof m.code === 'string' ? m.code : m.code?.value;
}

/**
 * A preferred Quick Fix for a misspelled field: the schema's closest name (`nodePrt` → `nodePort`).
 * monaco-yaml lists every allowed property in schema order; Monaco sorts preferred actions tied to
 * a marker first, so the likely fix leads the menu.
 */
export function registerFieldFix(monaco: typeof Monaco, suggest: Suggest, title: FixTitle): Monaco.IDisposable {
  return monaco.languages.registerCodeActionProvider('yaml', {
    provideCodeActions(model, _range, context) {
      const actions: Monaco.languages.CodeAction[] = [];
      const done = new Set<string>();
      const text = model.getValue();
      for (const marker of context.markers) {
        if (!UNKNOWN_FIELD_CODES.has(codeOf(marker) ?? '')) continue;
        const offset = model.getOffsetAt({ lineNumber: marker.startLineNumber, column: marker.startColumn });
        const key = keyAt(text, offset);
        if (!key) continue;
        const fix = suggest(key.parent, key.name, key.root);
        const id = `${key.range[0]}:${fix}`;
        if (!fix || fix === key.name || done.has(id)) continue;
        done.add(id);
        const start = model.getPositionAt(key.range[0]);
        const end = model.getPositionAt(key.range[1]);
        actions.push({
          title: title(fix),
          kind: 'quickfix',
          isPreferred: true,
          diagnostics: [marker],
          edit: {
            edits: [
              {
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text: fix },
              },
            ],
          },
        });
      }
      return { actions, dispose() {} };
    },
  });
}

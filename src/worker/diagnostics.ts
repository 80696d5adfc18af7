import { normalizePath } from '../kubectl/context';
import type { SourceProblem } from '../kubectl/problems';
import { ManifestError, parseManifests, type ManifestDoc } from '../sim/apiserver/manifest';
import type { Diagnostic } from './protocol';
import { fieldPath } from './suggest';

export { fieldPath };

/** Position of a field, or of its nearest ancestor that exists in the source. */
function locate(doc: ManifestDoc, path: (string | number)[]): { line: number; col: number } {
  for (let n = path.length; n > 0; n--) {
    const pos = doc.positionOf(path.slice(0, n));
    if (pos) return pos;
  }
  return { line: doc.line, col: 1 };
}

/** The documents of a file, also those before a syntax error. */
function docsOf(file: string, text: string): ManifestDoc[] {
  try {
    return parseManifests(text, file, { validate: false });
  } catch (e) {
    if (e instanceof ManifestError) return e.docs;
    throw e;
  }
}

/**
 * Editor markers for the problems `kubectl apply -f <file>` reported as data: each cause on the
 * line of its field (or of the nearest ancestor present), syntax errors on the lines they name,
 * causes without a field (admission denials) on their document's first line. Unknown fields get
 * their "did you mean" from addSuggestions, in the worker too.
 */
export function diagnose(file: string, text: string, problems: SourceProblem[]): Diagnostic[] {
  const mine = problems.filter((p) => normalizePath(p.source) === normalizePath(file));
  if (!mine.length) return [];
  // kubectl's own parse names the document; the text is parsed again only for a problem without it
  let docs: ManifestDoc[] | undefined;
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const p of mine) {
    const doc = p.doc === undefined ? undefined : (p.manifest ?? (docs ??= docsOf(file, text))[p.doc]);
    let d: Diagnostic;
    if (p.line !== undefined || !doc) {
      d = { file, line: p.line ?? doc?.line ?? 1, col: 1, severity: 'error', message: p.message, type: p.type };
      if (p.endLine !== undefined) d.endLine = p.endLine;
    } else {
      const pos = p.field ? locate(doc, fieldPath(p.field)) : { line: doc.line, col: 1 };
      d = { file, line: pos.line, col: pos.col, severity: 'error', message: p.message, type: p.type };
      if (p.field) d.field = p.field;
      if (p.type === 'FieldValueUnknown' && typeof doc.obj?.apiVersion === 'string' && typeof doc.obj.kind === 'string') {
        d.unknownField = true;
        d.root = { apiVersion: doc.obj.apiVersion, kind: doc.obj.kind };
      }
    }
    // the same cause twice (an aggregate repeating itself) is one marker
    const key = `${d.line}:${d.col}:${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

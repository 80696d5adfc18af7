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

/** A line of kubectl output that reports an error. */
const ERROR_LINE = /^(error|Error from server|The \S+ ".*" is invalid|unable to recognize)/;

/** Split `is invalid: [a: x, b: y]` into causes, each starting with a field path. */
export function invalidCauses(detail: string): { field: string; message: string }[] {
  let body = detail.trim();
  if (body.startsWith('[') && body.endsWith(']')) body = body.slice(1, -1);
  const parts = body.split(/, (?=[a-zA-Z][\w.[\]-]*: )/);
  return parts.map((p) => {
    const m = /^([a-zA-Z][\w.[\]-]*): (.*)$/s.exec(p);
    return m ? { field: m[1], message: m[2] } : { field: '', message: p };
  });
}

/** Pick the document an error line is about: by `Kind "name"`, by `name: "x"`, or by kind alone. */
function docFor(docs: ManifestDoc[], line: string): ManifestDoc | undefined {
  const named = /(?:^|\s)([A-Z]\w*)(?:\.[\w.]+)? "([^"]+)" is invalid/.exec(line);
  if (named) {
    const d = docs.find((x) => x.obj.kind === named[1] && x.obj.metadata?.name === named[2]) ?? docs.find((x) => x.obj.metadata?.name === named[2]);
    if (d) return d;
  }
  const name = /name: "([^"]*)"/.exec(line) ?? /(?:creating|patch for|replacing|configuration of)[^:]*: \S+ "([^"]+)"/.exec(line);
  if (name) {
    const d = docs.find((x) => x.obj.metadata?.name === name[1]);
    if (d) return d;
  }
  const kind = /cannot be handled as a (\w+)/.exec(line) ?? /no matches for kind "([^"]*)"/.exec(line);
  if (kind) {
    const d = docs.find((x) => x.obj.kind === kind[1]);
    if (d) return d;
  }
  return docs.length === 1 ? docs[0] : undefined;
}

/**
 * Editor markers for the errors `kubectl apply -f <file>` printed: each error goes to the line
 * of the field it names (strict decoding's unknown fields, Invalid causes, unknown kinds),
 * else to its document's first line. Unknown fields get suggestions on the page (addSuggestions).
 */
export function diagnose(file: string, text: string, output: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const mark = (line: number, col: number, message: string, field?: string, extra: Partial<Diagnostic> = {}) =>
    out.push({ file, line, col, severity: 'error', message, field, ...extra });
  let docs: ManifestDoc[] = [];
  try {
    docs = parseManifests(text, file);
  } catch (e) {
    const line = e instanceof ManifestError && e.line ? e.line : /line (\d+)/.exec(output)?.[1];
    const msg = output.split('\n').find((l) => ERROR_LINE.test(l)) ?? (e as Error).message;
    mark(Number(line ?? 1), 1, msg);
    return out;
  }
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (!ERROR_LINE.test(line)) continue;
    const doc = docFor(docs, line);
    if (!doc) {
      const yamlLine = /line (\d+)/.exec(line);
      mark(yamlLine ? Number(yamlLine[1]) : 1, 1, line);
      continue;
    }
    const unknown = [...line.matchAll(/unknown field "([^"]+)"/g)].map((m) => m[1]);
    const invalidAt = line.indexOf(' is invalid: ');
    if (unknown.length) {
      for (const f of unknown) {
        const pos = locate(doc, fieldPath(f));
        const root = doc.obj?.apiVersion && doc.obj.kind ? { apiVersion: String(doc.obj.apiVersion), kind: String(doc.obj.kind) } : undefined;
        mark(pos.line, pos.col, `unknown field "${f}"`, f, { unknownField: true, root });
      }
    } else if (invalidAt >= 0) {
      for (const c of invalidCauses(line.slice(invalidAt + ' is invalid: '.length))) {
        const pos = c.field ? locate(doc, fieldPath(c.field)) : { line: doc.line, col: 1 };
        mark(pos.line, pos.col, c.field ? `${c.field}: ${c.message}` : c.message, c.field || undefined);
      }
    } else if (/no matches for kind|could not find the requested resource|unable to recognize/.test(line)) {
      const pos = doc.positionOf(['kind']) ?? doc.positionOf(['apiVersion']) ?? { line: doc.line, col: 1 };
      mark(pos.line, pos.col, line);
    } else {
      mark(doc.line, 1, line);
    }
  }
  return out;
}

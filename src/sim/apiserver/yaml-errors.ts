import type { LineCounter, YAMLError } from 'yaml';

/**
 * Map a parse error of the `yaml` package onto the message kubectl's parser (go-yaml v2, via
 * sigs.k8s.io/yaml) prints for the same mistake. go-yaml reports scanner errors at the 1-based
 * line where the scanner noticed, and parser errors at the 0-based line of the offending token
 * (so one line earlier); a line 0 is left out (`yaml: mapping values are not allowed in this context`).
 */
interface Rule {
  code: string;
  /** Matched against the `yaml` package's message. */
  match?: RegExp;
  kind: 'scanner' | 'parser';
  text: string;
  /** Where go-yaml's scanner notices: at the next token rather than at the error. */
  atNextToken?: boolean;
  /** At the `:` that follows the error (a multi-line plain scalar turning into a key). */
  atColon?: boolean;
  /** `did not find expected key` or `'-' indicator`, depending on the enclosing block collection. */
  byCollection?: boolean;
  /** An unclosed flow collection that still waits for an entry (after `[`, `{`, `,` or `:`): go-yaml finds no node. */
  nodeExpected?: boolean;
}

const RULES: Rule[] = [
  { code: 'UNEXPECTED_TOKEN', match: /block-seq-ind on same line/, kind: 'scanner', text: 'block sequence entries are not allowed in this context' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', match: /Nested mappings/, kind: 'scanner', text: 'mapping values are not allowed in this context', atColon: true },
  { code: 'BLOCK_AS_IMPLICIT_KEY', match: /block sequence/i, kind: 'parser', text: 'did not find expected key' },
  { code: 'MISSING_CHAR', match: /Implicit map keys need to be followed/, kind: 'scanner', text: "could not find expected ':'", atNextToken: true },
  { code: 'MULTILINE_IMPLICIT_KEY', kind: 'scanner', text: "could not find expected ':'", atNextToken: true },
  { code: 'MISSING_CHAR', match: /closing/, kind: 'scanner', text: 'found unexpected end of stream' },
  { code: 'MISSING_CHAR', match: /Sequence item without - indicator/, kind: 'parser', text: "did not find expected '-' indicator" },
  { code: 'BAD_INDENT', match: /Flow map/, kind: 'parser', text: "did not find expected ',' or '}'", nodeExpected: true },
  { code: 'BAD_INDENT', match: /Flow sequence/, kind: 'parser', text: "did not find expected ',' or ']'", nodeExpected: true },
  { code: 'BAD_INDENT', kind: 'parser', text: 'did not find expected key', byCollection: true },
  { code: 'TAB_AS_INDENT', kind: 'scanner', text: 'found character that cannot start any token' },
  { code: 'BAD_SCALAR_START', kind: 'scanner', text: 'found character that cannot start any token' },
  { code: 'BAD_DQ_ESCAPE', kind: 'scanner', text: 'found unknown escape character' },
  { code: 'UNEXPECTED_TOKEN', match: /at node end/, kind: 'parser', text: 'did not find expected key', byCollection: true },
  { code: 'BLOCK_IN_FLOW', kind: 'parser', text: "did not find expected ',' or '}'" },
  { code: 'MULTIPLE_ANCHORS', kind: 'parser', text: 'did not find expected key' },
];

/** 1-based line of the next token after `line` (1-based): the next line with content, or the end of input. */
function nextTokenLine(text: string, line: number): number {
  const lines = text.split('\n');
  for (let i = line; i < lines.length; i++) {
    const t = lines[i].trim();
    if (t && !t.startsWith('#')) return i + 1;
  }
  return lines.length;
}

/** 1-based line of the first `:` that ends a key at or after `offset`. */
function colonLine(text: string, offset: number): number {
  const m = /:(?=[ \t\r\n]|$)/g;
  m.lastIndex = offset;
  const hit = m.exec(text);
  const at = hit ? hit.index : offset;
  return text.slice(0, at).split('\n').length;
}

/**
 * Whether the block collection around the error (0-based offset) is a sequence: the nearest line
 * above with the same indentation as the offending token starts with `- `.
 */
function inSequence(text: string, offset: number): boolean {
  const lines = text.split('\n');
  const lineIdx = text.slice(0, offset).split('\n').length - 1;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const line = lines[lineIdx];
  const indent = line.length - line.trimStart().length;
  const atLineStart = offset - lineStart <= indent;
  if (!atLineStart) return /^\s*- /.test(line);
  for (let i = lineIdx - 1; i >= 0; i--) {
    const l = lines[i];
    const t = l.trim();
    if (!t || t.startsWith('#')) continue;
    const ind = l.length - l.trimStart().length;
    if (ind === indent) return t === '-' || t.startsWith('- ');
    if (ind < indent) return false;
  }
  return false;
}

/** Go's message for a parse error, the line where it was noticed and the line the message names (if it names one). */
export function yamlErrorText(err: YAMLError, text: string, lc: LineCounter): { message: string; line: number; named?: number } {
  const errLine = lc.linePos(err.pos[0]).line;
  const rule = RULES.find((r) => r.code === err.code && (!r.match || r.match.test(err.message)));
  const kind = rule?.kind ?? 'parser';
  let msg = rule?.text ?? 'did not find expected key';
  if ((rule?.byCollection ?? !rule) && inSequence(text, err.pos[0])) msg = "did not find expected '-' indicator";
  if (rule?.nodeExpected && /[[{,:]$/.test(text.slice(0, err.pos[0]).trimEnd())) msg = 'did not find expected node content';
  const scannerLine = rule?.atNextToken ? nextTokenLine(text, errLine) : rule?.atColon ? colonLine(text, err.pos[0]) : errLine;
  // scanner: 1-based line, omitted on the first line; parser: the 0-based line
  const goLine = kind === 'scanner' ? (scannerLine === 1 ? 0 : scannerLine) : errLine - 1;
  return goLine > 0 ? { message: `line ${goLine}: ${msg}`, line: errLine, named: goLine } : { message: msg, line: errLine };
}

/**
 * go-cmp's text tree and its layout: lines, wrapped nodes (`core.PodSpec{` … `}`) and record
 * lists, compacted onto one line where possible, otherwise one record a line with `- ` / `+ `
 * markers, tab indentation, aligned keys and `// N identical fields` comments.
 */

/** Diff modes as go-cmp's byte values; nested modes combine by bitwise or. */
export const UNKNOWN = 0;
export const IDENTICAL = 0x20;
export const REMOVED = 0x2d;
export const INSERTED = 0x2b;
export type Mode = number;

export type TextNode =
  | { t: 'line'; s: string }
  | { t: 'wrap'; prefix: string; value: TextNode; suffix: string }
  | { t: 'list'; recs: TextRecord[] };

export interface TextRecord {
  diff: Mode;
  key: string;
  value: TextNode;
  elideComma?: boolean;
  comment?: Stats | string;
}

/** Counts behind an ellipsis: `... // 6 identical fields`. */
export interface Stats {
  name: string;
  ignored: number;
  identical: number;
  removed: number;
  inserted: number;
  modified: number;
}

export const line = (s: string): TextNode => ({ t: 'line', s });
export const wrap = (prefix: string, value: TextNode, suffix = ''): TextNode => ({ t: 'wrap', prefix, value, suffix });
export const NIL = line('nil');
export const ELLIPSIS = line('...');
const MAX_COLUMN = 80;

export function stats(name: string): Stats {
  return { name, ignored: 0, identical: 0, removed: 0, inserted: 0, modified: 0 };
}
export function numDiff(s: Stats): number {
  return s.removed + s.inserted + s.modified;
}
function statsZero(s: Stats): boolean {
  return s.ignored + s.identical + s.removed + s.inserted + s.modified === 0;
}
function statsAdd(a: Stats, b: Stats): Stats {
  return {
    name: a.name,
    ignored: a.ignored + b.ignored,
    identical: a.identical + b.identical,
    removed: a.removed + b.removed,
    inserted: a.inserted + b.inserted,
    modified: a.modified + b.modified,
  };
}
export { statsAdd, statsZero };

function statsString(s: Stats): string {
  const counts: [number, string][] = [
    [s.ignored, 'ignored'],
    [s.identical, 'identical'],
    [s.removed, 'removed'],
    [s.inserted, 'inserted'],
    [s.modified, 'modified'],
  ];
  const parts = counts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
  const sum = counts.reduce((a, [n]) => a + n, 0);
  let name = s.name;
  if (sum > 1) {
    name += 's';
    if (name.endsWith('ys')) name = `${name.slice(0, -2)}ies`;
  }
  if (parts.length === 0) return '';
  if (parts.length <= 2) return `${parts.join(' and ')} ${name}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]} ${name}`;
}

function commentText(c: Stats | string): string {
  return typeof c === 'string' ? c : statsString(c);
}

/** Append `...`, merging the counts into a directly preceding ellipsis. */
export function appendEllipsis(recs: TextRecord[], ds?: Stats): void {
  const has = ds !== undefined && !statsZero(ds);
  const last = recs[recs.length - 1];
  if (!last || !nodeEqual(last.value, ELLIPSIS)) {
    recs.push({ diff: UNKNOWN, key: '', value: ELLIPSIS, elideComma: true, comment: has ? ds : undefined });
    return;
  }
  if (has && last.comment && typeof last.comment !== 'string') last.comment = statsAdd(last.comment, ds);
}

const runes = (s: string) => [...s].length;

/** Length of the single-line form (diff markers and comments not counted). */
export function nodeLen(n: TextNode): number {
  switch (n.t) {
    case 'line':
      return utf8Length(n.s);
    case 'wrap':
      return utf8Length(n.prefix) + nodeLen(n.value) + utf8Length(n.suffix);
    case 'list':
      return n.recs.reduce((a, r, i) => a + utf8Length(r.key) + (r.key ? 2 : 0) + nodeLen(r.value) + (i < n.recs.length - 1 ? 2 : 0), 0);
  }
}

export function nodeEqual(a: TextNode, b: TextNode): boolean {
  if (a.t === 'line') return b.t === 'line' && a.s === b.s;
  if (a.t === 'wrap') return b.t === 'wrap' && a.prefix === b.prefix && a.suffix === b.suffix && nodeEqual(a.value, b.value);
  if (b.t !== 'list' || a.recs.length !== b.recs.length) return false;
  return a.recs.every((r, i) => {
    const s = b.recs[i];
    const ca = r.comment === undefined ? '' : commentText(r.comment);
    const cb = s.comment === undefined ? '' : commentText(s.comment);
    return r.diff === s.diff && r.key === s.key && ca === cb && nodeEqual(r.value, s.value);
  });
}

export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Collapse every list that fits on one line into a line; returns the text and the new tree. */
function compact(n: TextNode, d: Mode): [string, TextNode] {
  switch (n.t) {
    case 'line':
      return [n.s, n];
    case 'wrap': {
      const [inner, value] = compact(n.value, d);
      const text = n.prefix + inner + n.suffix;
      return [text, value.t === 'line' ? line(text) : { ...n, value }];
    }
    case 'list': {
      let text = '';
      let multi = false;
      const recs = n.recs.map((r, i) => {
        if (r.diff === INSERTED || r.diff === REMOVED) multi = true;
        text += r.key ? `${r.key}: ` : '';
        const [inner, value] = compact(r.value, d | r.diff);
        text += inner;
        if (value.t !== 'line' || r.comment !== undefined) multi = true;
        if (i < n.recs.length - 1) text += ', ';
        return { ...r, value };
      });
      if ((d === INSERTED || d === REMOVED) && utf8Length(text) > MAX_COLUMN) multi = true;
      return multi ? [text, { t: 'list', recs }] : [text, line(text)];
    }
  }
}

// go-cmp alternates at random between spaces and U+00A0 after the markers; we always use spaces.
function indent(n: number, d: Mode): string {
  const marker = d === UNKNOWN || d === IDENTICAL ? '  ' : d === REMOVED ? '- ' : d === INSERTED ? '+ ' : '';
  return marker + '\t'.repeat(n);
}

/** Padding that aligns consecutive records which are not skipped. */
function alignment(recs: TextRecord[], skip: (r: TextRecord) => boolean, len: (r: TextRecord) => number): number[] {
  const out = recs.map(() => 0);
  let start = 0;
  let max = 0;
  const flush = (end: number) => {
    for (let j = start; j < end; j++) out[j] = max - len(recs[j]);
  };
  recs.forEach((r, i) => {
    if (skip(r)) {
      flush(i);
      start = i + 1;
      max = 0;
    } else max = Math.max(max, len(r));
  });
  flush(recs.length);
  return out;
}

function expand(n: TextNode, d: Mode, depth: number): string {
  if (n.t === 'line') return n.s;
  if (n.t === 'wrap') return n.prefix + expand(n.value, d, depth) + n.suffix;
  const recs = n.recs;
  const keyPad = alignment(
    recs,
    (r) => r.key === '' || r.value.t !== 'line',
    (r) => runes(r.key),
  );
  const valuePad = alignment(
    recs,
    (r) => r.value.t !== 'line' || nodeEqual(r.value, ELLIPSIS) || r.comment === undefined,
    (r) => runes((r.value as { s: string }).s),
  );
  const simple = recs.every((r) => r.diff === UNKNOWN && r.key === '' && r.value.t === 'line' && r.comment === undefined);
  let out = '';
  if (simple) {
    // A list of bare values is packed into lines of at most 80 columns.
    let batch = '';
    const emit = () => {
      if (batch) out += `\n${indent(depth + 1, d)}${batch.replace(/ +$/, '')}`;
      batch = '';
    };
    for (const r of recs) {
      const s = (r.value as { s: string }).s;
      if (utf8Length(batch) + utf8Length(s) + 2 > MAX_COLUMN) emit();
      batch += `${s}, `;
    }
    emit();
    return `${out}\n${indent(depth, d)}`;
  }
  recs.forEach((r, i) => {
    out += `\n${indent(depth + 1, d | r.diff)}`;
    if (r.key) out += `${r.key}: `;
    out += ' '.repeat(keyPad[i]);
    out += expand(r.value, d | r.diff, depth + 1);
    if (!r.elideComma) out += ',';
    out += ' '.repeat(valuePad[i]);
    if (r.comment !== undefined) out += ` // ${commentText(r.comment)}`;
  });
  return `${out}\n${indent(depth, d)}`;
}

/** The finished text of a tree, as go-cmp's `String()` writes it (ends in a newline). */
export function render(n: TextNode): string {
  const [, tree] = compact(n, UNKNOWN);
  return `${indent(0, UNKNOWN)}${expand(tree, UNKNOWN, 0)}\n`;
}

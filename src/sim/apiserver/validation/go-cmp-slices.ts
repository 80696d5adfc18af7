/**
 * go-cmp's specialised diff of a differing string (both sides at least 32 bytes) or slice of
 * numbers or booleans: the bytes, lines or elements are diffed with the edit script and printed in
 * chunks (64 bytes, one line, 8 numbers, 16 booleans), equal runs shortened to two chunks of
 * context. Text of four or more lines prints as a triple-quoted block. Binary strings (under 90 %
 * printable) are left to the ordinary formatting.
 */
import { editScript, type DiffNode } from './go-cmp-diff';
import { appendEllipsis, IDENTICAL, INSERTED, line, REMOVED, stats, statsAdd, statsZero, type Mode, type Stats, type TextNode, type TextRecord, UNKNOWN, wrap, numDiff } from './go-cmp-text';
import { decodeUtf8, goQuote, PRINTABLE, quoteBytes, quoteString, utf8Bytes } from './go-quote';
import type { GoType, GoValue } from './go-types';

const MIN_LENGTH = 32;
const CONTEXT = 2;
const SPACE = /^\s$/u;

interface Text {
  printable: boolean;
  mostly: boolean;
  lined: boolean;
}

function textOf(sx: string, sy: string): Text {
  const all = sx + sy;
  const chars = decodeUtf8(utf8Bytes(all));
  const valid = chars.filter((ch) => ch !== null && (PRINTABLE.test(ch) || SPACE.test(ch))).length;
  let lines = 0;
  let maxLine = 0;
  let last = 0;
  let at = 0;
  for (const ch of chars) {
    if (ch === '\n') {
      maxLine = Math.max(maxLine, at - last);
      last = at + 1;
      lines++;
    }
    at += ch === null ? 1 : utf8Bytes(ch).length;
  }
  const printable = valid === chars.length;
  return { printable, mostly: valid > Math.floor(0.9 * chars.length), lined: printable && lines >= 4 && maxLine <= 1024 };
}

const isNumeric = (t: GoType) => t.kind === 'basic' && t.basic !== 'string';

/** Whether go-cmp formats this differing node with FormatDiffSlice. */
export function canFormatDiffSlice(v: DiffNode, mode: Mode): boolean {
  if (mode !== UNKNOWN || v.numDiff === 0 || v.x === undefined || v.y === undefined || v.numCompared > 1) return false;
  const t = v.type;
  if (t.kind === 'basic' && t.basic === 'string') {
    const [sx, sy] = [v.x as string, v.y as string];
    return utf8Bytes(sx).length >= MIN_LENGTH && utf8Bytes(sy).length >= MIN_LENGTH && textOf(sx, sy).mostly;
  }
  if (t.kind !== 'slice' || !isNumeric(t.elem) || v.x === null || v.y === null) return false;
  const [xs, ys] = [v.x as GoValue[], v.y as GoValue[]];
  if (!xs.length || !ys.length) return false;
  return v.numDiff > v.numSame || (xs.length >= MIN_LENGTH && ys.length >= MIN_LENGTH);
}

type Group = Stats;

function groupEdits(name: string, es: string[]): Group[] {
  const groups: Group[] = [];
  let prev = '';
  const at = (m: string) => {
    if (prev !== m) {
      groups.push(stats(name));
      prev = m;
    }
    return groups[groups.length - 1];
  };
  for (const e of es) {
    if (e === '.') at('=').identical++;
    else if (e === 'X') at('!').removed++;
    else if (e === 'Y') at('!').inserted++;
    else at('!').modified++;
  }
  return groups;
}

/** Merge two differing groups separated by a short equal run when together they remove and insert. */
function joinNearby(groups: Group[], window: number): Group[] {
  const out: Group[] = [];
  for (const ds of groups) {
    if (out.length >= 2 && numDiff(ds) > 0) {
      const prev = out[out.length - 2];
      const curr = out[out.length - 1];
      if ((prev.removed > 0 || ds.removed > 0) && (prev.inserted > 0 || ds.inserted > 0) && curr.identical <= window) {
        out[out.length - 2] = statsAdd(statsAdd(prev, curr), ds);
        out.pop();
        continue;
      }
    }
    out.push(ds);
  }
  return out;
}

/** Move equal elements at the edges of a differing group into its neighbours. */
function trimEdges(groups: Group[], eq: (i: number, j: number) => boolean): Group[] {
  let ix = 0;
  let iy = 0;
  groups.forEach((ds, i) => {
    if (numDiff(ds) === 0) {
      ix += ds.identical;
      iy += ds.identical;
      return;
    }
    let nx = ds.identical + ds.removed + ds.modified;
    let ny = ds.identical + ds.inserted + ds.modified;
    let lead = 0;
    let trail = 0;
    for (let j = 0; j < nx && j < ny && eq(ix + j, iy + j); j++) lead++;
    for (let j = 0; j < nx && j < ny && eq(ix + nx - 1 - j, iy + ny - 1 - j); j++) trail++;
    if (lead + trail > 0) {
      // go-cmp adds an edge run to a new first or last group only after it has returned the list,
      // so such a run is dropped; the edit script never leaves one there
      if (lead > 0) {
        if (i > 0) groups[i - 1].identical += lead;
        ix += lead;
        iy += lead;
      }
      if (trail > 0 && i + 1 < groups.length) groups[i + 1].identical += trail;
      nx -= lead + trail;
      ny -= lead + trail;
      groups[i] = { ...stats(ds.name), removed: nx, inserted: ny };
    }
    ix += nx;
    iy += ny;
  });
  return groups;
}

/** The chunked records of the diff of two sequences. */
function chunkedDiff<T>(xs: T[], ys: T[], chunk: number, name: string, level: number, limit: boolean, rec: (part: T[], d: Mode) => TextRecord): TextRecord[] {
  const eq = (i: number, j: number) => xs[i] === ys[j];
  const es = editScript(xs.length, ys.length, (i, j) => (eq(i, j) ? { same: 1, diff: 0 } : { same: 0, diff: 2 }));
  const list: TextRecord[] = [];
  const append = (part: T[], d: Mode) => {
    for (let k = 0; k < part.length; k += chunk) list.push(rec(part.slice(k, k + chunk), d));
    return part.length;
  };
  const maxLen = limit ? (1 << Math.min(Math.max(level, 0), 16)) << 2 : -1;
  const groups = trimEdges(joinNearby(groupEdits(name, es), Math.floor(chunk / 4)), eq);
  let skipped = stats(name);
  let diffs = 0;
  let x = xs;
  let y = ys;
  groups.forEach((ds, i) => {
    if (maxLen >= 0 && diffs >= maxLen) {
      skipped = statsAdd(skipped, ds);
      return;
    }
    if (numDiff(ds) === 0) {
      const equal = ds.identical;
      let lo = 0;
      let hi = 0;
      while (lo < chunk * CONTEXT && lo + hi < equal && i !== 0) lo++;
      while (hi < chunk * CONTEXT && lo + hi < equal && i !== groups.length - 1) hi++;
      if (equal - (lo + hi) <= chunk) hi = equal - lo;
      append(x.slice(0, lo), IDENTICAL);
      if (equal > lo + hi) appendEllipsis(list, { ...ds, identical: ds.identical - (lo + hi) });
      append(x.slice(equal - hi, equal), IDENTICAL);
      x = x.slice(equal);
      y = y.slice(equal);
      return;
    }
    const before = list.length;
    x = x.slice(append(x.slice(0, ds.identical + ds.removed + ds.modified), REMOVED));
    y = y.slice(append(y.slice(0, ds.identical + ds.inserted + ds.modified), INSERTED));
    diffs += list.length - before;
  });
  if (!statsZero(skipped)) appendEllipsis(list, skipped);
  return list;
}

/** Lines of a lined text as a `"""` block, unless a line could be mistaken for syntax or moved text. */
function tripleQuoted(list: TextRecord[], raw: Map<TextRecord, string>): TextNode | undefined {
  const out: TextRecord[] = [{ diff: UNKNOWN, key: '', value: line('"""'), elideComma: true }];
  let removed = new Set<string>();
  let inserted = new Set<string>();
  for (const r of list) {
    let rec = r;
    if (raw.has(r)) {
      const l = raw.get(r)!.replace(/\r$/, '').replace(/^\r/, '');
      const norm = [...l].filter((ch) => !SPACE.test(ch)).join('');
      let ok = !l.startsWith('"""') && !l.startsWith('...') && [...l].every((ch) => PRINTABLE.test(ch) || ch === '\t');
      if (r.diff === REMOVED) {
        ok = ok && !inserted.has(norm);
        removed.add(norm);
      } else if (r.diff === INSERTED) {
        ok = ok && !removed.has(norm);
        inserted.add(norm);
      }
      if (!ok) return undefined;
      rec = { ...r, value: line(l), elideComma: true };
    }
    if (r.diff !== REMOVED && r.diff !== INSERTED) {
      removed = new Set();
      inserted = new Set();
    }
    out.push(rec);
  }
  const last = out[out.length - 1];
  if (last.diff === IDENTICAL && last.value.t === 'line' && last.value.s === '') out.pop();
  out.push({ diff: UNKNOWN, key: '', value: line('"""'), elideComma: true });
  return wrap('(', { t: 'list', recs: out }, ')');
}

/** FormatDiffSlice; `typed` wraps a node in its type name as the caller's type mode says. */
export function formatDiffSlice(v: DiffNode, level: number, limit: boolean, typed: (n: TextNode) => TextNode): TextNode {
  const t = v.type;
  if (t.kind === 'slice') {
    const elem = t.elem as Extract<GoType, { kind: 'basic' }>;
    const chunk = elem.basic === 'bool' ? 16 : 8;
    const list = chunkedDiff(v.x as GoValue[], v.y as GoValue[], chunk, elem.basic, level, limit, (part, d) => ({ diff: d, key: '', value: line(part.map(String).join(', ')) }));
    return typed(wrap('{', { t: 'list', recs: list }, '}'));
  }
  const [sx, sy] = [v.x as string, v.y as string];
  const text = textOf(sx, sy);
  let lined = text.lined;
  const lx = sx.split('\n');
  const ly = sy.split('\n');
  if (lined) {
    const dist = (es: string[]) => es.filter((e) => e !== '.').length / es.length;
    const byLine = editScript(lx.length, ly.length, (i, j) => (lx[i] === ly[j] ? { same: 1, diff: 0 } : { same: 0, diff: 2 }));
    const [bx, by] = [utf8Bytes(sx), utf8Bytes(sy)];
    const byByte = editScript(bx.length, by.length, (i, j) => (bx[i] === by[j] ? { same: 1, diff: 0 } : { same: 0, diff: 2 }));
    const expansion = utf8Bytes(goQuote(sx + sy)).length / (bx.length + by.length);
    lined = dist(byLine) < 4 * dist(byByte) || expansion > 1.1;
  }
  let list: TextRecord[];
  let delim = '';
  if (lined) {
    const raw = new Map<TextRecord, string>();
    list = chunkedDiff(lx, ly, 1, 'line', level, limit, (part, d) => {
      const r: TextRecord = { diff: d, key: '', value: line(quoteString(part[0])) };
      raw.set(r, part[0]);
      return r;
    });
    delim = '\n';
    const block = tripleQuoted(list, raw);
    if (block) return t.kind === 'basic' && t.name !== 'string' ? typed(block) : block;
  } else {
    list = chunkedDiff(utf8Bytes(sx), utf8Bytes(sy), 64, 'byte', level, limit, (part, d) => ({ diff: d, key: '', value: line(quoteBytes(part)) }));
  }
  const out = wrap('strings.Join(', wrap('{', { t: 'list', recs: list }, '}'), `, ${goQuote(delim)})`);
  return t.kind === 'basic' && t.name !== 'string' ? typed(out) : out;
}

/**
 * `cmp.Diff(x, y)` text: the comparison tree of go-cmp-diff.ts turned into go-cmp's text tree.
 * Differing leaves print as `-`/`+` records, runs of equal records shrink to two records of
 * context around `... // N identical fields`, and how much of a value is printed is bounded by
 * go-cmp's verbosity levels (equal values shallowly, removed and inserted ones deeper).
 * Long strings and numeric slices get go-cmp's chunked diff (go-cmp-slices.ts).
 */
import { compareValues, type DiffNode, type DiffRecord } from './go-cmp-diff';
import { canFormatDiffSlice, formatDiffSlice } from './go-cmp-slices';
import {
  appendEllipsis,
  ELLIPSIS,
  IDENTICAL,
  INSERTED,
  line,
  type Mode,
  NIL,
  nodeEqual,
  nodeLen,
  numDiff,
  REMOVED,
  render,
  stats,
  statsAdd,
  statsZero,
  type Stats,
  type TextNode,
  type TextRecord,
  UNKNOWN,
  utf8Length,
  wrap,
} from './go-cmp-text';
import { PRINTABLE, quoteString } from './go-quote';
import { isNamed, isZero, typeString, type GoMap, type GoStruct, type GoType, type GoValue } from './go-types';

type TypeMode = 'emit' | 'elide' | 'auto';

interface Opts {
  mode: Mode;
  typeMode: TypeMode;
  level: number;
  limit: boolean;
  avoidStringer: boolean;
}

const MAX_PRESET = 6;
const CONTEXT = 2;

const verbosity = (o: Opts) => Math.min(Math.max(o.level, 0), 16);
const withLevel = (o: Opts, level: number): Opts => ({ ...o, level, limit: true });
const preset = (o: Opts, i: number): Opts => ({ ...o, level: verbosity(o) + 2 * i, avoidStringer: o.avoidStringer || i > 0 });
const isComposite = (t: GoType) => t.kind === 'struct' || t.kind === 'slice' || t.kind === 'map';

/** Wrap s in the type's name when the mode asks for it (`[]core.Container{…}`). */
function withType(t: GoType, s: TextNode, o: Opts): TextNode {
  if (o.typeMode === 'elide') return s;
  if (o.typeMode === 'auto') {
    if (!isComposite(t) || nodeEqual(s, NIL) || o.mode === IDENTICAL) return s;
  }
  let name = typeString(t);
  if (!isNamed(t) && t.kind === 'ptr') name = `(${name})`;
  const braced = s.t === 'wrap' && ((s.prefix.startsWith('{') && s.suffix.endsWith('}')) || (s.prefix.startsWith('(') && s.suffix.endsWith(')')));
  return wrap(name, braced ? s : wrap('(', s, ')'));
}

/** Cut s to at most n bytes without splitting a character. */
function cutBytes(s: string, n: number): string {
  let out = '';
  for (const ch of s) {
    if (utf8Length(out + ch) > n) break;
    out += ch;
  }
  return out;
}

function formatString(prefix: string, s: string, o: Opts): TextNode {
  let maxLen = utf8Length(s);
  let maxLines = s.split('\n').length;
  if (o.limit) {
    maxLen = (1 << verbosity(o)) << 5;
    maxLines = (1 << verbosity(o)) << 2;
  }
  const lines = s.replace(/\n$/, '').split('\n');
  let triple = lines.length >= 4 && (o.mode === REMOVED || o.mode === INSERTED);
  for (let i = 0; i < lines.length && triple; i++) {
    lines[i] = lines[i].replace(/\r$/, '').replace(/^\r/, '');
    const l = lines[i];
    triple = !l.slice(l.startsWith(prefix) ? prefix.length : 0).startsWith('"""') && !l.startsWith('...') && [...l].every((ch) => PRINTABLE.test(ch) || ch === '\t') && utf8Length(l) <= maxLen;
  }
  if (triple) {
    const recs: TextRecord[] = [{ diff: o.mode, key: '', value: line(`${prefix}"""`), elideComma: true }];
    for (let i = 0; i < lines.length; i++) {
      const elided = lines.length - i;
      if (i === maxLines - 1 && elided > 1) {
        recs.push({ diff: o.mode, key: '', value: ELLIPSIS, elideComma: true, comment: `${elided} elided lines` });
        break;
      }
      recs.push({ diff: o.mode, key: '', value: line(lines[i]), elideComma: true });
    }
    recs.push({ diff: o.mode, key: '', value: line(`${prefix}"""`), elideComma: true });
    return wrap('(', { t: 'list', recs }, ')');
  }
  if (utf8Length(s) > maxLen + 3) return line(`${prefix}${quoteString(cutBytes(s, maxLen))}...`);
  return line(prefix + quoteString(s));
}

function limitOf(o: Opts, n: number): [number, Opts] {
  if (!o.limit) return [n, o];
  return [((1 << verbosity(o)) >> 1) << 2, { ...o, level: o.level - 1 }];
}

function mapKey(t: GoType, k: string): string {
  const o: Opts = { mode: IDENTICAL, typeMode: 'elide', level: MAX_PRESET, limit: true, avoidStringer: false };
  const n = formatValue(t, k, o);
  return n ? flat(n).trim() : '';
}

/** The single-line text of a node (as its String() would print a line). */
function flat(n: TextNode): string {
  if (n.t === 'line') return n.s;
  if (n.t === 'wrap') return n.prefix + flat(n.value) + n.suffix;
  return n.recs.map((r) => (r.key ? `${r.key}: ` : '') + flat(r.value)).join(', ');
}

/** A whole value (FormatValue), undefined for an absent one. */
function formatValue(t: GoType, v: GoValue | undefined, o: Opts): TextNode | undefined {
  if (v === undefined) return undefined;
  if (t.kind === 'basic') {
    if (t.stringer && !o.avoidStringer) return formatString('s', String(v), o);
    return t.basic === 'string' ? formatString('', v as string, o) : line(String(v));
  }
  if (t.kind === 'ptr') {
    if (v === null) return withType(t, NIL, o);
    if (t.stringer && !o.avoidStringer) return formatString('s', t.stringer(v), o);
    return wrap('&', formatValue(t.elem, v, o)!);
  }
  if (t.kind === 'struct') {
    const s = v as GoStruct;
    const [max, inner] = limitOf(o, t.fields.length);
    const recs: TextRecord[] = [];
    for (const f of t.fields) {
      if (isZero(f.type, s[f.name])) continue;
      if (recs.length === max) {
        appendEllipsis(recs);
        break;
      }
      recs.push({ diff: UNKNOWN, key: f.name, value: formatValue(f.type, s[f.name], { ...inner, typeMode: 'auto' })! });
    }
    return withType(t, wrap('{', { t: 'list', recs }, '}'), o);
  }
  if (v === null) return withType(t, NIL, o);
  const items: [string, GoValue][] = t.kind === 'slice' ? (v as GoValue[]).map((e) => ['', e]) : (v as GoMap).entries;
  const [max, inner] = limitOf(o, items.length);
  const recs: TextRecord[] = [];
  for (const [k, e] of items) {
    if (recs.length === max) {
      appendEllipsis(recs);
      break;
    }
    const key = t.kind === 'map' ? mapKey(t.key, k) : '';
    recs.push({ diff: UNKNOWN, key, value: formatValue(t.elem, e, { ...inner, typeMode: 'elide' })! });
  }
  return withType(t, wrap('{', { t: 'list', recs }, '}'), o);
}

/** FormatDiff: the text of one comparison node. */
function formatDiff(v: DiffNode, o: Opts): TextNode | undefined {
  if (o.mode === IDENTICAL) o = withLevel(o, 1);
  else if (verbosity(o) < 3) o = withLevel(o, 3);
  if (canFormatDiffSlice(v, o.mode)) return formatDiffSlice(v, o.level, o.limit, (n) => withType(v.type, n, o));
  if (v.maxDepth === 0) {
    if (o.mode === REMOVED) return formatValue(v.type, v.x, o);
    if (o.mode === INSERTED) return formatValue(v.type, v.y, o);
    if (v.numDiff === 0) {
      const ox = formatValue(v.type, v.x, o)!;
      const oy = formatValue(v.type, v.y, o)!;
      return nodeLen(ox) < nodeLen(oy) ? ox : oy;
    }
    const elide = { ...o, typeMode: 'elide' as const };
    let ox = formatValue(v.type, v.x, elide);
    let oy = formatValue(v.type, v.y, elide);
    for (let i = 0; i <= MAX_PRESET && ox && oy && nodeEqual(ox, oy); i++) {
      const p = { ...preset(o, i), typeMode: 'elide' as const };
      ox = formatValue(v.type, v.x, p);
      oy = formatValue(v.type, v.y, p);
    }
    const recs: TextRecord[] = [];
    if (ox) recs.push({ diff: REMOVED, key: '', value: ox });
    if (oy) recs.push({ diff: INSERTED, key: '', value: oy });
    return withType(v.type, { t: 'list', recs }, { ...o, typeMode: 'emit' });
  }
  if (v.type.kind === 'ptr') return wrap('&', formatDiff(v.value!, o)!);
  return withType(v.type, formatDiffList(v.records ?? [], v.type, o), o);
}

function recordKey(t: GoType, r: DiffRecord): string {
  if (t.kind === 'struct') return r.key!;
  if (t.kind === 'map') return mapKey(t.key, r.key!);
  return '';
}

function groupsOf(name: string, recs: DiffRecord[]): Stats[] {
  const groups: Stats[] = [];
  let prev = 0;
  const at = (kind: number) => {
    if (prev !== kind) {
      groups.push(stats(name));
      prev = kind;
    }
    return groups[groups.length - 1];
  };
  for (const { node } of recs) {
    if (node.numDiff === 0) at(1).identical++;
    else if (node.y === undefined) at(2).removed++;
    else if (node.x === undefined) at(2).inserted++;
    else at(2).modified++;
  }
  return groups;
}

function formatDiffList(all: DiffRecord[], t: GoType, o: Opts): TextNode {
  const name = t.kind === 'struct' ? 'field' : t.kind === 'map' ? 'entry' : 'element';
  o = { ...o, typeMode: t.kind === 'struct' ? 'auto' : 'elide' };
  let maxLen = -1;
  if (o.limit) {
    maxLen = o.mode === IDENTICAL ? ((1 << verbosity(o)) >> 1) << 2 : (1 << verbosity(o)) << 1;
    o = { ...o, level: o.level - 1 };
  }
  const list: TextRecord[] = [];
  if (o.mode !== UNKNOWN) {
    let deferred = false;
    for (const r of all) {
      if (list.length === maxLen) {
        deferred = true;
        break;
      }
      if (t.kind === 'struct') {
        const zx = r.node.x === undefined || isZero(r.node.type, r.node.x);
        const zy = r.node.y === undefined || isZero(r.node.type, r.node.y);
        if (o.mode === IDENTICAL ? zx || zy : o.mode === REMOVED ? zx : zy) continue;
      }
      const out = formatDiff(r.node, o);
      if (out) list.push({ diff: UNKNOWN, key: recordKey(t, r), value: out });
    }
    if (deferred) appendEllipsis(list);
    return wrap('{', { t: 'list', recs: list }, '}');
  }

  let recs = all;
  let diffs = 0;
  const groups = groupsOf(name, recs);
  let skipped = stats(name);
  groups.forEach((ds, i) => {
    if (maxLen >= 0 && diffs >= maxLen) {
      skipped = statsAdd(skipped, ds);
      return;
    }
    if (numDiff(ds) === 0) {
      const equal = ds.identical;
      let lo = 0;
      let hi = 0;
      while (lo < CONTEXT && lo + hi < equal && i !== 0) lo++;
      while (hi < CONTEXT && lo + hi < equal && i !== groups.length - 1) hi++;
      if (equal - (lo + hi) === 1) hi++;
      const same = { ...o, mode: IDENTICAL };
      for (const r of recs.slice(0, lo)) list.push({ diff: UNKNOWN, key: recordKey(t, r), value: formatDiff(r.node, same)! });
      if (equal > lo + hi) appendEllipsis(list, { ...ds, identical: ds.identical - (lo + hi) });
      for (const r of recs.slice(equal - hi, equal)) list.push({ diff: UNKNOWN, key: recordKey(t, r), value: formatDiff(r.node, same)! });
      recs = recs.slice(equal);
      return;
    }
    for (const r of recs.slice(0, numDiff(ds))) {
      const key = recordKey(t, r);
      if (canFormatDiffSlice(r.node, o.mode)) {
        list.push({ diff: UNKNOWN, key, value: formatDiffSlice(r.node, o.level, o.limit, (n) => withType(r.node.type, n, o)) });
      } else if (r.node.numChildren === r.node.maxDepth) {
        let ox = formatDiff(r.node, { ...o, mode: REMOVED });
        let oy = formatDiff(r.node, { ...o, mode: INSERTED });
        for (let p = 0; p <= MAX_PRESET && ox && oy && nodeEqual(ox, oy); p++) {
          const po = preset(o, p);
          ox = formatDiff(r.node, { ...po, mode: REMOVED });
          oy = formatDiff(r.node, { ...po, mode: INSERTED });
        }
        if (ox) list.push({ diff: REMOVED, key, value: ox });
        if (oy) list.push({ diff: INSERTED, key, value: oy });
      } else list.push({ diff: UNKNOWN, key, value: formatDiff(r.node, o)! });
    }
    recs = recs.slice(numDiff(ds));
    diffs += numDiff(ds);
  });
  if (!statsZero(skipped)) appendEllipsis(list, skipped);
  return wrap('{', { t: 'list', recs: list }, '}');
}

/** `cmp.Diff(x, y)` of two values of type t: empty when they are equal. */
export function goCmpDiff(t: GoType, x: GoValue, y: GoValue): string {
  const root = compareValues(t, x, y);
  if (root.numDiff === 0) return '';
  const text = formatDiff(root, { mode: UNKNOWN, typeMode: 'emit', level: 0, limit: false, avoidStringer: false });
  return render(text!);
}

/**
 * kubectl describe's PrefixWriter (2 spaces per level) into a Go tabwriter (minwidth 0, padding 2),
 * plus the shared multi-line helpers (labels, annotations, taints, tolerations, events).
 */
import type { KObject } from '../../sim/types';
import { translateTimestampSince } from '../printers/duration';
import { goTabwrite, TAB_FLUSH } from '../printers/tabwriter';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

export class PrefixWriter {
  private chunks: string[] = [];
  constructor(
    /** Virtual now (ms) for ages. */
    readonly now: number,
  ) {}

  /** Text at an indentation level (the text carries its own tabs and newline). */
  write(level: number, text: string): void {
    this.chunks.push('  '.repeat(level) + text);
  }

  /** A whole line with no indentation (fmt.Sprintln). */
  writeLine(text: string): void {
    this.chunks.push(text + '\n');
  }

  /** End the current column blocks (tabwriter Flush). */
  flush(): void {
    this.chunks.push(TAB_FLUSH);
  }

  /** The aligned output. */
  toString(): string {
    return goTabwrite(this.chunks.join(''), 0, 2);
  }

  since(ts: string | undefined | null): string {
    return translateTimestampSince(ts, this.now);
  }
}

const MAX_ANNOTATION_LEN = 140;
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** Go's sort.Strings order (bytes). */
export function sortedKeys(m: Record<string, unknown> | undefined | null): string[] {
  return Object.keys(m ?? {}).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** printLabelsMultilineWithIndent. */
export function printLabels(w: PrefixWriter, title: string, labels: Record<string, string> | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const keys = sortedKeys(labels);
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  keys.forEach((k, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, innerIndent);
    }
    w.write(LEVEL_0, `${k}=${labels![k]}\n`);
  });
}

/** printAnnotationsMultiline: long or multi-line values go on their own lines, clipped at 140. */
export function printAnnotations(w: PrefixWriter, title: string, annotations: Record<string, string> | undefined): void {
  w.write(LEVEL_0, `${title}:\t`);
  const keys = sortedKeys(annotations).filter((k) => !SKIP_ANNOTATIONS.has(k));
  if (keys.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const indent = '\t';
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, indent);
    const value = annotations![k].replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${k}:\n`);
      for (const s of value.split('\n')) w.write(LEVEL_0, `${indent}  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      w.write(LEVEL_0, `${k}: ${value}\n`);
    }
  });
}

function shorten(s: string, max: number): string {
  return s.length > max ? s.slice(0, max) + '...' : s;
}

/** Taint.ToString: `key=value:Effect`, `key:Effect`. */
function taintString(t: any): string {
  if (!t.value) return `${t.key}:${t.effect}`;
  return `${t.key}=${t.value}:${t.effect}`;
}

export function printTaints(w: PrefixWriter, title: string, taints: any[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(taints ?? [])];
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  const key = (t: any) => `${t.effect ?? ''},${t.key ?? ''}`;
  list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  list.forEach((t, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, innerIndent);
    }
    w.write(LEVEL_0, `${taintString(t)}\n`);
  });
}

export function printTolerations(w: PrefixWriter, title: string, tolerations: any[] | undefined, initialIndent = '', innerIndent = '\t'): void {
  w.write(LEVEL_0, `${initialIndent}${title}:${innerIndent}`);
  const list = [...(tolerations ?? [])];
  if (list.length === 0) {
    w.writeLine('<none>');
    return;
  }
  list.sort((a, b) => ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0));
  list.forEach((t, i) => {
    if (i !== 0) {
      w.write(LEVEL_0, initialIndent);
      w.write(LEVEL_0, innerIndent);
    }
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${t.tolerationSeconds}s`;
    w.write(LEVEL_0, `${s}\n`);
  });
}

/** Go's time.RFC1123Z in UTC: `Thu, 01 Jan 2026 08:00:00 +0000`. */
export function rfc1123z(ts: string | undefined | null): string {
  const t = ts ? Date.parse(ts) : NaN;
  const d = new Date(Number.isNaN(t) ? Date.UTC(1, 0, 1) : t);
  if (Number.isNaN(t)) d.setUTCFullYear(1);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${year} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

/** DescribeEvents: `Events:  <none>` or a Type/Reason/Age/From/Message table sorted by last time. */
export function describeEvents(events: KObject[] | undefined, w: PrefixWriter): void {
  if (!events) return;
  if (events.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => {
      const ta = Date.parse(a.e.lastTimestamp ?? '') || 0;
      const tb = Date.parse(b.e.lastTimestamp ?? '') || 0;
      return ta - tb || a.i - b.i;
    })
    .map((x) => x.e);
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? w.since(e.eventTime) : w.since(e.firstTimestamp);
    let interval: string;
    if (e.series) interval = `${w.since(e.series.lastObservedTime)} (x${e.series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${w.since(e.lastTimestamp)} (x${e.count} over ${first})`;
    else interval = first;
    const source = e.source?.component || e.reportingController || e.reportingComponent || '';
    w.write(LEVEL_1, `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${String(e.message ?? '').trim()}\n`);
  }
}

/** `Kind/name` of the controller owner, as printController. */
export function controllerOf(obj: KObject): string {
  const ref = (obj.metadata.ownerReferences ?? []).find((r) => r.controller);
  return ref ? `${ref.kind}/${ref.name}` : '';
}

/** Go's `%v` of a string slice: `[a b]`. */
export function goSlice(v: unknown[] | undefined | null): string {
  return `[${(v ?? []).join(' ')}]`;
}

import type { KObject } from '../../../sim/types';
import { translateTimestampSince } from '../duration';
import type { Column } from '../table';

/** The NAME column every kind starts with. */
export const NAME: Column = { name: 'Name', isName: true, cell: (o) => o.metadata.name ?? '' };

/** The AGE column: time since creation. */
export const AGE: Column = { name: 'Age', cell: (o, ctx) => translateTimestampSince(o.metadata.creationTimestamp, ctx.now) };

/** An int64 cell: Go prints a missing number as 0. */
export function int(v: unknown): string {
  return typeof v === 'number' ? String(v) : '0';
}

/** layoutContainerCells: container names and images, comma-joined. */
function containerCells(containers: { name?: string; image?: string }[] | undefined): [string, string] {
  const cs = containers ?? [];
  return [cs.map((c) => c.name ?? '').join(','), cs.map((c) => c.image ?? '').join(',')];
}

export const CONTAINERS = (get: (o: KObject) => { name?: string; image?: string }[] | undefined): Column => ({
  name: 'Containers',
  wide: true,
  cell: (o) => containerCells(get(o))[0],
});

export const IMAGES = (get: (o: KObject) => { name?: string; image?: string }[] | undefined): Column => ({
  name: 'Images',
  wide: true,
  cell: (o) => containerCells(get(o))[1],
});

interface Requirement {
  key: string;
  operator: string;
  values?: string[];
}

/**
 * labels.Selector.String() of metav1.LabelSelectorAsSelector: requirements sorted by key,
 * `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. Empty or nil selectors give ''.
 */
export function labelSelectorString(sel: { matchLabels?: Record<string, string>; matchExpressions?: Requirement[] } | null | undefined): string {
  if (!sel) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const r of sel.matchExpressions ?? []) {
    const vals = [...(r.values ?? [])].sort().join(',');
    const text =
      r.operator === 'In'
        ? `${r.key} in (${vals})`
        : r.operator === 'NotIn'
          ? `${r.key} notin (${vals})`
          : r.operator === 'Exists'
            ? r.key
            : r.operator === 'DoesNotExist'
              ? `!${r.key}`
              : `${r.key}`;
    reqs.push({ key: r.key, text });
  }
  // sort.Stable by key, as labels.internalSelector does
  return reqs
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    .map((r) => r.text)
    .join(',');
}

/** metav1.FormatLabelSelector: the selector string, `<none>` when it selects everything or nothing. */
export function formatLabelSelector(sel: Parameters<typeof labelSelectorString>[0]): string {
  const s = labelSelectorString(sel);
  return s === '' ? '<none>' : s;
}

/** Go's `fmt.Sprint(bool)`. */
export function bool(v: unknown): string {
  return v ? 'true' : 'false';
}

export type { Column };

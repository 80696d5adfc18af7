import type { KObject } from '../../sim/types';
import { tabwrite } from './tabwriter';

/** What a cell function may look at besides the object. */
export interface PrintContext {
  /** Virtual "now" in epoch ms, for AGE columns. */
  now: number;
  /** `-o wide`: some cells are not clipped then (load balancer addresses). */
  wide?: boolean;
}

/** One column of a kind's table, as declared in k/k printers.go AddHandlers. */
export interface Column {
  /** Header as upstream declares it (`Cluster-IP`); printed upper-cased. */
  name: string;
  /** Priority 1 columns: shown only with `-o wide`. */
  wide?: boolean;
  /** The column that holds the object name (Format: "name"), which `--show-kind` prefixes. */
  isName?: boolean;
  cell(obj: KObject, ctx: PrintContext): string;
}

export interface TableDef {
  columns: Column[];
  /** The order of a list's rows when upstream's list printer sorts them (FlowSchemas); absent: the server's list order. */
  listOrder?: (a: KObject, b: KObject) => number;
}

export interface TableOptions {
  wide?: boolean;
  noHeaders?: boolean;
  /** `-A`: a NAMESPACE column first (namespaced kinds only). */
  withNamespace?: boolean;
  /** `--show-labels`: a LABELS column last. */
  showLabels?: boolean;
  /** `-L key`: one column per key, headed by the key's last path segment. */
  labelColumns?: string[];
  /** `--show-kind` / several kinds: prefix names with e.g. `pod` or `deployment.apps`. */
  kindPrefix?: string;
}

/** labels.FormatLabels: sorted `k=v` joined by commas, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort();
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels![k]}`).join(',');
}

/** Cells kubectl would show for one object (before tab alignment). */
function rowFor(obj: KObject, def: TableDef, opts: TableOptions, ctx: PrintContext): string[] {
  const cells: string[] = [];
  if (opts.withNamespace) cells.push(obj.metadata.namespace ?? '');
  for (const c of def.columns) {
    if (c.wide && !opts.wide) continue;
    let v = c.cell(obj, ctx);
    if (c.isName && opts.kindPrefix) v = `${opts.kindPrefix}/${v}`;
    cells.push(cleanCell(v));
  }
  for (const key of opts.labelColumns ?? []) cells.push(obj.metadata.labels?.[key] ?? '');
  if (opts.showLabels) cells.push(formatLabels(obj.metadata.labels));
  return cells;
}

/** cli-runtime truncates a cell at its first line break and marks it with `...`. */
function cleanCell(v: string): string {
  const i = v.search(/[\f\n\r]/);
  return i >= 0 ? v.slice(0, i) + '...' : v;
}

/** Header cells for a table, upper-cased as cli-runtime prints them. */
export function headerFor(def: TableDef, opts: TableOptions): string[] {
  const h: string[] = [];
  if (opts.withNamespace) h.push('NAMESPACE');
  for (const c of def.columns) if (!c.wide || opts.wide) h.push(c.name.toUpperCase());
  for (const key of opts.labelColumns ?? []) h.push(key.split('/').pop()!.toUpperCase());
  if (opts.showLabels) h.push('LABELS');
  return h;
}

/** Header plus one row per object, unaligned. */
export function tableCells(objs: KObject[], def: TableDef, opts: TableOptions, ctx0: PrintContext): string[][] {
  const ctx = { ...ctx0, wide: !!opts.wide };
  const rows = objs.map((o) => rowFor(o, def, opts, ctx));
  if (rows.length === 0) return [];
  return opts.noHeaders ? rows : [headerFor(def, opts), ...rows];
}

/** The aligned table text ('' when there are no objects: kubectl prints no header then). */
export function renderTable(objs: KObject[], def: TableDef, opts: TableOptions, ctx: PrintContext): string {
  return tabwrite(tableCells(objs, def, opts, ctx));
}

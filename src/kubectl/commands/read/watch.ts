/** Watching for `kubectl get -w`: row printing with remembered column widths, and a hook for live terminals. */
import type { Cluster } from '../../../sim/cluster';
import { resourceKey, type ResourceType } from '../../../sim/apiserver/resources';
import { selectorFromString } from '../../../sim/labels';
import type { KObject, WatchEvent } from '../../../sim/types';
import type { KubectlContext } from '../../context';
import type { ParsedArgs } from '../../flags';
import { headerFor, tableCells } from '../../printers/table';
import { tableFor } from '../../printers/kinds';
import { textWidth } from '../../printers/tabwriter';
import { fieldSelectorFor } from './fieldselector';
import type { QueryResult } from './query';

const listeners = new WeakMap<Cluster, Set<(ev: WatchEvent) => void>>();

/** Subscribe to every stored change of a cluster; returns the unsubscribe function. */
export function onClusterChange(cluster: Cluster, fn: (ev: WatchEvent) => void): () => void {
  let set = listeners.get(cluster);
  if (!set) {
    const s = new Set<(ev: WatchEvent) => void>();
    set = s;
    listeners.set(cluster, s);
    cluster.api.store.onChange((ev) => {
      for (const f of [...s]) f(ev);
    });
  }
  set.add(fn);
  return () => set!.delete(fn);
}

export interface WatchPrintOptions {
  now: () => number;
  wide: boolean;
  noHeaders: boolean;
  withNamespace: boolean;
  showLabels: boolean;
  labelColumns: string[];
  /** `--output-watch-events`: an EVENT column (ADDED, MODIFIED, DELETED). */
  watchEvents: boolean;
}

const EVENT_NAMES: Record<string, string> = { ADDED: 'ADDED   ', MODIFIED: 'MODIFIED', DELETED: 'DELETED ' };

/**
 * Rows as a tabwriter with RememberWidths prints them across flushes: a column never shrinks,
 * and grows when a wider cell arrives. The header comes with the first row.
 */
export class WatchRowPrinter {
  private widths: number[] = [];
  private headerDone = false;
  private last = new Map<string, string>();

  constructor(
    private readonly rt: ResourceType,
    private readonly o: WatchPrintOptions,
  ) {}

  /** The text for one object (with the header first time); '' when the row did not change since it was last printed. */
  row(obj: KObject, type: string): string {
    const def = tableFor(resourceKey(this.rt));
    const opts = { ...this.o, withNamespace: this.o.withNamespace && this.rt.namespaced, noHeaders: true };
    let cells = tableCells([obj], def, opts, { now: this.o.now() })[0];
    if (this.o.watchEvents) cells = [EVENT_NAMES[type] ?? type, ...cells];
    const key = `${obj.metadata.namespace ?? ''}/${obj.metadata.name}`;
    const text = cells.join('\t');
    // the simulation writes more intermediate updates than a real cluster: skip rows that look the same
    if (!this.o.watchEvents && this.last.get(key) === text) return '';
    this.last.set(key, text);
    const lines: string[][] = [];
    if (!this.headerDone && !this.o.noHeaders) {
      let h = headerFor(def, opts.noHeaders ? { ...opts, noHeaders: false } : opts);
      if (this.o.watchEvents) h = ['EVENT', ...h];
      lines.push(h);
    }
    this.headerDone = true;
    lines.push(cells);
    for (const l of lines) for (let i = 0; i < l.length - 1; i++) this.widths[i] = Math.max(this.widths[i] ?? 0, Math.max(6, textWidth(l[i]) + 3));
    return lines.map((l) => l.map((c, i) => (i === l.length - 1 ? c : c + ' '.repeat(this.widths[i] - textWidth(c)))).join('') + '\n').join('');
  }
}

/** Call `fn` for every change to an object the query watches (same type, namespace, selectors, name). */
export function watchChanges(ctx: KubectlContext, q: QueryResult, p: ParsedArgs, fn: (obj: KObject, type: string) => void): () => void {
  const rt = q.types[0];
  const key = resourceKey(rt);
  const all = !!p.flags['all-namespaces'];
  const sel = p.flags.selector ? selectorFromString(String(p.flags.selector)) : undefined;
  const field = p.flags['field-selector'] ? fieldSelectorFor(rt, key, String(p.flags['field-selector']), String(p.flags.selector ?? '')) : undefined;
  const names = q.singleItem ? new Set(q.items.map((x) => x.obj.metadata.name)) : undefined;
  return onClusterChange(ctx.cluster, (ev) => {
    if (ev.resource !== key) return;
    const o = ev.object;
    if (rt.namespaced && !all && o.metadata.namespace !== ctx.namespace) return;
    if (names && !names.has(o.metadata.name)) return;
    if (sel && !sel(o.metadata.labels ?? {})) return;
    if (field && !field(o)) return;
    fn(o, ev.type);
  });
}

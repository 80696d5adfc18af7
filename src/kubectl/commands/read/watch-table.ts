/** The hook the browser terminal streams `kubectl get -w` through. */
import type { KubectlContext } from '../../context';
import { errorText } from '../../errors';
import { parseFlags } from '../../flags';
import { GET_FLAGS, watchOptions } from './get';
import { runQuery } from './query';
import { watchChanges, WatchRowPrinter } from './watch';

/**
 * Live `kubectl get -w`: prints the current rows through `onLine`, then one row per change until
 * the returned function is called. `args` are the words after `kubectl get` (flags included).
 */
export function watchTable(ctx: KubectlContext, args: string[], onLine: (line: string) => void): () => void {
  const emit = (text: string) => {
    for (const line of text.split('\n').slice(0, -1)) onLine(line);
  };
  try {
    const p = parseFlags(args, GET_FLAGS);
    const c = { ...ctx, namespace: (p.flags.namespace as string | undefined) ?? ctx.namespace };
    const q = runQuery(p, c, p.args, {
      allNamespaces: !!p.flags['all-namespaces'],
      selector: p.flags.selector as string | undefined,
      fieldSelector: p.flags['field-selector'] as string | undefined,
    });
    for (const w of q.warnings) onLine(w);
    for (const e of q.errors) onLine(e);
    if (q.types.length === 0) return () => undefined;
    const printer = new WatchRowPrinter(q.types[0], watchOptions(p, c));
    if (!p.flags['watch-only']) for (const x of q.items) emit(printer.row(x.obj, 'ADDED'));
    return watchChanges(c, q, p, (obj, type) => emit(printer.row(obj, type)));
  } catch (e) {
    onLine(errorText(e));
    return () => undefined;
  }
}

/** `kubectl describe TYPE [NAME_PREFIX]`, `TYPE/NAME`, `-l`, `-A`, `-f`. */
import type { ParsedArgs } from '../../flags';
import type { KubectlContext, Output } from '../../context';
import { describeObject } from '../../describe';
import type { CommandDef } from '../../command';
import { runQuery, unprefixed } from './query';

export const describeCommands: CommandDef[] = [];

function run(p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (p.args.length === 0 && files.length === 0) {
    out.fail('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n');
    return;
  }
  const all = !!p.flags['all-namespaces'];
  const showEvents = p.flags['show-events'] !== false;
  const now = ctx.cluster.now();
  const q = runQuery(p, ctx, p.args, { allNamespaces: all, selector: p.flags.selector as string | undefined });
  for (const w of q.warnings) out.warn(w);
  // kubectl describe TYPE NAME falls back to every object whose name starts with NAME
  if (q.items.length === 0 && q.errors.length === 1 && p.args.length === 2 && !p.args[0].includes('/')) {
    const prefix = p.args[1];
    const rt = q.types[0];
    const matches = ctx.cluster.api.list(rt, rt.namespaced ? ctx.namespace : undefined).filter((o) => (o.metadata.name ?? '').startsWith(prefix));
    if (matches.length) {
      for (const m of matches) out.write(describeObject(ctx.cluster.api, m, now, showEvents) + '\n');
      return;
    }
  }
  let first = true;
  for (const x of q.items) {
    const s = describeObject(ctx.cluster.api, x.obj, now, showEvents);
    out.write(first ? s : `\n\n${s}`);
    first = false;
  }
  if (q.items.length === 0 && q.errors.length === 0) out.warn(all ? 'No resources found' : `No resources found in ${ctx.namespace} namespace.`);
  for (const e of q.errors) out.fail(unprefixed(e));
}

describeCommands.push({
  path: ['describe'],
  short: 'Show details of a specific resource or group of resources',
  flags: [
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'filename', short: 'f', type: 'strings' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'kustomize', short: 'k', type: 'string' },
    { name: 'show-events', type: 'bool', default: true },
    { name: 'chunk-size', type: 'int' },
  ],
  run,
});

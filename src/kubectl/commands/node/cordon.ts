import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { selectorFromString } from '../../../sim/labels';

export const cordonCommands: CommandDef[] = [];

/** Set spec.unschedulable; prints `node/x cordoned` or `node/x already cordoned` (a dry run changes nothing). */
export function setUnschedulable(ctx: KubectlContext, out: Output, name: string, desired: boolean, dryRun: 'none' | 'client' | 'server' = 'none'): KObject {
  const node = ctx.cluster.api.get('nodes', undefined, name);
  const verb = desired ? 'cordoned' : 'uncordoned';
  if (!!node.spec?.unschedulable === desired) {
    out.line(`node/${name} already ${verb}`);
    return node;
  }
  const upd = structuredClone(node);
  if (desired) upd.spec = { ...(upd.spec ?? {}), unschedulable: true };
  else delete upd.spec.unschedulable;
  const res = dryRun === 'client' ? upd : ctx.cluster.api.update(upd, { dryRun: dryRun === 'server' });
  out.line(`node/${name} ${verb}${dryRun === 'none' ? '' : ` (${dryRun} dry run)`}`);
  return res;
}

for (const [cmd, desired] of [
  ['cordon', true],
  ['uncordon', false],
] as const) {
  cordonCommands.push({
    path: [cmd],
    short: desired ? 'Mark node as unschedulable' : 'Mark node as schedulable',
    flags: [
      { name: 'selector', short: 'l', type: 'string' },
      { name: 'dry-run', type: 'string' },
    ],
    run(p, ctx, out) {
      const usage = `\nSee 'kubectl ${cmd} -h' for help and examples`;
      if (!p.args.length && !p.set.has('selector')) throw new KubectlError(`USAGE: ${cmd} NODE [flags]${usage}`);
      if (p.args.length && p.set.has('selector')) throw new KubectlError(`cannot specify both a node name and a --selector option${usage}`);
      const names = p.set.has('selector')
        ? ctx.cluster.api.list('nodes', undefined, { labelSelector: selectorFromString(String(p.flags.selector)) }).map((n) => n.metadata.name!)
        : p.args;
      for (const name of names) setUnschedulable(ctx, out, name.replace(/^(node|nodes|no)\//, ''), desired, p.flags['dry-run'] === 'server' ? 'server' : p.flags['dry-run'] && p.flags['dry-run'] !== 'none' ? 'client' : 'none');
    },
  });
}

/**
 * `kubectl taint nodes NAME|-l SEL|--all KEY[=VALUE]:EFFECT ... KEY[:EFFECT]-`: add, overwrite and
 * remove node taints as kubectl's taint command computes them (pkg/cmd/taint); the scheduler and the
 * taint-eviction controller act on the result.
 */
import type { KObject } from '../../../sim/types';
import { isQualifiedName, isValidLabelValue } from '../../../sim/apiserver/validation/field';
import { selectorFromString } from '../../../sim/labels';
import type { CommandDef } from '../../command';
import { KubectlError } from '../../errors';
import { HELP } from '../../help/taint';
import { printObjects } from '../../printers';
import { cmdErr, DRY_RUN_FLAG, dryRunOf, flushErrors, OUTPUT_FLAG, type CmdErr, type DryRun } from '../write/common';
import type { KubectlContext } from '../../context';

interface Taint {
  key: string;
  value?: string;
  effect: string;
  timeAdded?: string;
}

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];
const USAGE = "\nSee 'kubectl taint -h' for help and examples";

/** One `KEY[=VALUE][:EFFECT]` (kubectl's parseTaint). */
function parseTaint(spec: string): Taint {
  const parts = spec.split(':');
  let key: string;
  let value = '';
  let effect = '';
  if (parts.length === 1) key = parts[0];
  else if (parts.length === 2) {
    effect = parts[1];
    if (!EFFECTS.includes(effect)) throw new KubectlError(`invalid taint effect: ${effect}, unsupported taint effect${USAGE}`);
    const kv = parts[0].split('=');
    if (kv.length > 2) throw new KubectlError(`invalid taint spec: ${spec}${USAGE}`);
    key = kv[0];
    if (kv.length === 2) {
      value = kv[1];
      const errs = isValidLabelValue(value);
      if (errs.length) throw new KubectlError(`invalid taint spec: ${spec}, ${errs.join('; ')}${USAGE}`);
    }
  } else throw new KubectlError(`invalid taint spec: ${spec}${USAGE}`);
  const errs = isQualifiedName(key);
  if (errs.length) throw new KubectlError(`invalid taint spec: ${spec}, ${errs.join('; ')}${USAGE}`);
  return { key, value, effect };
}

/** The taints to add and to remove (kubectl's parseTaints): an added one needs an effect and is unique by key and effect. */
export function parseTaints(specs: string[]): { add: Taint[]; remove: Taint[] } {
  const add: Taint[] = [];
  const remove: Taint[] = [];
  for (const spec of specs) {
    if (spec.endsWith('-')) {
      const t = parseTaint(spec.slice(0, -1));
      remove.push({ key: t.key, effect: t.effect });
      continue;
    }
    const t = parseTaint(spec);
    if (!t.effect) throw new KubectlError(`invalid taint spec: ${spec}${USAGE}`);
    // Go's %v of the Taint struct
    if (add.some((a) => a.key === t.key && a.effect === t.effect)) throw new KubectlError(`duplicated taints with the same key and effect: {${t.key} ${t.value} ${t.effect} <nil>}${USAGE}`);
    add.push(t);
  }
  return { add, remove };
}

const matches = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;
const taintText = (t: Taint) => (t.effect ? `${t.key}:${t.effect}` : t.key);

/** kubectl's reorganizeTaints: the node's new taints and what the change was called. */
export function reorganize(old: Taint[], add: Taint[], remove: Taint[], overwrite: boolean): { operation: string; taints: Taint[] } {
  const taints = add.map((t) => ({ key: t.key, ...(t.value ? { value: t.value } : {}), effect: t.effect }));
  for (const o of old) if (!taints.some((t) => matches(t, o))) taints.push(o);
  const added = old.length !== taints.length;
  let next = taints;
  let removed = false;
  const missing: string[] = [];
  for (const r of remove) {
    const kept = next.filter((t) => !(r.effect ? matches(r, t) : r.key === t.key));
    removed = kept.length !== next.length;
    if (!removed) missing.push(`taint "${taintText(r)}" not found`);
    next = kept;
  }
  if (missing.length === 1) throw new KubectlError(missing[0]);
  if (missing.length) throw new KubectlError(`[${missing.join(', ')}]`);
  const operation = (added && removed) || overwrite ? 'modified' : added ? 'tainted' : 'untainted';
  return { operation, taints: next };
}

/** Change one node's taints; returns what kubectl prints for it. */
function taintNode(node: KObject, add: Taint[], remove: Taint[], overwrite: boolean, dry: DryRun, output: string | undefined, api: KubectlContext['cluster']['api']): string {
  const old: Taint[] = node.spec?.taints ?? [];
  if (!overwrite) {
    const exists = add.filter((t) => old.some((o) => matches(t, o))).map((t) => t.key);
    if (exists.length) throw new KubectlError(`node ${node.metadata.name} already has ${exists.join(',')} taint(s) with same effect(s) and --overwrite is false`);
  }
  const { operation, taints } = reorganize(old, add, remove, overwrite);
  const upd = structuredClone(node);
  upd.spec = { ...(upd.spec ?? {}), taints };
  if (!taints.length) delete upd.spec.taints;
  const res = dry === 'client' ? upd : api.update(upd, dry === 'server' ? { dryRun: true } : undefined);
  if (output && output !== 'name') return printObjects([res], output, { list: false });
  return output === 'name' ? `node/${res.metadata.name}\n` : `node/${res.metadata.name} ${operation}\n`;
}

export const taintCommands: CommandDef[] = [
  {
    path: ['taint'],
    short: 'Update the taints on one or more nodes',
    help: HELP.taint,
    flags: [
      { name: 'all', type: 'bool' },
      { name: 'selector', short: 'l', type: 'string' },
      { name: 'overwrite', type: 'bool' },
      DRY_RUN_FLAG,
      OUTPUT_FLAG,
      { name: 'allow-missing-template-keys', type: 'bool', default: true },
      { name: 'field-manager', type: 'string', default: 'kubectl-taint' },
      { name: 'show-managed-fields', type: 'bool' },
      { name: 'template', type: 'string' },
      { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
    ],
    run(p, ctx, out) {
      const resources: string[] = [];
      const specs: string[] = [];
      for (const a of p.args) {
        const isTaint = a.includes('=') || a.includes(':') || a.endsWith('-');
        if (isTaint) specs.push(a);
        else if (specs.length) throw new KubectlError(`all resources must be specified before taint changes: ${a}`);
        else resources.push(a);
      }
      if (!resources.length) throw new KubectlError('one or more resources must be specified as <resource> <name>');
      if (!specs.length) throw new KubectlError('at least one taint update is required');
      const dry = dryRunOf(p);
      const { add, remove } = parseTaints(specs);
      const typed = resources[0].toLowerCase();
      // taint's mapper lookup fails with the bare message
      const rt = ctx.cluster.api.resource(typed);
      if (!rt) throw new KubectlError(`the server doesn't have a resource type "${typed}"`, true);
      if (rt.kind !== 'Node') throw new KubectlError(`invalid resource type ${typed}, only node types are supported`);
      const conflicts = remove.filter((r) => add.some((a) => a.key === r.key && (!r.effect || a.effect === r.effect))).map((r) => `${r.key}=${r.effect}`);
      if (conflicts.length) throw new KubectlError(`can not both modify and remove the following taint(s) in the same command: ${conflicts.join(', ')}`);
      const all = !!p.flags.all;
      const selector = String(p.flags.selector ?? '');
      if (all && selector) throw new KubectlError("setting 'all' parameter with a non empty selector is prohibited");
      if (!all && !selector && resources.length < 2) throw new KubectlError("at least one resource name must be specified since 'all' parameter is not set");
      const api = ctx.cluster.api;
      // the builder continues past a failing node: errors are printed together at the end
      const errs: CmdErr[] = [];
      const nodes: KObject[] = [];
      if (all || selector) nodes.push(...api.list('nodes', undefined, selector ? { labelSelector: selectorFromString(selector) } : undefined));
      else
        for (const n of resources.slice(1)) {
          try {
            nodes.push(api.get('nodes', undefined, n));
          } catch (e) {
            errs.push(cmdErr(e, 'getting'));
          }
        }
      const output = p.flags.output as string | undefined;
      for (const node of nodes) {
        try {
          out.write(taintNode(node, add, remove, !!p.flags.overwrite, dry, output, ctx.cluster.api));
        } catch (e) {
          errs.push(cmdErr(e, 'patching'));
        }
      }
      flushErrors(out, errs);
    },
  },
];

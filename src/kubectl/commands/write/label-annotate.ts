/** `kubectl label` and `kubectl annotate`: KEY=VALUE to set, KEY- to remove, `--overwrite`, `-l`, `--all`. */
import { hasOwn, own, setOwn } from '../../../sim/own';
import type { KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { ParsedArgs } from '../../flags';
import { jsonMergePatch } from '../../../sim/apiserver/patch/json-merge';
import type { CommandDef } from '../../command';
import { cmdErr, type CmdErr, DRY_RUN_FLAG, dryRunOf, flushErrors, FILENAME_FLAGS, opLine, OUTPUT_FLAG, printEach } from './common';
import { selectTargets, type Target } from './targets';

export const labelAnnotateCommands: CommandDef[] = [];

type Field = 'labels' | 'annotations';

/** cmdutil.GetResourcesAndPairs: resource arguments first, then KEY=VALUE / KEY- pairs. */
export function splitPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length) throw new KubectlError(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parsePairs(pairs: string[], field: Field): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const spec of pairs) {
    if (spec.includes('=')) {
      const parts = spec.split('=');
      if (field === 'labels') {
        if (parts.length !== 2) throw new KubectlError(`invalid label spec: ${spec}`);
        if (parts[1].length > 63 || !LABEL_VALUE.test(parts[1])) {
          const errs = [
            ...(parts[1].length > 63 ? ['must be no more than 63 characters'] : []),
            ...(!LABEL_VALUE.test(parts[1])
              ? [
                  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
                ]
              : []),
          ];
          throw new KubectlError(`invalid label value: "${spec}": ${errs.join(';')}`);
        }
        setOwn(set, parts[0], parts[1]);
      } else {
        const i = spec.indexOf('=');
        if (i === 0) throw new KubectlError(`invalid annotation format: ${spec}`);
        setOwn(set, spec.slice(0, i), spec.slice(i + 1));
      }
    } else if (spec.endsWith('-')) {
      remove.push(spec.slice(0, -1));
    } else {
      throw new KubectlError(`unknown ${field === 'labels' ? 'label' : 'annotation'} spec: ${spec}`);
    }
  }
  if (field === 'labels' && remove.some((k) => hasOwn(set, k))) throw new KubectlError('can not both modify and remove a label in the same command');
  if (field === 'annotations') {
    const both = remove.filter((k) => hasOwn(set, k));
    if (both.length) throw new KubectlError(`can not both modify and remove the following annotation(s) in the same command: ${both.join(', ')}`);
  }
  return { set, remove };
}

function run(field: Field, p: ParsedArgs, ctx: KubectlContext, out: Output): void {
  const noun = field === 'labels' ? 'label' : 'annotation';
  const { resources, pairs } = splitPairs(p.args, noun);
  const all = !!p.flags.all;
  const selector = p.flags.selector as string | undefined;
  const files = (p.flags.filename as string[] | undefined) ?? [];
  if (all && selector) throw new KubectlError('cannot set --all and --selector at the same time');
  if (!resources.length && !files.length) throw new KubectlError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!pairs.length && !p.flags.list) throw new KubectlError(`at least one ${noun} update is required`);
  const { set, remove } = parsePairs(pairs, field);
  const dry = dryRunOf(p);
  const overwrite = !!p.flags.overwrite;
  const output = p.flags.output as string | undefined;
  const sel = selectTargets(p, ctx, { args: resources, selector, all, requireObject: true });
  const errors: CmdErr[] = [...sel.errs];
  if (p.flags.list) {
    if (output) throw new KubectlError('--list and --output may not be specified together');
    // one object: bare `key=value` lines; several: a heading per object and indented lines (keys sorted here, Go's map order is random)
    const one = !sel.bulk && sel.targets.length === 1;
    for (const t of sel.targets) {
      const o = t.obj!;
      if (!one) out.line(`Listing ${field} for ${o.kind}.${o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : ''}/${o.metadata.name}:`);
      const m = o.metadata[field] ?? {};
      for (const k of Object.keys(m).sort()) out.line(`${one ? '' : ' '}${k}=${m[k]}`);
    }
    flushErrors(out, errors);
    return;
  }
  const printed: KObject[] = [];
  for (const t of sel.targets) {
    try {
      const res = update(field, t, set, remove, overwrite, dry, ctx, out);
      if (!output || output === 'name') out.line(opLine(res.obj, res.msg, dry, output));
      else printed.push(res.obj);
    } catch (e) {
      errors.push(cmdErr(e, 'patching', t.source));
    }
  }
  if (printed.length) out.write(printEach(printed, output!));
  flushErrors(out, errors);
}

function update(
  field: Field,
  t: Target,
  set: Record<string, string>,
  remove: string[],
  overwrite: boolean,
  dry: string,
  ctx: KubectlContext,
  out: Output,
): { obj: KObject; msg: string } {
  const live = t.obj!;
  const current = live.metadata[field] ?? {};
  if (!overwrite) {
    const clashes = Object.entries(set).filter(([k, v]) => hasOwn(current, k) && current[k] !== v && !(field === 'annotations' && k === 'kubernetes.io/change-cause'));
    if (clashes.length && field === 'labels') {
      const msgs = clashes.map(([k]) => `'${k}' already has a value (${current[k]}), and --overwrite is false`);
      throw new KubectlError(msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`);
    }
    if (clashes.length) {
      throw new KubectlError(`--overwrite is false but found the following declared annotation(s): ${clashes.map(([k]) => `'${k}' already has a value (${current[k]})`).join('; ')}`);
    }
  }
  if (field === 'labels' && dry !== 'client') for (const k of remove) if (!hasOwn(current, k)) out.line(`label "${k}" not found.`);
  const next = { ...current };
  const added = Object.entries(set).filter(([k, v]) => own(next, k) !== v);
  for (const [k, v] of added) setOwn(next, k, v);
  const removed = remove.filter((k) => hasOwn(next, k));
  for (const k of removed) delete next[k];
  const msg =
    field === 'annotations' ? 'annotated' : added.length && removed.length ? 'modified' : added.length ? 'labeled' : removed.length ? 'unlabeled' : 'not labeled';
  if (dry === 'client' || (!added.length && !removed.length && field === 'labels')) {
    return { obj: { ...live, metadata: { ...live.metadata, [field]: next } }, msg };
  }
  // a JSON merge patch of metadata only, as kubectl sends it
  const patch: Record<string, unknown> = {};
  for (const [k, v] of added) setOwn(patch, k, v);
  for (const k of removed) setOwn(patch, k, null);
  const patched = jsonMergePatch(live, { metadata: { [field]: patch } }) as KObject;
  if (patched.metadata[field] && Object.keys(patched.metadata[field]!).length === 0) delete patched.metadata[field];
  const obj = ctx.cluster.api.update(patched, { dryRun: dry === 'server', namespace: t.namespace, user: ctx.user });
  return { obj, msg };
}

const common = [
  ...FILENAME_FLAGS,
  DRY_RUN_FLAG,
  OUTPUT_FLAG,
  { name: 'overwrite', type: 'bool' as const },
  { name: 'all', type: 'bool' as const },
  { name: 'all-namespaces', short: 'A', type: 'bool' as const },
  { name: 'selector', short: 'l', type: 'string' as const },
  { name: 'field-selector', type: 'string' as const },
  { name: 'list', type: 'bool' as const },
  { name: 'local', type: 'bool' as const },
  { name: 'resource-version', type: 'string' as const },
  { name: 'field-manager', type: 'string' as const },
];

labelAnnotateCommands.push({ path: ['label'], short: 'Update the labels on a resource', flags: common, run: (p, ctx, out) => run('labels', p, ctx, out) });
labelAnnotateCommands.push({ path: ['annotate'], short: 'Update the annotations on a resource', flags: common, run: (p, ctx, out) => run('annotations', p, ctx, out) });

/** Shared tail of `kubectl create <generator>`: dry-run, `-o`, the create call and its error wrapping. */
import { ApiError, type KObject } from '../../../sim/types';
import type { KubectlContext, Output } from '../../context';
import { KubectlError } from '../../errors';
import type { FlagSpec, ParsedArgs } from '../../flags';
import { NON_TABLE_FORMATS, printObjects } from '../../printers';
import { DRY_RUN_FLAG, dryRunOf, opLine, OUTPUT_FLAG, withLastApplied } from './common';

export const GENERATOR_FLAGS: FlagSpec[] = [
  DRY_RUN_FLAG,
  OUTPUT_FLAG,
  { name: 'save-config', type: 'bool' },
  { name: 'validate', type: 'string' },
  { name: 'field-manager', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'allow-missing-template-keys', type: 'bool' },
];

/** `exactly one NAME is required, got N` (cmdutil NameFromCommandArgs). */
export function nameArg(p: ParsedArgs, command: string): string {
  if (p.args.length !== 1) {
    throw new KubectlError(`exactly one NAME is required, got ${p.args.length}\nSee 'kubectl ${command} -h' for help and examples`);
  }
  return p.args[0];
}

/**
 * Generated objects have no creationTimestamp (v1.34 omits the zero time). Generators build
 * objects in Go struct order (kind, apiVersion, metadata, ...) because `-o json` of a client-side
 * dry run prints typed objects in that order.
 */
export function meta(name: string, p: ParsedArgs, ctx: KubectlContext, namespaced: boolean): KObject['metadata'] {
  // ObjectMeta's field order (for `-o json` of a client-side dry run): name, namespace
  const m: KObject['metadata'] = { name };
  if (namespaced && p.set.has('namespace')) m.namespace = ctx.namespace;
  return m;
}

/**
 * Create (or dry-run) a generated object. `wrap` is the prefix some generators put before server
 * errors (`failed to create configmap: `); without it the API error prints as is.
 */
export function createObject(obj: KObject, p: ParsedArgs, ctx: KubectlContext, wrap?: string): KObject {
  const dry = dryRunOf(p);
  const output = p.flags.output as string | undefined;
  if (output && output !== 'name' && !NON_TABLE_FORMATS.includes(output.split('=')[0])) {
    throw new KubectlError(`unable to match a printer suitable for the output format "${output}", allowed formats are: ${NON_TABLE_FORMATS.join(',')}`);
  }
  const result = p.flags['save-config'] ? withLastApplied(obj) : obj;
  if (dry === 'client') return result;
  try {
    return ctx.cluster.api.create(structuredClone(result), { dryRun: dry === 'server', namespace: ctx.namespace, user: ctx.user });
  } catch (e) {
    if (e instanceof ApiError && wrap) throw new KubectlError(`${wrap}${e.message}`);
    throw e;
  }
}

/** Print a created object as `-o` asks, or kubectl's `kind/name created` line. */
export function printCreated(result: KObject, p: ParsedArgs, out: Output): void {
  const dry = dryRunOf(p);
  const output = p.flags.output as string | undefined;
  if (output && output !== 'name') out.write(printObjects([result], output, { allowedFormats: NON_TABLE_FORMATS, keepKeyOrder: dry === 'client' }));
  else out.line(opLine(result, 'created', dry, output));
}

/** Create (or dry-run) a generated object and print it. */
export function createGenerated(obj: KObject, p: ParsedArgs, ctx: KubectlContext, out: Output, wrap?: string): void {
  printCreated(createObject(obj, p, ctx, wrap), p, out);
}

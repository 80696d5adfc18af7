/**
 * `kubectl explain RESOURCE[.field.path]` in kubectl v1.34's plaintext layout (explain v2 template):
 * GROUP/KIND/VERSION, DESCRIPTION wrapped at 76 columns, FIELDS with `name\t<type>` lines.
 * Field knowledge comes from the generated schema; descriptions from schema-docs.json, loaded as a
 * separate chunk (`explainDocsReady` resolves once they are in).
 */
import { own } from '../../../sim/own';
import generated from '../../../generated/schema.json';
import type { DefSchema, PropSchema, Schema } from '../../../sim/apiserver/schema/types';
import { resolveRef } from './explain-schema';
import type { ApiServer } from '../../../sim/apiserver/apiserver';
import { apiVersionOf, noResourceTypeMessage } from '../../../sim/apiserver/resources';
import { KubectlError } from '../../errors';
import type { CommandDef } from '../../command';
import { wrapString } from './wordwrap';
import { explainV2 } from './explain-v2';

/** The output that selects kubectl's explain of the OpenAPI v2 models. */
const V2_FORMAT = 'plaintext-openapiv2';

export const explainCommands: CommandDef[] = [];

const schema = generated as unknown as Schema;
let docs: Record<string, string> | undefined;

/** Resolves when field descriptions are available (the CLI awaits it before running a script). */
export const explainDocsReady: Promise<void> = import('../../../generated/schema-docs.json').then(
  (m) => {
    docs = ((m as { default?: unknown }).default ?? m) as Record<string, string>;
  },
  () => undefined,
);

/**
 * Node hosts (the CLI, tests) run scripts synchronously, before the dynamic import settles: read the
 * file directly there. The path is built at run time so that bundlers do not pick it up as an asset.
 */
function loadDocsSync(): void {
  if (docs) return;
  const proc = (globalThis as { process?: { getBuiltinModule?: (m: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as { readFileSync(p: URL, enc: string): string } | undefined;
  if (!fs) return;
  const rel = ['..', '..', '..', 'generated', 'schema-docs.json'].join('/');
  try {
    docs = JSON.parse(fs.readFileSync(new URL(rel, import.meta.url), 'utf8')) as Record<string, string>;
  } catch {
    // not available here: descriptions stay empty until the import settles
  }
}

function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, '\n' + pad);
}

function defName(id: string): string {
  return id.split('.').pop() ?? 'Object';
}

/** typeGuess: `string`, `integer`, `boolean`, `[]Container`, `map[string]string`, `ObjectMeta`, `Object`. */
function typeName(p: PropSchema): string {
  switch (p.t) {
    case 'string':
    case 'time':
    case 'microtime':
      return 'string';
    case 'int32':
    case 'int64':
      return 'integer';
    case 'float64':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'intorstring':
      return 'IntOrString';
    case 'quantity':
      return 'Quantity';
    case 'ref':
      return defName(p.r ?? '');
    case 'array':
      return `[]${p.it ? typeName(p.it) : 'Object'}`;
    case 'map':
      return `map[string]${p.it ? typeName(p.it) : 'Object'}`;
    default:
      return 'Object';
  }
}

function enumText(p: PropSchema, long: boolean, indentAmount: number): string {
  const values = p.e ?? (p.it?.e && p.t === 'array' ? undefined : undefined);
  if (!values || values.length === 0) return '';
  const show = (v: string) => (v === '' ? '""' : v);
  if (long) return 'ENUM:' + values.map((v) => '\n    ' + show(v)).join('');
  const limited = values.length > 4 ? values.slice(0, 4).map(show).join(', ') + ', ....' : values.map(show).join(', ');
  return '\n' + ' '.repeat(indentAmount) + 'enum: ' + limited;
}

/** The definition a property leads to (through arrays and maps). */
function targetDef(p: PropSchema): string | undefined {
  if (p.t === 'ref') return p.r;
  if ((p.t === 'array' || p.t === 'map') && p.it) return targetDef(p.it);
  return undefined;
}

function propOf(defId: string, name: string): PropSchema | undefined {
  return own<PropSchema>(resolveRef(schema, defId)?.p, name);
}

function fieldList(defId: string, level: number, recursive: boolean, seen: Set<string>): string {
  const def: DefSchema | undefined = resolveRef(schema, defId);
  if (!def || seen.has(defId)) return '';
  const next = new Set(seen).add(defId);
  let out = '';
  const amount = level * 2;
  for (const name of Object.keys(def.p).sort()) {
    const prop = propOf(defId, name)!;
    out += indent(amount, name) + `\t<${typeName(prop)}>`;
    if ((def.req ?? []).includes(name)) out += ' -required-';
    out += enumText(prop, false, amount);
    out += '\n';
    if (!recursive) {
      const desc = docs?.[`${defId}.${name}`] || '<no description>';
      out += indent(amount + 2, wrapString(desc, 78 - amount)) + '\n\n';
    } else {
      const t = targetDef(prop);
      if (t) out += fieldList(t, level + 1, recursive, next);
    }
  }
  return out;
}

function description(texts: string[]): string {
  const body = texts.filter(Boolean).map((t) => t + '\n').join('');
  return indent(4, wrapString(body || '<empty>', 76)) + '\n';
}

function explain(resource: string, path: string[], recursive: boolean, apiVersion: string | undefined, api: ApiServer, output: string): string {
  const rt = api.resource(resource);
  // explain prints the mapper's NoResourceMatchError as is
  if (!rt) throw new KubectlError(noResourceTypeMessage(resource), true);
  const gv = apiVersion ?? apiVersionOf(rt);
  const defId = schema.kinds[`${gv}/${rt.kind}`];
  if (output === V2_FORMAT) {
    // the v2 models are looked up by group, version and kind
    if (!defId) throw new KubectlError(`couldn't find resource for "${gv.includes('/') ? gv : `/${gv}`}, Kind=${rt.kind}"`);
    return explainV2(schema, docs ?? {}, defId, rt.kind, gv, path, recursive);
  }
  if (output !== 'plaintext') throw new KubectlError(`unrecognized format: ${output}`);
  if (!defId) throw new KubectlError(`GVR (${rt.group ? rt.group + '/' : '/'}${rt.version}, Resource=${rt.plural}) not found in OpenAPI schema`);
  let out = '';
  if (rt.group) out += `GROUP:      ${rt.group}\n`;
  out += `KIND:       ${rt.kind}\n`;
  out += `VERSION:    ${rt.version}\n\n`;
  let cur = defId;
  let descs: string[] = [docs?.[defId] ?? ''];
  for (let i = 0; i < path.length; i++) {
    const prop = propOf(cur, path[i]);
    if (!prop) throw new KubectlError(`field "${path[i]}" does not exist`);
    if (i === path.length - 1) out += `FIELD: ${path[i]} <${typeName(prop)}>\n${enumText(prop, true, 0)}\n\n`;
    const next = targetDef(prop);
    descs = [docs?.[`${cur}.${path[i]}`] ?? '', next ? (docs?.[next] ?? '') : ''];
    if (!next) {
      if (i < path.length - 1) throw new KubectlError(`field "${path[i + 1]}" does not exist`);
      return out + 'DESCRIPTION:\n' + description(descs) + '\n';
    }
    cur = next;
  }
  out += 'DESCRIPTION:\n' + description(descs);
  const fields = fieldList(cur, 1, recursive, new Set());
  if (fields) out += 'FIELDS:\n' + fields;
  return out + '\n';
}

/**
 * The resource and the field path of `RESOURCE[.group][.field.path]` (a trailing dot ignored): without
 * --api-version the resource's `plural.group` may lead the input (SplitAndParseResourceRequestWithMatchingPrefix).
 */
function splitResource(input: string, matchGroup: boolean, api: ApiServer): [string, string[]] {
  const text = input.endsWith('.') ? input.slice(0, -1) : input;
  const [first, ...rest] = text.split('.');
  const rt = matchGroup ? api.resource(first) : undefined;
  const groupResource = rt ? (rt.group ? `${rt.plural}.${rt.group}` : rt.plural) : undefined;
  if (groupResource && text.startsWith(groupResource)) {
    const suffix = text.slice(groupResource.length);
    return [first, suffix ? suffix.slice(1).split('.') : []];
  }
  return [first, rest];
}

explainCommands.push({
  path: ['explain'],
  short: 'Get documentation for a resource',
  flags: [
    { name: 'recursive', type: 'bool' },
    { name: 'api-version', type: 'string' },
    { name: 'output', short: 'o', type: 'string', default: 'plaintext' },
  ],
  run(p, ctx, out) {
    if (p.args.length === 0) {
      throw new KubectlError(
        'You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n',
      );
    }
    if (p.args.length > 1) throw new KubectlError('We accept only this format: explain RESOURCE');
    loadDocsSync();
    const apiVersion = p.flags['api-version'] as string | undefined;
    const [resource, path] = splitResource(p.args[0], apiVersion === undefined || apiVersion === '', ctx.cluster.api);
    out.write(explain(resource, path, !!p.flags.recursive, apiVersion, ctx.cluster.api, String(p.flags.output ?? 'plaintext')));
  },
});

/** Template output formats: `jsonpath[-file|-as-json]=…`, `custom-columns[-file]=…`, `go-template[-file]=…`. */
import type { KObject } from '../../sim/types';
import { KubectlError } from '../errors';
import { JsonPath, JsonPathError } from '../jsonpath';
import { goTemplate } from './gotemplate';
import { goSprint } from './gosprint';
import { tabwrite } from './tabwriter';

const FORMATS = ['jsonpath', 'jsonpath-file', 'jsonpath-as-json', 'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'template', 'templatefile'];

export function isTemplateFormat(fmt: string): boolean {
  return FORMATS.includes(fmt.split('=')[0]);
}

export interface TemplateOptions {
  /** Print the objects as one `kind: List`. */
  list: boolean;
  now: number;
  noHeaders?: boolean;
  /** Reads `-file` templates from the workspace. */
  readFile?: (path: string) => string | undefined;
}

function listOf(objs: KObject[]): KObject {
  return { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } } as KObject;
}

function readTemplate(name: string, value: string, opts: TemplateOptions): string {
  if (!name.endsWith('-file') && name !== 'templatefile') return value;
  const text = opts.readFile?.(value);
  if (text === undefined) throw new KubectlError(`error reading --template ${value}, open ${value}: no such file or directory`);
  return text;
}

/** Print objects with a template format (the part after `-o`). */
export function printTemplateFormat(objs: KObject[], fmt: string, opts: TemplateOptions): string {
  const eq = fmt.indexOf('=');
  const name = eq >= 0 ? fmt.slice(0, eq) : fmt;
  const value = eq >= 0 ? fmt.slice(eq + 1) : '';
  const data: unknown[] = opts.list ? [listOf(objs)] : objs;
  if (name.startsWith('custom-columns')) {
    if (value === '' && name === 'custom-columns') throw new KubectlError('custom-columns format specified but no custom columns given');
    return customColumns(objs, name === 'custom-columns-file' ? parseColumnsFile(readTemplate(name, value, opts)) : parseColumnsSpec(value), !!opts.noHeaders);
  }
  if (value === '') throw new KubectlError('template format specified but no template given');
  const text = readTemplate(name, value, opts);
  if (name.startsWith('jsonpath')) {
    let jp: JsonPath;
    try {
      jp = new JsonPath(text, { allowMissingKeys: true, outputJson: name === 'jsonpath-as-json' });
    } catch (e) {
      if (e instanceof JsonPathError) throw new KubectlError(`error parsing jsonpath ${text}, ${e.message}`);
      throw e;
    }
    return data
      .map((d) => {
        try {
          return jp.execute(d);
        } catch (e) {
          if (e instanceof JsonPathError) {
            throw new KubectlError(
              `error executing jsonpath ${JSON.stringify(text)}: Error executing template: ${e.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${text}\n\tobject given to jsonpath engine was:\n\t\t${JSON.stringify(d)}\n\n`,
            );
          }
          throw e;
        }
      })
      .join('');
  }
  return data.map((d) => goTemplate(text, d)).join('');
}

interface CustomColumn {
  header: string;
  path: JsonPath;
}

/** RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}` and `{.a.b}` all become `{.a.b}`. */
export function relaxedJsonPath(expr: string): string {
  if (expr === '') return expr;
  const m = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/.exec(expr);
  if (!m) throw new KubectlError("unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'");
  return `{.${m[1] ?? m[2]}}`;
}

function column(header: string, expr: string): CustomColumn {
  const spec = relaxedJsonPath(expr);
  try {
    return { header, path: new JsonPath(spec, { allowMissingKeys: true }) };
  } catch (e) {
    if (e instanceof JsonPathError) throw new KubectlError(e.message);
    throw e;
  }
}

function parseColumnsSpec(spec: string): CustomColumn[] {
  return spec.split(',').map((part) => {
    const i = part.indexOf(':');
    if (i < 0) throw new KubectlError(`unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`);
    return column(part.slice(0, i), part.slice(i + 1));
  });
}

function parseColumnsFile(text: string): CustomColumn[] {
  const lines = text.split('\n');
  if (lines.length < 1 || lines[0].trim() === '' && lines.length === 1)
    throw new KubectlError('invalid template, missing header line. Expected format is one line of space separated headers, one line of space separated column specs.');
  if (lines.length < 2)
    throw new KubectlError('invalid template, missing spec line. Expected format is one line of space separated headers, one line of space separated column specs.');
  const headers = lines[0].split(/\s+/).filter(Boolean);
  const specs = lines[1].split(/\s+/).filter(Boolean);
  if (headers.length !== specs.length) throw new KubectlError(`number of headers (${headers.length}) and field specifications (${specs.length}) don't match`);
  return headers.map((h, i) => column(h, specs[i]));
}

function customColumns(objs: KObject[], cols: CustomColumn[], noHeaders: boolean): string {
  const rows: string[][] = [];
  if (!noHeaders) rows.push(cols.map((c) => c.header));
  for (const o of objs) {
    rows.push(
      cols.map((c) => {
        const results = c.path.results(o);
        const vals: string[] = [];
        if (results.length === 0 || results[0].length === 0) vals.push('<none>');
        for (const r of results) for (const v of r) vals.push(goSprint(v));
        return vals.join(',');
      }),
    );
  }
  return tabwrite(rows);
}

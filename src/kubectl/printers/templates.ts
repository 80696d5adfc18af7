/** Template-style output formats (`jsonpath`, `custom-columns`, `go-template`); filled in by jsonpath.ts and friends. */
import type { KObject } from '../../sim/types';
import { KubectlError } from '../errors';

const PREFIXES = ['jsonpath', 'jsonpath-file', 'jsonpath-as-json', 'custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'template', 'templatefile'];

export function isTemplateFormat(fmt: string): boolean {
  const name = fmt.split('=')[0];
  return PREFIXES.includes(name);
}

export interface TemplateOptions {
  list: boolean;
  now: number;
  noHeaders?: boolean;
}

export function printTemplateFormat(objs: KObject[], fmt: string, opts: TemplateOptions): string {
  void objs;
  void opts;
  throw new KubectlError(`output format ${fmt.split('=')[0]} is not supported yet`);
}

import { describe, expect, it } from 'vitest';
import { CHAPTERS } from './home/chapters';
import { PLACEHOLDER } from './i18n';

// every area's table, found by name so that a new `strings.ts` is checked without being listed here
const TABLES: Record<string, unknown> = { ...import.meta.glob('./**/strings.ts', { eager: true }), './home/chapters.ts': { CHAPTERS } };

/** The sorted `{name}` placeholders of a string. */
const placeholders = (s: string) => [...s.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();

/** What is wrong with the texts under `value`: an object holding a string is a text and must be exactly a non-empty zh and en with the same placeholders. */
function problems(value: unknown, path: string): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  if (!entries.some(([, v]) => typeof v === 'string')) return entries.flatMap(([k, v]) => problems(v, `${path}.${k}`));
  const { zh, en, ...rest } = value as Record<string, unknown>;
  const out = Object.keys(rest).map((k) => `${path}: '${k}' is no language`);
  if (typeof zh !== 'string' || !zh.trim()) out.push(`${path}: no zh`);
  if (typeof en !== 'string' || !en.trim()) out.push(`${path}: no en`);
  if (typeof zh === 'string' && typeof en === 'string' && placeholders(zh).join() !== placeholders(en).join()) out.push(`${path}: placeholders zh {${placeholders(zh).join('} {')}} en {${placeholders(en).join('} {')}}`);
  return out;
}

describe('the string tables', () => {
  it('are all found', () => {
    const known = ['./strings.ts', './canvas/strings.ts', './editor/strings.ts', './events/strings.ts', './home/chapters.ts', './home/strings.ts', './lesson/strings.ts', './replay/strings.ts', './reset/strings.ts', './share/strings.ts', './terminal/strings.ts', './time/strings.ts', './workbench/strings.ts'];
    expect(Object.keys(TABLES)).toEqual(expect.arrayContaining(known));
  });
  it('give every text both languages, with the same placeholders', () => {
    expect(Object.entries(TABLES).flatMap(([file, table]) => problems(table, file))).toEqual([]);
  });
  it('tell a missing language, an empty one and a placeholder in one language only', () => {
    const bad = { T: { a: { zh: '有', en: '' }, b: { zh: '第 {n} 行', en: 'Ln {line}' }, c: { nested: { en: 'only English' } } } };
    expect(problems(bad, 'bad')).toEqual(['bad.T.a: no en', 'bad.T.b: placeholders zh {n} en {line}', 'bad.T.c.nested: no zh']);
  });
});

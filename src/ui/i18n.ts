// How the page reads its words: each area's `strings.ts` holds its `Text` table (`as const`, so placeholders are type-checked).
import type { Lang, Text } from '../lessons';
import { useApp } from '../state/react';

/** A `{name}` placeholder; `strings.test.ts` checks that both languages of a text have the same ones. */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a string literal type (none for a plain `string`). */
type Placeholders<S> = S extends `${string}{${infer K}}${infer R}` ? K | Placeholders<R> : never;

/** The values a text needs: nothing for a text without placeholders, else one for each. */
type Vars<T extends Text> = [Placeholders<T[Lang]>] extends [never] ? [] : [vars: Record<Placeholders<T[Lang]>, string | number>];

/** A text in one language, its `{name}` placeholders filled. */
export function translate<T extends Text>(lang: Lang, text: T, ...[vars]: Vars<T>): string {
  const values: Record<string, string | number> = vars ?? {};
  return text[lang].replace(PLACEHOLDER, (whole, k: string) => (k in values ? String(values[k]) : whole));
}

/** `const t = useT(); t(EDITOR_TEXT.apply)` in the page's current language. */
export function useT(): <T extends Text>(text: T, ...vars: Vars<T>) => string {
  const lang = useApp((s) => s.lang);
  return (text, ...vars) => translate(lang, text, ...vars);
}

/** Label selectors: the API form (matchLabels/matchExpressions) and kubectl's string form. */
import { isQualifiedName, isValidLabelValue } from './apiserver/validation/field';

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Equals' | 'NotEquals' | 'GreaterThan' | 'LessThan';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: LabelSelectorRequirement[];
}

export type Labels = Record<string, string>;

/** metav1.LabelSelectorAsSelector semantics: an empty selector matches everything; null matches nothing. */
export function matchesSelector(sel: LabelSelector | null | undefined, labels: Labels | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  if (!matchesPairs(sel.matchLabels, l)) return false;
  for (const r of sel.matchExpressions ?? []) if (!matchesRequirement(r, l)) return false;
  return true;
}

/** A Service-style selector (plain map): empty or missing selects nothing for services, callers decide. */
export function matchesMap(sel: Record<string, string> | undefined, labels: Labels | undefined): boolean {
  if (!sel) return false;
  return matchesPairs(sel, labels ?? {});
}

/** Every own pair of `pairs` is in `l` (read key by key: selectors are matched against every pod in hot loops). */
function matchesPairs(pairs: Record<string, string> | undefined, l: Labels): boolean {
  for (const k in pairs) if (Object.hasOwn(pairs, k) && l[k] !== pairs[k]) return false;
  return true;
}

export function matchesRequirement(r: LabelSelectorRequirement, l: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(l, r.key);
  switch (r.operator) {
    case 'In':
    case 'Equals':
      return has && (r.values ?? []).includes(l[r.key]);
    case 'NotIn':
    case 'NotEquals':
      return !has || !(r.values ?? []).includes(l[r.key]);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'GreaterThan':
    case 'LessThan': {
      // both sides integers (ParseInt), else no match
      const [v, want] = [l[r.key], (r.values ?? [])[0]];
      if (!has || (r.values ?? []).length !== 1 || !INTEGER.test(v) || !INTEGER.test(want)) return false;
      return r.operator === 'GreaterThan' ? BigInt(v) > BigInt(want) : BigInt(v) < BigInt(want);
    }
  }
}

type Token = 'end' | 'id' | 'in' | 'notin' | '(' | ')' | ',' | '!' | '=' | '==' | '!=' | '>' | '<';
interface Item {
  tok: Token;
  lit: string;
}

const SPECIAL = new Set(['=', '!', '(', ')', ',', '>', '<']);
const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const SYMBOLS = new Set(['(', ')', ',', '!', '=', '==', '!=', '>', '<']);

/** The selector lexer: whitespace separates; a run of special characters is the longest operator it starts with; the rest is identifiers (`in`/`notin` are keywords). */
export function lexSelector(s: string): Item[] {
  const items: Item[] = [];
  let i = 0;
  for (;;) {
    while (i < s.length && WHITESPACE.has(s[i])) i++;
    if (i >= s.length) break;
    if (SPECIAL.has(s[i])) {
      let lit = s[i++];
      if (i < s.length && SYMBOLS.has(lit + s[i])) lit += s[i++];
      items.push({ tok: lit as Token, lit });
      continue;
    }
    const start = i;
    while (i < s.length && !SPECIAL.has(s[i]) && !WHITESPACE.has(s[i])) i++;
    const lit = s.slice(start, i);
    items.push({ tok: lit === 'in' || lit === 'notin' ? lit : 'id', lit });
  }
  items.push({ tok: 'end', lit: '' });
  return items;
}

/** field.Error's text: `path: Invalid value: "v": detail` (a nil path prints `<nil>`). */
const invalid = (path: string, value: string, detail: string) => `${path}: Invalid value: ${JSON.stringify(value)}: ${detail}`;

/** The operators of a parse error, in apimachinery's order and spelling. */
const BINARY_OPERATORS = 'in, notin, =, ==, !=, gt, lt';

/**
 * Parse kubectl's `-l` syntax (apimachinery labels.Parse): `a=b,c!=d,e in (x,y),f notin (z),g,!h,i>1`.
 * Keys are qualified names, values label values, `gt`/`lt` values integers; the requirements come
 * back sorted by key and each value set sorted and without duplicates, as upstream. Throws with
 * apimachinery's messages.
 */
export function parseSelector(text: string): LabelSelectorRequirement[] {
  const items = lexSelector(text);
  let pos = 0;
  // in `Values` context the keywords in/notin are identifiers (`a in (in)`, `notin=in`)
  const peek = (values = true): Item => {
    const it = items[pos];
    return values && (it.tok === 'in' || it.tok === 'notin') ? { tok: 'id', lit: it.lit } : it;
  };
  const next = (values = true): Item => {
    const it = peek(values);
    pos = Math.min(pos + 1, items.length - 1);
    return it;
  };
  const reqs: LabelSelectorRequirement[] = [];
  for (;;) {
    const { tok, lit } = peek();
    if (tok === 'end') break;
    if (tok !== 'id' && tok !== '!') throw new Error(`found '${lit}', expected: !, identifier, or 'end of string'`);
    try {
      reqs.push(requirement());
    } catch (e) {
      throw new Error(`unable to parse requirement: ${(e as Error).message}`);
    }
    const after = next();
    if (after.tok === 'end') break;
    if (after.tok !== ',') throw new Error(`found '${after.lit}', expected: ',' or 'end of string'`);
    const t = peek();
    if (t.tok !== 'id' && t.tok !== '!') throw new Error(`found '${t.lit}', expected: identifier after ','`);
  }
  // stable: requirements on one key keep their order
  return reqs.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => (a.key < b.key ? -1 : a.key > b.key ? 1 : i - j)).map(([r]) => r);

  function requirement(): LabelSelectorRequirement {
    let negate = false;
    let key = next();
    if (key.tok === '!') {
      negate = true;
      key = next();
    }
    if (key.tok !== 'id') throw new Error(`found '${key.lit}', expected: identifier`);
    const keyErrs = isQualifiedName(key.lit);
    if (keyErrs.length) throw new Error(invalid('<nil>', key.lit, keyErrs.join('; ')));
    // `!key` ends the requirement whatever follows (the selector loop then wants a comma)
    if (negate) return newRequirement(key.lit, 'DoesNotExist', []);
    const t = peek().tok;
    if (t === 'end' || t === ',') return newRequirement(key.lit, 'Exists', []);
    const op = next(false);
    const operator = ({ in: 'In', notin: 'NotIn', '=': 'Equals', '==': 'Equals', '!=': 'NotEquals', '>': 'GreaterThan', '<': 'LessThan' } as const)[op.tok as string];
    if (!operator) throw new Error(`found '${op.lit}', expected: ${BINARY_OPERATORS}`);
    return newRequirement(key.lit, operator, operator === 'In' || operator === 'NotIn' ? valueSet() : [exactValue()]);
  }

  function valueSet(): string[] {
    const open = next();
    if (open.tok !== '(') throw new Error(`found '${open.lit}' expected: '('`);
    const first = peek();
    if (first.tok === ')') {
      next();
      return [''];
    }
    if (first.tok !== 'id' && first.tok !== ',') throw new Error(`found '${first.lit}', expected: ',', ')' or identifier`);
    const values = new Set<string>();
    for (;;) {
      const it = next();
      if (it.tok === 'id') {
        values.add(it.lit);
        const t = peek();
        if (t.tok === ')') break;
        if (t.tok !== ',') throw new Error(`found '${t.lit}', expected: ',' or ')'`);
      } else if (it.tok === ',') {
        // an empty value before, between or after commas: `(,a)`, `(a,,b)`, `(a,)`
        if (values.size === 0) values.add('');
        const t = peek().tok;
        if (t === ')' || t === ',') values.add('');
        if (t === ')') break;
      } else throw new Error(`found '${it.lit}', expected: ',', or identifier`);
    }
    next();
    return [...values];
  }

  function exactValue(): string {
    const t = peek().tok;
    if (t === 'end' || t === ',') return '';
    const it = next();
    if (it.tok !== 'id') throw new Error(`found '${it.lit}', expected: identifier`);
    return it.lit;
  }
}

/** labels.NewRequirement: the value set sorted, gt/lt values integers, every value a label value; several errors read `[a, b]`. */
function newRequirement(key: string, operator: LabelSelectorRequirement['operator'], given: string[]): LabelSelectorRequirement {
  const values = [...given].sort();
  const errs: string[] = [];
  if (operator === 'GreaterThan' || operator === 'LessThan') {
    values.forEach((v, i) => {
      if (!INTEGER.test(v)) errs.push(invalid(`values[${i}]`, v, "for 'Gt', 'Lt' operators, the value must be an integer"));
    });
  }
  values.forEach((v, i) => {
    const e = isValidLabelValue(v);
    if (e.length) errs.push(invalid(`values[${i}][${key}]`, v, e.join('; ')));
  });
  if (errs.length) throw new Error(errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
  return operator === 'Exists' || operator === 'DoesNotExist' ? { key, operator } : { key, operator, values };
}

/** strconv.ParseInt(v, 10, 64)'s syntax. */
const INTEGER = /^[+-]?\d+$/;

export function selectorFromString(text: string): (labels: Labels) => boolean {
  const reqs = parseSelector(text);
  return (labels) => reqs.every((r) => matchesRequirement(r, labels ?? {}));
}

/** `app=kubia,pod-template-hash=abc` (kubectl's describe/wide form of a selector). */
export function formatSelector(sel: LabelSelector | Record<string, string> | undefined): string {
  if (!sel) return '<none>';
  const ml = 'matchLabels' in sel || 'matchExpressions' in sel ? (sel as LabelSelector).matchLabels ?? {} : (sel as Record<string, string>);
  const parts = Object.keys(ml)
    .sort()
    .map((k) => `${k}=${ml[k]}`);
  for (const r of (sel as LabelSelector).matchExpressions ?? []) {
    if (r.operator === 'Exists') parts.push(r.key);
    else if (r.operator === 'DoesNotExist') parts.push(`!${r.key}`);
    else parts.push(`${r.key} ${r.operator.toLowerCase()} (${(r.values ?? []).join(',')})`);
  }
  return parts.length ? parts.join(',') : '<none>';
}

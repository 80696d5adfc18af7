/** Label selectors: the API form (matchLabels/matchExpressions) and kubectl's string form. */
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
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const r of sel.matchExpressions ?? []) if (!matchesRequirement(r, l)) return false;
  return true;
}

/** A Service-style selector (plain map): empty or missing selects nothing for services, callers decide. */
export function matchesMap(sel: Record<string, string> | undefined, labels: Labels | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel)) if (l[k] !== v) return false;
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
      return has && Number(l[r.key]) > Number((r.values ?? [])[0]);
    case 'LessThan':
      return has && Number(l[r.key]) < Number((r.values ?? [])[0]);
  }
}

/**
 * Parse kubectl's `-l` syntax: `a=b,c!=d,e in (x,y),f notin (z),g,!h`.
 * Throws with apimachinery's messages on bad input.
 */
export function parseSelector(text: string): LabelSelectorRequirement[] {
  const reqs: LabelSelectorRequirement[] = [];
  const s = text.trim();
  if (s === '') return reqs;
  let i = 0;
  const skipWs = () => {
    while (i < s.length && s[i] === ' ') i++;
  };
  const readKey = () => {
    const start = i;
    while (i < s.length && /[A-Za-z0-9._\-/]/.test(s[i])) i++;
    return s.slice(start, i);
  };
  while (i < s.length) {
    skipWs();
    let negate = false;
    if (s[i] === '!') {
      negate = true;
      i++;
      skipWs();
    }
    const key = readKey();
    if (!key) throw new Error(`unable to parse requirement: found '${s[i] ?? ''}', expected: identifier`);
    skipWs();
    if (negate) {
      reqs.push({ key, operator: 'DoesNotExist' });
    } else if (i >= s.length || s[i] === ',') {
      reqs.push({ key, operator: 'Exists' });
    } else if (s.startsWith('!=', i)) {
      i += 2;
      reqs.push({ key, operator: 'NotEquals', values: [readValue()] });
    } else if (s.startsWith('==', i)) {
      i += 2;
      reqs.push({ key, operator: 'Equals', values: [readValue()] });
    } else if (s[i] === '=') {
      i += 1;
      reqs.push({ key, operator: 'Equals', values: [readValue()] });
    } else if (s.startsWith('in', i) || s.startsWith('notin', i)) {
      const op = s.startsWith('in', i) ? 'In' : 'NotIn';
      i += op === 'In' ? 2 : 5;
      skipWs();
      if (s[i] !== '(') throw new Error(`unable to parse requirement: found '${s[i] ?? ''}', expected: '('`);
      const close = s.indexOf(')', i);
      if (close < 0) throw new Error(`unable to parse requirement: found '', expected: ')'`);
      const values = s
        .slice(i + 1, close)
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '');
      i = close + 1;
      reqs.push({ key, operator: op, values });
    } else if (s[i] === '>' || s[i] === '<') {
      const op = s[i] === '>' ? 'GreaterThan' : 'LessThan';
      i++;
      reqs.push({ key, operator: op, values: [readValue()] });
    } else {
      throw new Error(`unable to parse requirement: found '${s[i]}', expected: in, notin, =, ==, !=, gt, lt`);
    }
    skipWs();
    if (i < s.length) {
      if (s[i] !== ',') throw new Error(`found '${s[i]}', expected: ',' or 'end of string'`);
      i++;
    }
  }
  return reqs;

  function readValue(): string {
    skipWs();
    const start = i;
    while (i < s.length && /[A-Za-z0-9._-]/.test(s[i])) i++;
    return s.slice(start, i);
  }
}

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

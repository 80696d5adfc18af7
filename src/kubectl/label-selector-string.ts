/** metav1.ParseToLabelSelector: kubectl's selector string as a LabelSelector (create pdb --selector, set selector). */
import type { LabelSelector, LabelSelectorRequirement } from '../sim/labels';
import { parseSelector } from '../sim/labels';
import { setOwn } from '../sim/own';
import { KubectlError } from './errors';

/** A parsed selector: equality requirements as matchLabels, set-based ones as matchExpressions (values sorted, once each). */
export interface ParsedLabelSelector {
  matchLabels: Record<string, string>;
  matchExpressions: (LabelSelectorRequirement & { values: string[] })[];
}

/** The operators ParseToLabelSelector refuses, with its two messages. */
const UNSUPPORTED: Record<string, string> = { GreaterThan: 'gt', LessThan: 'lt' };
const INVALID: Record<string, string> = { NotEquals: '!=' };

export function parseToLabelSelector(text: string): ParsedLabelSelector {
  let reqs;
  try {
    reqs = parseSelector(text);
  } catch (e) {
    throw new KubectlError(`couldn't parse the selector string "${text}": ${(e as Error).message}`);
  }
  const matchLabels: Record<string, string> = {};
  const matchExpressions: ParsedLabelSelector['matchExpressions'] = [];
  for (const r of reqs) {
    if (r.operator === 'Equals') setOwn(matchLabels, r.key, r.values![0]);
    else if (Object.hasOwn(UNSUPPORTED, r.operator)) throw new KubectlError(`"${UNSUPPORTED[r.operator]}" isn't supported in label selectors`);
    else if (Object.hasOwn(INVALID, r.operator)) throw new KubectlError(`"${INVALID[r.operator]}" is not a valid label selector operator`);
    else matchExpressions.push({ key: r.key, operator: r.operator, values: [...new Set(r.values ?? [])].sort() });
  }
  return { matchLabels, matchExpressions };
}

/** The selector as the API object holds it: empty parts omitted (an expression without values has none). */
export function toLabelSelector(text: string): LabelSelector {
  const { matchLabels, matchExpressions } = parseToLabelSelector(text);
  const expressions = matchExpressions.map(({ values, ...r }) => ({ ...r, ...(values.length ? { values } : {}) }));
  return { ...(Object.keys(matchLabels).length ? { matchLabels } : {}), ...(expressions.length ? { matchExpressions: expressions } : {}) };
}

import { matchesSelector } from '../../labels';
import { eachInvalid, invalidValue, isQualifiedName, required, validateLabels, type Causes } from './field';
import type { Json } from '../../json';

/** `ValidateLabelSelector`. */
export function validateLabelSelector(sel: Json, path: string): Causes {
  if (!sel) return [];
  const out: Causes = [...validateLabels(`${path}.matchLabels`, sel.matchLabels)];
  (sel.matchExpressions ?? []).forEach((r: Json, i: number) => {
    const p = `${path}.matchExpressions[${i}]`;
    const values: Json[] = r?.values ?? [];
    switch (r?.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) out.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) out.push(invalidValue(`${p}.values`, values, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        out.push(invalidValue(`${p}.operator`, r?.operator ?? '', 'not a valid selector operator'));
    }
    out.push(...eachInvalid(`${p}.key`, r?.key ?? '', isQualifiedName(r?.key ?? '')));
  });
  return out;
}

export function selectorIsEmpty(sel: Json): boolean {
  return Object.keys(sel?.matchLabels ?? {}).length + (sel?.matchExpressions ?? []).length === 0;
}

/** Whether a (non-empty) selector matches the template labels; a missing selector matches nothing. */
export function selectorMatches(sel: Json, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  return matchesSelector(sel, labels ?? {});
}

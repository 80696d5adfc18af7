/** `validateTopologySpreadConstraints` (core validation, v1.34): the rules of each constraint, in upstream's order. */
import { duplicate, invalidValue, notSupported, required, type Causes } from './field';
import { validateMatchLabelKeys } from './affinity';
import { validateLabelSelector } from './selector';
import type { Json } from '../../json';

const ACTIONS = ['DoNotSchedule', 'ScheduleAnyway'];
const POLICIES = ['Honor', 'Ignore'];
const NOT_POSITIVE = 'must be greater than zero';

export function validateTopologySpreadConstraints(constraints: Json[], path: string): Causes {
  const out: Causes = [];
  constraints.forEach((c, i) => {
    const p = `${path}[${i}]`;
    const maxSkew = c?.maxSkew ?? 0;
    const key: string = c?.topologyKey ?? '';
    const action: string = c?.whenUnsatisfiable ?? '';
    if (maxSkew <= 0) out.push(invalidValue(`${p}.maxSkew`, maxSkew, NOT_POSITIVE));
    if (!key) out.push(required(`${p}.topologyKey`, 'can not be empty'));
    if (!ACTIONS.includes(action)) out.push(notSupported(`${p}.whenUnsatisfiable`, action, ACTIONS));
    // {topologyKey, whenUnsatisfiable} names one kind of constraint: a later repeat makes the earlier one a duplicate
    if (constraints.slice(i + 1).some((r) => (r?.topologyKey ?? '') === key && (r?.whenUnsatisfiable ?? '') === action)) {
      out.push(duplicate(`${p}.{topologyKey, whenUnsatisfiable}`, `{${key}, ${action}}`));
    }
    const minDomains = c?.minDomains;
    if (minDomains != null) {
      if (minDomains <= 0) out.push(invalidValue(`${p}.minDomains`, minDomains, NOT_POSITIVE));
      if (action !== 'DoNotSchedule') out.push(invalidValue(`${p}.minDomains`, minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
    }
    for (const policy of ['nodeAffinityPolicy', 'nodeTaintsPolicy']) {
      const v = c?.[policy];
      if (v != null && !POLICIES.includes(v)) out.push(notSupported(`${p}.${policy}`, v, POLICIES));
    }
    out.push(...validateMatchLabelKeys(p, c?.matchLabelKeys ?? [], [], c?.labelSelector));
    out.push(...validateLabelSelector(c?.labelSelector, `${p}.labelSelector`));
  });
  return out;
}

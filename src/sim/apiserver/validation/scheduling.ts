import type { KObject } from '../../types';
import { forbidden, invalidValue, notSupported, required, type Causes } from './field';

/** The built-in classes (scheduling/v1 SystemPriorityClasses): SystemCriticalPriority is 2 × 10^9. */
export const SYSTEM_PRIORITY_CLASSES: readonly { name: string; value: number; description: string }[] = [
  { name: 'system-cluster-critical', value: 2000000000, description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.' },
  { name: 'system-node-critical', value: 2000001000, description: 'Used for system critical pods that must not be moved from their current node.' },
];

/** HighestUserDefinablePriority: 10^9, the most a class without the `system-` prefix may have. */
const HIGHEST_USER_DEFINABLE_PRIORITY = 1000000000;
const SYSTEM_PREFIX = 'system-';

/** IsKnownSystemPriorityClass's error, or undefined when the class is a built-in one as it should be. */
function systemClassError(name: string, value: number, globalDefault: boolean): string | undefined {
  const known = SYSTEM_PRIORITY_CLASSES.find((c) => c.name === name);
  if (!known) return `${name} is not a known system priority class`;
  if (known.value !== value) return `value of ${name} PriorityClass must be ${known.value}`;
  // every built-in class has globalDefault false
  if (globalDefault) return `globalDefault of ${name} PriorityClass must be false`;
  return undefined;
}

/** ValidatePreemptionPolicy (core validation). */
function validatePreemptionPolicy(policy: unknown, field: string): Causes {
  if (policy === undefined || policy === null || policy === 'PreemptLowerPriority' || policy === 'Never') return [];
  if (policy === '') return [required(field)];
  return [notSupported(field, policy, ['PreemptLowerPriority', 'Never'])];
}

/** ValidatePriorityClass (past ObjectMeta): reserved `system-` names and the user-definable maximum. */
export function validatePriorityClass(pc: KObject): Causes {
  const out: Causes = [];
  const name = pc.metadata.name ?? '';
  const value = typeof pc.value === 'number' ? pc.value : 0;
  if (name.startsWith(SYSTEM_PREFIX)) {
    const err = systemClassError(name, value, pc.globalDefault === true);
    if (err) out.push(forbidden('metadata.name', `priority class names with '${SYSTEM_PREFIX}' prefix are reserved for system use only. error: ${err}`));
  } else if (value > HIGHEST_USER_DEFINABLE_PRIORITY) {
    out.push(forbidden('value', `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`));
  }
  out.push(...validatePreemptionPolicy(pc.preemptionPolicy, 'preemptionPolicy'));
  return out;
}

/** ValidatePriorityClassUpdate: value and preemptionPolicy are fixed once created. */
export function validatePriorityClassUpdate(pc: KObject, old: KObject): Causes {
  const out: Causes = [];
  if ((pc.value ?? 0) !== (old.value ?? 0)) out.push(forbidden('value', 'may not be changed in an update.'));
  if ((pc.preemptionPolicy ?? null) !== (old.preemptionPolicy ?? null)) out.push(invalidValue('preemptionPolicy', pc.preemptionPolicy ?? null, 'field is immutable'));
  return out;
}

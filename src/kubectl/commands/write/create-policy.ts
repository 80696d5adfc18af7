/** `kubectl create priorityclass|poddisruptionbudget` (create_priorityclass.go, create_pdb.go). */
import { KubectlError } from '../../errors';
import { toLabelSelector } from '../../label-selector-string';
import type { CommandDef } from '../../command';
import { createGenerated, GENERATOR_FLAGS, meta, nameArg } from './generate';

export const createPolicyCommands: CommandDef[] = [];

for (const path of [['create', 'priorityclass'], ['create', 'pc']]) {
  createPolicyCommands.push({
    path,
    short: 'Create a priority class with the specified name',
    flags: [
      ...GENERATOR_FLAGS,
      { name: 'value', type: 'int32', default: 0 },
      { name: 'global-default', type: 'bool' },
      { name: 'description', type: 'string', default: '' },
      { name: 'preemption-policy', type: 'string', default: 'PreemptLowerPriority' },
    ],
    run(p, ctx, out) {
      const name = nameArg(p, 'create priorityclass');
      // PriorityClass field order: value, globalDefault, description, preemptionPolicy
      const obj = {
        kind: 'PriorityClass',
        apiVersion: 'scheduling.k8s.io/v1',
        metadata: meta(name, p, ctx, false),
        value: p.flags.value as number,
        ...(p.flags['global-default'] ? { globalDefault: true } : {}),
        ...(p.flags.description ? { description: p.flags.description as string } : {}),
        preemptionPolicy: p.flags['preemption-policy'] as string,
      };
      createGenerated(obj, p, ctx, out, 'failed to create priorityclass: ');
    },
  });
}

/** intstr.Parse: digits are an int, anything else a string. */
function intOrString(s: string): number | string {
  return /^[0-9]+$/.test(s) ? Number(s) : s;
}

for (const path of [['create', 'poddisruptionbudget'], ['create', 'pdb']]) {
  createPolicyCommands.push({
    path,
    short: 'Create a pod disruption budget with the specified name',
    flags: [...GENERATOR_FLAGS, { name: 'min-available', type: 'string', default: '' }, { name: 'max-unavailable', type: 'string', default: '' }, { name: 'selector', type: 'string', default: '' }],
    run(p, ctx, out) {
      const name = nameArg(p, 'create poddisruptionbudget');
      const min = p.flags['min-available'] as string;
      const max = p.flags['max-unavailable'] as string;
      const selector = p.flags.selector as string;
      if (!selector) throw new KubectlError('a selector must be specified');
      if (!min && !max) throw new KubectlError('one of min-available or max-unavailable must be specified');
      if (min && max) throw new KubectlError('min-available and max-unavailable cannot be both specified');
      if (min && !/^[0-9]+%?$/.test(min)) throw new KubectlError('invalid format specified for min-available');
      if (max && !/^[0-9]+%?$/.test(max)) throw new KubectlError('invalid format specified for max-unavailable');
      // PodDisruptionBudgetSpec field order: minAvailable, selector, maxUnavailable; the zero status prints its int fields
      const spec = { ...(min ? { minAvailable: intOrString(min) } : {}), selector: toLabelSelector(selector), ...(max ? { maxUnavailable: intOrString(max) } : {}) };
      const obj = {
        kind: 'PodDisruptionBudget',
        apiVersion: 'policy/v1',
        metadata: meta(name, p, ctx, true),
        spec,
        status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
      };
      createGenerated(obj, p, ctx, out, 'failed to create poddisruptionbudgets: ');
    },
  });
}

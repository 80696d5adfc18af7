/** describe for PodDisruptionBudgets and PriorityClasses (kubectl's describePodDisruptionBudgetV1, describePriorityClass). */
import type { KObject } from '../../sim/types';
import { formatLabelSelector } from '../printers/columns/util';
import { formatLabels } from '../printers/table';
import { describeEvents, LEVEL_0, LEVEL_2, PrefixWriter } from './writer';

export function describePodDisruptionBudget(pdb: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  const spec = pdb.spec ?? {};
  const status = pdb.status ?? {};
  w.write(LEVEL_0, `Name:\t${pdb.metadata.name}\n`);
  w.write(LEVEL_0, `Namespace:\t${pdb.metadata.namespace ?? ''}\n`);
  // IntOrString.String(): only the first of the two that is set
  if (spec.minAvailable !== undefined && spec.minAvailable !== null) w.write(LEVEL_0, `Min available:\t${spec.minAvailable}\n`);
  else if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null) w.write(LEVEL_0, `Max unavailable:\t${spec.maxUnavailable}\n`);
  w.write(LEVEL_0, `Selector:\t${spec.selector ? formatLabelSelector(spec.selector) : '<unset>'}\n`);
  w.write(LEVEL_0, 'Status:\n');
  w.write(LEVEL_2, `Allowed disruptions:\t${status.disruptionsAllowed ?? 0}\n`);
  w.write(LEVEL_2, `Current:\t${status.currentHealthy ?? 0}\n`);
  w.write(LEVEL_2, `Desired:\t${status.desiredHealthy ?? 0}\n`);
  w.write(LEVEL_2, `Total:\t${status.expectedPods ?? 0}\n`);
  describeEvents(events, w);
  return w.toString();
}

export function describePriorityClass(pc: KObject, events: KObject[] | undefined, now: number): string {
  const w = new PrefixWriter(now);
  w.write(LEVEL_0, `Name:\t${pc.metadata.name}\n`);
  w.write(LEVEL_0, `Value:\t${pc.value ?? 0}\n`);
  w.write(LEVEL_0, `GlobalDefault:\t${pc.globalDefault ? 'true' : 'false'}\n`);
  w.write(LEVEL_0, `PreemptionPolicy:\t${pc.preemptionPolicy ?? ''}\n`);
  w.write(LEVEL_0, `Description:\t${pc.description ?? ''}\n`);
  w.write(LEVEL_0, `Annotations:\t${formatLabels(pc.metadata.annotations)}\n`);
  describeEvents(events, w);
  return w.toString();
}

/** The quota registry: the core evaluators, and an object count evaluator for every other resource. */
import { objectCountEvaluator, type Evaluator } from './evaluator';
import { podEvaluator } from './pods';
import { pvcEvaluator } from './pvcs';
import { serviceEvaluator } from './services';

/** Resources whose object count also answers to its name from before `count/` existed. */
const LEGACY_ALIASES = new Set(['configmaps', 'resourcequotas', 'replicationcontrollers', 'secrets']);

const evaluators = new Map<string, Evaluator>([podEvaluator, serviceEvaluator, pvcEvaluator].map((e) => [e.resource, e]));

/** The evaluator of a resource key (`pods`, `deployments.apps`). */
export function evaluatorFor(resource: string): Evaluator {
  let ev = evaluators.get(resource);
  if (!ev) evaluators.set(resource, (ev = objectCountEvaluator(resource, LEGACY_ALIASES.has(resource) ? resource : undefined)));
  return ev;
}

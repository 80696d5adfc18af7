import type { ScheduleStep } from './types';

/** `NodeResourcesFit 87, TaintToleration 100×3`: each score plugin's normalized score, with its weight when it is not 1. */
function scoreBreakdown(plugins: NonNullable<ScheduleStep['nodes'][number]['plugins']>): string {
  return plugins.map((p) => `${p.name} ${p.score}${p.weight === 1 ? '' : `×${p.weight}`}`).join(', ');
}

/** A scored node's line: its total, then how the plugins made it. */
export function scoreText(n: ScheduleStep['nodes'][number]): string {
  return `${n.score ?? '-'}${n.plugins?.length ? ` (${scoreBreakdown(n.plugins)})` : ''}`;
}

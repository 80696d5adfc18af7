/** Per-node outcome of filtering: the reasons and whether preemption might help. */
export interface NodeVerdict {
  reasons: string[];
  resolvable: boolean;
}

/** `"<count> <reason>"` entries sorted as strings (so "10 x" sorts before "2 y"), joined with ", ". */
export function histogram(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()]
    .map(([r, n]) => `${n} ${r}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .join(', ');
}

/**
 * FitError.Error() with the v1.34 PostFilter text (DynamicResources, then DefaultPreemption):
 * `0/3 nodes are available: <histogram>. no new claims to deallocate, preemption: 0/3 nodes are available: <histogram>.`
 * `preemption` is DefaultPreemption's message (preemption.ts); empty when it nominated a node, which ends
 * PostFilter before DynamicResources' message is kept.
 */
export function fitErrorMessage(numNodes: number, verdicts: NodeVerdict[], preemption: string, preFilterMsg?: string): string {
  let msg = `0/${numNodes} nodes are available:`;
  if (preFilterMsg) msg += ` ${preFilterMsg}.`;
  else {
    const h = histogram(verdicts.flatMap((v) => v.reasons));
    if (h) msg += ` ${h}.`;
  }
  return preemption ? `${msg} no new claims to deallocate, ${preemption}` : msg;
}

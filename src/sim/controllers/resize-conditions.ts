/** The claim conditions resizing owns, merged as MergeResizeConditionsOfPVC does (external-resizer pkg/util, k/k resize_util.go). */
type Condition = { type: string; [k: string]: unknown };

const RESIZE_CONDITIONS = new Set(['Resizing', 'FileSystemResizePending', 'ControllerResizeError', 'NodeResizeError']);

/** Other conditions stay; a resize condition is replaced by the new one of its type, kept (keepOld) or dropped; new ones follow. */
export function mergeResizeConditions(old: readonly Condition[] | undefined, next: readonly Condition[], keepOld: boolean): Condition[] | undefined {
  const pending = new Map(next.map((c) => [c.type, c]));
  const out: Condition[] = [];
  for (const c of old ?? []) {
    if (!RESIZE_CONDITIONS.has(c.type)) out.push(c);
    else if (pending.has(c.type)) {
      out.push(pending.get(c.type)!);
      pending.delete(c.type);
    } else if (keepOld) out.push(c);
  }
  out.push(...pending.values());
  return out.length ? out : undefined;
}

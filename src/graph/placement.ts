/** Provisional positions for a model while its ELK layout is still running: old boxes stay, newcomers are stacked. */
import { CARD_WIDTH, cardHeight, type Box } from './layout';
import type { GraphModel } from './model';

const GAP = 18;
const GROUP_BOTTOM = 16;
const GROUP_TOP = 40;
const GROUP_SIDE = 16;

/**
 * Keep every node the previous layout placed where it was; put a new pod under the last card of its
 * cluster-node group (growing the group), and any other new node in a column right of everything.
 * So an apply shows its objects at once and nothing jumps until ELK's layout lands.
 */
export function placeNewcomers(previous: Map<string, Box>, model: GraphModel): Map<string, Box> {
  const out = new Map<string, Box>();
  const groupBottom = new Map<string, number>();
  let right = 0;
  for (const n of model.nodes) {
    const b = previous.get(n.id);
    // a pod that moved to another group is a newcomer there
    if (!b || (b.parent ?? '') !== (n.group ? '' : (n.parent ?? ''))) continue;
    out.set(n.id, n.group ? { ...b } : b);
    if (!b.parent) right = Math.max(right, b.x + b.width);
  }
  for (const b of out.values()) if (b.parent) groupBottom.set(b.parent, Math.max(groupBottom.get(b.parent) ?? GROUP_TOP - 16, b.y + b.height));
  let columnX = right + 50;
  let columnY = 0;
  const stack = (width: number, height: number): Box => {
    const box = { x: columnX, y: columnY, width, height };
    columnY += height + GAP;
    return box;
  };
  // new groups first, so their pods find them
  for (const n of model.nodes) if (n.group && !out.has(n.id)) out.set(n.id, stack(CARD_WIDTH + 2 * GROUP_SIDE, 80));
  for (const n of model.nodes) {
    if (n.group || out.has(n.id)) continue;
    const h = cardHeight(n);
    const g = n.parent ? out.get(n.parent) : undefined;
    if (g && n.parent) {
      const y = (groupBottom.get(n.parent) ?? GROUP_TOP - 16) + 16;
      out.set(n.id, { x: GROUP_SIDE, y, width: CARD_WIDTH, height: h, parent: n.parent });
      groupBottom.set(n.parent, y + h);
      g.height = Math.max(g.height, y + h + GROUP_BOTTOM);
    } else out.set(n.id, stack(CARD_WIDTH, h));
  }
  return out;
}

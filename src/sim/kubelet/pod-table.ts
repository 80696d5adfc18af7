import type { PodRt } from './state';

const NONE: readonly PodRt[] = [];

/** One node's pods by key, in the table's order, and their list once asked for (dropped when the node's pods change). */
interface NodeGroup {
  pods: Map<string, PodRt>;
  list?: readonly PodRt[];
}

/**
 * The kubelets' pods by key (`ns/name`), with each node's pods grouped in the table's order: a summary
 * of one node reads its own pods instead of every pod of the cluster. The grouping is kept up to date
 * per change (an admission reads its node's pods after every other admission); only a key moved to
 * another node, whose place in the table is not at the new group's end, makes it be regrouped.
 */
export class PodTable extends Map<string, PodRt> {
  private byNode?: Map<string, NodeGroup>;

  override set(key: string, rt: PodRt): this {
    const prev = super.get(key);
    if (prev && prev.node !== rt.node) this.byNode = undefined;
    else if (this.byNode) {
      const group = this.byNode.get(rt.node);
      if (group) {
        group.pods.set(key, rt);
        group.list = undefined;
      } else this.byNode.set(rt.node, { pods: new Map([[key, rt]]) });
    }
    return super.set(key, rt);
  }

  override delete(key: string): boolean {
    const prev = super.get(key);
    const group = prev && this.byNode?.get(prev.node);
    if (group) {
      group.pods.delete(key);
      group.list = undefined;
    }
    return super.delete(key);
  }

  override clear(): void {
    this.byNode = undefined;
    super.clear();
  }

  /** The pods on `node`, in the table's order. */
  on(node: string): readonly PodRt[] {
    if (!this.byNode) {
      const groups = new Map<string, NodeGroup>();
      for (const [key, rt] of this.entries()) {
        const group = groups.get(rt.node);
        if (group) group.pods.set(key, rt);
        else groups.set(rt.node, { pods: new Map([[key, rt]]) });
      }
      this.byNode = groups;
    }
    const group = this.byNode.get(node);
    if (!group) return NONE;
    return (group.list ??= [...group.pods.values()]);
  }
}

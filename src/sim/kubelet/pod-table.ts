import type { PodRt } from './state';

const NONE: readonly PodRt[] = [];

/**
 * The kubelets' pods by key (`ns/name`), with each node's pods grouped in the table's order: a summary
 * of one node reads its own pods instead of every pod of the cluster. The grouping is made when first
 * asked for and dropped by any change to the table.
 */
export class PodTable extends Map<string, PodRt> {
  private byNode?: Map<string, PodRt[]>;

  override set(key: string, rt: PodRt): this {
    this.byNode = undefined;
    return super.set(key, rt);
  }

  override delete(key: string): boolean {
    this.byNode = undefined;
    return super.delete(key);
  }

  override clear(): void {
    this.byNode = undefined;
    super.clear();
  }

  /** The pods on `node`, in the table's order. */
  on(node: string): readonly PodRt[] {
    if (!this.byNode) {
      const groups = new Map<string, PodRt[]>();
      for (const rt of this.values()) {
        const list = groups.get(rt.node);
        if (list) list.push(rt);
        else groups.set(rt.node, [rt]);
      }
      this.byNode = groups;
    }
    return this.byNode.get(node) ?? NONE;
  }
}

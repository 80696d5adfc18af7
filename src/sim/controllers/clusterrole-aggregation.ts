import type { SimContext } from '../context';
import type { Component } from '../component';
import { matchesSelector, type LabelSelector } from '../labels';
import type { KObject, WatchEvent } from '../types';
import { deepCopy } from '../clone';

const CLUSTER_ROLES = 'clusterroles.rbac.authorization.k8s.io';

/**
 * The clusterrole-aggregation controller: a ClusterRole with an aggregationRule gets the rules of
 * every ClusterRole its selectors match (in name order, without duplicates), so `admin`, `edit` and
 * `view` grow when a role labelled `rbac.authorization.k8s.io/aggregate-to-<x>: "true"` appears.
 */
export class ClusterRoleAggregationController implements Component {
  readonly name = 'clusterrole-aggregation-controller';
  readonly watches = [CLUSTER_ROLES];
  private dirty = false;

  constructor(private readonly ctx: SimContext) {}

  observe(ev: WatchEvent): void {
    if (ev.resource === CLUSTER_ROLES) this.dirty = true;
  }

  sync(): boolean {
    if (!this.dirty) return false;
    this.dirty = false;
    const api = this.ctx.api;
    const roles = api.list(CLUSTER_ROLES);
    let did = false;
    for (const role of roles) {
      const selectors = role.aggregationRule?.clusterRoleSelectors;
      if (!Array.isArray(selectors)) continue;
      const rules = aggregatedRules(role, selectors, roles);
      if (JSON.stringify(rules) === JSON.stringify(role.rules ?? [])) continue;
      api.update({ ...deepCopy(role), rules });
      did = true;
    }
    return did;
  }
}

function aggregatedRules(role: KObject, selectors: KObject[], all: KObject[]): KObject[] {
  const out: KObject[] = [];
  const seen = new Set<string>();
  for (const sel of selectors) {
    const matched = all.filter((r) => r.metadata.name !== role.metadata.name && matchesSelector(sel as LabelSelector, r.metadata.labels)).sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
    for (const r of matched) {
      for (const rule of r.rules ?? []) {
        const key = JSON.stringify(rule);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(deepCopy(rule));
      }
    }
  }
  return out;
}

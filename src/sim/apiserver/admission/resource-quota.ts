import type { ClusterConfig } from '../../config';
import type { AdmissionContext, AdmissionPlugin, ApiServer } from '../apiserver';
import type { KObject } from '../../types';
import { resourceKey } from '../resources';
import { admissionForbidden } from './forbidden';
import { admitQuotaUsage } from './quota-usage';

/** Name of the ResourceQuota the playground puts in every namespace. */
export const PLAYGROUND_QUOTA = 'playground-limit';

/** Store index of pods that count against quota, by namespace. */
export const QUOTA_INDEX = 'quotaNamespace';

/** Pods that count against quota: not Succeeded or Failed. */
export function countsAgainstQuota(pod: { status?: { phase?: string } }): boolean {
  return pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';
}

/**
 * The ResourceQuota plugin: the cluster-wide pod limit (config.maxPods), presented as the
 * `playground-limit` ResourceQuota (each namespace's quota allows maxPods pods, and the cluster as a
 * whole allows maxPods too), then the namespace's own quotas.
 */
export function resourceQuotaPlugin(config: ClusterConfig, api: ApiServer): AdmissionPlugin {
  if (!api.store.hasIndex('pods', QUOTA_INDEX)) {
    api.store.addIndex('pods', QUOTA_INDEX, (o) => (countsAgainstQuota(o) ? [o.metadata.namespace ?? ''] : []));
  }
  return {
    name: 'ResourceQuota',
    phase: 'admit',
    run(obj, ctx) {
      if (ctx.op === 'CREATE' && ctx.rt.plural === 'pods' && !ctx.rt.group) podLimit(config, obj, ctx);
      admitQuotaUsage(obj, ctx, PLAYGROUND_QUOTA);
    },
  };
}

function podLimit(config: ClusterConfig, obj: KObject, ctx: AdmissionContext): void {
  const ns = obj.metadata.namespace!;
  const quota = ctx.api.tryGet('resourcequotas', ns, PLAYGROUND_QUOTA);
  const hard = quota ? Number(quota.spec?.hard?.pods ?? config.maxPods) : config.maxPods;
  const inNs = ctx.api.store.countByIndex('pods', QUOTA_INDEX, ns);
  const total = ctx.api.store.count('pods');
  const [used, limit] = inNs + 1 > hard ? [inNs, hard] : total + 1 > config.maxPods ? [total, config.maxPods] : [-1, 0];
  if (used < 0) return;
  throw admissionForbidden(ctx.rt, obj, `exceeded quota: ${PLAYGROUND_QUOTA}, requested: pods=1, used: pods=${used}, limited: pods=${limit}`);
}

/**
 * The cluster-wide object count limit (config.maxObjectsPerResource) on what requests create,
 * presented as an object count quota (`count/<resource>`); the system's own writes are exempt.
 */
export function objectCountPlugin(config: ClusterConfig): AdmissionPlugin {
  return {
    name: 'ObjectCount',
    phase: 'admit',
    run(obj, ctx) {
      if (ctx.op !== 'CREATE' || ctx.component || ctx.rt.plural === 'pods') return;
      const key = resourceKey(ctx.rt);
      const used = ctx.api.store.count(key);
      if (used < config.maxObjectsPerResource) return;
      throw admissionForbidden(ctx.rt, obj, `exceeded quota: ${PLAYGROUND_QUOTA}, requested: count/${key}=1, used: count/${key}=${used}, limited: count/${key}=${config.maxObjectsPerResource}`);
    },
  };
}

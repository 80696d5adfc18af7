import { deepCopy } from '../../clone';
import { checkRequest } from '../../quota/check-request';
import { evaluatorFor } from '../../quota/registry';
import type { AdmissionContext } from '../apiserver';
import type { KObject } from '../../types';
import { KUBE_APISERVER } from '../auth/components';
import { resourceKey } from '../resources';
import { admissionForbidden } from './forbidden';

/**
 * The ResourceQuota admission plugin over the namespace's own quotas: a write that a quota covers
 * must meet its constraints and fit in what is left, and is charged to its status.used at once
 * (not for dry runs); the controller recounts later. `skip`: the quota checked apart (the playground's own limit).
 */
export function admitQuotaUsage(obj: KObject, ctx: AdmissionContext, skip: string): void {
  const ns = obj.metadata?.namespace;
  if (!ns || (ctx.op !== 'CREATE' && ctx.op !== 'UPDATE')) return;
  const quotas = ctx.api.list('resourcequotas', ns).filter((q) => q.metadata.name !== skip);
  if (quotas.length === 0) return;
  // the quota cache lists by name
  quotas.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
  const result = checkRequest(quotas, evaluatorFor(resourceKey(ctx.rt)), {
    op: ctx.op,
    subresource: ctx.subresource,
    obj,
    old: ctx.old,
    now: ctx.api.clock.now(),
  });
  if ('refused' in result) throw admissionForbidden(ctx.rt, obj, result.refused);
  if (ctx.dryRun) return;
  for (const { quota, used } of result.charged) ctx.api.updateStatus({ ...deepCopy(quota), status: { ...quota.status, used } }, { identity: KUBE_APISERVER });
}

/**
 * The controller-ref manager (k/k pkg/controller/controller_ref_manager.go): an owner claims the
 * objects its selector matches, adopting orphans and releasing what it owns but no longer matches.
 */
import type { ApiServer } from '../apiserver/apiserver';
import type { ObjectStore } from '../apiserver/store';
import { ApiError, type KObject } from '../types';
import { deepCopy } from '../clone';
import { controllerOf, controllerRef } from './pod-control';
import { ORPHAN_INDEX, OWNER_INDEX } from './workload-indexes';

/**
 * What an owner may claim (the informer list its selector filters upstream): the objects of
 * `resource` that name it as an owner in its namespace, then the orphans of that namespace, each once.
 */
export function claimCandidates(store: ObjectStore, resource: string, owner: KObject): KObject[] {
  const ns = owner.metadata.namespace ?? '';
  const seen = new Set<string>();
  const out: KObject[] = [];
  for (const o of [...store.byIndex(resource, OWNER_INDEX, owner.metadata.uid!), ...store.byIndex(resource, ORPHAN_INDEX, ns)]) {
    if (o.metadata.namespace !== ns || seen.has(o.metadata.uid!)) continue;
    seen.add(o.metadata.uid!);
    out.push(o);
  }
  return out;
}

/**
 * Adopt (`true`) or release (`false`) a dependent: rewrite its ownerReferences with or without the
 * owner's controller reference. Returns the written object, or undefined when the API refused it
 * (the object changed or went away: the next sync sees the new state).
 */
function setControllerRef(api: ApiServer, obj: KObject, owner: KObject, adopt: boolean): KObject | undefined {
  const upd = deepCopy(obj);
  const refs = (upd.metadata.ownerReferences ?? []).filter((r) => r.uid !== owner.metadata.uid);
  if (adopt) refs.push(controllerRef(owner));
  if (refs.length) upd.metadata.ownerReferences = refs;
  else delete upd.metadata.ownerReferences;
  delete upd.metadata.resourceVersion;
  try {
    // ClaimObject adopts and releases with a patch of the ownerReferences
    return api.update(upd, { sent: { verb: 'patch' } });
  } catch (e) {
    if (e instanceof ApiError) return undefined;
    throw e;
  }
}

/**
 * ClaimObjects: of `candidates`, keep those `owner` controls that still match, adopt matching orphans
 * not being deleted, release owned ones that stopped matching, and skip those another controller owns.
 * An owner being deleted adopts and releases nothing. Returns the claimed objects, adopted ones as written.
 */
export function claimObjects(api: ApiServer, owner: KObject, candidates: KObject[], matches: (obj: KObject) => boolean): KObject[] {
  const claimed: KObject[] = [];
  const deleting = !!owner.metadata.deletionTimestamp;
  for (const obj of candidates) {
    const ref = controllerOf(obj);
    const match = matches(obj);
    if (ref) {
      if (ref.uid !== owner.metadata.uid) continue;
      if (match) claimed.push(obj);
      else if (!deleting) setControllerRef(api, obj, owner, false);
      continue;
    }
    if (deleting || !match || obj.metadata.deletionTimestamp) continue;
    const adopted = setControllerRef(api, obj, owner, true);
    if (adopted) claimed.push(adopted);
  }
  return claimed;
}

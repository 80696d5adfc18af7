/** `ValidatePersistentVolumeClaimUpdate` (v1.34, RecoverVolumeExpansionFailure and VolumeAttributesClass GA). */
import type { KObject } from '../../types';
import type { Json } from '../../json';
import { parseQuantity } from '../../quantity';
import { canonicalizeQuantities } from '../schema/canonical';
import { forbidden, type Causes } from './field';
import { compareValues } from './go-cmp-diff';
import { goCmpDiff } from './go-cmp-report';
import { core, labelSelectorPtr, resourceList } from './go-core-common';
import { fromJson, ptr, slice, str, struct, type GoMap, type GoStruct } from './go-types';
import { emptyAsNil } from './pod-update';

/** Internal `core.PersistentVolumeClaimSpec`, v1.34 field order. */
const pvcSpec = struct('core.PersistentVolumeClaimSpec', [
  ['AccessModes', slice(core('PersistentVolumeAccessMode'))],
  ['Selector', labelSelectorPtr],
  ['Resources', struct('core.VolumeResourceRequirements', [['Limits', resourceList], ['Requests', resourceList]])],
  ['VolumeName', str],
  ['StorageClassName', ptr(str)],
  ['VolumeMode', ptr(core('PersistentVolumeMode'))],
  ['DataSource', ptr(struct('core.TypedLocalObjectReference', [['APIGroup', ptr(str), 'apiGroup'], ['Kind', str], ['Name', str]]))],
  ['DataSourceRef', ptr(struct('core.TypedObjectReference', [['APIGroup', ptr(str), 'apiGroup'], ['Kind', str], ['Name', str], ['Namespace', ptr(str)]]))],
  ['VolumeAttributesClassName', ptr(str)],
]);

const IMMUTABLE = 'spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims';

/** The old spec as read back from etcd: canonical quantities, empty lists and maps nil. */
function storedSpec(old: KObject): GoStruct {
  const copy = structuredClone(old);
  canonicalizeQuantities(copy);
  return emptyAsNil(pvcSpec, fromJson(pvcSpec, copy.spec)) as GoStruct;
}

/** The new requests with the old storage request in place: a bound claim's size change is the resizer's business, not an immutability error. */
function withStorage(requests: GoMap | null, from: GoMap | null): GoMap | null {
  if (!requests) return requests;
  const value = from?.entries.find(([k]) => k === 'storage')?.[1];
  const entries: GoMap['entries'] = requests.entries.filter(([k]) => k !== 'storage');
  if (value !== undefined) entries.push(['storage', value]);
  return { entries: entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

const storage = (spec: Json): number => {
  const v = spec?.resources?.requests?.storage;
  return v === undefined ? 0 : parseQuantity(String(v));
};

export function validatePVCUpdate(obj: KObject, old: KObject): Causes {
  const out: Causes = [];
  const oldGo = storedSpec(old);
  const newGo = fromJson(pvcSpec, obj.spec) as GoStruct;
  const bound = old.status?.phase === 'Bound';
  // the binder sets volumeName once
  if (!old.spec?.volumeName) oldGo.VolumeName = newGo.VolumeName;
  // a claim created without a class may get one later (the retroactive default class)
  if (oldGo.StorageClassName === null && newGo.StorageClassName !== null && !old.spec?.volumeName) oldGo.StorageClassName = newGo.StorageClassName;
  if (bound) {
    const res = newGo.Resources as GoStruct;
    newGo.Resources = { ...res, Requests: withStorage(res.Requests as GoMap | null, (oldGo.Resources as GoStruct).Requests as GoMap | null) };
    if (newGo.VolumeAttributesClassName !== null) newGo.VolumeAttributesClassName = oldGo.VolumeAttributesClassName;
  }
  if (compareValues(pvcSpec, emptyAsNil(pvcSpec, oldGo), emptyAsNil(pvcSpec, newGo)).numDiff !== 0) out.push(forbidden('spec', `${IMMUTABLE}\n${goCmpDiff(pvcSpec, oldGo, newGo)}`));
  const capacity = old.status?.capacity?.storage;
  // shrinking is allowed only back towards status.capacity, to recover from a failed expansion
  if (storage(obj.spec) < storage(old.spec) && storage(obj.spec) <= (capacity === undefined ? 0 : parseQuantity(String(capacity)))) {
    out.push(forbidden('spec.resources.requests.storage', 'field can not be less than status.capacity'));
  }
  return out;
}

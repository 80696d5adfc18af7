import type { KObject } from '../../types';
import { eachInvalid, forbidden, invalidValue, isQualifiedName, notSupported, required, type Causes } from './field';

/** The values upstream's sets allow, in their sorted List() order. */
const RECLAIM_POLICIES = ['Delete', 'Retain'];
const BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'];

/** `ValidateStorageClass` (pkg/apis/storage/validation): provisioner, parameters, reclaimPolicy, volumeBindingMode. */
export function validateStorageClass(obj: KObject): Causes {
  const out: Causes = [];
  const provisioner = String(obj.provisioner ?? '');
  if (!provisioner) out.push(required('provisioner'));
  else out.push(...eachInvalid('provisioner', provisioner, isQualifiedName(provisioner.toLowerCase())));
  for (const k of Object.keys(obj.parameters ?? {})) if (k === '') out.push(invalidValue('parameters', k, 'field can not be empty.'));
  const policy = obj.reclaimPolicy;
  if (policy && !RECLAIM_POLICIES.includes(policy)) out.push(notSupported('reclaimPolicy', policy, RECLAIM_POLICIES));
  const mode = obj.volumeBindingMode;
  if (mode === undefined) out.push(required('volumeBindingMode'));
  else if (!BINDING_MODES.includes(mode)) out.push(notSupported('volumeBindingMode', mode, BINDING_MODES));
  return out;
}

/** `ValidateStorageClassUpdate`: what provisioning reads stays as created. */
export function validateStorageClassUpdate(obj: KObject, old: KObject): Causes {
  const out: Causes = [];
  if (JSON.stringify(obj.parameters ?? {}) !== JSON.stringify(old.parameters ?? {})) out.push(forbidden('parameters', 'updates to parameters are forbidden.'));
  if (obj.provisioner !== old.provisioner) out.push(forbidden('provisioner', 'updates to provisioner are forbidden.'));
  if (obj.reclaimPolicy !== old.reclaimPolicy) out.push(forbidden('reclaimPolicy', 'updates to reclaimPolicy are forbidden.'));
  if (obj.volumeBindingMode !== old.volumeBindingMode) out.push(invalidValue('volumeBindingMode', obj.volumeBindingMode, 'field is immutable'));
  return out;
}

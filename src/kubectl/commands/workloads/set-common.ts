/** What `kubectl set image` and `kubectl set resources` share (kubectl pkg/cmd/set, polymorphichelpers). */
import type { KObject } from '../../../sim/types';
import type { Output } from '../../context';

/** A container as the set commands read and change it. */
export interface SetContainer {
  name: string;
  image?: string;
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
}

/** The part of a pod spec the set commands change. */
export interface SetPodSpec {
  containers?: SetContainer[];
  initContainers?: SetContainer[];
}

/** Where each kind keeps its pod spec (polymorphichelpers updatepodspec.go); undefined for kinds without one. */
export function podSpecOf(obj: KObject): SetPodSpec | undefined {
  switch (obj.kind) {
    case 'Pod':
      return obj.spec;
    case 'ReplicationController':
    case 'Deployment':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'Job':
      return obj.spec?.template?.spec;
    case 'CronJob':
      return obj.spec?.jobTemplate?.spec?.template?.spec;
    default:
      return undefined;
  }
}

/** UpdatePodSpecForObject's error for other kinds; `%T` of a typed object is `*<version>.<Kind>`. */
export function noPodTemplate(obj: KObject): string {
  const version = String(obj.apiVersion ?? '').split('/').pop();
  return `the object is not a pod or does not have a pod template: *${version}.${obj.kind}`;
}

/**
 * info.ObjectName(): the mapped resource and name (`deployments/web`); a local object has no
 * mapping and is named by its kind, with the group and a newline after the name when it has one.
 */
export function infoName(obj: KObject, plural?: string): string {
  const name = obj.metadata?.name ?? '';
  if (plural) return `${plural}/${name}`;
  const apiVersion = String(obj.apiVersion ?? '');
  const kind = String(obj.kind ?? '').toLowerCase();
  return apiVersion.includes('/') ? `${kind}.${apiVersion.split('/')[0]}/${name}\n` : `${kind}/${name}`;
}

/**
 * cmdutil.CheckErr of the command's aggregate: one error alone with `error: ` before it, several
 * as MultipleErrors prints them (each followed by a newline, so one that ends in one leaves a blank line).
 */
export function checkErrs(out: Output, errs: string[]): void {
  if (errs.length === 1) out.fail(errs[0].startsWith('error: ') ? errs[0] : `error: ${errs[0]}`);
  else if (errs.length > 1) out.fail(errs.map((e) => `${e}\n`).join(''));
}

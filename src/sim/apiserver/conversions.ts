/** Conversion of the versions a resource is served in besides its stored one (resources.ts OTHER_VERSIONS). */
import { hpaFromV1, hpaToV1 } from './hpa-v1';
import type { KObject } from '../types';

interface Conversion {
  /** The served version's object as the stored version holds it. */
  toStored: (o: KObject) => KObject;
  /** The stored object as the served version shows it. */
  fromStored: (o: KObject) => KObject;
}

// keyed by `<apiVersion>/<kind>` of the served (not stored) version
const CONVERSIONS: Record<string, Conversion> = {
  'autoscaling/v1/HorizontalPodAutoscaler': { toStored: hpaFromV1, fromStored: hpaToV1 },
};

const conversionOf = (apiVersion: unknown, kind: unknown): Conversion | undefined =>
  typeof apiVersion === 'string' && typeof kind === 'string' && Object.hasOwn(CONVERSIONS, `${apiVersion}/${kind}`) ? CONVERSIONS[`${apiVersion}/${kind}`] : undefined;

/** A request body in another served version, converted to the stored version (others unchanged). */
export function toStoredVersion(obj: KObject): KObject {
  const c = obj && typeof obj === 'object' ? conversionOf(obj.apiVersion, obj.kind) : undefined;
  return c ? c.toStored(obj) : obj;
}

/** A stored object as `apiVersion` shows it (unchanged when that is the stored version). */
export function inVersion(obj: KObject, apiVersion: string): KObject {
  const c = obj.apiVersion === apiVersion ? undefined : conversionOf(apiVersion, obj.kind);
  return c ? c.fromStored(obj) : obj;
}

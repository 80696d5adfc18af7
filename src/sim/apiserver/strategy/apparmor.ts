import type { Json } from '../../json';

/** The deprecated per-container annotation (v1.30 made the securityContext field GA). */
export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/** ApparmorFieldForAnnotation: runtime/default, unconfined and localhost/<profile>; anything else has no field. */
function fieldForAnnotation(value: string): Json | undefined {
  if (value === 'runtime/default') return { type: 'RuntimeDefault' };
  if (value === 'unconfined') return { type: 'Unconfined' };
  if (value.startsWith('localhost/')) {
    const profile = value.slice('localhost/'.length);
    // ValidateAppArmorProfileField: a Localhost profile must be named, in at most 4095 bytes
    return profile.trim() !== '' && profile.length <= 4095 ? { type: 'Localhost', localhostProfile: profile } : undefined;
  }
  return undefined;
}

const sameProfile = (a: Json, b: Json) => !!b && a.type === b.type && (a.localhostProfile ?? undefined) === (b.localhostProfile ?? undefined);

/**
 * applyAppArmorVersionSkew as v1.34 has it (podStrategy.PrepareForCreate; since v1.34 fields are no longer
 * copied to annotations): a container's annotation without a container field becomes that field unless
 * the pod-level profile already says the same; an annotation copied, or one that names no valid profile,
 * draws the deprecation warning. Windows pods are left alone.
 */
export function applyAppArmorVersionSkew(pod: Json, warn: (message: string) => void): void {
  if (pod.spec?.os?.name === 'windows') return;
  const annotations: Record<string, unknown> = pod.metadata?.annotations ?? {};
  const podProfile = pod.spec?.securityContext?.appArmorProfile;
  const containers: Json[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? []), ...(pod.spec?.ephemeralContainers ?? [])];
  for (const c of containers) {
    if (!c || typeof c !== 'object') continue;
    const key = APPARMOR_ANNOTATION_PREFIX + c.name;
    if (!Object.hasOwn(annotations, key) || c.securityContext?.appArmorProfile) continue;
    const field = fieldForAnnotation(String(annotations[key]));
    let deprecated = field === undefined;
    if (field && !sameProfile(field, podProfile)) {
      c.securityContext = { ...(c.securityContext ?? {}), appArmorProfile: field };
      deprecated = true;
    }
    if (deprecated) warn(`metadata.annotations[${key}]: deprecated since v1.30; use the "appArmorProfile" field instead`);
  }
}

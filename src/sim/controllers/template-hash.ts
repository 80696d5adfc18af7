/**
 * The pod-template hash of a Deployment's ReplicaSets (apps/v1 `pod-template-hash`): upstream's
 * ComputeHash (FNV-32a, rand.SafeEncodeString) and EqualIgnoreHash (deployment_util.go).
 */
import { deepCopy } from '../clone';
import { canonicalJson } from '../json';
import type { KObject } from '../types';

/** apps/v1 DefaultDeploymentUniqueLabelKey. */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

function withoutHash(t: KObject['spec']): unknown {
  const c = deepCopy(t ?? {});
  if (c.metadata?.labels) {
    delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL];
    if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels;
  }
  if (c.metadata && Object.keys(c.metadata).length === 0) delete c.metadata;
  return c;
}

// stored objects are never mutated, so a template's comparison key can be kept per object
const templateKeys = new WeakMap<object, string>();

function templateKey(t: unknown): string {
  const cacheable = !!t && typeof t === 'object';
  if (cacheable) {
    const hit = templateKeys.get(t as object);
    if (hit !== undefined) return hit;
  }
  const key = canonicalJson(withoutHash(t));
  if (cacheable) templateKeys.set(t as object, key);
  return key;
}

/** EqualIgnoreHash: templates equal apart from the pod-template-hash label (do not mutate templates after comparing). */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return templateKey(a) === templateKey(b);
}

/** FNV-1a, 32 bits, over UTF-8 bytes. */
function fnv32a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** apimachinery rand.SafeEncodeString: each byte mapped into the vowel-free alphabet. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHABET[s.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}

/**
 * ComputeHash: FNV-32a over a deterministic serialization of the template (upstream hashes Go's
 * spew dump, so values differ from real clusters), then the collision count as 8 little-endian
 * bytes, printed in decimal and safe-encoded.
 */
export function computeHash(template: unknown, collisionCount?: number): string {
  const text = new TextEncoder().encode(canonicalJson(template));
  let bytes = text;
  if (collisionCount !== undefined && collisionCount !== null) {
    bytes = new Uint8Array(text.length + 8);
    bytes.set(text);
    new DataView(bytes.buffer).setUint32(text.length, collisionCount >>> 0, true);
  }
  return safeEncodeString(String(fnv32a(bytes)));
}

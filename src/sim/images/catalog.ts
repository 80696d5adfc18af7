import { BUSYBOX_IMAGES } from './busybox';
import { FORTUNE_IMAGES } from './fortune';
import { KUBIA_IMAGES } from './kubia';
import { MISC_IMAGES } from './misc';
import { KUBECTL_PROXY_IMAGES } from './kubectl-proxy';
import { MYSQL_IMAGES } from './mysql';
import { NGINX_IMAGES } from './nginx';
import { parseImageRef, qualified, repoOf, type ImageRef } from './ref';
import { REDIS_IMAGES } from './redis';
import { SYSTEM_IMAGES } from './system';
import type { ImageDef } from './types';

/** Every simulated image, one family per file. */
const CATALOG: ImageDef[] = [
  ...KUBIA_IMAGES,
  ...FORTUNE_IMAGES,
  ...NGINX_IMAGES,
  ...BUSYBOX_IMAGES,
  ...REDIS_IMAGES,
  ...MYSQL_IMAGES,
  ...MISC_IMAGES,
  ...KUBECTL_PROXY_IMAGES,
  ...SYSTEM_IMAGES,
];

const byRepo = new Map<string, ImageDef[]>();
for (const def of CATALOG) {
  const list = byRepo.get(def.repo) ?? [];
  list.push(def);
  byRepo.set(def.repo, list);
}

const tagMatches = (def: ImageDef, tag: string) => def.tags.some((t) => (typeof t === 'string' ? t === tag : t.test(tag)));

/** Result of resolving an image as a registry would. */
export type Resolved =
  | { ok: true; ref: ImageRef; def: ImageDef; digest: string }
  | { ok: false; invalid?: string; error?: string; ref?: ImageRef };

/** Find the image a reference names, or the pull error containerd would report. */
export function resolveImage(image: string): Resolved {
  const ref = parseImageRef(image);
  if ('error' in ref) return { ok: false, invalid: ref.error };
  const q = qualified(ref);
  const defs = byRepo.get(repoOf(ref));
  if (!defs) {
    // registries other than Docker Hub answer "not found"; Docker Hub hides missing repositories behind auth
    const why =
      ref.domain === 'docker.io'
        ? 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed'
        : `${q}: not found`;
    return { ok: false, ref, error: `failed to pull and unpack image "${q}": failed to resolve reference "${q}": ${why}` };
  }
  const def = ref.digest ? defs[0] : defs.find((d) => tagMatches(d, ref.tag));
  if (!def) return { ok: false, ref, error: `failed to pull and unpack image "${q}": failed to resolve reference "${q}": ${q}: not found` };
  return { ok: true, ref, def, digest: digestOf(repoOf(ref), ref.tag, def.size) };
}

/** A stable sha256-looking digest per repository and tag (the Image ID column). */
function digestOf(repo: string, tag: string, size: number): string {
  let h1 = 0x811c9dc5;
  let h2 = size >>> 0;
  const s = `${repo}:${tag}`;
  let hex = '';
  for (let round = 0; hex.length < 64; round++) {
    for (let i = 0; i < s.length; i++) {
      h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ (s.charCodeAt(i) + round), 2246822519) >>> 0;
    }
    hex += ((h1 ^ h2) >>> 0).toString(16).padStart(8, '0');
  }
  return `sha256:${hex.slice(0, 64)}`;
}

/** Image references as containerd normalizes them (docker/distribution reference rules). */
export interface ImageRef {
  /** What the pod spec says, e.g. `nginx`. */
  raw: string;
  /** `docker.io`, `registry.k8s.io`, ... */
  domain: string;
  /** `library/nginx`, `luksa/kubia`. */
  path: string;
  /** Tag (default `latest`), empty when pinned by digest. */
  tag: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parse and normalize; returns an error text (kubelet's `couldn't parse image reference`) when invalid. */
export function parseImageRef(raw: string): ImageRef | { error: string } {
  let rest = raw.trim();
  if (rest === '') return { error: `couldn't parse image reference "${raw}": invalid reference format` };
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = '';
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return { error: `couldn't parse image reference "${raw}": invalid reference format` };
  }
  const parts = rest.split('/');
  let domain = 'docker.io';
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) {
    domain = parts.shift()!;
  }
  if (domain === 'docker.io' && parts.length === 1) parts.unshift('library');
  const path = parts.join('/');
  if (path !== path.toLowerCase()) {
    return { error: `couldn't parse image reference "${raw}": invalid reference format: repository name (${path}) must be lowercase` };
  }
  if (!parts.every((p) => COMPONENT.test(p))) return { error: `couldn't parse image reference "${raw}": invalid reference format` };
  if (!tag && !digest) tag = 'latest';
  return { raw, domain, path, tag, digest };
}

/** `docker.io/library/nginx:latest`: the fully qualified name containerd pulls. */
export function qualified(ref: ImageRef): string {
  return `${ref.domain}/${ref.path}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

export function repoOf(ref: ImageRef): string {
  return `${ref.domain}/${ref.path}`;
}

/** The tag kubectl/kubelet default pull policy looks at: `:latest` or none means Always. */
export function defaultPullPolicy(image: string): 'Always' | 'IfNotPresent' {
  const r = parseImageRef(image);
  if ('error' in r) return 'IfNotPresent';
  if (r.digest) return 'IfNotPresent';
  return r.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** Registry credentials from a pod's imagePullSecrets, matched to an image's registry as the kubelet's keyring does. */
import { decodeBase64 } from '../base64';
import type { KObject } from '../types';

export interface Credential {
  username: string;
  password: string;
}

/** The names Docker Hub goes by in a docker config (kubectl's default server is the first). */
const DOCKER_HUB = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

/** `https://host:port/path` → `host:port`, the part a keyring compares. */
function hostOf(key: string): string {
  return key.replace(/^[a-z]+:\/\//, '').split('/')[0];
}

function matches(key: string, domain: string): boolean {
  if (domain === 'docker.io') return DOCKER_HUB.some((k) => hostOf(k) === hostOf(key));
  return hostOf(key) === domain;
}

/** The `auths` of a dockerconfigjson Secret (or the bare map of a legacy dockercfg one). */
function authsOf(secret: KObject): Record<string, any> {
  const data = secret.data ?? {};
  try {
    if (secret.type === 'kubernetes.io/dockerconfigjson') return JSON.parse(decodeBase64(data['.dockerconfigjson'] ?? '')).auths ?? {};
    if (secret.type === 'kubernetes.io/dockercfg') return JSON.parse(decodeBase64(data['.dockercfg'] ?? ''));
  } catch {
    // a malformed config gives no credentials, as the kubelet skips it
  }
  return {};
}

function credentialOf(entry: any): Credential | undefined {
  if (!entry || typeof entry !== 'object') return undefined;
  if (typeof entry.username === 'string') return { username: entry.username, password: String(entry.password ?? '') };
  if (typeof entry.auth === 'string') {
    try {
      const [username, ...rest] = decodeBase64(entry.auth).split(':');
      return { username, password: rest.join(':') };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Credentials for `domain` from the pod's pull secrets, and the names of the secrets that could not be read. */
export function pullCredentials(
  getSecret: (name: string) => KObject | undefined,
  pod: KObject,
  domain: string,
): { credentials: Credential[]; missing: string[] } {
  const credentials: Credential[] = [];
  const missing: string[] = [];
  for (const ref of pod.spec?.imagePullSecrets ?? []) {
    const secret = ref?.name ? getSecret(ref.name) : undefined;
    if (!secret) {
      if (ref?.name) missing.push(ref.name);
      continue;
    }
    for (const [key, entry] of Object.entries(authsOf(secret))) {
      const c = matches(key, domain) ? credentialOf(entry) : undefined;
      if (c) credentials.push(c);
    }
  }
  return { credentials, missing };
}

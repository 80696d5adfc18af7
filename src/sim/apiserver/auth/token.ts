/**
 * ServiceAccount tokens: JWTs shaped like the TokenRequest API's (header.payload.signature, the
 * claims kube-apiserver writes). The signature is a keyed digest of the payload, so a token the
 * API server did not issue, or one that was edited, does not authenticate.
 */
import { decodeBase64, encodeBase64, encodeBase64Bytes } from '../../base64';
import type { KObject } from '../../types';
import type { ApiServer } from '../apiserver';
import { serviceAccountUser, type UserInfo } from './user';

/** The issuer, and the API server's audience that tokens get when they ask for none. */
export const ISSUER = 'https://kubernetes.default.svc.cluster.local';
const KEY_ID = 'pl4yground-s1gning-key';

export interface TokenRequest {
  namespace: string;
  serviceAccount: KObject;
  /** Seconds of validity (TokenRequest expirationSeconds). */
  expirationSeconds: number;
  nowMs: number;
  /** The pod (and its node) the token is bound to. */
  pod?: KObject;
  /** The pod's node object, or the node a token is bound to (its uid goes into the claims). */
  node?: KObject;
  /** The Secret a token is bound to. */
  secret?: KObject;
  /** Default: the API server's own. */
  audiences?: string[];
  jti: string;
}

const b64url = (s: string) => encodeBase64(s, true);

function fromB64url(s: string): string | undefined {
  try {
    const std = s.replace(/-/g, '+').replace(/_/g, '/');
    return decodeBase64(std + '='.repeat((4 - (std.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** A deterministic 256-byte "signature" over the signed part (FNV-1a rounds; not cryptography). */
function sign(signed: string): string {
  let out = '';
  let h = 0x811c9dc5;
  for (let round = 0; out.length < 256; round++) {
    for (let i = 0; i < signed.length; i++) h = Math.imul(h ^ signed.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    for (let k = 0; k < 4; k++) out += String.fromCharCode((h >>> (k * 8)) & 0xff);
  }
  return encodeBase64Bytes(Uint8Array.from(out, (c) => c.charCodeAt(0)), true);
}

/** The kubelet's projected-token lifetime that the API server extends to a year, warning after the hour (serviceaccount claims.go). */
const WARN_ONLY_EXPIRATION_SECONDS = 3607;
const EXTENDED_EXPIRATION_SECONDS = 365 * 24 * 3600;

export function issueToken(req: TokenRequest): string {
  const iat = Math.floor(req.nowMs / 1000);
  const sa = req.serviceAccount;
  const k8s: Record<string, unknown> = { namespace: req.namespace };
  const extended = !!req.pod && req.expirationSeconds === WARN_ONLY_EXPIRATION_SECONDS;
  const nodeName = req.pod ? req.pod.spec?.nodeName : req.node?.metadata.name;
  if (nodeName) k8s.node = { name: nodeName, ...(req.node?.metadata.uid ? { uid: req.node.metadata.uid } : {}) };
  if (req.pod) k8s.pod = { name: req.pod.metadata.name, uid: req.pod.metadata.uid };
  if (req.secret) k8s.secret = { name: req.secret.metadata.name, uid: req.secret.metadata.uid };
  k8s.serviceaccount = { name: sa.metadata.name, uid: sa.metadata.uid };
  // claims in go-jose's (sorted) order
  if (extended) k8s.warnafter = iat + WARN_ONLY_EXPIRATION_SECONDS;
  const exp = iat + (extended ? EXTENDED_EXPIRATION_SECONDS : req.expirationSeconds);
  const payload = { aud: req.audiences?.length ? [...req.audiences] : [ISSUER], exp, iat, iss: ISSUER, jti: req.jti, 'kubernetes.io': k8s, nbf: iat, sub: `system:serviceaccount:${req.namespace}:${sa.metadata.name}` };
  const signed = `${b64url(JSON.stringify({ alg: 'RS256', kid: KEY_ID }))}.${b64url(JSON.stringify(payload))}`;
  return `${signed}.${sign(signed)}`;
}

/** The issuer of the legacy, never-expiring tokens the tokens controller writes into Secrets. */
const LEGACY_ISSUER = 'kubernetes/serviceaccount';

/** A legacy token for a `kubernetes.io/service-account-token` Secret: no expiry, no audience, bound to the Secret. */
export function issueLegacyToken(namespace: string, serviceAccount: KObject, secretName: string): string {
  const pre = 'kubernetes.io/serviceaccount/';
  const payload = {
    iss: LEGACY_ISSUER,
    [`${pre}namespace`]: namespace,
    [`${pre}secret.name`]: secretName,
    [`${pre}service-account.name`]: serviceAccount.metadata.name,
    [`${pre}service-account.uid`]: serviceAccount.metadata.uid,
    sub: `system:serviceaccount:${namespace}:${serviceAccount.metadata.name}`,
  };
  const signed = `${b64url(JSON.stringify({ alg: 'RS256', kid: KEY_ID }))}.${b64url(JSON.stringify(payload))}`;
  return `${signed}.${sign(signed)}`;
}

/** A legacy token is valid while its Secret and its ServiceAccount (same uid) exist. */
function legacyUser(api: ApiServer, claims: Record<string, unknown>): UserInfo | undefined {
  const pre = 'kubernetes.io/serviceaccount/';
  const ns = claims[`${pre}namespace`];
  const name = claims[`${pre}service-account.name`];
  const secret = claims[`${pre}secret.name`];
  if (typeof ns !== 'string' || typeof name !== 'string' || typeof secret !== 'string') return undefined;
  const sa = api.tryGet('serviceaccounts', ns, name);
  if (!sa || sa.metadata.uid !== claims[`${pre}service-account.uid`] || !api.tryGet('secrets', ns, secret)) return undefined;
  return serviceAccountUser(ns, name);
}

/** The claims of a token this API server signed, or undefined when no authenticator recognizes it. */
function issuedClaims(token: string): Record<string, any> | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3 || sign(`${parts[0]}.${parts[1]}`) !== parts[2]) return undefined;
  const text = fromB64url(parts[1]);
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Whether a token is one this API server signed (a ServiceAccount authenticator takes it up). */
export function issuedHere(token: string): boolean {
  return issuedClaims(token) !== undefined;
}

/**
 * The user a bearer token authenticates as, or undefined (401): the signature must match, the
 * service account must still exist with the same uid, a pod-bound token's pod must still exist
 * (the kubelet keeps renewing it), and any other token must not have expired.
 */
export function authenticateToken(api: ApiServer, token: string, nowMs: number): UserInfo | undefined {
  const claims = issuedClaims(token);
  if (!claims) return undefined;
  if (claims?.iss === LEGACY_ISSUER) return legacyUser(api, claims);
  const k8s = claims?.['kubernetes.io'];
  const ns = k8s?.namespace;
  const saName = k8s?.serviceaccount?.name;
  if (typeof ns !== 'string' || typeof saName !== 'string') return undefined;
  const sa = api.tryGet('serviceaccounts', ns, saName);
  if (!sa || sa.metadata.uid !== k8s.serviceaccount.uid) return undefined;
  if (k8s.pod) {
    const pod = api.tryGet('pods', ns, k8s.pod.name);
    if (!pod || pod.metadata.uid !== k8s.pod.uid) return undefined;
  } else if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return undefined;
  return serviceAccountUser(ns, saName);
}

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

/** Why an issued token does not authenticate (the texts TokenReview's status.error carries), or its user and the audiences it is good for. */
export type TokenVerdict = { user: UserInfo; audiences: string[] } | { error: string };

const INVALIDATED = 'service account token has been invalidated';
/** go-jose's jwt.DefaultLeeway: exp/nbf checks and "deleted before" comparisons allow one minute. */
const LEEWAY_MS = 60_000;

/** An object deleted (deletionTimestamp set) more than the leeway ago no longer backs a token. */
const deletedBefore = (o: KObject, nowMs: number) => !!o.metadata.deletionTimestamp && Date.parse(o.metadata.deletionTimestamp) < nowMs - LEEWAY_MS;

/** The getter's error for a ServiceAccount that is gone: a client get's NotFound text. */
const saNotFound = (name: string) => ({ error: `serviceaccounts "${name}" not found` });

/** A legacy token (serviceaccount legacy.go, lookup on): its Secret, the Secret's copy, then its ServiceAccount. */
function legacyVerdict(api: ApiServer, token: string, claims: Record<string, unknown>): TokenVerdict | undefined {
  const pre = 'kubernetes.io/serviceaccount/';
  const ns = claims[`${pre}namespace`];
  const name = claims[`${pre}service-account.name`];
  const secretName = claims[`${pre}secret.name`];
  if (typeof ns !== 'string' || typeof name !== 'string' || typeof secretName !== 'string') return undefined;
  const secret = api.tryGet('secrets', ns, secretName);
  if (!secret || secret.metadata.deletionTimestamp) return { error: 'Token has been invalidated' };
  const stored = secret.data?.token;
  if (typeof stored === 'string' && stored !== encodeBase64(token.trim())) return { error: "Token does not match server's copy" };
  const sa = api.tryGet('serviceaccounts', ns, name);
  if (!sa) return saNotFound(name);
  if (sa.metadata.deletionTimestamp) return { error: `ServiceAccount ${ns}/${name} has been deleted` };
  if (sa.metadata.uid !== claims[`${pre}service-account.uid`]) return { error: `ServiceAccount UID (${sa.metadata.uid}) does not match claim (${String(claims[`${pre}service-account.uid`])})` };
  return { user: serviceAccountUser(ns, name, sa.metadata.uid), audiences: [] };
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

/**
 * A bound token's verdict in the order of serviceaccount claims.go's Validate: exp/nbf with the
 * leeway, then the ServiceAccount (name, uid, deletion), the bound Secret, the bound Pod, and a
 * Node when no Pod is named. A pod's mounted token expires too: the kubelet swaps in a new one
 * before that (kubelet volume-refresh.ts).
 */
function boundVerdict(api: ApiServer, claims: Record<string, any>, nowMs: number): TokenVerdict | undefined {
  const k8s = claims['kubernetes.io'];
  const ns = k8s?.namespace;
  const saRef = k8s?.serviceaccount;
  if (typeof ns !== 'string' || typeof saRef?.name !== 'string') return undefined;
  if (typeof claims.exp !== 'number' || nowMs - LEEWAY_MS > claims.exp * 1000) return { error: 'service account token has expired' };
  if (typeof claims.nbf === 'number' && nowMs + LEEWAY_MS < claims.nbf * 1000) return { error: 'service account token is not valid yet' };
  const sa = api.tryGet('serviceaccounts', ns, saRef.name);
  if (!sa) return saNotFound(saRef.name);
  if (sa.metadata.uid !== saRef.uid) return { error: `service account UID (${sa.metadata.uid}) does not match claim (${saRef.uid})` };
  if (deletedBefore(sa, nowMs)) return { error: `service account ${ns}/${saRef.name} has been deleted` };
  const refs: [string, 'secrets' | 'pods' | 'nodes', string | undefined][] = [['secret', 'secrets', ns], ['pod', 'pods', ns], ...(k8s.pod ? [] : [['node', 'nodes', undefined] as ['node', 'nodes', undefined]])];
  for (const [claim, resource, refNs] of refs) {
    const ref = k8s[claim];
    if (!ref) continue;
    const obj = api.tryGet(resource, refNs ?? '', ref.name);
    if (!obj) return { error: INVALIDATED };
    if (obj.metadata.uid !== ref.uid) return { error: `${claim} UID (${obj.metadata.uid}) does not match service account ${claim} ref claim (${ref.uid})` };
    if (deletedBefore(obj, nowMs)) return { error: INVALIDATED };
  }
  return { user: serviceAccountUser(ns, saRef.name, saRef.uid, boundExtra(claims)), audiences: [] };
}

/** The extra a bound token's user carries (ServiceAccountInfo.UserInfo), in Go's sorted map order. */
function boundExtra(claims: Record<string, any>): Record<string, string[]> {
  const k8s = claims['kubernetes.io'];
  const pre = 'authentication.kubernetes.io/';
  const extra: Record<string, string[]> = {};
  if (typeof claims.jti === 'string' && claims.jti) extra[`${pre}credential-id`] = [`JTI=${claims.jti}`];
  if (k8s.node?.name) {
    extra[`${pre}node-name`] = [k8s.node.name];
    if (k8s.node.uid) extra[`${pre}node-uid`] = [k8s.node.uid];
  }
  if (k8s.pod?.name && k8s.pod.uid) {
    extra[`${pre}pod-name`] = [k8s.pod.name];
    extra[`${pre}pod-uid`] = [k8s.pod.uid];
  }
  return extra;
}

/** Go's %q of a string slice: `["a" "b"]`. */
const goQuoteList = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;

/**
 * The verdict on a bearer token for the audiences asked (default: the API server's own): undefined
 * when no authenticator takes it up (not signed here, or claims neither validator reads), else the
 * audience check of serviceaccount jwt.go (a token without audiences counts as the API server's),
 * then its user or the validator's error.
 */
export function verifyToken(api: ApiServer, token: string, nowMs: number, requested: string[] = [ISSUER]): TokenVerdict | undefined {
  const claims = issuedClaims(token);
  if (!claims) return undefined;
  const aud: unknown = claims.aud;
  const tokenAuds = Array.isArray(aud) && aud.length ? aud.map(String) : typeof aud === 'string' && aud ? [aud] : [ISSUER];
  const audiences = tokenAuds.filter((a) => requested.includes(a));
  if (!audiences.length) return { error: `token audiences ${goQuoteList(tokenAuds)} is invalid for the target audiences ${goQuoteList(requested)}` };
  const v = claims.iss === LEGACY_ISSUER ? legacyVerdict(api, token, claims) : boundVerdict(api, claims, nowMs);
  return v && 'user' in v ? { ...v, audiences } : v;
}

/** The user a bearer token authenticates as, or undefined (401). */
export function authenticateToken(api: ApiServer, token: string, nowMs: number): UserInfo | undefined {
  const v = verifyToken(api, token, nowMs);
  return v && 'user' in v ? v.user : undefined;
}

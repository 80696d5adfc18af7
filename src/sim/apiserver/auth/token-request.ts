/**
 * POST serviceaccounts/<name>/token (pkg/registry/core/serviceaccount/storage/token.go): a token for
 * an existing ServiceAccount, optionally bound to a Pod, Node or Secret; answered, never stored.
 */
import type { ApiServer } from '../apiserver';
import { ApiError, type KObject } from '../../types';
import { ISSUER, issueToken } from './token';

/** The API server's default TokenRequest lifetime (--service-account-max-token-expiration aside). */
const DEFAULT_EXPIRATION_SECONDS = 3600;

/** The lifetimes validation accepts (ValidateTokenRequest): ten minutes to 2^32 seconds. */
const MIN_EXPIRATION_SECONDS = 600;
const MAX_EXPIRATION_SECONDS = 2 ** 32;

const RESOURCE_OF: Record<string, string> = { Pod: 'pods', Node: 'nodes', Secret: 'secrets' };

export interface TokenRequestInput {
  namespace: string;
  name: string;
  audiences?: string[];
  expirationSeconds?: number;
  boundObjectRef?: { kind: string; apiVersion?: string; name: string; uid?: string };
  nowMs: number;
}

/** The bound object as token.go looks it up, with its refusals. */
function boundClaims(api: ApiServer, ns: string, sa: string, ref: NonNullable<TokenRequestInput['boundObjectRef']>): { pod?: KObject; node?: KObject; secret?: KObject } {
  const apiVersion = ref.apiVersion ?? '';
  // only core Pods, Nodes and Secrets; the type prints as GroupVersionKind.String()
  const resource = apiVersion === 'v1' && Object.hasOwn(RESOURCE_OF, ref.kind) ? RESOURCE_OF[ref.kind] : undefined;
  if (!resource) {
    const gv = apiVersion.includes('/') ? apiVersion : `/${apiVersion}`;
    throw new ApiError(400, 'BadRequest', `cannot bind token to object of type ${gv}, Kind=${ref.kind}`);
  }
  const obj = api.tryGet(resource, ref.kind === 'Node' ? undefined : ns, ref.name);
  if (!obj) throw new ApiError(404, 'NotFound', `${resource} "${ref.name}" not found`, [], { kind: resource, name: ref.name });
  if (ref.kind === 'Pod' && (obj.spec?.serviceAccountName ?? 'default') !== sa) {
    throw new ApiError(400, 'BadRequest', `cannot bind token for serviceaccount "${sa}" to pod running with different serviceaccount name.`);
  }
  if (ref.uid && ref.uid !== obj.metadata.uid) {
    throw new ApiError(409, 'Conflict', `Operation cannot be fulfilled on ${ref.kind} "${ref.name}": the UID in the bound object reference (${ref.uid}) does not match the UID in record. The object might have been deleted and then recreated`, [], { kind: ref.kind, name: ref.name });
  }
  if (ref.kind === 'Pod') return { pod: obj, node: obj.spec?.nodeName ? api.tryGet('nodes', undefined, obj.spec.nodeName) : undefined };
  return ref.kind === 'Node' ? { node: obj } : { secret: obj };
}

/** The answered TokenRequest, fields in the Go structs' order. */
export function requestToken(api: ApiServer, req: TokenRequestInput): KObject {
  const { namespace: ns, name } = req;
  const sa = api.tryGet('serviceaccounts', ns, name);
  if (!sa) throw new ApiError(404, 'NotFound', `serviceaccounts "${name}" not found`, [], { kind: 'serviceaccounts', name });
  const seconds = req.expirationSeconds && req.expirationSeconds > 0 ? req.expirationSeconds : DEFAULT_EXPIRATION_SECONDS;
  if (seconds < MIN_EXPIRATION_SECONDS || seconds > MAX_EXPIRATION_SECONDS) {
    const message = seconds < MIN_EXPIRATION_SECONDS ? 'may not specify a duration less than 10 minutes' : 'may not specify a duration larger than 2^32 seconds';
    throw new ApiError(422, 'Invalid', `TokenRequest.authentication.k8s.io "${name}" is invalid: spec.expirationSeconds: Invalid value: ${seconds}: ${message}`, [{ reason: 'FieldValueInvalid', field: 'spec.expirationSeconds', message: `Invalid value: ${seconds}: ${message}` }], { kind: 'TokenRequest', group: 'authentication.k8s.io', name });
  }
  const claims = req.boundObjectRef ? boundClaims(api, ns, name, req.boundObjectRef) : {};
  const audiences = req.audiences?.length ? req.audiences : [ISSUER];
  const token = issueToken({ namespace: ns, serviceAccount: sa, expirationSeconds: seconds, nowMs: req.nowMs, jti: api.newTokenId(), audiences, ...claims });
  return {
    kind: 'TokenRequest',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { name, namespace: ns },
    spec: { audiences, expirationSeconds: seconds, boundObjectRef: req.boundObjectRef ?? null },
    status: { token, expirationTimestamp: new Date(Math.floor(req.nowMs / 1000) * 1000 + seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z') },
  } as unknown as KObject;
}

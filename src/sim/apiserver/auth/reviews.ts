/**
 * The review kinds kube-apiserver answers at once and never stores: who the caller is
 * (SelfSubjectReview), whether a subject may do something (SubjectAccessReview, namespaced
 * LocalSubjectAccessReview) and whose a token is (TokenReview).
 */
import type { ApiServer } from '../apiserver';
import type { KObject } from '../../types';
import { ApiError } from '../../types';
import { authorize } from './rbac';
import type { RequestAttributes } from './rules';
import { verifyToken } from './token';
import type { UserInfo } from './user';

/** The SelfSubjectReview of `user`, fields in the Go structs' order. */
export function selfSubjectReview(user: UserInfo, nowIso: string): KObject {
  return {
    kind: 'SelfSubjectReview',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { creationTimestamp: nowIso },
    status: { userInfo: userInfoBody(user) },
  } as KObject;
}

/** authentication/v1 UserInfo: username, uid, groups, extra, each only when set. */
function userInfoBody(user: UserInfo): Record<string, unknown> {
  return { username: user.name, ...(user.uid ? { uid: user.uid } : {}), ...(user.groups.length ? { groups: [...user.groups] } : {}), ...(user.extra ? { extra: user.extra } : {}) };
}

/** A review's resourceAttributes or nonResourceAttributes as the authorizer's request. */
export function reviewAttributes(spec: KObject['spec']): RequestAttributes {
  const ra = spec?.resourceAttributes;
  const nra = spec?.nonResourceAttributes;
  return ra
    ? { resourceRequest: true, verb: String(ra.verb ?? ''), apiGroup: String(ra.group ?? ''), resource: String(ra.resource ?? ''), subresource: ra.subresource ? String(ra.subresource) : undefined, name: ra.name ? String(ra.name) : undefined, namespace: String(ra.namespace ?? '') }
    : { resourceRequest: false, verb: String(nra?.verb ?? ''), path: String(nra?.path ?? '') };
}

/**
 * A SubjectAccessReview or LocalSubjectAccessReview (its namespace is the URL's): the spec's user and
 * groups authorized for its attributes (subjectaccessreview/rest.go; a spec naming neither is invalid).
 */
export function subjectAccessReview(api: ApiServer, review: KObject, namespace?: string): KObject {
  const kind = namespace === undefined ? 'SubjectAccessReview' : 'LocalSubjectAccessReview';
  const spec = review.spec ?? {};
  const user: string = typeof spec.user === 'string' ? spec.user : '';
  const groups: string[] = Array.isArray(spec.groups) ? spec.groups.map(String) : [];
  if (!user && !groups.length) {
    const message = 'Invalid value: "": at least one of user or group must be specified';
    throw new ApiError(422, 'Invalid', `${kind}.authorization.k8s.io "" is invalid: spec.user: ${message}`, [{ reason: 'FieldValueInvalid', message, field: 'spec.user' }], { kind, group: 'authorization.k8s.io' });
  }
  const attrs = reviewAttributes(spec);
  if (namespace !== undefined && attrs.resourceRequest) {
    if (attrs.namespace !== namespace) throw new ApiError(400, 'BadRequest', `spec.resourceAttributes.namespace must match namespace: ${namespace}`);
  }
  const d = authorize(api, { name: user, groups }, attrs);
  return { kind, apiVersion: 'authorization.k8s.io/v1', metadata: { ...(namespace !== undefined ? { namespace } : {}) }, spec, status: { allowed: d.allowed, ...(d.reason ? { reason: d.reason } : {}) } } as KObject;
}

/**
 * A TokenReview (pkg/registry/authentication/tokenreview/storage.go): a token is required; the
 * token's user when it authenticates, else the ServiceAccount validator's error (expired, its
 * pod, Secret or ServiceAccount gone), or the bearer token authenticator's default error for a
 * token no authenticator takes up.
 */
export function tokenReview(api: ApiServer, review: KObject, nowMs: number): KObject {
  const spec = review.spec ?? {};
  if (typeof spec.token !== 'string' || !spec.token) throw new ApiError(400, 'BadRequest', 'token is required for TokenReview in authentication');
  const asked = Array.isArray(spec.audiences) && spec.audiences.length ? spec.audiences.map(String) : undefined;
  const v = verifyToken(api, spec.token, nowMs, asked) ?? { error: 'invalid bearer token' };
  const status = 'user' in v ? { authenticated: true, user: userInfoBody(v.user), audiences: v.audiences } : { user: {}, error: v.error };
  return { kind: 'TokenReview', apiVersion: 'authentication.k8s.io/v1', metadata: {}, spec, status } as KObject;
}

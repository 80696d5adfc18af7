import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import type { ApiError, KObject } from '../../types';
import { decodeBase64 } from '../../base64';
import { requestToken, type TokenRequestInput } from './token-request';
import { authenticateToken } from './token';

const cluster = new Cluster({ seed: 1 });
const api = cluster.api;
const nowMs = cluster.clock.now();
api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bob', namespace: 'default' } });
api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });

const refusal = (input: Partial<TokenRequestInput>): Pick<ApiError, 'code' | 'reason' | 'message'> => {
  try {
    requestToken(api, { namespace: 'default', name: 'bob', nowMs, ...input });
  } catch (e) {
    const { code, reason, message } = e as ApiError;
    return { code, reason, message };
  }
  throw new Error('accepted');
};

describe('TokenRequest (pkg/registry/core/serviceaccount/storage/token.go)', () => {
  it.each<[string, Partial<TokenRequestInput>, number, string, string]>([
    ['a missing ServiceAccount', { name: 'nobody' }, 404, 'NotFound', 'serviceaccounts "nobody" not found'],
    ['less than ten minutes', { expirationSeconds: 300 }, 422, 'Invalid', 'TokenRequest.authentication.k8s.io "bob" is invalid: spec.expirationSeconds: Invalid value: 300: may not specify a duration less than 10 minutes'],
    ['more than 2^32 seconds', { expirationSeconds: 2 ** 32 + 1 }, 422, 'Invalid', 'TokenRequest.authentication.k8s.io "bob" is invalid: spec.expirationSeconds: Invalid value: 4294967297: may not specify a duration larger than 2^32 seconds'],
    ['a missing bound pod', { boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: 'nope' } }, 404, 'NotFound', 'pods "nope" not found'],
    ['a pod of another ServiceAccount', { boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: 'p' } }, 400, 'BadRequest', 'cannot bind token for serviceaccount "bob" to pod running with different serviceaccount name.'],
    ['a stale uid', { name: 'default', boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: 'p', uid: 'abc' } }, 409, 'Conflict', 'Operation cannot be fulfilled on Pod "p": the UID in the bound object reference (abc) does not match the UID in record. The object might have been deleted and then recreated'],
    ['a kind tokens cannot be bound to', { boundObjectRef: { kind: 'ConfigMap', apiVersion: 'v1', name: 'x' } }, 400, 'BadRequest', 'cannot bind token to object of type /v1, Kind=ConfigMap'],
  ])('refuses %s', (_name, input, code, reason, message) => {
    expect(refusal(input)).toEqual({ code, reason, message });
  });

  it('answers an hour-long token for the API server audience by default, which authenticates as the ServiceAccount', () => {
    const tr = requestToken(api, { namespace: 'default', name: 'bob', nowMs });
    expect(tr.spec).toEqual({ audiences: ['https://kubernetes.default.svc.cluster.local'], expirationSeconds: 3600, boundObjectRef: null });
    expect(tr.status?.expirationTimestamp).toBe(new Date(Math.floor(nowMs / 1000) * 1000 + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'));
    expect(authenticateToken(api, String(tr.status?.token), nowMs)?.name).toBe('system:serviceaccount:default:bob');
  });

  it('gives every token its own random UUID as jti (serviceaccount claims.go), which the user carries as its credential id', () => {
    const jti = (t: KObject) => JSON.parse(decodeBase64(String(t.status?.token).split('.')[1].replace(/-/g, '+').replace(/_/g, '/') + '==')).jti as string;
    const a = requestToken(api, { namespace: 'default', name: 'bob', nowMs });
    const b = requestToken(api, { namespace: 'default', name: 'bob', nowMs });
    expect(jti(a)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(jti(b)).not.toBe(jti(a));
    expect(authenticateToken(api, String(a.status?.token), nowMs)?.extra).toEqual({ 'authentication.kubernetes.io/credential-id': [`JTI=${jti(a)}`] });
  });
});

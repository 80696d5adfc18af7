import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { ApiError } from '../../types';
import { tokenReview } from './reviews';
import { issueToken } from './token';

const review = (token?: string) => ({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', metadata: {}, spec: token === undefined ? {} : { token } });

describe('TokenReview (pkg/registry/authentication/tokenreview/storage.go)', () => {
  const cluster = new Cluster({ seed: 1 });
  const api = cluster.api;
  const now = cluster.clock.now();

  it.each([[undefined], ['']])('refuses a review without a token (%j) with 400 BadRequest', (token) => {
    let err: unknown;
    try {
      tokenReview(api, review(token), now);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 400, reason: 'BadRequest', message: 'token is required for TokenReview in authentication' });
  });

  it.each([['not-a-real-token'], ['a.b.c'], ['eyJhbGciOiJSUzI1NiJ9.e30.forged']])('answers a token no authenticator takes up (%s) with the bearer authenticator\'s default error', (token) => {
    expect(tokenReview(api, review(token), now).status).toEqual({ user: {}, error: 'invalid bearer token' });
  });

  it('authenticates a token the API server issued for an existing ServiceAccount', () => {
    const sa = api.get('serviceaccounts', 'default', 'default');
    const token = issueToken({ namespace: 'default', serviceAccount: sa, expirationSeconds: 3600, nowMs: now, jti: 'j' });
    expect(tokenReview(api, review(token), now).status).toEqual({ authenticated: true, user: { username: 'system:serviceaccount:default:default', groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'] } });
  });
});

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
    expect(tokenReview(api, review(token), now).status).toEqual({
      authenticated: true,
      user: { username: 'system:serviceaccount:default:default', uid: sa.metadata.uid, groups: ['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated'], extra: { 'authentication.kubernetes.io/credential-id': ['JTI=j'] } },
      audiences: ['https://kubernetes.default.svc.cluster.local'],
    });
  });

  it('a pod-bound token\'s user carries the pod and its node (ServiceAccountInfo.UserInfo extra, keys sorted)', () => {
    const sa = api.get('serviceaccounts', 'default', 'default');
    const pod = api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bound', namespace: 'default' }, spec: { nodeName: 'k8s-node1', containers: [{ name: 'c', image: 'nginx' }] } });
    const node = api.get('nodes', undefined, 'k8s-node1');
    const token = issueToken({ namespace: 'default', serviceAccount: sa, expirationSeconds: 3607, nowMs: now, pod, node, jti: 'k' });
    const user = tokenReview(api, review(token), now).status?.user;
    expect(Object.keys(user.extra)).toEqual(['authentication.kubernetes.io/credential-id', 'authentication.kubernetes.io/node-name', 'authentication.kubernetes.io/node-uid', 'authentication.kubernetes.io/pod-name', 'authentication.kubernetes.io/pod-uid']);
    expect(user.extra).toEqual({ 'authentication.kubernetes.io/credential-id': ['JTI=k'], 'authentication.kubernetes.io/node-name': ['k8s-node1'], 'authentication.kubernetes.io/node-uid': [node.metadata.uid], 'authentication.kubernetes.io/pod-name': ['bound'], 'authentication.kubernetes.io/pod-uid': [pod.metadata.uid] });
  });

  it('a token for another audience is refused with jwt.go\'s text; spec.audiences asks for it', () => {
    const sa = api.get('serviceaccounts', 'default', 'default');
    const token = issueToken({ namespace: 'default', serviceAccount: sa, expirationSeconds: 3600, nowMs: now, jti: 'j', audiences: ['vault'] });
    expect(tokenReview(api, review(token), now).status).toEqual({ user: {}, error: 'token audiences ["vault"] is invalid for the target audiences ["https://kubernetes.default.svc.cluster.local"]' });
    const asked = { ...review(token), spec: { token, audiences: ['vault', 'other'] } };
    expect(tokenReview(api, asked, now).status).toMatchObject({ authenticated: true, audiences: ['vault'] });
  });

  // status.error texts of serviceaccount claims.go (bound tokens) and legacy.go (Secret tokens)
  describe('a token the API server issued that no longer authenticates', () => {
    const c = new Cluster({ seed: 2 });
    const t0 = c.clock.now();
    c.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bot', namespace: 'default' } });
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { serviceAccountName: 'bot', containers: [{ name: 'c', image: 'nginx' }] } });
    c.api.create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' }, data: { a: 'Yg==' } });
    const sa = () => c.api.get('serviceaccounts', 'default', 'bot');
    const token = (extra: Partial<Parameters<typeof issueToken>[0]> = {}) => issueToken({ namespace: 'default', serviceAccount: sa(), expirationSeconds: 600, nowMs: t0, jti: 'j', ...extra });
    const error = (tok: string, at = t0) => tokenReview(c.api, review(tok), at).status?.error;

    it('expired: after exp plus the one-minute leeway', () => {
      const tok = token();
      expect(error(tok, t0 + 660_000)).toBeUndefined();
      expect(error(tok, t0 + 661_000)).toBe('service account token has expired');
    });

    it("expired for a pod's token too, unless the kubelet asked for the lifetime the API server extends to a year", () => {
      const pod = c.api.get('pods', 'default', 'p');
      expect(error(token({ pod }), t0 + 661_000)).toBe('service account token has expired');
      expect(error(token({ pod, expirationSeconds: 3607 }), t0 + 7200_000)).toBeUndefined();
    });

    it('not valid yet: nbf more than a minute ahead', () => {
      expect(error(token({ nowMs: t0 + 120_000 }))).toBe('service account token is not valid yet');
    });

    it('bound to a Secret or Pod that was deleted: invalidated', () => {
      const secretTok = token({ secret: c.api.get('secrets', 'default', 's') });
      const podTok = token({ pod: c.api.get('pods', 'default', 'p') });
      expect(error(secretTok)).toBeUndefined();
      c.api.delete('secrets', 'default', 's');
      expect(error(secretTok)).toBe('service account token has been invalidated');
      c.api.delete('pods', 'default', 'p', { gracePeriodSeconds: 0 });
      expect(c.api.tryGet('pods', 'default', 'p')).toBeUndefined();
      expect(error(podTok)).toBe('service account token has been invalidated');
    });

    it('bound to a Pod recreated under the same name: the uid mismatch', () => {
      const old = c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'q', namespace: 'default' }, spec: { serviceAccountName: 'bot', containers: [{ name: 'c', image: 'nginx' }] } });
      const tok = token({ pod: old });
      c.api.delete('pods', 'default', 'q', { gracePeriodSeconds: 0 });
      const now = c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'q', namespace: 'default' }, spec: { serviceAccountName: 'bot', containers: [{ name: 'c', image: 'nginx' }] } });
      expect(error(tok)).toBe(`pod UID (${now.metadata.uid}) does not match service account pod ref claim (${old.metadata.uid})`);
    });

    it('its ServiceAccount deleted, then recreated', () => {
      const tok = token();
      const oldUid = sa().metadata.uid;
      c.api.delete('serviceaccounts', 'default', 'bot');
      expect(error(tok)).toBe('serviceaccounts "bot" not found');
      c.api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bot', namespace: 'default' } });
      expect(error(tok)).toBe(`service account UID (${sa().metadata.uid}) does not match claim (${oldUid})`);
    });
  });
});


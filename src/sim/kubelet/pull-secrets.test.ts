import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../base64';
import type { KObject } from '../types';
import { pullCredentials } from './pull-secrets';
import { eventsFor, pod, testCluster } from './test-util';

const dockerConfig = (auths: Record<string, unknown>): KObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'regcred', namespace: 'default' },
  type: 'kubernetes.io/dockerconfigjson',
  data: { '.dockerconfigjson': encodeBase64(JSON.stringify({ auths })) },
});

describe('image pull secrets', () => {
  const withSecrets = pod('p', [{ name: 'c', image: 'x' }], { imagePullSecrets: [{ name: 'regcred' }, { name: 'gone' }] });

  it.each([
    ['https://index.docker.io/v1/', 'docker.io', 1],
    ['docker.io', 'docker.io', 1],
    ['registry.example.com', 'docker.io', 0],
    ['https://registry.example.com/v2/', 'registry.example.com', 1],
  ])('a config for %s serves images of %s: %i credentials', (key, domain, n) => {
    const secret = dockerConfig({ [key]: { username: 'u', password: 'p' } });
    const r = pullCredentials((name) => (name === 'regcred' ? secret : undefined), withSecrets, domain);
    expect(r.credentials.length).toBe(n);
    expect(r.missing).toEqual(['gone']);
  });

  it('reads the base64 auth field when username and password are absent', () => {
    const secret = dockerConfig({ 'https://index.docker.io/v1/': { auth: encodeBase64('yaohong:k8s:in-action') } });
    expect(pullCredentials(() => secret, withSecrets, 'docker.io').credentials[0]).toEqual({ username: 'yaohong', password: 'k8s:in-action' });
  });

  it('pulls a private image only with the right credentials, as the registry decides', () => {
    const c = testCluster();
    const reason = (name: string) => c.api.get('pods', 'default', name).status?.containerStatuses?.[0]?.state;
    c.api.create(pod('anon', [{ name: 'app', image: 'yaohong/kubia-private' }], { imagePullSecrets: [{ name: 'regcred' }] }));
    c.advance(5_000);
    expect(eventsFor(c, 'anon')).toContain('Warning FailedToRetrieveImagePullSecret Unable to retrieve some image pull secrets (regcred); attempting to pull the image may not succeed.');
    expect(reason('anon').waiting.reason).toMatch(/ErrImagePull|ImagePullBackOff/);
    c.api.create(dockerConfig({ 'https://index.docker.io/v1/': { username: 'yaohong', password: 'wrong' } }));
    c.advance(15_000);
    expect(eventsFor(c, 'anon').some((e) => e.endsWith('failed to authorize: failed to fetch oauth token: unexpected status from POST request to https://auth.docker.io/token: 401 Unauthorized'))).toBe(true);
    c.api.remove('secrets', c.api.get('secrets', 'default', 'regcred'));
    c.api.create(dockerConfig({ 'https://index.docker.io/v1/': { username: 'yaohong', password: 'k8s-in-action' } }));
    c.advance(60_000);
    expect(reason('anon').running).toBeDefined();
  });
});

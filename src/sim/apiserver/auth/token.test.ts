import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../base64';
import type { KObject } from '../../types';
import { issueToken } from './token';

function claims(token: string) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(decodeBase64(part + '='.repeat((4 - (part.length % 4)) % 4)));
}
const sa = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', uid: 'sa-uid' } } as KObject;
const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', uid: 'pod-uid' }, spec: { nodeName: 'k8s-node1' } } as KObject;
const node = { apiVersion: 'v1', kind: 'Node', metadata: { name: 'k8s-node1', uid: 'node-uid' } } as KObject;

describe('ServiceAccount token claims', () => {
  it("extends the kubelet's 3607 s pod token to a year and warns after the hour, naming the node's uid", () => {
    const c = claims(issueToken({ namespace: 'default', serviceAccount: sa, expirationSeconds: 3607, nowMs: 1_000_000, pod, node, jti: 'j' }));
    expect(c.exp - c.iat).toBe(31_536_000);
    expect(c['kubernetes.io']).toEqual({ namespace: 'default', node: { name: 'k8s-node1', uid: 'node-uid' }, pod: { name: 'p', uid: 'pod-uid' }, serviceaccount: { name: 'default', uid: 'sa-uid' }, warnafter: c.iat + 3607 });
    expect(Object.keys(c)).toEqual(['aud', 'exp', 'iat', 'iss', 'jti', 'kubernetes.io', 'nbf', 'sub']);
  });

  it('keeps the asked lifetime of other tokens (kubectl create token)', () => {
    const c = claims(issueToken({ namespace: 'default', serviceAccount: sa, expirationSeconds: 3600, nowMs: 1_000_000, jti: 'j' }));
    expect(c.exp - c.iat).toBe(3600);
    expect(c['kubernetes.io']).toEqual({ namespace: 'default', serviceaccount: { name: 'default', uid: 'sa-uid' } });
  });
});

import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('ServiceAccount tokens inside a pod', { timeout: 60_000 }, () => {
  const t = transcriptOf('sa-token.sh', 1);

  it('mounts ca.crt, namespace and token', () => {
    expect(outputOf(t, 'kubectl exec curl -- ls')).toBe('ca.crt\nnamespace\ntoken\n');
    expect(outputOf(t, 'kubectl exec curl -- cat')).toBe('default\n');
  });

  it('answers the granted list with data and the rest with the Forbidden text', () => {
    const pods = JSON.parse(outputOf(t, `kubectl exec curl -- sh -c 'curl -s --cacert`));
    expect(pods.kind).toBe('PodList');
    expect(pods.items.map((p: { metadata: { name: string } }) => p.metadata.name)).toContain('curl');
    const denied = JSON.parse(outputOf(t, `kubectl exec curl -- sh -c 'curl -s -H`));
    expect(denied.code).toBe(403);
    expect(denied.message).toBe('secrets is forbidden: User "system:serviceaccount:default:reader" cannot list resource "secrets" in API group "" in the namespace "default"');
  });

  it('treats no token as anonymous and a forged one as unauthorized', () => {
    expect(JSON.parse(outputOf(t, 'kubectl exec curl -- curl -s https://kubernetes')).message).toMatch(/^pods is forbidden: User "system:anonymous" cannot list/);
    expect(JSON.parse(outputOf(t, "kubectl exec curl -- curl -s -H 'Authorization")).code).toBe(401);
  });

  it('issues a token with kubectl create token', () => {
    expect(outputOf(t, 'kubectl create token reader')).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+\n$/);
  });

  it('keeps serviceAccountName immutable', () => {
    expect(outputOf(t, 'kubectl patch pod curl')).toMatch(/^The Pod "curl" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
});

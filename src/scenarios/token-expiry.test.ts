import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const UNAUTHORIZED = 'error: You must be logged in to the server (Unauthorized)\n';
const invalid = (seconds: number, message: string) => `error: failed to create token: TokenRequest.authentication.k8s.io "bob" is invalid: spec.expirationSeconds: Invalid value: ${seconds}: ${message}\n`;

describe('bound ServiceAccount tokens expire and die with their object', { timeout: 60_000 }, () => {
  const t = transcriptOf('token-expiry.sh', 1);
  // every output of a command the script runs more than once
  const all = (cmd: string) => t.split(/^\$ /m).filter((b) => b.split('\n')[0] === cmd).map((b) => b.slice(cmd.length + 1));

  it('checks --duration in kubectl (units, sign) and in the API server (ten minutes to 2^32 seconds)', () => {
    expect(outputOf(t, 'kubectl create token bob --duration=1500ms')).toBe('error: --duration cannot be expressed in units less than seconds\n');
    expect(outputOf(t, 'kubectl create token bob --duration=-1s')).toBe('error: --duration must be greater than or equal to 0\n');
    expect(outputOf(t, 'kubectl create token bob --duration=1s')).toBe(invalid(1, 'may not specify a duration less than 10 minutes'));
    expect(outputOf(t, 'kubectl create token bob --duration=5m')).toBe(invalid(300, 'may not specify a duration less than 10 minutes'));
    expect(outputOf(t, 'kubectl create token bob --duration=1193047h')).toBe(invalid(4294969200, 'may not specify a duration larger than 2^32 seconds'));
  });

  it("authenticates a kubeconfig user's token as its ServiceAccount; --token beside the admin's certificate stays the admin", () => {
    expect(outputOf(t, "kubectl --context=bob auth whoami -o jsonpath='{.status.userInfo.username}'")).toMatch(/^system:serviceaccount:default:bob\n?$/);
    expect(outputOf(t, "kubectl --token=$TOKEN auth whoami -o jsonpath='{.status.userInfo.username}'")).toMatch(/^kubernetes-admin\n?$/);
    expect(outputOf(t, 'kubectl --context=bob get pods --as=jane')).toBe('Error from server (Forbidden): users "jane" is forbidden: User "system:serviceaccount:default:bob" cannot impersonate resource "users" in API group "" at the cluster scope\n');
  });

  it('answers 401 once a --duration=10m token is past exp and the minute of leeway, and for a token it never issued', () => {
    expect(all('kubectl --context=bob get pods').slice(0, 3)).toEqual(['No resources found in default namespace.\n', 'No resources found in default namespace.\n', UNAUTHORIZED]);
    expect(outputOf(t, 'kubectl --context=bob auth can-i list pods')).toBe(UNAUTHORIZED);
    expect(outputOf(t, 'kubectl --user=bob --token=not.a.token get pods')).toBe(UNAUTHORIZED);
  });

  it('invalidates a token bound to a Secret once the Secret is deleted', () => {
    expect(all('kubectl --context=bob get pods').slice(3)).toEqual(['No resources found in default namespace.\n', UNAUTHORIZED]);
  });

  it("renews a pod's projected token after 80% of its life; the first one answers 401 after it expires, the new one 200", () => {
    const same = `kubectl exec curl -- sh -c '[ "$(cat /tmp/first)" = "$(cat /var/run/secrets/tokens/token)" ] && echo same || echo renewed'`;
    expect(all(same)).toEqual(['same\n', 'renewed\n']);
    const first = JSON.parse(outputOf(t, `kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /tmp/first)" https://kubernetes/api/v1/namespaces/default/pods'`));
    expect(first).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    expect(outputOf(t, `kubectl exec curl -- sh -c 'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/tokens/token)"`)).toBe('200\n');
  });
});

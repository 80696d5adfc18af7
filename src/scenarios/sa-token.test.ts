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
    const denied = JSON.parse(outputOf(t, `kubectl exec curl -- sh -c 'curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" https://kubernetes/api/v1/namespaces/default/secrets'`));
    expect(denied.code).toBe(403);
    expect(denied.message).toBe('secrets is forbidden: User "system:serviceaccount:default:reader" cannot list resource "secrets" in API group "" in the namespace "default"');
  });

  it('treats no token as anonymous and a forged one as unauthorized', () => {
    expect(JSON.parse(outputOf(t, 'kubectl exec curl -- curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt https://kubernetes/api')).message).toMatch(/^pods is forbidden: User "system:anonymous" cannot list/);
    expect(JSON.parse(outputOf(t, "kubectl exec curl -- curl -s --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt -H 'Authorization")).code).toBe(401);
  });

  it('verifies the API server with the cluster CA only: without --cacert or -k the handshake fails (exit 60)', () => {
    expect(outputOf(t, 'kubectl exec curl -- curl -sS https://kubernetes/version')).toBe(
      'curl: (60) SSL certificate problem: unable to get local issuer certificate\n' +
        'More details here: https://curl.se/docs/sslcerts.html\n\n' +
        'curl failed to verify the legitimacy of the server and therefore could not\n' +
        'establish a secure connection to it. To learn more about this situation and\n' +
        'how to fix it, please visit the webpage mentioned above.\n' +
        'command terminated with exit code 60\n',
    );
    // -s alone hides the error, not the exit code
    expect(outputOf(t, 'kubectl exec curl -- curl -s https://kubernetes/version')).toBe('command terminated with exit code 60\n');
    // CURL_CA_BUNDLE names the CA as --cacert does; -k skips the verification
    expect(JSON.parse(outputOf(t, "kubectl exec curl -- sh -c 'export CURL_CA_BUNDLE")).gitVersion).toMatch(/^v1\.34\./);
    expect(JSON.parse(outputOf(t, 'kubectl exec curl -- curl -sk https://kubernetes/version')).gitVersion).toMatch(/^v1\.34\./);
    // a CA file curl cannot load (missing, or the token instead of ca.crt) fails before the handshake, exit 77
    expect(outputOf(t, 'kubectl exec curl -- curl -sS --cacert /etc/ssl/cluster-ca.crt https://kubernetes/version')).toBe(
      'curl: (77) error setting certificate file: /etc/ssl/cluster-ca.crt\ncommand terminated with exit code 77\n',
    );
    expect(outputOf(t, 'kubectl exec curl -- curl --cacert /var/run/secrets/kubernetes.io/serviceaccount/token https://kubernetes/version')).toBe(
      'curl: (77) error setting certificate file: /var/run/secrets/kubernetes.io/serviceaccount/token\ncommand terminated with exit code 77\n',
    );
  });

  it('issues a token with kubectl create token', () => {
    expect(outputOf(t, 'kubectl create token reader')).toMatch(/^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+\n$/);
  });

  it('keeps serviceAccountName immutable', () => {
    expect(outputOf(t, 'kubectl patch pod curl')).toMatch(/^The Pod "curl" is invalid: spec: Forbidden: pod updates may not change fields other than/);
  });
  it('answers kubectl create token -o with the TokenRequest, and checks the bound object', () => {
    expect(outputOf(t, "kubectl create token reader -o jsonpath='{.kind} {.spec.audiences} {.spec.expirationSeconds}'")).toMatch(/^TokenRequest \["https:\/\/kubernetes\.default\.svc\.cluster\.local"\] 3600\n?$/);
    expect(outputOf(t, 'kubectl create token reader --bound-object-kind=Pod --bound-object-name=nope')).toBe('error: failed to create token: pods "nope" not found\n');
    expect(outputOf(t, 'kubectl create token default --bound-object-kind=Pod --bound-object-name=curl')).toBe(
      'error: failed to create token: cannot bind token for serviceaccount "default" to pod running with different serviceaccount name.\n',
    );
  });
  it('sets the ServiceAccount of a pod template, and reports the pod update refused', () => {
    expect(outputOf(t, 'kubectl set serviceaccount deployment web reader')).toBe('deployment.apps/web serviceaccount updated\n');
    expect(outputOf(t, "kubectl get deploy web -o jsonpath='{.spec.template.spec.serviceAccountName}'")).toMatch(/^reader\n?$/);
    expect(outputOf(t, 'kubectl set sa pod curl default')).toMatch(/^error: failed to patch ServiceAccountName Pod "curl" is invalid: spec: Forbidden: pod updates may not change fields other than /);
  });
  it('lets the pod create and delete what its account may, answering as the API server does', () => {
    const post = 'kubectl exec curl -- sh -c \'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" -H "Content-Type: application/json" -d "{\\"metadata\\":{\\"name\\":\\"from-pod\\"}}" https://kubernetes/api/v1/namespaces/default/configmaps -o /dev/null -w "%{http_code}\\n"\'';
    expect(outputOf(t, post)).toBe('201\n');
    expect(outputOf(t, 'kubectl get cm from-pod -o name')).toBe('configmap/from-pod\n');
    expect(outputOf(t, 'kubectl exec curl -- sh -c \'curl -sk -H "Authorization: Bearer $(cat /var/run/secrets/kubernetes.io/serviceaccount/token)" -d "{}"')).toContain('"reason": "UnsupportedMediaType",\n  "code": 415\n}\n');
    expect(outputOf(t, 'kubectl get cm from-pod')).toBe('Error from server (NotFound): configmaps "from-pod" not found\n');
  });
});

import { describe, expect, it } from 'vitest';
import { pod, testCluster } from '../test-util';
import { execInContainer } from '.';

const SA = '/var/run/secrets/kubernetes.io/serviceaccount';

function withCurl() {
  const c = testCluster();
  c.api.create(pod('curl', [{ name: 'c', image: 'curlimages/curl', command: ['sleep', '3600'] }]));
  c.advanceUntil(() => c.api.get('pods', 'default', 'curl').status?.phase === 'Running', 120_000, 200);
  const sh = (script: string) => {
    const { out, code } = execInContainer(c, 'default', 'curl', undefined, ['sh', '-c', script]);
    return { out, code };
  };
  return { c, sh };
}

describe('curl loads the CA bundle it is given before it trusts the API server (OpenSSL backend)', () => {
  it('the mounted ca.crt verifies the API server', () => {
    const { sh } = withCurl();
    const r = sh(`curl -s --cacert ${SA}/ca.crt https://kubernetes/version`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).gitVersion).toMatch(/^v1\.34\./);
  });

  it('a missing file, or one without a certificate, fails with exit 77 (-s hides the message, -S shows it)', () => {
    const { sh } = withCurl();
    expect(sh('curl -sS --cacert /nope.crt https://kubernetes/version')).toEqual({ out: 'curl: (77) error setting certificate file: /nope.crt\n', code: 77 });
    expect(sh(`curl -s --cacert ${SA}/token https://kubernetes/version`)).toEqual({ out: '', code: 77 });
    expect(sh('export CURL_CA_BUNDLE=/nope.crt; curl -sS https://kubernetes/version')).toEqual({ out: 'curl: (77) error setting certificate file: /nope.crt\n', code: 77 });
  });

  it('another CA cannot verify the API server (exit 60), and the request is not acted on', () => {
    const { c, sh } = withCurl();
    const other = '-----BEGIN CERTIFICATE-----\nMIIBbzCCARWgAwIBAgIUYW5vdGhlciBjYQ\n-----END CERTIFICATE-----';
    sh(`echo '${other}' > /tmp/other.crt`);
    const r = sh(`curl -sS --cacert /tmp/other.crt -X DELETE -H "Authorization: Bearer $(cat ${SA}/token)" https://kubernetes/api/v1/namespaces/default/pods/curl`);
    expect(r.code).toBe(60);
    expect(r.out).toMatch(/^curl: \(60\) SSL certificate problem: unable to get local issuer certificate\n/);
    expect(c.api.get('pods', 'default', 'curl').metadata.deletionTimestamp).toBeUndefined();
  });

  it('a connection that fails comes before the CA is loaded', () => {
    const { sh } = withCurl();
    expect(sh('curl -sS --cacert /nope.crt https://127.0.0.1:9/').code).toBe(7);
  });
});

import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const HELP_8_5 =
  'More details here: https://curl.se/docs/sslcerts.html\n\n' +
  'curl failed to verify the legitimacy of the server and therefore could not\n' +
  'establish a secure connection to it. To learn more about this situation and\n' +
  'how to fix it, please visit the web page mentioned above.\n';

describe('TLS on an Ingress', { timeout: 60_000 }, () => {
  const t = transcriptOf('ingress-tls.sh', 1);
  const hit = /^You've hit kubia-[a-z0-9]+-[a-z0-9]+\n$/;

  it('presents a self-signed certificate that curl refuses until it is given it (or -k)', () => {
    expect(outputOf(t, "curl -sS -H 'Host: yh.example.com' https://$ADDR/")).toBe(`curl: (60) SSL certificate problem: self-signed certificate\n${HELP_8_5}`);
    expect(outputOf(t, "curl -sk -H 'Host: yh.example.com' https://$ADDR/")).toMatch(hit);
    expect(outputOf(t, 'curl -sS --cacert yh.crt --resolve yh.example.com:443:$ADDR https://yh.example.com/')).toMatch(hit);
    expect(outputOf(t, 'curl -sS --cacert san.crt --resolve')).toBe(`curl: (60) SSL certificate problem: self-signed certificate\n${HELP_8_5}`);
    expect(outputOf(t, 'curl -sS --cacert yh.key')).toBe('curl: (77) error setting certificate file: yh.key\n');
  });

  it('chooses the certificate by SNI: an address in the URL gets the controller\'s default one', () => {
    expect(outputOf(t, "curl -sS --cacert yh.crt -H 'Host: yh.example.com' https://$ADDR/")).toBe(`curl: (60) SSL certificate problem: self-signed certificate\n${HELP_8_5}`);
    expect(outputOf(t, 'kubectl exec client -- curl -sS --cacert /tmp/tls.cert https://$ADDR/')).toMatch(/^curl: \(60\) SSL certificate problem: self-signed certificate\n[\s\S]*command terminated with exit code 60\n$/);
  });

  it('redirects plain HTTP to HTTPS once the host has its certificate', () => {
    expect(outputOf(t, 'curl -sI --resolve yh.example.com:80:$ADDR http://yh.example.com/')).toMatch(/^HTTP\/1\.1 308 Permanent Redirect\r\n[\s\S]*Location: https:\/\/yh\.example\.com\/\r\n/);
  });

  it('does not take the cluster CA for the Ingress\'s issuer inside a pod', () => {
    expect(outputOf(t, 'kubectl exec client -- curl -sS --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt')).toMatch(/^curl: \(60\) SSL certificate problem: self-signed certificate\n/);
    expect(outputOf(t, 'kubectl exec client -- curl -sS --cacert /tmp/tls.cert --resolve')).toMatch(hit);
  });
});

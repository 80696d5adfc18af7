import { describe, expect, it } from 'vitest';
import { certHostMatches, verifyServer, type Trust } from './tls';
import { CA_PEM, CN_PEM, LEAF_PEM, SAN_PEM } from './tls-fixture';
import { readCertificates } from './x509';

const file = (text: string): Trust => ({ kind: 'file', text, clusterCa: '' });
const cert = (pem: string) => ({ kind: 'secret' as const, cert: readCertificates(pem)[0] });

describe('readCertificates', () => {
  it('reads the subject CN, the subjectAltNames and the issuer of each certificate', () => {
    const [san] = readCertificates(SAN_PEM);
    expect(san.commonName).toBe('ignored.example.com');
    expect(san.dnsNames).toEqual(['*.example.com', 'kubia.local']);
    expect(san.ipAddresses).toEqual(['10.0.0.5']);
    const [ca] = readCertificates(CA_PEM);
    const [leaf] = readCertificates(LEAF_PEM);
    expect(leaf.issuer).toBe(ca.subject);
    expect(leaf.commonName).toBe('shop.example.com');
    expect(readCertificates(CN_PEM + LEAF_PEM).map((c) => c.commonName)).toEqual(['yh.example.com', 'shop.example.com']);
  });

  it('skips blocks that are not X.509 (a made-up body, a key)', () => {
    expect(readCertificates('-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUKubePlayground\n-----END CERTIFICATE-----\n')).toEqual([]);
    expect(readCertificates('-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----\n')).toEqual([]);
  });
});

// curl's tests/unit/unit1397.c: Curl_cert_hostcheck(pattern, host)
describe('certHostMatches as curl 8.14 hostcheck', () => {
  const table: [host: string, pattern: string, match: boolean][] = [
    ['', '', false],
    ['a', '', false],
    ['', 'b', false],
    ['a', 'b', false],
    ['aa.aa.aa', 'aa.aa.bb', false],
    ['aa.aa.aa', 'aa.aa.aa', true],
    ['aa.aa.aa', '*.aa.bb', false],
    ['aa.aa.aa', '*.aa.aa', true],
    ['192.168.0.1', '192.168.0.1', true],
    ['192.168.0.1', '*.168.0.1', false],
    ['192.168.0.1', '*.0.1', false],
    ['h.ello', '*.ello', false],
    ['h.ello.', '*.ello', false],
    ['h.ello', '*.ello.', false],
    ['h.e.llo', '*.e.llo', true],
    ['h.e.llo', ' *.e.llo', false],
    [' h.e.llo', '*.e.llo', true],
    ['h.e.llo.', '*.e.llo', true],
    ['*.e.llo.', '*.e.llo', true],
    ['h.e.llo.', '*.e.llo.', true],
    ['h.e.llo', '*.e.llo.', true],
    ['.h.e.llo', '*.e.llo.', false],
    ['h.e.llo', '*.*.llo.', false],
    ['h.e.llo', 'h.*.llo', false],
    ['h.e.llo', 'h.e.*', false],
    ['hello', '*.ello', false],
    ['hello', '**llo', false],
    ['bar.foo.example.com', '*.example.com', false],
    ['foo.example.com', '*.example.com', true],
    ['baz.example.net', 'b*z.example.net', false],
    ['foobaz.example.net', '*baz.example.net', false],
    ['xn--l8j.example.local', 'x*.example.local', false],
    ['xn--l8j.example.net', '*.example.net', true],
    ['xn--l8j.example.net', '*j.example.net', false],
    ['xn--l8j.example.net', 'xn--l8j.example.net', true],
    ['xn--l8j.example.net', 'xn--l8j.*.net', false],
    ['xl8j.example.net', '*.example.net', true],
    ['fe80::3285:a9ff:fe46:b619', '*::3285:a9ff:fe46:b619', false],
    ['fe80::3285:a9ff:fe46:b619', 'fe80::3285:a9ff:fe46:b619', true],
    ['YH.Example.COM', 'yh.example.com', true],
  ];
  it.each(table)('%j against %j → %s', (host, pattern, match) => {
    expect(certHostMatches(pattern, host)).toBe(match);
  });
});

// each text as curl 7.88 (the prompt's wording, "host name") printed it against `openssl s_server` with these certificates
describe('verifyServer as curl with OpenSSL', () => {
  it('refuses self-signed and unknown-issuer certificates without a CA file that holds them', () => {
    expect(verifyServer(cert(CN_PEM), { kind: 'system' }, 'yh.example.com', 'host name')).toBe('SSL certificate problem: self-signed certificate');
    expect(verifyServer(cert(LEAF_PEM), { kind: 'system' }, 'shop.example.com', 'host name')).toBe('SSL certificate problem: unable to get local issuer certificate');
    expect(verifyServer(cert(LEAF_PEM), file(CN_PEM), 'shop.example.com', 'host name')).toBe('SSL certificate problem: unable to get local issuer certificate');
    expect(verifyServer({ kind: 'default' }, file(CN_PEM), 'yh.example.com', 'host name')).toBe('SSL certificate problem: self-signed certificate');
  });

  it('trusts the issuing CA, or the server certificate itself (partial chains)', () => {
    expect(verifyServer(cert(LEAF_PEM), file(CA_PEM), 'shop.example.com', 'host name')).toBeUndefined();
    expect(verifyServer(cert(LEAF_PEM), file(LEAF_PEM), 'shop.example.com', 'host name')).toBeUndefined();
    expect(verifyServer(cert(CN_PEM), file(SAN_PEM + CN_PEM), 'YH.example.com', 'host name')).toBeUndefined();
  });

  it('then checks the name: subjectAltNames of the target type, else the common name', () => {
    expect(verifyServer(cert(CN_PEM), file(CN_PEM), '127.0.0.1', 'host name')).toBe("SSL: certificate subject name 'yh.example.com' does not match target host name '127.0.0.1'");
    expect(verifyServer(cert(SAN_PEM), file(SAN_PEM), '127.0.0.1', 'host name')).toBe("SSL: no alternative certificate subject name matches target host name '127.0.0.1'");
    expect(verifyServer(cert(SAN_PEM), file(SAN_PEM), 'ignored.example.com', 'host name')).toBeUndefined();
    expect(verifyServer(cert(SAN_PEM), file(SAN_PEM), '10.0.0.5', 'host name')).toBeUndefined();
    // curl 8.14 (the images' curl) names the target's kind
    expect(verifyServer(cert(SAN_PEM), file(SAN_PEM), '127.0.0.1', 'hostname')).toBe("SSL: no alternative certificate subject name matches target ipv4 address '127.0.0.1'");
    expect(verifyServer(cert(SAN_PEM), file(SAN_PEM), 'a.b.example.com', 'hostname')).toBe("SSL: no alternative certificate subject name matches target hostname 'a.b.example.com'");
    expect(verifyServer(cert(CN_PEM), file(CN_PEM), 'kubia.local', 'hostname')).toBe("SSL: certificate subject name 'yh.example.com' does not match target hostname 'kubia.local'");
  });

  it('verifies the API server with the cluster CA only', () => {
    const ca = '-----BEGIN CERTIFICATE-----\nclusterca\n-----END CERTIFICATE-----\n';
    expect(verifyServer({ kind: 'cluster' }, { kind: 'file', text: ca, clusterCa: ca }, 'kubernetes', 'hostname')).toBeUndefined();
    expect(verifyServer({ kind: 'cluster' }, { kind: 'file', text: CA_PEM, clusterCa: ca }, 'kubernetes', 'hostname')).toBe('SSL certificate problem: unable to get local issuer certificate');
    expect(verifyServer({ kind: 'cluster' }, { kind: 'system' }, 'kubernetes', 'hostname')).toBe('SSL certificate problem: unable to get local issuer certificate');
  });
});

/** How curl (OpenSSL backend) judges a server's certificate: the chain to a CA it was given, then the host name. */
import { isIPv4 } from './ip';
import { readCertificates, type Certificate } from './x509';

/** The certificate a TLS server of the cluster presents. */
export type ServerCertificate =
  /** the API server's serving certificate, issued by the cluster CA for its service names and addresses */
  | { kind: 'cluster' }
  /** a certificate from a `kubernetes.io/tls` Secret (an Ingress host's) */
  | { kind: 'secret'; cert: Certificate }
  /** ingress-nginx's self-signed "Kubernetes Ingress Controller Fake Certificate" for hosts without a usable Secret */
  | { kind: 'default' };

/** What curl was told to verify with: its built-in bundle (public CAs only) or a CA file it loaded. */
export type Trust = { kind: 'system' } | { kind: 'file'; text: string; clusterCa: string };

/** The texts of curl's versions: the prompt's 8.5 says "host name", the images' 8.14 "hostname". */
export type CurlWording = 'host name' | 'hostname';

/** curl's failf text for a certificate it rejects (exit 60), or undefined when the handshake succeeds. */
export function verifyServer(server: ServerCertificate, trust: Trust, host: string, wording: CurlWording): string | undefined {
  if (server.kind === 'default') return 'SSL certificate problem: self-signed certificate';
  if (server.kind === 'cluster') {
    const trusted = trust.kind === 'file' && trust.clusterCa.trim() !== '' && trust.text.includes(trust.clusterCa.trim());
    return trusted ? undefined : 'SSL certificate problem: unable to get local issuer certificate';
  }
  const cert = server.cert;
  const anchors = trust.kind === 'file' ? readCertificates(trust.text) : [];
  // curl lets any certificate of the bundle end the chain (X509_V_FLAG_PARTIAL_CHAIN), the server's own too
  const chained = anchors.some((a) => a.der === cert.der || a.subject === cert.issuer);
  if (!chained) return `SSL certificate problem: ${cert.issuer === cert.subject ? 'self-signed certificate' : 'unable to get local issuer certificate'}`;
  return checkHost(cert, host, wording);
}

/** subjectAltNames of the target's type first; the subject's last commonName only when there are none. */
function checkHost(cert: Certificate, host: string, wording: CurlWording): string | undefined {
  const ip = isIPv4(host);
  if (cert.dnsNames.length || cert.ipAddresses.length) {
    const matched = ip ? cert.ipAddresses.includes(host) : cert.dnsNames.some((n) => certHostMatches(n, host));
    if (matched) return undefined;
    const target = ip ? (wording === 'hostname' ? 'ipv4 address' : 'host name') : wording;
    return `SSL: no alternative certificate subject name matches target ${target} '${host}'`;
  }
  if (cert.commonName === undefined) return 'SSL: unable to obtain common name from peer certificate';
  if (certHostMatches(cert.commonName, host)) return undefined;
  return `SSL: certificate subject name '${cert.commonName}' does not match target ${wording} '${host}'`;
}

/** curl's hostcheck: case-insensitive; `*.` only as the whole leftmost label of a pattern with two dots, never for an IP. */
export function certHostMatches(pattern: string, host: string): boolean {
  if (!pattern || !host) return false;
  const p = pattern.replace(/\.$/, '').toLowerCase();
  const h = host.replace(/\.$/, '').toLowerCase();
  if (!p.startsWith('*.')) return p === h;
  if (isIPv4(h) || h.includes(':')) return false;
  const firstDot = p.indexOf('.');
  if (p.lastIndexOf('.') === firstDot) return p === h;
  const hostDot = h.indexOf('.');
  return hostDot >= 0 && h.slice(hostDot) === p.slice(firstDot);
}

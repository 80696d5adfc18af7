/** What a TLS client reads from a PEM certificate: the names it chains and verifies host names by (DER, RFC 5280). */
import { decodeBase64Bytes } from '../base64';

export interface Certificate {
  /** The DER bytes of the subject and issuer Names, compared byte for byte when chaining. */
  subject: string;
  issuer: string;
  /** The last commonName of the subject (the one curl falls back to without subjectAltNames). */
  commonName?: string;
  dnsNames: string[];
  ipAddresses: string[];
  /** The whole DER, base64: the same certificate in a CA bundle is a trust anchor. */
  der: string;
}

interface Tlv {
  tag: number;
  start: number;
  end: number;
}

const OID_COMMON_NAME = '2.5.4.3';
const OID_SUBJECT_ALT_NAME = '2.5.29.17';

/** Every certificate of a PEM text, in order; blocks that do not decode as X.509 are skipped (as OpenSSL's loader does). */
export function readCertificates(pem: string): Certificate[] {
  const out: Certificate[] = [];
  for (const m of pem.matchAll(/-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g)) {
    const cert = parseCertificate(m[1].replace(/\s+/g, ''));
    if (cert) out.push(cert);
  }
  return out;
}

function parseCertificate(b64: string): Certificate | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return undefined;
  const der = decodeBase64Bytes(b64);
  try {
    const cert = tlv(der, 0);
    if (cert.tag !== 0x30 || cert.end !== der.length) return undefined;
    const tbs = children(der, cert)[0];
    const fields = children(der, tbs);
    // an explicit [0] version comes first when present
    const at = fields[0]?.tag === 0xa0 ? 1 : 0;
    const [, , issuer, , subject] = fields.slice(at);
    if (!subject || issuer.tag !== 0x30 || subject.tag !== 0x30) return undefined;
    const extensions = fields.find((f) => f.tag === 0xa3);
    const names = extensions ? altNames(der, extensions) : { dnsNames: [], ipAddresses: [] };
    return {
      subject: hex(der, subject),
      issuer: hex(der, issuer),
      commonName: lastCommonName(der, subject),
      ...names,
      der: b64,
    };
  } catch {
    return undefined;
  }
}

function tlv(der: Uint8Array, at: number): Tlv {
  const tag = der[at];
  let len = der[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4) throw new RangeError('DER length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + der[start + i];
    start += n;
  }
  if (tag === undefined || start + len > der.length) throw new RangeError('DER overrun');
  return { tag, start, end: start + len };
}

function children(der: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const t = tlv(der, at);
    out.push(t);
    at = t.end;
  }
  return out;
}

function hex(der: Uint8Array, t: Tlv): string {
  let s = '';
  for (let i = t.start; i < t.end; i++) s += der[i].toString(16).padStart(2, '0');
  return s;
}

function text(der: Uint8Array, t: Tlv): string {
  return new TextDecoder().decode(der.subarray(t.start, t.end));
}

function oid(der: Uint8Array, t: Tlv): string {
  const b = der.subarray(t.start, t.end);
  const parts = [Math.floor(b[0] / 40), b[0] % 40];
  let v = 0;
  for (let i = 1; i < b.length; i++) {
    v = v * 128 + (b[i] & 0x7f);
    if (!(b[i] & 0x80)) {
      parts.push(v);
      v = 0;
    }
  }
  return parts.join('.');
}

/** Name ::= SEQUENCE OF SET OF { type OID, value }: the last CN wins, as curl reads it. */
function lastCommonName(der: Uint8Array, name: Tlv): string | undefined {
  let cn: string | undefined;
  for (const rdn of children(der, name)) {
    for (const atv of children(der, rdn)) {
      const [type, value] = children(der, atv);
      if (type?.tag === 0x06 && oid(der, type) === OID_COMMON_NAME && value) cn = text(der, value);
    }
  }
  return cn;
}

/** extensions [3] { SEQUENCE OF Extension { OID, critical?, OCTET STRING { GeneralNames } } }. */
function altNames(der: Uint8Array, wrapper: Tlv): { dnsNames: string[]; ipAddresses: string[] } {
  const dnsNames: string[] = [];
  const ipAddresses: string[] = [];
  for (const ext of children(der, children(der, wrapper)[0])) {
    const parts = children(der, ext);
    if (oid(der, parts[0]) !== OID_SUBJECT_ALT_NAME) continue;
    const octets = parts[parts.length - 1];
    for (const name of children(der, tlv(der, octets.start))) {
      // GeneralName: [2] dNSName IA5String, [7] iPAddress OCTET STRING
      if (name.tag === 0x82) dnsNames.push(text(der, name));
      else if (name.tag === 0x87 && name.end - name.start === 4) ipAddresses.push(Array.from(der.subarray(name.start, name.end)).join('.'));
    }
  }
  return { dnsNames, ipAddresses };
}

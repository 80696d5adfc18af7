/**
 * Just enough DER to do what Go's tls.X509KeyPair checks last: that the private key belongs to the
 * certificate's public key (RSA by modulus, ECDSA by public point when the key carries it).
 */

interface Tlv {
  tag: number;
  body: Uint8Array;
}

/** The TLVs one after another in `b` (definite lengths only, as DER has). */
function children(b: Uint8Array): Tlv[] | undefined {
  const out: Tlv[] = [];
  let i = 0;
  while (i < b.length) {
    const tag = b[i++];
    let len = b[i++];
    if (len === undefined) return undefined;
    if (len & 0x80) {
      const n = len & 0x7f;
      if (n === 0 || n > 4) return undefined;
      len = 0;
      for (let k = 0; k < n; k++) len = len * 256 + b[i++];
    }
    if (i + len > b.length) return undefined;
    out.push({ tag, body: b.subarray(i, i + len) });
    i += len;
  }
  return out;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
/** OID 1.2.840.113549.1.1.1 (rsaEncryption) and 1.2.840.10045.2.1 (id-ecPublicKey), DER bodies. */
const RSA_OID = '2a864886f70d010101';
const EC_OID = '2a8648ce3d0201';

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
/** An INTEGER's magnitude without DER's leading zero. */
const unsigned = (b: Uint8Array) => hex(b).replace(/^(00)+/, '');

function seq(b: Uint8Array | undefined): Tlv[] | undefined {
  const top = b && children(b);
  return top?.length === 1 && top[0].tag === SEQUENCE ? children(top[0].body) : undefined;
}

type PublicKey = { type: 'rsa' | 'ec'; id: string };

/** The certificate's subjectPublicKeyInfo. */
export function certPublicKey(der: Uint8Array): PublicKey | undefined {
  const cert = seq(der);
  const tbs = cert?.[0]?.tag === SEQUENCE ? children(cert[0].body) : undefined;
  if (!tbs) return undefined;
  // version [0] is optional; then serial, signature, issuer, validity, subject, subjectPublicKeyInfo
  const spkiAt = (tbs[0]?.tag === 0xa0 ? 1 : 0) + 5;
  const spki = tbs[spkiAt]?.tag === SEQUENCE ? children(tbs[spkiAt].body) : undefined;
  const alg = spki?.[0]?.tag === SEQUENCE ? children(spki[0].body) : undefined;
  const bits = spki?.[1]?.tag === BIT_STRING ? spki[1].body.subarray(1) : undefined;
  const oid = alg?.[0] ? hex(alg[0].body) : '';
  if (!bits) return undefined;
  if (oid === RSA_OID) {
    const rsa = seq(bits);
    return rsa?.[0]?.tag === INTEGER ? { type: 'rsa', id: unsigned(rsa[0].body) } : undefined;
  }
  return oid === EC_OID ? { type: 'ec', id: hex(bits) } : undefined;
}

/** An RSAPrivateKey's modulus, or an ECPrivateKey's public point (empty when it leaves it out). */
function fromInner(kind: 'rsa' | 'ec', body: Uint8Array): PublicKey | undefined {
  const f = seq(body);
  if (!f) return undefined;
  if (kind === 'rsa') return f[1]?.tag === INTEGER ? { type: 'rsa', id: unsigned(f[1].body) } : undefined;
  const pub = f.find((t) => t.tag === 0xa1);
  const bits = pub && children(pub.body)?.[0];
  return { type: 'ec', id: bits?.tag === BIT_STRING ? hex(bits.body.subarray(1)) : '' };
}

/** The public half a private key block names: PKCS#8 `PRIVATE KEY`, PKCS#1 `RSA PRIVATE KEY`, SEC 1 `EC PRIVATE KEY`. */
export function keyPublicKey(type: string, der: Uint8Array): PublicKey | undefined {
  if (type === 'RSA PRIVATE KEY') return fromInner('rsa', der);
  if (type === 'EC PRIVATE KEY') return fromInner('ec', der);
  const p8 = seq(der);
  const alg = p8?.[1]?.tag === SEQUENCE ? children(p8[1].body) : undefined;
  const oid = alg?.[0] ? hex(alg[0].body) : '';
  const inner = p8?.[2]?.tag === OCTET_STRING ? p8[2].body : undefined;
  if (!inner) return undefined;
  return oid === RSA_OID ? fromInner('rsa', inner) : oid === EC_OID ? fromInner('ec', inner) : undefined;
}

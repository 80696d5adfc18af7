/**
 * The PEM part of Go's tls.X509KeyPair, which `kubectl create secret tls` runs on --cert and --key:
 * the certificate input needs a CERTIFICATE block, the key input a block whose type ends in
 * PRIVATE KEY, and the key must be the certificate's (RSA and ECDSA; DER it cannot read passes).
 */
import { certPublicKey, keyPublicKey } from './tls-der';

const BLOCK = /-----BEGIN ([^\n-][^\n]*?)-----\r?\n([\s\S]*?)\n?-----END \1-----/g;

/** Types of the PEM blocks in `text`, in order (pem.Decode: BEGIN/END lines with the same type). */
function pemTypes(text: string): string[] {
  return [...text.matchAll(BLOCK)].map((m) => m[1]);
}

/** The DER of the first block of `type`, undefined when its base64 does not decode. */
function pemBytes(text: string, type: string): Uint8Array | undefined {
  const m = [...text.matchAll(BLOCK)].find((b) => b[1] === type);
  try {
    return m ? Uint8Array.from(atob(m[2].replace(/\s+/g, '')), (ch) => ch.charCodeAt(0)) : undefined;
  } catch {
    return undefined;
  }
}

const list = (types: string[]) => `[${types.join(' ')}]`;

/** The error X509KeyPair returns for these inputs, or undefined when their PEM blocks are right. */
export function keyPairError(cert: string, key: string): string | undefined {
  const certTypes = pemTypes(cert);
  if (!certTypes.includes('CERTIFICATE')) {
    if (!certTypes.length) return 'tls: failed to find any PEM data in certificate input';
    if (certTypes.length === 1 && certTypes[0].endsWith('PRIVATE KEY')) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: ${list(certTypes)}`;
  }
  const keyTypes = pemTypes(key);
  const at = keyTypes.findIndex((t) => t === 'PRIVATE KEY' || t.endsWith(' PRIVATE KEY'));
  if (at < 0) {
    if (!keyTypes.length) return 'tls: failed to find any PEM data in key input';
    if (keyTypes.length === 1 && keyTypes[0] === 'CERTIFICATE') return 'tls: found a certificate rather than a key in the PEM for the private key';
    return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: ${list(keyTypes)}`;
  }
  const certDer = pemBytes(cert, 'CERTIFICATE');
  const keyDer = pemBytes(key, keyTypes[at]);
  const pub = certDer && certPublicKey(certDer);
  const priv = keyDer && keyPublicKey(keyTypes[at], keyDer);
  if (!pub || !priv) return undefined;
  if (pub.type !== priv.type) return 'tls: private key type does not match public key type';
  if (priv.id && pub.id !== priv.id) return 'tls: private key does not match public key';
  return undefined;
}

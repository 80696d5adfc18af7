/**
 * The PEM part of Go's tls.X509KeyPair, which `kubectl create secret tls` runs on --cert and --key:
 * the certificate input needs a CERTIFICATE block, the key input a block whose type ends in
 * PRIVATE KEY. (The DER inside is not parsed: any such block passes.)
 */

/** Types of the PEM blocks in `text`, in order (pem.Decode: BEGIN/END lines with the same type). */
function pemTypes(text: string): string[] {
  const types: string[] = [];
  const re = /-----BEGIN ([^\n-][^\n]*?)-----\r?\n[\s\S]*?\n?-----END \1-----/g;
  for (const m of text.matchAll(re)) types.push(m[1]);
  return types;
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
  return undefined;
}

/**
 * etcdctl's client TLS, as etcd v3.6's client builds it (clientv3 NewClientConfig, transport
 * TLSInfo.ClientConfig, tlsutil) and as Go's crypto/tls and x509 judge the files: a bad file or
 * pair is an error before any connection (etcdctl exits 128 with `Error: <err>`); a handshake etcd
 * refuses is only seen as the request's deadline passing.
 *
 * The files are read by whoever runs etcdctl (the prompt on the control-plane node, a container
 * through its mounts): `ReadFile` is os.ReadFile as each sees it.
 */
import type { PkiFile } from '../pki';

/** What the client was told: flags as etcdctl keeps them (undefined: not given). */
export interface TlsFlags {
  cert?: string;
  key?: string;
  cacert?: string;
  /** `--insecure-transport` (default true): no TLS unless a file or an https endpoint asks for it. */
  insecureTransport: boolean;
  insecureSkipVerify: boolean;
}

/** The client's TLS: undefined for plain text; otherwise whom it trusts and what it presents. */
export interface ClientTls {
  /** Server certificates it can verify (skip-verify trusts any). */
  trusts: 'any' | { issuers: Set<string>; certs: Set<string> };
  /** The client certificate it presents, if any. */
  presents?: { issuer: string | undefined; usages: string[] | undefined };
}

/** A file the client reads: one of the node's PKI files, or PEM text of unknown origin (no CA of the cluster issued what it holds). */
type ClientFile = PkiFile | { kind: 'text'; text: string };

/** os.ReadFile's answer: the file, or its error text (`open <path>: no such file or directory`, `read <path>: is a directory`). */
export type Read = { ok: true; file: ClientFile } | { ok: false; error: string };

export type ReadFile = (path: string) => Read;

/** The PEM block types a file holds, in order. */
function blockTypes(f: ClientFile): string[] {
  switch (f.kind) {
    case 'cert':
      return ['CERTIFICATE'];
    case 'key':
      return ['RSA PRIVATE KEY'];
    case 'public-key':
      return ['PUBLIC KEY'];
    case 'text':
      return [...f.text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----[^]*?-----END \1-----/g)].map((m) => m[1]);
    default:
      return [];
  }
}

const isKey = (t: string) => t === 'PRIVATE KEY' || t.endsWith(' PRIVATE KEY');
const goList = (xs: string[]) => `[${xs.join(' ')}]`;

/** tls.X509KeyPair's checks on a certificate and key file pair. */
function keyPairError(cert: ClientFile, key: ClientFile): string | undefined {
  const certTypes = blockTypes(cert);
  if (!certTypes.includes('CERTIFICATE')) {
    if (!certTypes.length) return 'tls: failed to find any PEM data in certificate input';
    if (certTypes.length === 1 && certTypes[0].endsWith('PRIVATE KEY')) return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: ${goList(certTypes)}`;
  }
  const keyTypes = blockTypes(key);
  const first = keyTypes.findIndex(isKey);
  if (first < 0) {
    if (!keyTypes.length) return 'tls: failed to find any PEM data in key input';
    if (keyTypes.length === 1 && keyTypes[0] === 'CERTIFICATE') return 'tls: found a certificate rather than a key in the PEM for the private key';
    return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: ${goList(keyTypes)}`;
  }
  // the node's files match by name; two workspace files are taken for a pair made together
  const matches = cert.kind === 'cert' ? key.kind === 'key' && key.of === cert.id : key.kind === 'text';
  return matches ? undefined : 'tls: private key does not match public key';
}

/** tlsutil.NewCertPool: every PEM block must parse as a certificate. */
function caPool(f: ClientFile): { issuers: Set<string>; certs: Set<string> } | string {
  const pool = { issuers: new Set<string>(), certs: new Set<string>() };
  if (f.kind === 'cert') {
    // a CA's certificate verifies what it issued; any certificate verifies itself
    if (f.ca) pool.issuers.add(f.issuer);
    pool.certs.add(f.id);
    return pool;
  }
  for (const t of blockTypes(f)) {
    if (isKey(t)) return 'x509: malformed tbs certificate';
    if (t === 'PUBLIC KEY') return 'x509: malformed serial number';
  }
  return pool;
}

/**
 * The client's TLS, or the error etcdctl exits with before connecting. `https` says whether an
 * endpoint asks for TLS by its scheme (then the client uses TLS even without files).
 */
export function clientTls(flags: TlsFlags, readFile: ReadFile): { error: string } | { tls: ClientTls | undefined } {
  for (const [name, v] of [['cert', flags.cert], ['key', flags.key], ['cacert', flags.cacert]] as const) {
    if (v === '') return { error: `empty string is passed to --${name} option` };
  }
  const files = flags.cert !== undefined || flags.key !== undefined || flags.cacert !== undefined;
  if (!files) return { tls: !flags.insecureTransport || flags.insecureSkipVerify ? { trusts: flags.insecureSkipVerify ? 'any' : { issuers: new Set(), certs: new Set() } } : undefined };
  let presents: ClientTls['presents'];
  if (flags.cert !== undefined || flags.key !== undefined) {
    if (flags.cert === undefined || flags.key === undefined) return { error: `KeyFile and CertFile must both be present[key: ${flags.key ?? ''}, cert: ${flags.cert ?? ''}]` };
    const cert = readFile(flags.cert);
    if (!cert.ok) return { error: cert.error };
    const key = readFile(flags.key);
    if (!key.ok) return { error: key.error };
    const bad = keyPairError(cert.file, key.file);
    if (bad) return { error: bad };
    presents = cert.file.kind === 'cert' ? { issuer: cert.file.issuer, usages: cert.file.ca ? undefined : cert.file.usages } : { issuer: undefined, usages: undefined };
  }
  let trusts: ClientTls['trusts'] = { issuers: new Set(), certs: new Set() };
  if (flags.cacert !== undefined) {
    const ca = readFile(flags.cacert);
    if (!ca.ok) return { error: ca.error };
    const pool = caPool(ca.file);
    if (typeof pool === 'string') return { error: pool };
    trusts = pool;
  }
  if (flags.insecureSkipVerify) trusts = 'any';
  return { tls: { trusts, ...(presents ? { presents } : {}) } };
}

/**
 * Whether a handshake with an etcd member succeeds: the endpoint's scheme decides the transport
 * (http: plain text; https: TLS even without files; none: TLS when the client has it), the client
 * must verify the member's certificate (issued by the etcd CA; the control-plane member's is
 * /etc/kubernetes/pki/etcd/server.crt) and present a client certificate of the etcd CA.
 */
export function handshakeSucceeds(tls: ClientTls | undefined, endpoint: string, controlPlaneMember: boolean): boolean {
  const scheme = /^([a-z]+):\/\//i.exec(endpoint)?.[1]?.toLowerCase();
  const used = scheme === 'http' ? undefined : scheme === 'https' ? (tls ?? { trusts: { issuers: new Set<string>(), certs: new Set<string>() } }) : tls;
  // etcd listens with TLS only: a plain-text client gets no answer it can read
  if (!used) return false;
  const t = used.trusts;
  const verified = t === 'any' || t.issuers.has('etcd-ca') || (controlPlaneMember && t.certs.has('/etc/kubernetes/pki/etcd/server'));
  if (!verified) return false;
  const p = used.presents;
  // Go accepts a certificate without extended key usages for any use
  return !!p && p.issuer === 'etcd-ca' && (p.usages === undefined || p.usages.includes('client'));
}

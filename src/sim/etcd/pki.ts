/**
 * The certificates and keys kubeadm writes on a control-plane node (/etc/kubernetes/pki), as far as
 * a TLS client cares: which CA issued a certificate, what it may be used for, and which key is its
 * own. etcd serves its clients only over TLS and asks each for a certificate its CA issued
 * (`--client-cert-auth=true`, `--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt`).
 *
 * kubeadm's etcd server and peer certificates carry both server and client auth; healthcheck-client
 * and apiserver-etcd-client are client certificates of the etcd CA; everything else comes from the
 * cluster CA or the front-proxy CA, which etcd does not trust. Keys are PKCS#1 (`RSA PRIVATE KEY`).
 */

import { encodeBase64 } from '../base64';

type Issuer = 'etcd-ca' | 'kubernetes-ca' | 'front-proxy-ca';

export type PkiFile =
  | { kind: 'dir' }
  | {
      kind: 'cert';
      /** The certificate's own name (a key names it to say it is its pair). */
      id: string;
      issuer: Issuer;
      /** Extended key usages; a CA certificate has none (Go's verifier then accepts it for any). */
      usages: ('server' | 'client')[];
      ca?: boolean;
    }
  | { kind: 'key'; of: string }
  /** sa.pub: a `PUBLIC KEY` block, neither certificate nor private key. */
  | { kind: 'public-key' };

/** Where kubeadm keeps etcd's CA and certificates (the etcd static pod's `etcd-certs` hostPath). */
export const ETCD_PKI_DIR = '/etc/kubernetes/pki/etcd';
const ETCD = ETCD_PKI_DIR;
/** kubeadm's certificates directory (--cert-dir). */
export const CONTROL_PLANE_PKI_DIR = '/etc/kubernetes/pki';
const PKI = CONTROL_PLANE_PKI_DIR;

function pair(dir: string, name: string, issuer: Issuer, usages: ('server' | 'client')[], ca = false): [string, PkiFile][] {
  const id = `${dir}/${name}`;
  return [
    [`${id}.crt`, { kind: 'cert', id, issuer, usages, ...(ca ? { ca } : {}) }],
    [`${id}.key`, { kind: 'key', of: id }],
  ];
}

/** The files of /etc/kubernetes/pki on the control-plane node, by absolute path. */
export const CONTROL_PLANE_PKI: ReadonlyMap<string, PkiFile> = new Map<string, PkiFile>([
  [PKI, { kind: 'dir' }],
  [ETCD, { kind: 'dir' }],
  ...pair(ETCD, 'ca', 'etcd-ca', [], true),
  ...pair(ETCD, 'server', 'etcd-ca', ['server', 'client']),
  ...pair(ETCD, 'peer', 'etcd-ca', ['server', 'client']),
  ...pair(ETCD, 'healthcheck-client', 'etcd-ca', ['client']),
  ...pair(PKI, 'apiserver-etcd-client', 'etcd-ca', ['client']),
  ...pair(PKI, 'ca', 'kubernetes-ca', [], true),
  ...pair(PKI, 'apiserver', 'kubernetes-ca', ['server']),
  ...pair(PKI, 'apiserver-kubelet-client', 'kubernetes-ca', ['client']),
  ...pair(PKI, 'front-proxy-ca', 'front-proxy-ca', [], true),
  ...pair(PKI, 'front-proxy-client', 'front-proxy-ca', ['client']),
  [`${PKI}/sa.key`, { kind: 'key', of: `${PKI}/sa` }],
  [`${PKI}/sa.pub`, { kind: 'public-key' }],
]);

/** The PEM block type of a file's one block. */
function blockType(f: Exclude<PkiFile, { kind: 'dir' }>): string {
  return f.kind === 'cert' ? 'CERTIFICATE' : f.kind === 'key' ? 'RSA PRIVATE KEY' : 'PUBLIC KEY';
}

/**
 * The text of a PKI file as the node's disk holds it (what a hostPath mount shows a container):
 * one PEM block whose body names the file, so that reading it back tells which file it is.
 */
function pem(path: string, f: Exclude<PkiFile, { kind: 'dir' }>): string {
  const t = blockType(f);
  return `-----BEGIN ${t}-----\n${encodeBase64(`kube-playground ${path}`)}\n-----END ${t}-----\n`;
}

/** The node's PKI files under `dir` (a hostPath kubeadm's static pods mount), as paths relative to it with their text and mode. */
export function pkiFilesUnder(dir: string): { path: string; text: string; mode: number }[] {
  const out: { path: string; text: string; mode: number }[] = [];
  for (const [path, f] of CONTROL_PLANE_PKI) {
    if (f.kind === 'dir' || !path.startsWith(dir + '/')) continue;
    out.push({ path: path.slice(dir.length + 1), text: pem(path, f), mode: f.kind === 'key' ? 0o600 : 0o644 });
  }
  return out;
}

const BY_TEXT = new Map([...CONTROL_PLANE_PKI].flatMap(([path, f]) => (f.kind === 'dir' ? [] : [[pem(path, f), f] as const])));

/** Which of the node's PKI files a text is (read from a disk that holds them), if any. */
export function pkiFileOfText(text: string): PkiFile | undefined {
  return BY_TEXT.get(text);
}

/** The etcd CA and the control-plane member's serving certificate, as the lessons name them. */
const ETCD_CA_FILE = `${ETCD}/ca.crt`;
const ETCD_SERVER_CERT = `${ETCD}/server.crt`;
const ETCD_SERVER_KEY = `${ETCD}/server.key`;
/** The flags that let etcdctl at the control-plane prompt talk to etcd, as kubeadm's docs give them. */
export const ETCDCTL_TLS_FLAGS = `--cacert=${ETCD_CA_FILE} --cert=${ETCD_SERVER_CERT} --key=${ETCD_SERVER_KEY}`;

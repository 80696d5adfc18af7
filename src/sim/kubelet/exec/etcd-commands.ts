/**
 * The etcd image's executables (registry.k8s.io/etcd, distroless: /usr/local/bin/etcd, etcdctl,
 * etcdutl and no shell): etcdctl is the one of src/sim/etcd/etcdctl, run in the container: it reads
 * its files through the container's mounts (kubeadm's static pod mounts /etc/kubernetes/pki/etcd),
 * takes ETCDCTL_* from the container's environment, and reaches 127.0.0.1:2379 only on the node's
 * network (hostNetwork on the node of an etcd member).
 */
import { etcdctl as runEtcdctl, ETCD_API_VERSION, ETCD_VERSION } from '../../etcd/etcdctl/etcdctl';
import { registryKeys } from '../../etcd/etcdctl/keys';
import type { Read } from '../../etcd/etcdctl/tls';
import { pkiFileOfText } from '../../etcd/pki';
import { ok, path } from './args';
import type { CmdCtx, Command } from './host';

/** os.ReadFile in the container: a file of the node's PKI (through a hostPath mount) is that file. */
function readFile(c: CmdCtx, p: string): Read {
  const n = c.host.fs.stat(path(c, p));
  if (!n) return { ok: false, error: `open ${p}: no such file or directory` };
  if (n.type === 'dir') return { ok: false, error: `read ${p}: is a directory` };
  const text = n.content ?? '';
  return { ok: true, file: pkiFileOfText(text) ?? { kind: 'text', text } };
}

const etcdctl: Command = (argv, c) => {
  const etcd = c.host.ctx.services.etcd;
  let elapsedMs = 0;
  const r = runEtcdctl(argv.slice(1), {
    etcd,
    localMember: c.host.pod.spec?.hostNetwork ? etcd.members.find((m) => m.ip === c.host.podIP) : undefined,
    readFile: (p) => readFile(c, p),
    environ: new Map(Object.entries(c.env)),
    now: c.host.now() + c.host.clockOffset.ms,
    wait: (ms) => (elapsedMs += ms),
    keys: () => registryKeys(c.host.ctx.api.store),
  });
  return { out: r.stdout, err: r.stderr, code: r.code, elapsedMs };
};

/** `etcd --version` (Go's flag package takes -version too), as registry.k8s.io/etcd:3.6.4-0 prints it; any other start is the daemon's. */
const etcd: Command = (argv) => (argv[1] === '--version' || argv[1] === '-version' ? ok(`etcd Version: ${ETCD_VERSION}\nGit SHA: 5400cdc\nGo Version: go1.23.11\nGo OS/Arch: linux/amd64\n`) : ok());

const etcdutl: Command = (argv) => {
  if (argv[1] === 'version') return ok(`etcdutl version: ${ETCD_VERSION}\nAPI version: ${ETCD_API_VERSION}\n`);
  return { out: '', err: "Error: the playground's etcdutl runs version\n", code: 1 };
};

export const ETCD_COMMANDS: Record<string, Command> = { etcd, etcdctl, etcdutl };

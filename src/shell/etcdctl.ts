/**
 * `etcdctl` at the prompt: the one etcdctl of src/sim/etcd/etcdctl, run on the control-plane node
 * (127.0.0.1:2379 is its member), reading the node's /etc/kubernetes/pki or else the workspace,
 * with the command's environment; an unanswered request lets the cluster's time pass.
 */
import type { Workspace } from '../kubectl/context';
import { etcdctl as run } from '../sim/etcd/etcdctl/etcdctl';
import { registryKeys } from '../sim/etcd/etcdctl/keys';
import type { Read } from '../sim/etcd/etcdctl/tls';
import { CONTROL_PLANE_PKI } from '../sim/etcd/pki';
import type { Builtin } from './io';

/** os.ReadFile on the control-plane node: its PKI files by absolute path, else the workspace. */
function readFile(fs: Workspace, path: string): Read {
  const host = CONTROL_PLANE_PKI.get(path.replace(/\/+$/, '') || '/');
  if (host?.kind === 'dir') return { ok: false, error: `read ${path}: is a directory` };
  if (host) return { ok: true, file: host };
  const text = fs.read(path);
  if (text === undefined) return { ok: false, error: `open ${path}: no such file or directory` };
  return { ok: true, file: { kind: 'text', text } };
}

export const etcdctl: Builtin = (args, env) =>
  run(args, {
    etcd: env.cluster.etcd,
    localMember: env.cluster.etcd.members[0],
    readFile: (path) => readFile(env.fs, path),
    environ: env.environ ?? new Map(),
    now: env.cluster.clock.now(),
    wait: (ms) => env.cluster.advance(ms),
    keys: () => registryKeys(env.cluster.api.store),
  });

import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

const TLS = '--cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key';
const EXEC = 'kubectl -n kube-system exec etcd-k8s-master -- ';

describe('etcdctl in the etcd static pod (kubeadm)', () => {
  const t = transcriptOf('etcd-exec.sh', 1);

  it('mounts the certificates and the data directory from the node, on the host network', () => {
    expect(t).toContain('\ntrue etcd-certs=/etc/kubernetes/pki/etcd etcd-data=/var/lib/etcd \n');
  });

  it("lists the API server's keys and answers health through 127.0.0.1:2379", () => {
    expect(outputOf(t, `${EXEC}etcdctl ${TLS} get /registry/namespaces --prefix --keys-only`)).toBe('/registry/namespaces/default\n\n/registry/namespaces/kube-node-lease\n\n/registry/namespaces/kube-public\n\n/registry/namespaces/kube-system\n\n');
    expect(outputOf(t, `${EXEC}etcdctl ${TLS} endpoint health`)).toMatch(/^127\.0\.0\.1:2379 is healthy: successfully committed proposal: took = [\d.]+ms\n$/);
    expect(outputOf(t, `${EXEC}etcdctl ${TLS} get /registry/namespaces/demo --keys-only`)).toBe('/registry/namespaces/demo\n\n');
  });

  it('fails as etcdctl does: no CA, a file the pod does not mount, a shell the distroless image lacks', () => {
    expect(outputOf(t, `${EXEC}etcdctl --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key member list`)).toBe('Error: context deadline exceeded\ncommand terminated with exit code 1\n');
    const clock = [...t.matchAll(/^\$ date\n\w{3} \w{3} +\d+ \d\d:\d\d:(\d\d) UTC/gm)].map((m) => +m[1]);
    expect(clock[1] - clock[0]).toBe(5);
    expect(outputOf(t, `${EXEC}etcdctl --cacert /etc/kubernetes/pki/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key member list`)).toBe('Error: open /etc/kubernetes/pki/ca.crt: no such file or directory\ncommand terminated with exit code 128\n');
    expect(outputOf(t, `${EXEC}etcd --version`)).toBe('etcd Version: 3.6.4\nGit SHA: 5400cdc\nGo Version: go1.23.11\nGo OS/Arch: linux/amd64\n');
    expect(outputOf(t, `${EXEC}sh -c 'ls /'`)).toBe('OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in $PATH: unknown\ncommand terminated with exit code 126\n');
  });
});

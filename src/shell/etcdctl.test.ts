import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { ETCDCTL_TLS_FLAGS } from '../sim/etcd/pki';
import { Shell } from './shell';

/** etcdctl with the control-plane node's etcd CA and server certificate, as kubeadm's docs run it. */
const E = `etcdctl ${ETCDCTL_TLS_FLAGS}`;

describe('etcdctl at the prompt', () => {
  it('talks to 127.0.0.1:2379 by default, the control-plane node’s own member', () => {
    const sh = new Shell({
      cluster: new Cluster({ seed: 1 }),
      fs: new MemoryWorkspace(),
    });
    expect(sh.run(`${E} member list`).out.split('\n')[0]).toMatch(/^[0-9a-f]+, started, k8s-master, https:\/\/192\.168\.0\.100:2380, https:\/\/192\.168\.0\.100:2379, false$/);
    expect(sh.run('etcd stop k8s-master').out).toBe('etcd member "k8s-master" stopped\n');
    const r = sh.run(`${E} endpoint health`);
    expect(r.out).toMatch(/^127\.0\.0\.1:2379 is unhealthy: failed to commit proposal: context deadline exceeded\nError: unhealthy cluster\n$/);
    expect(r.code).toBe(1);
    const s = sh.run(`${E} endpoint status`);
    expect(s).toMatchObject({
      out: 'Failed to get the status of endpoint 127.0.0.1:2379 (context deadline exceeded)\n',
      code: 1,
    });
  });

  it('answers the same at the prompt and in the etcd static pod (kubectl exec), the way a kubeadm cluster is reached', () => {
    const sh = new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() });
    const get = 'etcdctl --cacert /etc/kubernetes/pki/etcd/ca.crt --cert /etc/kubernetes/pki/etcd/server.crt --key /etc/kubernetes/pki/etcd/server.key get /registry/namespaces --prefix --keys-only';
    const keys = '/registry/namespaces/default\n\n/registry/namespaces/kube-node-lease\n\n/registry/namespaces/kube-public\n\n/registry/namespaces/kube-system\n\n';
    expect(sh.run(get)).toMatchObject({ out: keys, code: 0 });
    expect(sh.run(`kubectl -n kube-system exec etcd-k8s-master -- ${get}`)).toMatchObject({ out: keys, code: 0 });
    expect(sh.run(`${E} get /registry/namespaces --prefix`).out).toBe("Error: the playground's etcdctl prints keys only (add --keys-only): the values are the API server's objects in protobuf; kubectl get -o yaml shows them\n");
    expect(sh.run(`${E} member list --prefix`).out).toBe('Error: unknown flag: --prefix\n');
  });

  it('answers bad flags and commands it does not run', () => {
    const sh = new Shell({
      cluster: new Cluster({ seed: 1 }),
      fs: new MemoryWorkspace(),
    });
    expect(sh.run('etcdctl --write-out=yaml member list')).toMatchObject({
      out: 'Error: unknown output format "yaml"\n',
      code: 1,
    });
    expect(sh.run('etcdctl put a b').out).toBe('Error: the playground\'s etcdctl runs version, member list, endpoint status, endpoint health and get, not "put a b"\n');
    // version_command.go: the client's version and its API version, without asking a server
    expect(sh.run('etcdctl version').out).toBe('etcdctl version: 3.6.4\nAPI version: 3.6\n');
    expect(sh.run('etcd restart k8s-master')).toMatchObject({
      out: 'usage: etcd stop|start MEMBER | etcd members [1-7]\n',
      code: 2,
    });
  });

  it('runs a 5-member cluster that keeps its quorum with 2 members down', () => {
    const sh = new Shell({
      cluster: new Cluster({ seed: 1, etcdMembers: 5 }),
      fs: new MemoryWorkspace(),
    });
    expect(
      sh.run(`${E} member list`)
        .out.trim()
        .split('\n')
        .map((l) => l.split(', ')[2]),
    ).toEqual(['k8s-master', 'etcd-2', 'etcd-3', 'etcd-4', 'etcd-5']);
    sh.run('etcd stop etcd-2');
    sh.run('etcd stop etcd-3');
    expect(sh.run('kubectl create configmap still-writable').out).toBe('configmap/still-writable created\n');
    sh.run('etcd stop etcd-4');
    expect(sh.run('kubectl create configmap refused').out).toBe('error: failed to create configmap: Timeout: request did not complete within requested timeout - context deadline exceeded\n');
  });

  it('grows the default 3 members to 5 at the prompt (etcd members 5): quorum 3, writes go on with 2 down and stop with 3 down', () => {
    const sh = new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() });
    expect(sh.run('etcd members').out).toBe(
      '3 members, quorum 2 (floor(3/2)+1), 3 running:\n  k8s-master  192.168.0.100  running, leader\n  etcd-2      192.168.0.201  running\n  etcd-3      192.168.0.202  running\n',
    );
    expect(sh.run('etcd members 5').out).toBe('etcd has 5 members (quorum 3): added etcd-4, etcd-5\n');
    expect(sh.run(`${E} member list`).out.trim().split('\n').map((l) => l.split(', ')[2])).toEqual(['k8s-master', 'etcd-2', 'etcd-3', 'etcd-4', 'etcd-5']);
    expect(sh.run(`${E} endpoint health --cluster`).out.match(/^https:\/\/[\d.]+:2379 is healthy: /gm)).toHaveLength(5);
    sh.run('etcd stop etcd-2');
    sh.run('etcd stop etcd-3');
    expect(sh.run('kubectl create configmap still-writable').out).toBe('configmap/still-writable created\n');
    sh.run('etcd stop etcd-4');
    expect(sh.run('kubectl create configmap refused').out).toBe('error: failed to create configmap: Timeout: request did not complete within requested timeout - context deadline exceeded\n');
    // back to 3 members: a removal that leaves the smaller cluster without a quorum is refused
    expect(sh.run('etcd members 3')).toMatchObject({ code: 1 });
    expect(sh.run('etcd members 3').out).toMatch(/^etcd: /);
    expect(sh.run('etcd members 8')).toMatchObject({ out: 'usage: etcd stop|start MEMBER | etcd members [1-7]\n', code: 2 });
  });
});

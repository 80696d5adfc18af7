import { describe, expect, it } from 'vitest';
import { COMMAND_TIMEOUT_MS } from '../../etcd/etcdctl/etcdctl';
import { ETCDCTL_TLS_FLAGS } from '../../etcd/pki';
import type { KObject } from '../../types';
import { pod, testCluster } from '../test-util';
import { execInContainer } from '.';

const TLS = ETCDCTL_TLS_FLAGS.split(' ');
const ETCD_IMAGE = 'registry.k8s.io/etcd:3.6.4-0';
const CERTS = '/etc/kubernetes/pki/etcd';

/** `kubectl -n kube-system exec etcd-k8s-master -- argv`: what the terminal shows and the exit code. */
function inStaticPod() {
  const c = testCluster();
  const x = (argv: string[]) => {
    const { out, code } = execInContainer(c, 'kube-system', 'etcd-k8s-master', undefined, argv);
    return { out, code };
  };
  return { c, x };
}

/** A pod of the etcd image on the control-plane node, with what the test gives it (volumes, env, hostNetwork). */
function ownEtcdPod(container: Record<string, unknown>, spec: Record<string, unknown>) {
  const c = testCluster();
  const manifest: KObject = pod('e', [{ name: 'e', image: ETCD_IMAGE, ...container }], { nodeName: 'k8s-master', ...spec });
  c.api.create(manifest);
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'e').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  return (argv: string[]) => {
    const { out, code } = execInContainer(c, 'default', 'e', undefined, argv);
    return { out, code };
  };
}

const certsVolume = { volumes: [{ name: 'etcd-certs', hostPath: { path: CERTS, type: 'DirectoryOrCreate' } }] };
const certsMount = { volumeMounts: [{ name: 'etcd-certs', mountPath: CERTS }] };

describe('etcdctl in the etcd static pod (kubectl exec etcd-k8s-master -- etcdctl)', () => {
  it("lists the API server's keys under /registry, as on a kubeadm cluster", () => {
    const { x } = inStaticPod();
    const r = x(['etcdctl', '--cacert', `${CERTS}/ca.crt`, '--cert', `${CERTS}/server.crt`, '--key', `${CERTS}/server.key`, 'get', '/registry/namespaces', '--prefix', '--keys-only']);
    // the simple printer: each key, then its (empty) value on a line of its own
    expect(r).toEqual({ out: '/registry/namespaces/default\n\n/registry/namespaces/kube-node-lease\n\n/registry/namespaces/kube-public\n\n/registry/namespaces/kube-system\n\n', code: 0 });
    const keys = x(['etcdctl', ...TLS, 'get', '/registry', '--prefix', '--keys-only']).out.split('\n').filter(Boolean);
    expect(keys).toContain('/registry/minions/k8s-master');
    expect(keys).toContain('/registry/services/specs/default/kubernetes');
    expect(keys).toContain('/registry/pods/kube-system/etcd-k8s-master');
    expect(keys).toEqual([...keys].sort());
    expect(x(['etcdctl', ...TLS, 'get', '/registry/namespaces/default', '--keys-only']).out).toBe('/registry/namespaces/default\n\n');
    expect(x(['etcdctl', ...TLS, 'get', '/registry/namespaces', '--prefix', '--keys-only', '--limit=1']).out).toBe('/registry/namespaces/default\n\n');
    expect(x(['etcdctl', ...TLS, 'get'])).toEqual({ out: 'Error: get command needs one argument as key and an optional argument as range_end\n', code: 128 });
  });

  it('answers endpoint health and member list through 127.0.0.1:2379 (the pod is on the host network)', () => {
    const { x } = inStaticPod();
    const h = x(['etcdctl', ...TLS, 'endpoint', 'health']);
    expect(h.out).toMatch(/^127\.0\.0\.1:2379 is healthy: successfully committed proposal: took = [\d.]+ms\n$/);
    expect(h.code).toBe(0);
    expect(x(['etcdctl', ...TLS, 'member', 'list']).out.split('\n')[0]).toMatch(/^[0-9a-f]+, started, k8s-master, https:\/\/192\.168\.0\.100:2380, https:\/\/192\.168\.0\.100:2379, false$/);
  });

  it('without --cacert the handshake fails and the request runs out its 5s command timeout, as at the prompt', () => {
    const { c, x } = inStaticPod();
    const t0 = c.now();
    expect(x(['etcdctl', '--cert', `${CERTS}/server.crt`, '--key', `${CERTS}/server.key`, 'member', 'list'])).toEqual({ out: 'Error: context deadline exceeded\n', code: 1 });
    expect(c.now() - t0).toBe(COMMAND_TIMEOUT_MS);
  });

  it("reads only what the pod mounts: the cluster CA in /etc/kubernetes/pki is not in the container", () => {
    const { x } = inStaticPod();
    expect(x(['etcdctl', '--cacert=/etc/kubernetes/pki/ca.crt', '--cert', `${CERTS}/server.crt`, '--key', `${CERTS}/server.key`, 'member', 'list'])).toEqual({ out: 'Error: open /etc/kubernetes/pki/ca.crt: no such file or directory\n', code: 128 });
    expect(x(['etcdctl', `--cacert=${CERTS}`, '--cert', `${CERTS}/server.crt`, '--key', `${CERTS}/server.key`, 'member', 'list'])).toEqual({ out: `Error: read ${CERTS}: is a directory\n`, code: 128 });
  });

  it("runs the image's other executables as far as the playground knows them; what the distroless image lacks is the runtime's error", () => {
    const { x } = inStaticPod();
    expect(x(['etcd', '--version'])).toEqual({ out: 'etcd Version: 3.6.4\nGit SHA: 5400cdc\nGo Version: go1.23.11\nGo OS/Arch: linux/amd64\n', code: 0 });
    expect(x(['etcdutl', 'version'])).toEqual({ out: 'etcdutl version: 3.6.4\nAPI version: 3.6\n', code: 0 });
    expect(x(['/usr/local/bin/etcdctl', 'version'])).toEqual({ out: 'etcdctl version: 3.6.4\nAPI version: 3.6\n', code: 0 });
    for (const exe of ['sh', 'ls', 'env'])
      expect(x([exe])).toEqual({ out: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown\n`, code: 126 });
  });
});

describe('etcdctl in a pod of the etcd image', () => {
  it('without the etcd-certs mount the files are not there: etcdctl exits 128 before connecting', () => {
    const x = ownEtcdPod({ command: ['etcd'] }, { hostNetwork: true });
    // etcd's transport loads the client's key pair before the CA file
    expect(x(['etcdctl', ...TLS, 'member', 'list'])).toEqual({ out: `Error: open ${CERTS}/server.crt: no such file or directory\n`, code: 128 });
    expect(x(['etcdctl', `--cacert=${CERTS}/ca.crt`, 'member', 'list'])).toEqual({ out: `Error: open ${CERTS}/ca.crt: no such file or directory\n`, code: 128 });
  });

  it("takes ETCDCTL_* from the container's env, with the warning for ETCDCTL_API", () => {
    const env = [
      { name: 'ETCDCTL_API', value: '3' },
      { name: 'ETCDCTL_CACERT', value: `${CERTS}/ca.crt` },
      { name: 'ETCDCTL_CERT', value: `${CERTS}/healthcheck-client.crt` },
      { name: 'ETCDCTL_KEY', value: `${CERTS}/healthcheck-client.key` },
    ];
    const x = ownEtcdPod({ command: ['etcd'], env, ...certsMount }, { hostNetwork: true, ...certsVolume });
    const r = x(['etcdctl', 'member', 'list']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\{"level":"warn","ts":"[0-9T:.-]+Z","caller":"flags\/flag.go:94","msg":"unrecognized environment variable","environment-variable":"ETCDCTL_API=3"\}\n[0-9a-f]+, started, k8s-master, /);
    // a flag the variable also sets is fatal
    expect(x(['etcdctl', `--cacert=${CERTS}/ca.crt`, 'member', 'list']).out).toContain('"level":"fatal"');
  });

  it("off the host network 127.0.0.1:2379 is the pod's own loopback: only the member's address answers", () => {
    const x = ownEtcdPod({ command: ['etcd'], ...certsMount }, certsVolume);
    expect(x(['etcdctl', ...TLS, '--command-timeout=1s', 'member', 'list'])).toEqual({ out: 'Error: context deadline exceeded\n', code: 1 });
    expect(x(['etcdctl', ...TLS, '--endpoints=https://192.168.0.100:2379', 'member', 'list']).code).toBe(0);
  });
});

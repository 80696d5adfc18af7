import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster';

const mirror = (c: Cluster, component: string) => c.api.get('pods', 'kube-system', `${component}-k8s-master`);

describe("kubeadm's control-plane static pods", () => {
  const c = new Cluster({ seed: 1 });

  it('mount the host CA directories, the PKI and their kubeconfig as kubeadm v1.34 does, sorted by name', () => {
    const names = (component: string) => mirror(c, component).spec.volumes.map((v: { name: string }) => v.name);
    const ca = ['ca-certs', 'etc-ca-certificates'];
    expect(names('kube-apiserver')).toEqual([...ca, 'k8s-certs', 'usr-local-share-ca-certificates', 'usr-share-ca-certificates']);
    expect(names('kube-controller-manager')).toEqual([...ca, 'flexvolume-dir', 'k8s-certs', 'kubeconfig', 'usr-local-share-ca-certificates', 'usr-share-ca-certificates']);
    expect(names('kube-scheduler')).toEqual(['kubeconfig']);
    const kcm = mirror(c, 'kube-controller-manager');
    expect(kcm.spec.volumes.find((v: { name: string }) => v.name === 'kubeconfig').hostPath).toEqual({ path: '/etc/kubernetes/controller-manager.conf', type: 'FileOrCreate' });
    // every mount is read-only but the flexvolume directory
    expect(kcm.spec.containers[0].volumeMounts.filter((m: { readOnly?: boolean }) => !m.readOnly).map((m: { name: string }) => m.name)).toEqual(['flexvolume-dir']);
  });

  it("carry the kubelet's config hash (32 hex digits, an MD5's length) as config.hash and config.mirror, distinct per pod and not a repeated half", () => {
    const hashes = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((component) => {
      const a = mirror(c, component).metadata.annotations ?? {};
      expect(a['kubernetes.io/config.hash']).toMatch(/^[0-9a-f]{32}$/);
      expect(a['kubernetes.io/config.mirror']).toBe(a['kubernetes.io/config.hash']);
      expect(a['kubernetes.io/config.source']).toBe('file');
      return a['kubernetes.io/config.hash'];
    });
    expect(new Set(hashes).size).toBe(4);
    expect(hashes.filter((h) => h.slice(0, 16) === h.slice(16))).toEqual([]);
  });

  it('probe the API server on its advertise address: /livez, /readyz every second, /livez at startup', () => {
    const ctr = mirror(c, 'kube-apiserver').spec.containers[0];
    const get = { host: '192.168.0.100', port: 6443, scheme: 'HTTPS' };
    expect(ctr.livenessProbe).toEqual({ failureThreshold: 8, httpGet: { ...get, path: '/livez' }, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 15 });
    expect(ctr.readinessProbe).toEqual({ failureThreshold: 3, httpGet: { ...get, path: '/readyz' }, periodSeconds: 1, successThreshold: 1, timeoutSeconds: 15 });
    expect(ctr.startupProbe).toEqual({ failureThreshold: 24, httpGet: { ...get, path: '/livez' }, initialDelaySeconds: 10, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 15 });
    expect(ctr.resources).toEqual({ requests: { cpu: '250m' } });
  });

  it('probe the scheduler on /livez and /readyz and the controller manager on /healthz, with no readiness probe', () => {
    const sched = mirror(c, 'kube-scheduler').spec.containers[0];
    expect([sched.livenessProbe.httpGet.path, sched.readinessProbe.httpGet.path, sched.startupProbe.httpGet.path]).toEqual(['/livez', '/readyz', '/livez']);
    const kcm = mirror(c, 'kube-controller-manager').spec.containers[0];
    expect([kcm.livenessProbe.httpGet, kcm.readinessProbe, kcm.startupProbe.httpGet.path]).toEqual([{ host: '127.0.0.1', path: '/healthz', port: 10257, scheme: 'HTTPS' }, undefined, '/healthz']);
  });

  it('run with the arguments kubeadm sorts by name, system-node-critical and the running probes passing', () => {
    const kcm = mirror(c, 'kube-controller-manager');
    const args: string[] = kcm.spec.containers[0].command.slice(1);
    expect(args).toEqual([...args].sort());
    expect(args).toContain('--kubeconfig=/etc/kubernetes/controller-manager.conf');
    expect(args).toContain('--cluster-name=kubernetes');
    expect(mirror(c, 'kube-scheduler').spec.containers[0].command).toEqual([
      'kube-scheduler',
      '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf',
      '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
      '--bind-address=127.0.0.1',
      '--kubeconfig=/etc/kubernetes/scheduler.conf',
      '--leader-elect=true',
    ]);
    for (const component of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) {
      const p = mirror(c, component);
      expect(p.spec).toMatchObject({ priorityClassName: 'system-node-critical', priority: 2000001000 });
      expect(p.status.containerStatuses[0]).toMatchObject({ ready: true, started: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { testCluster } from '../kubelet/test-util';
import { Rng } from '../random';
import { provisionerComponent } from './provisioner-source';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}';

describe("external provisioners' event source (sig-storage-lib-external-provisioner)", () => {
  it.each([
    ['k8s.io/minikube-hostpath', 'k8s\\.io/minikube-hostpath_k8s-master'],
    ['docker.io/hostpath', 'docker\\.io/hostpath_k8s-master'],
    ['rancher.io/local-path', 'rancher\\.io/local-path_local-path-provisioner-[b-z2-9]{10}-[b-z2-9]{5}'],
    ['microk8s.io/hostpath', 'microk8s\\.io/hostpath_hostpath-provisioner-[b-z2-9]{10}-[b-z2-9]{5}'],
  ])('names %s `<provisioner>_<hostname>_<uuid>`', (provisioner, prefix) => {
    expect(provisionerComponent(provisioner, new Rng(1), 'k8s-master')).toMatch(new RegExp(`^${prefix}_${UUID}$`));
  });

  it('signs all of one provisioner’s events with the same name', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'mk' }, provisioner: 'k8s.io/minikube-hostpath' });
    for (const claim of ['mk-1', 'mk-2']) {
      c.api.create({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: claim, namespace: 'default' }, spec: { storageClassName: 'mk', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } });
    }
    c.advance(3_000);
    const events = c.api.list('events', 'default');
    const sources = new Set(events.filter((e) => e.involvedObject.name.startsWith('mk-') && e.reason !== 'ExternalProvisioning').map((e) => e.source.component));
    expect(sources.size).toBe(1);
    expect([...sources][0]).toMatch(new RegExp(`^k8s\\.io/minikube-hostpath_[a-z0-9-]+_${UUID}$`));
  });
});

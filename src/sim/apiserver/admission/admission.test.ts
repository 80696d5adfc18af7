import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { errorOf, testApi } from '../testing';

const pod = (name: string, ns = 'default', spec: object = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: ns },
  spec: { containers: [{ name: 'main', image: 'nginx' }], ...spec },
});

describe('admission', () => {
  it('answers NotFound for a missing namespace, before field validation', () => {
    const api = testApi();
    expect(errorOf(() => api.create({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'Bad_Name', namespace: 'nope' }, spec: {} }))).toBe(
      'namespaces "nope" not found',
    );
  });

  it('refuses new content in a terminating namespace', () => {
    const api = testApi(['default', 'team']);
    api.delete('namespaces', undefined, 'team');
    expect(api.get('namespaces', undefined, 'team').status.phase).toBe('Terminating');
    expect(errorOf(() => api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', namespace: 'team' } }))).toBe(
      'configmaps "c" is forbidden: unable to create new content in namespace team because it is being terminated',
    );
    expect(errorOf(() => api.create({ ...pod('', 'team'), metadata: { generateName: 'web-', namespace: 'team' } }))).toBe(
      'pods "web-" is forbidden: unable to create new content in namespace team because it is being terminated',
    );
  });

  it('never deletes default, kube-system or kube-public', () => {
    const api = testApi(['default', 'kube-system', 'kube-node-lease']);
    expect(errorOf(() => api.delete('namespaces', undefined, 'kube-system'))).toBe('namespaces "kube-system" is forbidden: this namespace may not be deleted');
    expect(errorOf(() => api.delete('namespaces', undefined, 'default', { dryRun: true }))).toBe('namespaces "default" is forbidden: this namespace may not be deleted');
    expect(errorOf(() => api.delete('namespaces', undefined, 'kube-node-lease'))).toBe('');
  });

  it('refuses a pod whose service account does not exist', () => {
    const api = testApi();
    expect(errorOf(() => api.create(pod('p', 'default', { serviceAccountName: 'builder' })))).toBe(
      'pods "p" is forbidden: error looking up service account default/builder: serviceaccount "builder" not found',
    );
  });

  it('does not mount a token when automount is off, and copies image pull secrets', () => {
    const api = testApi();
    api.create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bot' }, automountServiceAccountToken: false, imagePullSecrets: [{ name: 'reg' }] });
    const p = api.create(pod('p', 'default', { serviceAccountName: 'bot' }));
    expect(p.spec.volumes).toBeUndefined();
    expect(p.spec.imagePullSecrets).toEqual([{ name: 'reg' }]);
  });

  it('resolves priority classes', () => {
    const api = testApi();
    expect(errorOf(() => api.create(pod('p', 'default', { priorityClassName: 'gold' })))).toBe('pods "p" is forbidden: no PriorityClass with name gold was found');
    api.create({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'gold' }, value: 1000 });
    expect(api.create(pod('p', 'default', { priorityClassName: 'gold' })).spec.priority).toBe(1000);
  });

  // upstream plugin/pkg/admission/priority admission_test.go: TestPodAdmission's rows on given values
  it('refuses a pod whose own priority or preemptionPolicy differs from its class', () => {
    const api = testApi();
    api.create({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'gold' }, value: 1000, preemptionPolicy: 'Never' });
    expect(errorOf(() => api.create(pod('a', 'default', { priorityClassName: 'gold', priority: 5 })))).toBe(
      'pods "a" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 1000 from the given PriorityClass name',
    );
    expect(errorOf(() => api.create(pod('b', 'default', { priorityClassName: 'gold', preemptionPolicy: 'PreemptLowerPriority' })))).toBe(
      'pods "b" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name',
    );
    expect(errorOf(() => api.create(pod('c', 'default', { priority: 7 })))).toBe(
      'pods "c" is forbidden: the integer value of priority (7) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name',
    );
    // the same values are accepted: a pod re-created from its own YAML
    expect(api.create(pod('d', 'default', { priorityClassName: 'gold', priority: 1000, preemptionPolicy: 'Never' })).spec.priority).toBe(1000);
  });

  it('gives a pod without a class the global default', () => {
    const api = testApi();
    api.create({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'base' }, value: 10, globalDefault: true });
    expect(api.create(pod('p')).spec).toMatchObject({ priorityClassName: 'base', priority: 10, preemptionPolicy: 'PreemptLowerPriority' });
  });

  // upstream pkg/apis/scheduling/validation validation_test.go: TestValidatePriorityClass, TestValidatePriorityClassUpdate
  it('validates priority classes as ValidatePriorityClass does', () => {
    const api = testApi();
    const pc = (name: string, value: number, extra: object = {}) => ({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name }, value, ...extra });
    expect(errorOf(() => api.create(pc('system-node-critical', 5)))).toBe(
      `PriorityClass.scheduling.k8s.io "system-node-critical" is invalid: metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: value of system-node-critical PriorityClass must be 2000001000`,
    );
    expect(errorOf(() => api.create(pc('system-cluster-critical', 2000000000, { globalDefault: true })))).toBe(
      `PriorityClass.scheduling.k8s.io "system-cluster-critical" is invalid: metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: globalDefault of system-cluster-critical PriorityClass must be false`,
    );
    expect(errorOf(() => api.create(pc('p', 1, { preemptionPolicy: 'Sometimes' })))).toBe(
      'PriorityClass.scheduling.k8s.io "p" is invalid: preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"',
    );
    const made = api.create(pc('ok', 1000000000));
    expect(errorOf(() => api.update({ ...made, value: 2 }))).toBe('PriorityClass.scheduling.k8s.io "ok" is invalid: value: Forbidden: may not be changed in an update.');
  });

  it('enforces the cluster pod limit as the playground-limit quota, visible with kubectl get quota', () => {
    const c = new Cluster({ systemPods: false, maxPods: 2 });
    expect(c.api.get('resourcequotas', 'default', 'playground-limit').spec).toEqual({ hard: { pods: '2' } });
    c.api.create(pod('a'));
    c.api.create(pod('b'));
    expect(errorOf(() => c.api.create(pod('c')))).toBe('pods "c" is forbidden: exceeded quota: playground-limit, requested: pods=1, used: pods=2, limited: pods=2');
    c.runUntilIdle();
    expect(c.api.get('resourcequotas', 'default', 'playground-limit').status).toEqual({ hard: { pods: '2' }, used: { pods: '2' } });
  });

  it('gives PVCs the default StorageClass', () => {
    const api = testApi();
    api.create({
      apiVersion: 'storage.k8s.io/v1',
      kind: 'StorageClass',
      metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
      provisioner: 'rancher.io/local-path',
    });
    const claim = (name: string, extra: object = {}) => ({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...extra },
    });
    expect(api.create(claim('a')).spec.storageClassName).toBe('standard');
    expect(api.create(claim('b', { storageClassName: '' })).spec.storageClassName).toBe('');
  });
});

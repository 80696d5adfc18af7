import { describe, expect, it } from 'vitest';
import { defaultClusterRoleBindings, defaultClusterRoles } from './bootstrap-policy';

/** The system:controller: roles of a v1.34 kube-apiserver with its default feature gates (bootstrappolicy testdata/controller-roles.yaml). */
const V134_CONTROLLERS = [
  'attachdetach-controller',
  'certificate-controller',
  'clusterrole-aggregation-controller',
  'cronjob-controller',
  'daemon-set-controller',
  'deployment-controller',
  'disruption-controller',
  'endpoint-controller',
  'endpointslice-controller',
  'endpointslicemirroring-controller',
  'ephemeral-volume-controller',
  'expand-controller',
  'generic-garbage-collector',
  'horizontal-pod-autoscaler',
  'job-controller',
  'legacy-service-account-token-cleaner',
  'namespace-controller',
  'node-controller',
  'persistent-volume-binder',
  'pod-garbage-collector',
  'pv-protection-controller',
  'pvc-protection-controller',
  'replicaset-controller',
  'replication-controller',
  'resource-claim-controller',
  'resourcequota-controller',
  'root-ca-cert-publisher',
  'route-controller',
  'selinux-warning-controller',
  'service-account-controller',
  'service-cidrs-controller',
  'service-controller',
  'statefulset-controller',
  'ttl-after-finished-controller',
  'ttl-controller',
  'validatingadmissionpolicy-status-controller',
  'volumeattributesclass-protection-controller',
];

describe('controller roles', () => {
  it("are v1.34's, each bound to its controller's ServiceAccount in kube-system", () => {
    const roles = defaultClusterRoles().filter((r) => r.metadata.name?.startsWith('system:controller:'));
    expect(roles.map((r) => String(r.metadata.name).slice('system:controller:'.length)).sort()).toEqual(V134_CONTROLLERS);
    const bindings = new Map(defaultClusterRoleBindings().map((b) => [b.metadata.name, b]));
    for (const c of V134_CONTROLLERS) {
      const b = bindings.get(`system:controller:${c}`)!;
      expect(b.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: `system:controller:${c}` });
      expect(b.subjects).toEqual([{ kind: 'ServiceAccount', name: c, namespace: 'kube-system' }]);
      expect(b.metadata.labels).toEqual({ 'kubernetes.io/bootstrapping': 'rbac-defaults' });
    }
  });

  it('list their verbs, groups and resources sorted, as the policy builder does', () => {
    const rs = defaultClusterRoles().find((r) => r.metadata.name === 'system:controller:replicaset-controller')!;
    expect(rs.rules[0]).toEqual({ apiGroups: ['apps', 'extensions'], resources: ['replicasets'], verbs: ['get', 'list', 'update', 'watch'] });
    expect(rs.rules.at(-1)).toEqual({ apiGroups: ['', 'events.k8s.io'], resources: ['events'], verbs: ['create', 'patch', 'update'] });
  });
});

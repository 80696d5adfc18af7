/**
 * The ServiceAccounts in kube-system that kube-controller-manager's client builder creates as it
 * starts each controller, under kubeadm's `--use-service-account-credentials=true` and
 * `--controllers=*,bootstrapsigner,tokencleaner` with v1.34's default feature gates: the names
 * its controllers pass to `ClientOrDie` (several controllers share one: the node lifecycle, IPAM
 * and taint eviction controllers all use node-controller's, the CSR signer, approver and cleaner
 * certificate-controller's, as in v1.34's cmd/kube-controller-manager/app/certificates.go).
 * Cloud controllers (service-lb-controller, node-route-controller, cloud-node-lifecycle) are
 * `isCloudProviderController` and skipped before their constructor runs, so no service-controller
 * account is created; the load-balancer add-on's kube-system/service-controller identity stands
 * for a cloud-controller-manager outside this list. The SELinux warning controller is
 * `isDisabledByDefault` (and gated on SELinuxChangePolicy).
 */
export const CONTROLLER_ACCOUNTS = [
  'attachdetach-controller',
  'bootstrap-signer',
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
  'service-account-controller',
  'service-cidrs-controller',
  'statefulset-controller',
  'token-cleaner',
  'ttl-after-finished-controller',
  'ttl-controller',
  'validatingadmissionpolicy-status-controller',
  'volumeattributesclass-protection-controller',
] as const;

export type ControllerAccount = (typeof CONTROLLER_ACCOUNTS)[number];

/** The namespace of every controller's ServiceAccount. */
export const CONTROLLER_ACCOUNTS_NAMESPACE = 'kube-system';

/**
 * What the client-node models lack, kept by hand for the schema generator. Each entry names its
 * upstream source: the Go type in k8s.io/api (or apimachinery) that carries the fact.
 * Keys are `<package>.<version>.<Definition>.<field>` as the generator names them.
 */

/** `+enum` string types: the generator's source types them as plain strings. */
export const ENUMS: Record<string, string[]> = {
  'core.v1.PodSpec.restartPolicy': ['Always', 'Never', 'OnFailure'], // core/v1 types.go RestartPolicy
  'core.v1.PodSpec.dnsPolicy': ['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'], // core/v1 types.go DNSPolicy
  'core.v1.PodSpec.preemptionPolicy': ['Never', 'PreemptLowerPriority'], // core/v1 types.go PreemptionPolicy
  'core.v1.PodSecurityContext.supplementalGroupsPolicy': ['Merge', 'Strict'], // core/v1 types.go SupplementalGroupsPolicy
  'core.v1.Container.imagePullPolicy': ['Always', 'IfNotPresent', 'Never'], // core/v1 types.go PullPolicy
  'core.v1.Container.terminationMessagePolicy': ['FallbackToLogsOnError', 'File'], // core/v1 types.go TerminationMessagePolicy
  'core.v1.Container.restartPolicy': ['Always'], // core/v1 types.go ContainerRestartPolicy
  'core.v1.ContainerPort.protocol': ['SCTP', 'TCP', 'UDP'], // core/v1 types.go Protocol
  'core.v1.ServicePort.protocol': ['SCTP', 'TCP', 'UDP'], // core/v1 types.go Protocol
  'core.v1.ServiceSpec.type': ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'], // core/v1 types.go ServiceType
  'core.v1.ServiceSpec.sessionAffinity': ['ClientIP', 'None'], // core/v1 types.go ServiceAffinity
  'core.v1.ServiceSpec.externalTrafficPolicy': ['Cluster', 'Local'], // core/v1 types.go ServiceExternalTrafficPolicy
  'core.v1.ServiceSpec.internalTrafficPolicy': ['Cluster', 'Local'], // core/v1 types.go ServiceInternalTrafficPolicy
  'core.v1.ServiceSpec.ipFamilyPolicy': ['PreferDualStack', 'RequireDualStack', 'SingleStack'], // core/v1 types.go IPFamilyPolicy
  'core.v1.HTTPGetAction.scheme': ['HTTP', 'HTTPS'], // core/v1 types.go URIScheme
  'core.v1.Toleration.operator': ['Equal', 'Exists'], // core/v1 types.go TolerationOperator
  'core.v1.Toleration.effect': ['NoExecute', 'NoSchedule', 'PreferNoSchedule'], // core/v1 types.go TaintEffect
  'core.v1.Taint.effect': ['NoExecute', 'NoSchedule', 'PreferNoSchedule'], // core/v1 types.go TaintEffect
  'core.v1.NodeSelectorRequirement.operator': ['DoesNotExist', 'Exists', 'Gt', 'In', 'Lt', 'NotIn'], // core/v1 types.go NodeSelectorOperator
  'core.v1.PersistentVolumeSpec.persistentVolumeReclaimPolicy': ['Delete', 'Recycle', 'Retain'], // core/v1 types.go PersistentVolumeReclaimPolicy
  'core.v1.PersistentVolumeSpec.volumeMode': ['Block', 'Filesystem'], // core/v1 types.go PersistentVolumeMode
  'core.v1.PersistentVolumeClaimSpec.volumeMode': ['Block', 'Filesystem'], // core/v1 types.go PersistentVolumeMode
  'apps.v1.DeploymentStrategy.type': ['Recreate', 'RollingUpdate'], // apps/v1 types.go DeploymentStrategyType
  'apps.v1.StatefulSetSpec.podManagementPolicy': ['OrderedReady', 'Parallel'], // apps/v1 types.go PodManagementPolicyType
  'apps.v1.StatefulSetUpdateStrategy.type': ['OnDelete', 'RollingUpdate'], // apps/v1 types.go StatefulSetUpdateStrategyType
  'apps.v1.DaemonSetUpdateStrategy.type': ['OnDelete', 'RollingUpdate'], // apps/v1 types.go DaemonSetUpdateStrategyType
  'batch.v1.CronJobSpec.concurrencyPolicy': ['Allow', 'Forbid', 'Replace'], // batch/v1 types.go ConcurrencyPolicy
  'batch.v1.JobSpec.completionMode': ['Indexed', 'NonIndexed'], // batch/v1 types.go CompletionMode
  'networking.v1.HTTPIngressPath.pathType': ['Exact', 'ImplementationSpecific', 'Prefix'], // networking/v1 types.go PathType
  'networking.v1.NetworkPolicyPort.protocol': ['SCTP', 'TCP', 'UDP'], // core/v1 types.go Protocol
  'storage.v1.StorageClass.reclaimPolicy': ['Delete', 'Recycle', 'Retain'], // core/v1 types.go PersistentVolumeReclaimPolicy
  'storage.v1.StorageClass.volumeBindingMode': ['Immediate', 'WaitForFirstConsumer'], // storage/v1 types.go VolumeBindingMode
};

/** Array-valued enums: the item values. */
export const ITEM_ENUMS: Record<string, string[]> = {
  'core.v1.PersistentVolumeSpec.accessModes': ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'], // core/v1 types.go PersistentVolumeAccessMode
  'core.v1.PersistentVolumeClaimSpec.accessModes': ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'], // core/v1 types.go PersistentVolumeAccessMode
  'networking.v1.NetworkPolicySpec.policyTypes': ['Egress', 'Ingress'], // networking/v1 types.go PolicyType
};

/**
 * Fields of type resource.Quantity (apimachinery/pkg/api/resource), or maps of it (ResourceList):
 * the source types them as strings, but a Quantity also decodes from a JSON number.
 */
export const QUANTITY = new Set([
  'autoscaling.v2.MetricTarget.averageValue', // autoscaling/v2 types.go MetricTarget
  'autoscaling.v2.MetricTarget.value',
  'autoscaling.v2.MetricValueStatus.averageValue', // autoscaling/v2 types.go MetricValueStatus
  'autoscaling.v2.MetricValueStatus.value',
  'core.v1.ContainerStatus.allocatedResources', // core/v1 types.go ContainerStatus (ResourceList)
  'core.v1.EmptyDirVolumeSource.sizeLimit', // core/v1 types.go EmptyDirVolumeSource
  'core.v1.LimitRangeItem.default', // core/v1 types.go LimitRangeItem (ResourceList)
  'core.v1.LimitRangeItem.defaultRequest',
  'core.v1.LimitRangeItem.max',
  'core.v1.LimitRangeItem.maxLimitRequestRatio',
  'core.v1.LimitRangeItem.min',
  'core.v1.NodeStatus.allocatable', // core/v1 types.go NodeStatus (ResourceList)
  'core.v1.NodeStatus.capacity',
  'core.v1.PersistentVolumeClaimStatus.allocatedResources', // core/v1 types.go PersistentVolumeClaimStatus (ResourceList)
  'core.v1.PersistentVolumeClaimStatus.capacity',
  'core.v1.PersistentVolumeSpec.capacity', // core/v1 types.go PersistentVolumeSpec (ResourceList)
  'core.v1.PodSpec.overhead', // core/v1 types.go PodSpec (ResourceList)
  'core.v1.ResourceFieldSelector.divisor', // core/v1 types.go ResourceFieldSelector
  'core.v1.ResourceQuotaSpec.hard', // core/v1 types.go ResourceQuotaSpec (ResourceList)
  'core.v1.ResourceQuotaStatus.hard', // core/v1 types.go ResourceQuotaStatus (ResourceList)
  'core.v1.ResourceQuotaStatus.used',
  'core.v1.ResourceRequirements.limits', // core/v1 types.go ResourceRequirements (ResourceList)
  'core.v1.ResourceRequirements.requests',
  'core.v1.VolumeResourceRequirements.limits', // core/v1 types.go VolumeResourceRequirements (ResourceList)
  'core.v1.VolumeResourceRequirements.requests',
  'node.v1.Overhead.podFixed', // node/v1 types.go Overhead (ResourceList)
  'resource.v1.CapacityRequirements.requests', // resource/v1 types.go CapacityRequirements
  'resource.v1.DeviceCapacity.value', // resource/v1 types.go DeviceCapacity
  'resource.v1.Counter.value', // resource/v1 types.go Counter
  'storage.v1.CSIStorageCapacity.capacity', // storage/v1 types.go CSIStorageCapacity
  'storage.v1.CSIStorageCapacity.maximumVolumeSize',
]);

/**
 * Models whose class name carries only a version, filed by the generator's reach heuristic under a
 * package that is not theirs: their Go package, which upstream's OpenAPI names them by.
 */
export const PACKAGES: Record<string, string> = {
  V1LabelSelector: 'meta', // apimachinery/pkg/apis/meta/v1 types.go LabelSelector
  V1LabelSelectorRequirement: 'meta', // apimachinery/pkg/apis/meta/v1 types.go LabelSelectorRequirement
  V1Condition: 'meta', // apimachinery/pkg/apis/meta/v1 types.go Condition
  V1FieldSelectorRequirement: 'meta', // apimachinery/pkg/apis/meta/v1 types.go FieldSelectorRequirement
  V1Scale: 'autoscaling', // api/autoscaling/v1 types.go Scale
  V1ScaleSpec: 'autoscaling', // api/autoscaling/v1 types.go ScaleSpec
  V1ScaleStatus: 'autoscaling', // api/autoscaling/v1 types.go ScaleStatus
  V1Eviction: 'policy', // api/policy/v1 types.go Eviction
  V1TokenRequestSpec: 'authentication', // api/authentication/v1 types.go TokenRequestSpec
  V1TokenRequestStatus: 'authentication', // api/authentication/v1 types.go TokenRequestStatus
  V1BoundObjectReference: 'authentication', // api/authentication/v1 types.go BoundObjectReference
  V1TopologySelectorTerm: 'core', // api/core/v1 types.go TopologySelectorTerm
  V1TopologySelectorLabelRequirement: 'core', // api/core/v1 types.go TopologySelectorLabelRequirement
};

/** API groups whose Go package is not the group's first label. */
export const GROUP_PACKAGES: Record<string, string> = {
  'internal.apiserver.k8s.io': 'apiserverinternal', // api/apiserverinternal/v1alpha1 register.go GroupName
};


/**
 * Required fields in Go struct order for the definitions whose types kubectl's binary carries no
 * protobuf message for (the CRD and APIService types); only those whose order is not the source's
 * alphabetical one.
 */
export const REQUIRED_ORDER: Record<string, string[]> = {
  'apiextensions.v1.ServiceReference': ['namespace', 'name'], // apiextensions-apiserver/pkg/apis/apiextensions/v1 types.go ServiceReference
  'apiextensions.v1.CustomResourceColumnDefinition': ['name', 'type', 'jsonPath'], // same file, CustomResourceColumnDefinition
  'apiextensions.v1.CustomResourceDefinitionCondition': ['type', 'status'], // same file, CustomResourceDefinitionCondition
  'apiextensions.v1.CustomResourceDefinitionNames': ['plural', 'kind'], // same file, CustomResourceDefinitionNames
  'apiregistration.v1.APIServiceCondition': ['type', 'status'], // kube-aggregator/pkg/apis/apiregistration/v1 types.go APIServiceCondition
};

/**
 * Optional fields whose Go json tag has no omitempty: encoding/json writes them even when empty
 * (`serviceName: ""`, `rules: null`). Read from the `+optional` fields of k8s.io/api v0.34.5 types.go.
 */
export const NO_OMITEMPTY = new Set([
  'apps.v1.StatefulSetOrdinals.start', // k8s.io/api apps/v1/types.go StatefulSetOrdinals
  'apps.v1.StatefulSetSpec.serviceName', // k8s.io/api apps/v1/types.go StatefulSetSpec
  'apps.v1.StatefulSetStatus.availableReplicas', // k8s.io/api apps/v1/types.go StatefulSetStatus
  'authentication.v1.TokenRequestSpec.expirationSeconds', // k8s.io/api authentication/v1/types.go TokenRequestSpec
  'authentication.v1.TokenRequestSpec.boundObjectRef', // k8s.io/api authentication/v1/types.go TokenRequestSpec
  'autoscaling.v2.HorizontalPodAutoscalerStatus.currentMetrics', // k8s.io/api autoscaling/v2/types.go HorizontalPodAutoscalerStatus
  'core.v1.TypedObjectReference.apiGroup', // k8s.io/api core/v1/types.go TypedObjectReference
  'core.v1.AzureFilePersistentVolumeSource.secretNamespace', // k8s.io/api core/v1/types.go AzureFilePersistentVolumeSource
  'core.v1.ProjectedVolumeSource.sources', // k8s.io/api core/v1/types.go ProjectedVolumeSource
  'core.v1.GRPCAction.service', // k8s.io/api core/v1/types.go GRPCAction
  'core.v1.NodeRuntimeHandler.name', // k8s.io/api core/v1/types.go NodeRuntimeHandler
  'core.v1.ContainerImage.names', // k8s.io/api core/v1/types.go ContainerImage
  'core.v1.TypedLocalObjectReference.apiGroup', // k8s.io/api core/v1/types.go TypedLocalObjectReference
  'core.v1.Event.reportingComponent', // k8s.io/api core/v1/types.go Event
  'core.v1.Event.reportingInstance', // k8s.io/api core/v1/types.go Event
  'discovery.v1.EndpointSlice.ports', // k8s.io/api discovery/v1/types.go EndpointSlice
  'events.v1.Event.metadata', // k8s.io/api events/v1/types.go Event
  'flowcontrol.v1.FlowSchemaSpec.matchingPrecedence', // k8s.io/api flowcontrol/v1/types.go FlowSchemaSpec
  'flowcontrol.v1.ResourcePolicyRule.namespaces', // k8s.io/api flowcontrol/v1/types.go ResourcePolicyRule
  'flowcontrol.v1.LimitedPriorityLevelConfiguration.nominalConcurrencyShares', // k8s.io/api flowcontrol/v1/types.go LimitedPriorityLevelConfiguration
  'flowcontrol.v1.QueuingConfiguration.queues', // k8s.io/api flowcontrol/v1/types.go QueuingConfiguration
  'flowcontrol.v1.QueuingConfiguration.handSize', // k8s.io/api flowcontrol/v1/types.go QueuingConfiguration
  'flowcontrol.v1.QueuingConfiguration.queueLengthLimit', // k8s.io/api flowcontrol/v1/types.go QueuingConfiguration
  'networking.v1.NetworkPolicySpec.podSelector', // k8s.io/api networking/v1/types.go NetworkPolicySpec
  'networking.v1.IngressClassParametersReference.scope', // k8s.io/api networking/v1/types.go IngressClassParametersReference
  'rbac.v1.Role.rules', // k8s.io/api rbac/v1/types.go Role
  'rbac.v1.ClusterRole.rules', // k8s.io/api rbac/v1/types.go ClusterRole
  'resource.v1.ResourceSliceSpec.devices', // k8s.io/api resource/v1/types.go ResourceSliceSpec
  'resource.v1.CapacityRequestPolicy.default', // k8s.io/api resource/v1/types.go CapacityRequestPolicy
  'resource.v1.ResourceClaimSpec.devices', // k8s.io/api resource/v1/types.go ResourceClaimSpec
  'resource.v1.DeviceClaim.requests', // k8s.io/api resource/v1/types.go DeviceClaim
  'resource.v1.AllocatedDeviceStatus.conditions', // k8s.io/api resource/v1/types.go AllocatedDeviceStatus
  'resource.v1beta1.ResourceSliceSpec.devices', // k8s.io/api resource/v1beta1/types.go ResourceSliceSpec
  'resource.v1beta1.CapacityRequestPolicy.default', // k8s.io/api resource/v1beta1/types.go CapacityRequestPolicy
  'resource.v1beta1.ResourceClaimSpec.devices', // k8s.io/api resource/v1beta1/types.go ResourceClaimSpec
  'resource.v1beta1.DeviceClaim.requests', // k8s.io/api resource/v1beta1/types.go DeviceClaim
  'resource.v1beta1.DeviceRequest.deviceClassName', // k8s.io/api resource/v1beta1/types.go DeviceRequest
  'resource.v1beta1.AllocatedDeviceStatus.conditions', // k8s.io/api resource/v1beta1/types.go AllocatedDeviceStatus
  'resource.v1beta2.ResourceSliceSpec.devices', // k8s.io/api resource/v1beta2/types.go ResourceSliceSpec
  'resource.v1beta2.CapacityRequestPolicy.default', // k8s.io/api resource/v1beta2/types.go CapacityRequestPolicy
  'resource.v1beta2.ResourceClaimSpec.devices', // k8s.io/api resource/v1beta2/types.go ResourceClaimSpec
  'resource.v1beta2.DeviceClaim.requests', // k8s.io/api resource/v1beta2/types.go DeviceClaim
  'resource.v1beta2.AllocatedDeviceStatus.conditions', // k8s.io/api resource/v1beta2/types.go AllocatedDeviceStatus
  'storage.v1.CSINodeDriver.topologyKeys', // k8s.io/api storage/v1/types.go CSINodeDriver
]);

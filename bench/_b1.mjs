// bench/sim-size.ts
import { performance } from "node:perf_hooks";

// src/sim/internal-error.ts
var InternalError = class extends Error {
};

// src/sim/own.ts
function isJsonMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function own(o, key3) {
  return typeof o === "object" && o !== null && Object.hasOwn(o, key3) ? o[key3] : void 0;
}
function hasOwn(o, key3) {
  return typeof o === "object" && o !== null && Object.hasOwn(o, key3);
}
function setOwn(o, key3, value2) {
  if (key3 === "__proto__") Object.defineProperty(o, key3, { value: value2, writable: true, enumerable: true, configurable: true });
  else o[key3] = value2;
}

// src/sim/types.ts
var ApiError = class extends Error {
  constructor(code, reason, message, causes = [], details = {}) {
    super(message);
    this.code = code;
    this.reason = reason;
    this.causes = causes;
    this.details = details;
  }
  code;
  reason;
  causes;
  details;
};

// src/sim/quantity.ts
var BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
var DECIMAL = { n: 1e-9, u: 1e-6, m: 1e-3, "": 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
var QUANTITY_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
function isQuantity(v) {
  return typeof v === "number" && isFinite(v) || typeof v === "string" && QUANTITY_RE.test(v.trim());
}
function parseQuantity(v) {
  if (typeof v === "number") return v;
  const m = QUANTITY_RE.exec(v.trim());
  if (!m) throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  const n = Number(m[1]);
  const suffix = m[2] ?? "";
  if (suffix in BINARY) return n * BINARY[suffix];
  if (suffix in DECIMAL) return n * DECIMAL[suffix];
  return n * Math.pow(10, Number(suffix.slice(1)));
}
function milliCpu(v) {
  return v === void 0 ? 0 : Math.round(parseQuantity(v) * 1e3);
}
function bytes(v) {
  return v === void 0 ? 0 : Math.round(parseQuantity(v));
}

// src/generated/schema.json
var schema_default = { defs: { "admissionregistration.v1.ServiceReference": { p: { name: { t: "string" }, namespace: { t: "string" }, path: { t: "string" }, port: { t: "int32" } }, req: ["name", "namespace"] }, "admissionregistration.v1.WebhookClientConfig": { p: { caBundle: { t: "bytes" }, service: { t: "ref", r: "admissionregistration.v1.ServiceReference" }, url: { t: "string" } } }, "apiextensions.v1.ServiceReference": { p: { name: { t: "string" }, namespace: { t: "string" }, path: { t: "string" }, port: { t: "int32" } }, req: ["name", "namespace"] }, "apiextensions.v1.WebhookClientConfig": { p: { caBundle: { t: "bytes" }, service: { t: "ref", r: "apiextensions.v1.ServiceReference" }, url: { t: "string" } } }, "apiregistration.v1.ServiceReference": { p: { name: { t: "string" }, namespace: { t: "string" }, port: { t: "int32" } } }, "authentication.v1.TokenRequest": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.TokenRequestSpec" }, status: { t: "ref", r: "core.v1.TokenRequestStatus" } }, req: ["spec"] }, "core.v1.EndpointPort": { p: { appProtocol: { t: "string" }, name: { t: "string" }, port: { t: "int32" }, protocol: { t: "string" } }, req: ["port"] }, "core.v1.Event": { p: { action: { t: "string" }, apiVersion: { t: "string" }, count: { t: "int32" }, eventTime: { t: "microtime" }, firstTimestamp: { t: "time" }, involvedObject: { t: "ref", r: "core.v1.ObjectReference" }, kind: { t: "string" }, lastTimestamp: { t: "time" }, message: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, reason: { t: "string" }, related: { t: "ref", r: "core.v1.ObjectReference" }, reportingComponent: { t: "string" }, reportingInstance: { t: "string" }, series: { t: "ref", r: "core.v1.EventSeries" }, source: { t: "ref", r: "core.v1.EventSource" }, type: { t: "string" } }, req: ["involvedObject", "metadata"], gvk: ["v1", "Event"] }, "core.v1.EventList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Event" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "EventList"] }, "core.v1.EventSeries": { p: { count: { t: "int32" }, lastObservedTime: { t: "microtime" } } }, "core.v1.ResourceClaim": { p: { name: { t: "string" }, request: { t: "string" } }, req: ["name"] }, "discovery.v1.EndpointPort": { p: { appProtocol: { t: "string" }, name: { t: "string" }, port: { t: "int32" }, protocol: { t: "string" } } }, "events.v1.Event": { p: { action: { t: "string" }, apiVersion: { t: "string" }, deprecatedCount: { t: "int32" }, deprecatedFirstTimestamp: { t: "time" }, deprecatedLastTimestamp: { t: "time" }, deprecatedSource: { t: "ref", r: "core.v1.EventSource" }, eventTime: { t: "microtime" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, note: { t: "string" }, reason: { t: "string" }, regarding: { t: "ref", r: "core.v1.ObjectReference" }, related: { t: "ref", r: "core.v1.ObjectReference" }, reportingController: { t: "string" }, reportingInstance: { t: "string" }, series: { t: "ref", r: "events.v1.EventSeries" }, type: { t: "string" } }, req: ["eventTime"], gvk: ["events.k8s.io/v1", "Event"] }, "events.v1.EventList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "events.v1.Event" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["events.k8s.io/v1", "EventList"] }, "events.v1.EventSeries": { p: { count: { t: "int32" }, lastObservedTime: { t: "microtime" } }, req: ["count", "lastObservedTime"] }, "flowcontrol.v1.Subject": { p: { group: { t: "ref", r: "flowcontrol.v1.GroupSubject" }, kind: { t: "string" }, serviceAccount: { t: "ref", r: "flowcontrol.v1.ServiceAccountSubject" }, user: { t: "ref", r: "flowcontrol.v1.UserSubject" } }, req: ["kind"] }, "rbac.v1.Subject": { p: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, namespace: { t: "string" } }, req: ["kind", "name"] }, "resource.v1.ResourceClaim": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1.ResourceClaimSpec" }, status: { t: "ref", r: "resource.v1.ResourceClaimStatus" } }, req: ["spec"], gvk: ["resource.k8s.io/v1", "ResourceClaim"] }, "storage.v1.TokenRequest": { p: { audience: { t: "string" }, expirationSeconds: { t: "int64" } }, req: ["audience"] }, "meta.v1.APIGroup": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, preferredVersion: { t: "ref", r: "meta.v1.GroupVersionForDiscovery" }, serverAddressByClientCIDRs: { t: "array", it: { t: "ref", r: "meta.v1.ServerAddressByClientCIDR" } }, versions: { t: "array", it: { t: "ref", r: "meta.v1.GroupVersionForDiscovery" } } }, req: ["name", "versions"] }, "meta.v1.APIGroupList": { p: { apiVersion: { t: "string" }, groups: { t: "array", it: { t: "ref", r: "meta.v1.APIGroup" } }, kind: { t: "string" } }, req: ["groups"] }, "meta.v1.APIResource": { p: { categories: { t: "array", it: { t: "string" } }, group: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, namespaced: { t: "bool" }, shortNames: { t: "array", it: { t: "string" } }, singularName: { t: "string" }, storageVersionHash: { t: "string" }, verbs: { t: "array", it: { t: "string" } }, version: { t: "string" } }, req: ["kind", "name", "namespaced", "singularName", "verbs"] }, "meta.v1.APIResourceList": { p: { apiVersion: { t: "string" }, groupVersion: { t: "string" }, kind: { t: "string" }, resources: { t: "array", it: { t: "ref", r: "meta.v1.APIResource" } } }, req: ["groupVersion", "resources"] }, "apiregistration.v1.APIService": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "apiregistration.v1.APIServiceSpec" }, status: { t: "ref", r: "apiregistration.v1.APIServiceStatus" } }, gvk: ["apiregistration.k8s.io/v1", "APIService"] }, "apiregistration.v1.APIServiceCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "apiregistration.v1.APIServiceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apiregistration.v1.APIService" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apiregistration.k8s.io/v1", "APIServiceList"] }, "apiregistration.v1.APIServiceSpec": { p: { caBundle: { t: "bytes" }, group: { t: "string" }, groupPriorityMinimum: { t: "int32" }, insecureSkipTLSVerify: { t: "bool" }, service: { t: "ref", r: "apiregistration.v1.ServiceReference" }, version: { t: "string" }, versionPriority: { t: "int32" } }, req: ["groupPriorityMinimum", "versionPriority"] }, "apiregistration.v1.APIServiceStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "apiregistration.v1.APIServiceCondition" } } } }, "meta.v1.APIVersions": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, serverAddressByClientCIDRs: { t: "array", it: { t: "ref", r: "meta.v1.ServerAddressByClientCIDR" } }, versions: { t: "array", it: { t: "string" } } }, req: ["serverAddressByClientCIDRs", "versions"] }, "core.v1.AWSElasticBlockStoreVolumeSource": { p: { fsType: { t: "string" }, partition: { t: "int32" }, readOnly: { t: "bool" }, volumeID: { t: "string" } }, req: ["volumeID"] }, "core.v1.Affinity": { p: { nodeAffinity: { t: "ref", r: "core.v1.NodeAffinity" }, podAffinity: { t: "ref", r: "core.v1.PodAffinity" }, podAntiAffinity: { t: "ref", r: "core.v1.PodAntiAffinity" } } }, "rbac.v1.AggregationRule": { p: { clusterRoleSelectors: { t: "array", it: { t: "ref", r: "core.v1.LabelSelector" } } } }, "resource.v1.AllocatedDeviceStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, data: { t: "any" }, device: { t: "string" }, driver: { t: "string" }, networkData: { t: "ref", r: "resource.v1.NetworkDeviceData" }, pool: { t: "string" }, shareID: { t: "string" } }, req: ["device", "driver", "pool"] }, "resource.v1.AllocationResult": { p: { allocationTimestamp: { t: "time" }, devices: { t: "ref", r: "resource.v1.DeviceAllocationResult" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" } } }, "core.v1.AppArmorProfile": { p: { localhostProfile: { t: "string" }, type: { t: "string" } }, req: ["type"] }, "core.v1.AttachedVolume": { p: { devicePath: { t: "string" }, name: { t: "string" } }, req: ["devicePath", "name"] }, "admissionregistration.v1.AuditAnnotation": { p: { key: { t: "string" }, valueExpression: { t: "string" } }, req: ["key", "valueExpression"] }, "core.v1.AzureDiskVolumeSource": { p: { cachingMode: { t: "string" }, diskName: { t: "string" }, diskURI: { t: "string" }, fsType: { t: "string" }, kind: { t: "string" }, readOnly: { t: "bool" } }, req: ["diskName", "diskURI"] }, "core.v1.AzureFilePersistentVolumeSource": { p: { readOnly: { t: "bool" }, secretName: { t: "string" }, secretNamespace: { t: "string" }, shareName: { t: "string" } }, req: ["secretName", "shareName"] }, "core.v1.AzureFileVolumeSource": { p: { readOnly: { t: "bool" }, secretName: { t: "string" }, shareName: { t: "string" } }, req: ["secretName", "shareName"] }, "core.v1.Binding": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, target: { t: "ref", r: "core.v1.ObjectReference" } }, req: ["target"], gvk: ["v1", "Binding"] }, "core.v1.BoundObjectReference": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, uid: { t: "string" } } }, "resource.v1.CELDeviceSelector": { p: { expression: { t: "string" } }, req: ["expression"] }, "storage.v1.CSIDriver": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "storage.v1.CSIDriverSpec" } }, req: ["spec"], gvk: ["storage.k8s.io/v1", "CSIDriver"] }, "storage.v1.CSIDriverList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1.CSIDriver" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1", "CSIDriverList"] }, "storage.v1.CSIDriverSpec": { p: { attachRequired: { t: "bool" }, fsGroupPolicy: { t: "string" }, nodeAllocatableUpdatePeriodSeconds: { t: "int64" }, podInfoOnMount: { t: "bool" }, requiresRepublish: { t: "bool" }, seLinuxMount: { t: "bool" }, storageCapacity: { t: "bool" }, tokenRequests: { t: "array", it: { t: "ref", r: "storage.v1.TokenRequest" } }, volumeLifecycleModes: { t: "array", it: { t: "string" } } } }, "storage.v1.CSINode": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "storage.v1.CSINodeSpec" } }, req: ["spec"], gvk: ["storage.k8s.io/v1", "CSINode"] }, "storage.v1.CSINodeDriver": { p: { allocatable: { t: "ref", r: "storage.v1.VolumeNodeResources" }, name: { t: "string" }, nodeID: { t: "string" }, topologyKeys: { t: "array", it: { t: "string" } } }, req: ["name", "nodeID"] }, "storage.v1.CSINodeList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1.CSINode" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1", "CSINodeList"] }, "storage.v1.CSINodeSpec": { p: { drivers: { t: "array", it: { t: "ref", r: "storage.v1.CSINodeDriver" } } }, req: ["drivers"] }, "core.v1.CSIPersistentVolumeSource": { p: { controllerExpandSecretRef: { t: "ref", r: "core.v1.SecretReference" }, controllerPublishSecretRef: { t: "ref", r: "core.v1.SecretReference" }, driver: { t: "string" }, fsType: { t: "string" }, nodeExpandSecretRef: { t: "ref", r: "core.v1.SecretReference" }, nodePublishSecretRef: { t: "ref", r: "core.v1.SecretReference" }, nodeStageSecretRef: { t: "ref", r: "core.v1.SecretReference" }, readOnly: { t: "bool" }, volumeAttributes: { t: "map", it: { t: "string" } }, volumeHandle: { t: "string" } }, req: ["driver", "volumeHandle"] }, "storage.v1.CSIStorageCapacity": { p: { apiVersion: { t: "string" }, capacity: { t: "quantity" }, kind: { t: "string" }, maximumVolumeSize: { t: "quantity" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, nodeTopology: { t: "ref", r: "core.v1.LabelSelector" }, storageClassName: { t: "string" } }, req: ["storageClassName"], gvk: ["storage.k8s.io/v1", "CSIStorageCapacity"] }, "storage.v1.CSIStorageCapacityList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1.CSIStorageCapacity" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1", "CSIStorageCapacityList"] }, "core.v1.CSIVolumeSource": { p: { driver: { t: "string" }, fsType: { t: "string" }, nodePublishSecretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, readOnly: { t: "bool" }, volumeAttributes: { t: "map", it: { t: "string" } } }, req: ["driver"] }, "core.v1.Capabilities": { p: { add: { t: "array", it: { t: "string" } }, drop: { t: "array", it: { t: "string" } } } }, "resource.v1.CapacityRequestPolicy": { p: { default: { t: "string" }, validRange: { t: "ref", r: "resource.v1.CapacityRequestPolicyRange" }, validValues: { t: "array", it: { t: "string" } } } }, "resource.v1.CapacityRequestPolicyRange": { p: { max: { t: "string" }, min: { t: "string" }, step: { t: "string" } }, req: ["min"] }, "resource.v1.CapacityRequirements": { p: { requests: { t: "map", it: { t: "quantity" } } } }, "core.v1.CephFSPersistentVolumeSource": { p: { monitors: { t: "array", it: { t: "string" } }, path: { t: "string" }, readOnly: { t: "bool" }, secretFile: { t: "string" }, secretRef: { t: "ref", r: "core.v1.SecretReference" }, user: { t: "string" } }, req: ["monitors"] }, "core.v1.CephFSVolumeSource": { p: { monitors: { t: "array", it: { t: "string" } }, path: { t: "string" }, readOnly: { t: "bool" }, secretFile: { t: "string" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, user: { t: "string" } }, req: ["monitors"] }, "certificates.v1.CertificateSigningRequest": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "certificates.v1.CertificateSigningRequestSpec" }, status: { t: "ref", r: "certificates.v1.CertificateSigningRequestStatus" } }, req: ["spec"], gvk: ["certificates.k8s.io/v1", "CertificateSigningRequest"] }, "certificates.v1.CertificateSigningRequestCondition": { p: { lastTransitionTime: { t: "time" }, lastUpdateTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "certificates.v1.CertificateSigningRequestList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "certificates.v1.CertificateSigningRequest" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["certificates.k8s.io/v1", "CertificateSigningRequestList"] }, "certificates.v1.CertificateSigningRequestSpec": { p: { expirationSeconds: { t: "int32" }, extra: { t: "map", it: { t: "array", it: { t: "string" } } }, groups: { t: "array", it: { t: "string" } }, request: { t: "bytes" }, signerName: { t: "string" }, uid: { t: "string" }, usages: { t: "array", it: { t: "string" } }, username: { t: "string" } }, req: ["request", "signerName"] }, "certificates.v1.CertificateSigningRequestStatus": { p: { certificate: { t: "bytes" }, conditions: { t: "array", it: { t: "ref", r: "certificates.v1.CertificateSigningRequestCondition" } } } }, "core.v1.CinderPersistentVolumeSource": { p: { fsType: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.SecretReference" }, volumeID: { t: "string" } }, req: ["volumeID"] }, "core.v1.CinderVolumeSource": { p: { fsType: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, volumeID: { t: "string" } }, req: ["volumeID"] }, "core.v1.ClientIPConfig": { p: { timeoutSeconds: { t: "int32" } } }, "rbac.v1.ClusterRole": { p: { aggregationRule: { t: "ref", r: "rbac.v1.AggregationRule" }, apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, rules: { t: "array", it: { t: "ref", r: "rbac.v1.PolicyRule" } } }, gvk: ["rbac.authorization.k8s.io/v1", "ClusterRole"] }, "rbac.v1.ClusterRoleBinding": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, roleRef: { t: "ref", r: "rbac.v1.RoleRef" }, subjects: { t: "array", it: { t: "ref", r: "rbac.v1.Subject" } } }, req: ["roleRef"], gvk: ["rbac.authorization.k8s.io/v1", "ClusterRoleBinding"] }, "rbac.v1.ClusterRoleBindingList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "rbac.v1.ClusterRoleBinding" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["rbac.authorization.k8s.io/v1", "ClusterRoleBindingList"] }, "rbac.v1.ClusterRoleList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "rbac.v1.ClusterRole" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["rbac.authorization.k8s.io/v1", "ClusterRoleList"] }, "core.v1.ClusterTrustBundleProjection": { p: { labelSelector: { t: "ref", r: "core.v1.LabelSelector" }, name: { t: "string" }, optional: { t: "bool" }, path: { t: "string" }, signerName: { t: "string" } }, req: ["path"] }, "core.v1.ComponentCondition": { p: { error: { t: "string" }, message: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "core.v1.ComponentStatus": { p: { apiVersion: { t: "string" }, conditions: { t: "array", it: { t: "ref", r: "core.v1.ComponentCondition" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" } }, gvk: ["v1", "ComponentStatus"] }, "core.v1.ComponentStatusList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.ComponentStatus" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "ComponentStatusList"] }, "core.v1.Condition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, observedGeneration: { t: "int64" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["lastTransitionTime", "message", "reason", "status", "type"] }, "core.v1.ConfigMap": { p: { apiVersion: { t: "string" }, binaryData: { t: "map", it: { t: "bytes" } }, data: { t: "map", it: { t: "string" } }, immutable: { t: "bool" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" } }, gvk: ["v1", "ConfigMap"] }, "core.v1.ConfigMapEnvSource": { p: { name: { t: "string" }, optional: { t: "bool" } } }, "core.v1.ConfigMapKeySelector": { p: { key: { t: "string" }, name: { t: "string" }, optional: { t: "bool" } }, req: ["key"] }, "core.v1.ConfigMapList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.ConfigMap" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "ConfigMapList"] }, "core.v1.ConfigMapNodeConfigSource": { p: { kubeletConfigKey: { t: "string" }, name: { t: "string" }, namespace: { t: "string" }, resourceVersion: { t: "string" }, uid: { t: "string" } }, req: ["kubeletConfigKey", "name", "namespace"] }, "core.v1.ConfigMapProjection": { p: { items: { t: "array", it: { t: "ref", r: "core.v1.KeyToPath" } }, name: { t: "string" }, optional: { t: "bool" } } }, "core.v1.ConfigMapVolumeSource": { p: { defaultMode: { t: "int32" }, items: { t: "array", it: { t: "ref", r: "core.v1.KeyToPath" } }, name: { t: "string" }, optional: { t: "bool" } } }, "core.v1.Container": { p: { args: { t: "array", it: { t: "string" } }, command: { t: "array", it: { t: "string" } }, env: { t: "array", it: { t: "ref", r: "core.v1.EnvVar" } }, envFrom: { t: "array", it: { t: "ref", r: "core.v1.EnvFromSource" } }, image: { t: "string" }, imagePullPolicy: { t: "string", e: ["Always", "IfNotPresent", "Never"] }, lifecycle: { t: "ref", r: "core.v1.Lifecycle" }, livenessProbe: { t: "ref", r: "core.v1.Probe" }, name: { t: "string" }, ports: { t: "array", it: { t: "ref", r: "core.v1.ContainerPort" } }, readinessProbe: { t: "ref", r: "core.v1.Probe" }, resizePolicy: { t: "array", it: { t: "ref", r: "core.v1.ContainerResizePolicy" } }, resources: { t: "ref", r: "core.v1.ResourceRequirements" }, restartPolicy: { t: "string", e: ["Always"] }, restartPolicyRules: { t: "array", it: { t: "ref", r: "core.v1.ContainerRestartRule" } }, securityContext: { t: "ref", r: "core.v1.SecurityContext" }, startupProbe: { t: "ref", r: "core.v1.Probe" }, stdin: { t: "bool" }, stdinOnce: { t: "bool" }, terminationMessagePath: { t: "string" }, terminationMessagePolicy: { t: "string", e: ["FallbackToLogsOnError", "File"] }, tty: { t: "bool" }, volumeDevices: { t: "array", it: { t: "ref", r: "core.v1.VolumeDevice" } }, volumeMounts: { t: "array", it: { t: "ref", r: "core.v1.VolumeMount" } }, workingDir: { t: "string" } }, req: ["name"] }, "core.v1.ContainerExtendedResourceRequest": { p: { containerName: { t: "string" }, requestName: { t: "string" }, resourceName: { t: "string" } }, req: ["containerName", "requestName", "resourceName"] }, "core.v1.ContainerImage": { p: { names: { t: "array", it: { t: "string" } }, sizeBytes: { t: "int64" } } }, "core.v1.ContainerPort": { p: { containerPort: { t: "int32" }, hostIP: { t: "string" }, hostPort: { t: "int32" }, name: { t: "string" }, protocol: { t: "string", e: ["SCTP", "TCP", "UDP"] } }, req: ["containerPort"] }, "core.v1.ContainerResizePolicy": { p: { resourceName: { t: "string" }, restartPolicy: { t: "string" } }, req: ["resourceName", "restartPolicy"] }, "core.v1.ContainerRestartRule": { p: { action: { t: "string" }, exitCodes: { t: "ref", r: "core.v1.ContainerRestartRuleOnExitCodes" } }, req: ["action"] }, "core.v1.ContainerRestartRuleOnExitCodes": { p: { operator: { t: "string" }, values: { t: "array", it: { t: "int32" } } }, req: ["operator"] }, "core.v1.ContainerState": { p: { running: { t: "ref", r: "core.v1.ContainerStateRunning" }, terminated: { t: "ref", r: "core.v1.ContainerStateTerminated" }, waiting: { t: "ref", r: "core.v1.ContainerStateWaiting" } } }, "core.v1.ContainerStateRunning": { p: { startedAt: { t: "time" } } }, "core.v1.ContainerStateTerminated": { p: { containerID: { t: "string" }, exitCode: { t: "int32" }, finishedAt: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, signal: { t: "int32" }, startedAt: { t: "time" } }, req: ["exitCode"] }, "core.v1.ContainerStateWaiting": { p: { message: { t: "string" }, reason: { t: "string" } } }, "core.v1.ContainerStatus": { p: { allocatedResources: { t: "map", it: { t: "quantity" } }, allocatedResourcesStatus: { t: "array", it: { t: "ref", r: "core.v1.ResourceStatus" } }, containerID: { t: "string" }, image: { t: "string" }, imageID: { t: "string" }, lastState: { t: "ref", r: "core.v1.ContainerState" }, name: { t: "string" }, ready: { t: "bool" }, resources: { t: "ref", r: "core.v1.ResourceRequirements" }, restartCount: { t: "int32" }, started: { t: "bool" }, state: { t: "ref", r: "core.v1.ContainerState" }, stopSignal: { t: "string" }, user: { t: "ref", r: "core.v1.ContainerUser" }, volumeMounts: { t: "array", it: { t: "ref", r: "core.v1.VolumeMountStatus" } } }, req: ["image", "imageID", "name", "ready", "restartCount"] }, "core.v1.ContainerUser": { p: { linux: { t: "ref", r: "core.v1.LinuxContainerUser" } } }, "apps.v1.ControllerRevision": { p: { apiVersion: { t: "string" }, data: { t: "any" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, revision: { t: "int64" } }, req: ["revision"], gvk: ["apps/v1", "ControllerRevision"] }, "apps.v1.ControllerRevisionList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apps.v1.ControllerRevision" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apps/v1", "ControllerRevisionList"] }, "resource.v1.Counter": { p: { value: { t: "quantity" } }, req: ["value"] }, "resource.v1.CounterSet": { p: { counters: { t: "map", it: { t: "ref", r: "resource.v1.Counter" } }, name: { t: "string" } }, req: ["counters", "name"] }, "batch.v1.CronJob": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "batch.v1.CronJobSpec" }, status: { t: "ref", r: "batch.v1.CronJobStatus" } }, gvk: ["batch/v1", "CronJob"] }, "batch.v1.CronJobList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "batch.v1.CronJob" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["batch/v1", "CronJobList"] }, "batch.v1.CronJobSpec": { p: { concurrencyPolicy: { t: "string", e: ["Allow", "Forbid", "Replace"] }, failedJobsHistoryLimit: { t: "int32" }, jobTemplate: { t: "ref", r: "batch.v1.JobTemplateSpec" }, schedule: { t: "string" }, startingDeadlineSeconds: { t: "int64" }, successfulJobsHistoryLimit: { t: "int32" }, suspend: { t: "bool" }, timeZone: { t: "string" } }, req: ["jobTemplate", "schedule"] }, "batch.v1.CronJobStatus": { p: { active: { t: "array", it: { t: "ref", r: "core.v1.ObjectReference" } }, lastScheduleTime: { t: "time" }, lastSuccessfulTime: { t: "time" } } }, "autoscaling.v1.CrossVersionObjectReference": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, name: { t: "string" } }, req: ["kind", "name"] }, "apiextensions.v1.CustomResourceColumnDefinition": { p: { description: { t: "string" }, format: { t: "string" }, jsonPath: { t: "string" }, name: { t: "string" }, priority: { t: "int32" }, type: { t: "string" } }, req: ["jsonPath", "name", "type"] }, "apiextensions.v1.CustomResourceConversion": { p: { strategy: { t: "string" }, webhook: { t: "ref", r: "apiextensions.v1.WebhookConversion" } }, req: ["strategy"] }, "apiextensions.v1.CustomResourceDefinition": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "apiextensions.v1.CustomResourceDefinitionSpec" }, status: { t: "ref", r: "apiextensions.v1.CustomResourceDefinitionStatus" } }, req: ["spec"], gvk: ["apiextensions.k8s.io/v1", "CustomResourceDefinition"] }, "apiextensions.v1.CustomResourceDefinitionCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "apiextensions.v1.CustomResourceDefinitionList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apiextensions.v1.CustomResourceDefinition" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apiextensions.k8s.io/v1", "CustomResourceDefinitionList"] }, "apiextensions.v1.CustomResourceDefinitionNames": { p: { categories: { t: "array", it: { t: "string" } }, kind: { t: "string" }, listKind: { t: "string" }, plural: { t: "string" }, shortNames: { t: "array", it: { t: "string" } }, singular: { t: "string" } }, req: ["kind", "plural"] }, "apiextensions.v1.CustomResourceDefinitionSpec": { p: { conversion: { t: "ref", r: "apiextensions.v1.CustomResourceConversion" }, group: { t: "string" }, names: { t: "ref", r: "apiextensions.v1.CustomResourceDefinitionNames" }, preserveUnknownFields: { t: "bool" }, scope: { t: "string" }, versions: { t: "array", it: { t: "ref", r: "apiextensions.v1.CustomResourceDefinitionVersion" } } }, req: ["group", "names", "scope", "versions"] }, "apiextensions.v1.CustomResourceDefinitionStatus": { p: { acceptedNames: { t: "ref", r: "apiextensions.v1.CustomResourceDefinitionNames" }, conditions: { t: "array", it: { t: "ref", r: "apiextensions.v1.CustomResourceDefinitionCondition" } }, storedVersions: { t: "array", it: { t: "string" } } } }, "apiextensions.v1.CustomResourceDefinitionVersion": { p: { additionalPrinterColumns: { t: "array", it: { t: "ref", r: "apiextensions.v1.CustomResourceColumnDefinition" } }, deprecated: { t: "bool" }, deprecationWarning: { t: "string" }, name: { t: "string" }, schema: { t: "ref", r: "apiextensions.v1.CustomResourceValidation" }, selectableFields: { t: "array", it: { t: "ref", r: "apiextensions.v1.SelectableField" } }, served: { t: "bool" }, storage: { t: "bool" }, subresources: { t: "ref", r: "apiextensions.v1.CustomResourceSubresources" } }, req: ["name", "served", "storage"] }, "apiextensions.v1.CustomResourceSubresourceScale": { p: { labelSelectorPath: { t: "string" }, specReplicasPath: { t: "string" }, statusReplicasPath: { t: "string" } }, req: ["specReplicasPath", "statusReplicasPath"] }, "apiextensions.v1.CustomResourceSubresources": { p: { scale: { t: "ref", r: "apiextensions.v1.CustomResourceSubresourceScale" }, status: { t: "any" } } }, "apiextensions.v1.CustomResourceValidation": { p: { openAPIV3Schema: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } } }, "core.v1.DaemonEndpoint": { p: { Port: { t: "int32" } }, req: ["Port"] }, "apps.v1.DaemonSet": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "apps.v1.DaemonSetSpec" }, status: { t: "ref", r: "apps.v1.DaemonSetStatus" } }, gvk: ["apps/v1", "DaemonSet"] }, "apps.v1.DaemonSetCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "apps.v1.DaemonSetList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apps.v1.DaemonSet" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apps/v1", "DaemonSetList"] }, "apps.v1.DaemonSetSpec": { p: { minReadySeconds: { t: "int32" }, revisionHistoryLimit: { t: "int32" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, template: { t: "ref", r: "core.v1.PodTemplateSpec" }, updateStrategy: { t: "ref", r: "apps.v1.DaemonSetUpdateStrategy" } }, req: ["selector", "template"] }, "apps.v1.DaemonSetStatus": { p: { collisionCount: { t: "int32" }, conditions: { t: "array", it: { t: "ref", r: "apps.v1.DaemonSetCondition" } }, currentNumberScheduled: { t: "int32" }, desiredNumberScheduled: { t: "int32" }, numberAvailable: { t: "int32" }, numberMisscheduled: { t: "int32" }, numberReady: { t: "int32" }, numberUnavailable: { t: "int32" }, observedGeneration: { t: "int64" }, updatedNumberScheduled: { t: "int32" } }, req: ["currentNumberScheduled", "desiredNumberScheduled", "numberMisscheduled", "numberReady"] }, "apps.v1.DaemonSetUpdateStrategy": { p: { rollingUpdate: { t: "ref", r: "apps.v1.RollingUpdateDaemonSet" }, type: { t: "string", e: ["OnDelete", "RollingUpdate"] } } }, "meta.v1.DeleteOptions": { p: { apiVersion: { t: "string" }, dryRun: { t: "array", it: { t: "string" } }, gracePeriodSeconds: { t: "int64" }, ignoreStoreReadErrorWithClusterBreakingPotential: { t: "bool" }, kind: { t: "string" }, orphanDependents: { t: "bool" }, preconditions: { t: "ref", r: "meta.v1.Preconditions" }, propagationPolicy: { t: "string" } } }, "apps.v1.Deployment": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "apps.v1.DeploymentSpec" }, status: { t: "ref", r: "apps.v1.DeploymentStatus" } }, gvk: ["apps/v1", "Deployment"] }, "apps.v1.DeploymentCondition": { p: { lastTransitionTime: { t: "time" }, lastUpdateTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "apps.v1.DeploymentList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apps.v1.Deployment" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apps/v1", "DeploymentList"] }, "apps.v1.DeploymentSpec": { p: { minReadySeconds: { t: "int32" }, paused: { t: "bool" }, progressDeadlineSeconds: { t: "int32" }, replicas: { t: "int32" }, revisionHistoryLimit: { t: "int32" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, strategy: { t: "ref", r: "apps.v1.DeploymentStrategy" }, template: { t: "ref", r: "core.v1.PodTemplateSpec" } }, req: ["selector", "template"] }, "apps.v1.DeploymentStatus": { p: { availableReplicas: { t: "int32" }, collisionCount: { t: "int32" }, conditions: { t: "array", it: { t: "ref", r: "apps.v1.DeploymentCondition" } }, observedGeneration: { t: "int64" }, readyReplicas: { t: "int32" }, replicas: { t: "int32" }, terminatingReplicas: { t: "int32" }, unavailableReplicas: { t: "int32" }, updatedReplicas: { t: "int32" } } }, "apps.v1.DeploymentStrategy": { p: { rollingUpdate: { t: "ref", r: "apps.v1.RollingUpdateDeployment" }, type: { t: "string", e: ["Recreate", "RollingUpdate"] } } }, "resource.v1.Device": { p: { allNodes: { t: "bool" }, allowMultipleAllocations: { t: "bool" }, attributes: { t: "map", it: { t: "ref", r: "resource.v1.DeviceAttribute" } }, bindingConditions: { t: "array", it: { t: "string" } }, bindingFailureConditions: { t: "array", it: { t: "string" } }, bindsToNode: { t: "bool" }, capacity: { t: "map", it: { t: "ref", r: "resource.v1.DeviceCapacity" } }, consumesCounters: { t: "array", it: { t: "ref", r: "resource.v1.DeviceCounterConsumption" } }, name: { t: "string" }, nodeName: { t: "string" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" }, taints: { t: "array", it: { t: "ref", r: "resource.v1.DeviceTaint" } } }, req: ["name"] }, "resource.v1.DeviceAllocationConfiguration": { p: { opaque: { t: "ref", r: "resource.v1.OpaqueDeviceConfiguration" }, requests: { t: "array", it: { t: "string" } }, source: { t: "string" } }, req: ["source"] }, "resource.v1.DeviceAllocationResult": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1.DeviceAllocationConfiguration" } }, results: { t: "array", it: { t: "ref", r: "resource.v1.DeviceRequestAllocationResult" } } } }, "resource.v1.DeviceAttribute": { p: { bool: { t: "bool" }, int: { t: "int64" }, string: { t: "string" }, version: { t: "string" } } }, "resource.v1.DeviceCapacity": { p: { requestPolicy: { t: "ref", r: "resource.v1.CapacityRequestPolicy" }, value: { t: "quantity" } }, req: ["value"] }, "resource.v1.DeviceClaim": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1.DeviceClaimConfiguration" } }, constraints: { t: "array", it: { t: "ref", r: "resource.v1.DeviceConstraint" } }, requests: { t: "array", it: { t: "ref", r: "resource.v1.DeviceRequest" } } } }, "resource.v1.DeviceClaimConfiguration": { p: { opaque: { t: "ref", r: "resource.v1.OpaqueDeviceConfiguration" }, requests: { t: "array", it: { t: "string" } } } }, "resource.v1.DeviceClass": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1.DeviceClassSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1", "DeviceClass"] }, "resource.v1.DeviceClassConfiguration": { p: { opaque: { t: "ref", r: "resource.v1.OpaqueDeviceConfiguration" } } }, "resource.v1.DeviceClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1.DeviceClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1", "DeviceClassList"] }, "resource.v1.DeviceClassSpec": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1.DeviceClassConfiguration" } }, extendedResourceName: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1.DeviceSelector" } } } }, "resource.v1.DeviceConstraint": { p: { distinctAttribute: { t: "string" }, matchAttribute: { t: "string" }, requests: { t: "array", it: { t: "string" } } } }, "resource.v1.DeviceCounterConsumption": { p: { counterSet: { t: "string" }, counters: { t: "map", it: { t: "ref", r: "resource.v1.Counter" } } }, req: ["counterSet", "counters"] }, "resource.v1.DeviceRequest": { p: { exactly: { t: "ref", r: "resource.v1.ExactDeviceRequest" }, firstAvailable: { t: "array", it: { t: "ref", r: "resource.v1.DeviceSubRequest" } }, name: { t: "string" } }, req: ["name"] }, "resource.v1.DeviceRequestAllocationResult": { p: { adminAccess: { t: "bool" }, bindingConditions: { t: "array", it: { t: "string" } }, bindingFailureConditions: { t: "array", it: { t: "string" } }, consumedCapacity: { t: "map", it: { t: "string" } }, device: { t: "string" }, driver: { t: "string" }, pool: { t: "string" }, request: { t: "string" }, shareID: { t: "string" }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1.DeviceToleration" } } }, req: ["device", "driver", "pool", "request"] }, "resource.v1.DeviceSelector": { p: { cel: { t: "ref", r: "resource.v1.CELDeviceSelector" } } }, "resource.v1.DeviceSubRequest": { p: { allocationMode: { t: "string" }, capacity: { t: "ref", r: "resource.v1.CapacityRequirements" }, count: { t: "int64" }, deviceClassName: { t: "string" }, name: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1.DeviceSelector" } }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1.DeviceToleration" } } }, req: ["deviceClassName", "name"] }, "resource.v1.DeviceTaint": { p: { effect: { t: "string" }, key: { t: "string" }, timeAdded: { t: "time" }, value: { t: "string" } }, req: ["effect", "key"] }, "resource.v1.DeviceToleration": { p: { effect: { t: "string" }, key: { t: "string" }, operator: { t: "string" }, tolerationSeconds: { t: "int64" }, value: { t: "string" } } }, "core.v1.DownwardAPIProjection": { p: { items: { t: "array", it: { t: "ref", r: "core.v1.DownwardAPIVolumeFile" } } } }, "core.v1.DownwardAPIVolumeFile": { p: { fieldRef: { t: "ref", r: "core.v1.ObjectFieldSelector" }, mode: { t: "int32" }, path: { t: "string" }, resourceFieldRef: { t: "ref", r: "core.v1.ResourceFieldSelector" } }, req: ["path"] }, "core.v1.DownwardAPIVolumeSource": { p: { defaultMode: { t: "int32" }, items: { t: "array", it: { t: "ref", r: "core.v1.DownwardAPIVolumeFile" } } } }, "core.v1.EmptyDirVolumeSource": { p: { medium: { t: "string" }, sizeLimit: { t: "quantity" } } }, "discovery.v1.Endpoint": { p: { addresses: { t: "array", it: { t: "string" } }, conditions: { t: "ref", r: "discovery.v1.EndpointConditions" }, deprecatedTopology: { t: "map", it: { t: "string" } }, hints: { t: "ref", r: "discovery.v1.EndpointHints" }, hostname: { t: "string" }, nodeName: { t: "string" }, targetRef: { t: "ref", r: "core.v1.ObjectReference" }, zone: { t: "string" } }, req: ["addresses"] }, "core.v1.EndpointAddress": { p: { hostname: { t: "string" }, ip: { t: "string" }, nodeName: { t: "string" }, targetRef: { t: "ref", r: "core.v1.ObjectReference" } }, req: ["ip"] }, "discovery.v1.EndpointConditions": { p: { ready: { t: "bool" }, serving: { t: "bool" }, terminating: { t: "bool" } } }, "discovery.v1.EndpointHints": { p: { forNodes: { t: "array", it: { t: "ref", r: "discovery.v1.ForNode" } }, forZones: { t: "array", it: { t: "ref", r: "discovery.v1.ForZone" } } } }, "discovery.v1.EndpointSlice": { p: { addressType: { t: "string" }, apiVersion: { t: "string" }, endpoints: { t: "array", it: { t: "ref", r: "discovery.v1.Endpoint" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, ports: { t: "array", it: { t: "ref", r: "discovery.v1.EndpointPort" } } }, req: ["addressType", "endpoints"], gvk: ["discovery.k8s.io/v1", "EndpointSlice"] }, "discovery.v1.EndpointSliceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "discovery.v1.EndpointSlice" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["discovery.k8s.io/v1", "EndpointSliceList"] }, "core.v1.EndpointSubset": { p: { addresses: { t: "array", it: { t: "ref", r: "core.v1.EndpointAddress" } }, notReadyAddresses: { t: "array", it: { t: "ref", r: "core.v1.EndpointAddress" } }, ports: { t: "array", it: { t: "ref", r: "core.v1.EndpointPort" } } } }, "core.v1.Endpoints": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, subsets: { t: "array", it: { t: "ref", r: "core.v1.EndpointSubset" } } }, gvk: ["v1", "Endpoints"] }, "core.v1.EndpointsList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Endpoints" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "EndpointsList"] }, "core.v1.EnvFromSource": { p: { configMapRef: { t: "ref", r: "core.v1.ConfigMapEnvSource" }, prefix: { t: "string" }, secretRef: { t: "ref", r: "core.v1.SecretEnvSource" } } }, "core.v1.EnvVar": { p: { name: { t: "string" }, value: { t: "string" }, valueFrom: { t: "ref", r: "core.v1.EnvVarSource" } }, req: ["name"] }, "core.v1.EnvVarSource": { p: { configMapKeyRef: { t: "ref", r: "core.v1.ConfigMapKeySelector" }, fieldRef: { t: "ref", r: "core.v1.ObjectFieldSelector" }, fileKeyRef: { t: "ref", r: "core.v1.FileKeySelector" }, resourceFieldRef: { t: "ref", r: "core.v1.ResourceFieldSelector" }, secretKeyRef: { t: "ref", r: "core.v1.SecretKeySelector" } } }, "core.v1.EphemeralContainer": { p: { args: { t: "array", it: { t: "string" } }, command: { t: "array", it: { t: "string" } }, env: { t: "array", it: { t: "ref", r: "core.v1.EnvVar" } }, envFrom: { t: "array", it: { t: "ref", r: "core.v1.EnvFromSource" } }, image: { t: "string" }, imagePullPolicy: { t: "string" }, lifecycle: { t: "ref", r: "core.v1.Lifecycle" }, livenessProbe: { t: "ref", r: "core.v1.Probe" }, name: { t: "string" }, ports: { t: "array", it: { t: "ref", r: "core.v1.ContainerPort" } }, readinessProbe: { t: "ref", r: "core.v1.Probe" }, resizePolicy: { t: "array", it: { t: "ref", r: "core.v1.ContainerResizePolicy" } }, resources: { t: "ref", r: "core.v1.ResourceRequirements" }, restartPolicy: { t: "string" }, restartPolicyRules: { t: "array", it: { t: "ref", r: "core.v1.ContainerRestartRule" } }, securityContext: { t: "ref", r: "core.v1.SecurityContext" }, startupProbe: { t: "ref", r: "core.v1.Probe" }, stdin: { t: "bool" }, stdinOnce: { t: "bool" }, targetContainerName: { t: "string" }, terminationMessagePath: { t: "string" }, terminationMessagePolicy: { t: "string" }, tty: { t: "bool" }, volumeDevices: { t: "array", it: { t: "ref", r: "core.v1.VolumeDevice" } }, volumeMounts: { t: "array", it: { t: "ref", r: "core.v1.VolumeMount" } }, workingDir: { t: "string" } }, req: ["name"] }, "core.v1.EphemeralVolumeSource": { p: { volumeClaimTemplate: { t: "ref", r: "core.v1.PersistentVolumeClaimTemplate" } } }, "core.v1.EventSource": { p: { component: { t: "string" }, host: { t: "string" } } }, "core.v1.Eviction": { p: { apiVersion: { t: "string" }, deleteOptions: { t: "ref", r: "meta.v1.DeleteOptions" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" } } }, "resource.v1.ExactDeviceRequest": { p: { adminAccess: { t: "bool" }, allocationMode: { t: "string" }, capacity: { t: "ref", r: "resource.v1.CapacityRequirements" }, count: { t: "int64" }, deviceClassName: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1.DeviceSelector" } }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1.DeviceToleration" } } }, req: ["deviceClassName"] }, "core.v1.ExecAction": { p: { command: { t: "array", it: { t: "string" } } } }, "flowcontrol.v1.ExemptPriorityLevelConfiguration": { p: { lendablePercent: { t: "int32" }, nominalConcurrencyShares: { t: "int32" } } }, "admissionregistration.v1.ExpressionWarning": { p: { fieldRef: { t: "string" }, warning: { t: "string" } }, req: ["fieldRef", "warning"] }, "apiextensions.v1.ExternalDocumentation": { p: { description: { t: "string" }, url: { t: "string" } } }, "core.v1.FCVolumeSource": { p: { fsType: { t: "string" }, lun: { t: "int32" }, readOnly: { t: "bool" }, targetWWNs: { t: "array", it: { t: "string" } }, wwids: { t: "array", it: { t: "string" } } } }, "authorization.v1.FieldSelectorAttributes": { p: { rawSelector: { t: "string" }, requirements: { t: "array", it: { t: "ref", r: "authorization.v1.FieldSelectorRequirement" } } } }, "authorization.v1.FieldSelectorRequirement": { p: { key: { t: "string" }, operator: { t: "string" }, values: { t: "array", it: { t: "string" } } }, req: ["key", "operator"] }, "core.v1.FileKeySelector": { p: { key: { t: "string" }, optional: { t: "bool" }, path: { t: "string" }, volumeName: { t: "string" } }, req: ["key", "path", "volumeName"] }, "core.v1.FlexPersistentVolumeSource": { p: { driver: { t: "string" }, fsType: { t: "string" }, options: { t: "map", it: { t: "string" } }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.SecretReference" } }, req: ["driver"] }, "core.v1.FlexVolumeSource": { p: { driver: { t: "string" }, fsType: { t: "string" }, options: { t: "map", it: { t: "string" } }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" } }, req: ["driver"] }, "core.v1.FlockerVolumeSource": { p: { datasetName: { t: "string" }, datasetUUID: { t: "string" } } }, "flowcontrol.v1.FlowDistinguisherMethod": { p: { type: { t: "string" } }, req: ["type"] }, "flowcontrol.v1.FlowSchema": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "flowcontrol.v1.FlowSchemaSpec" }, status: { t: "ref", r: "flowcontrol.v1.FlowSchemaStatus" } }, gvk: ["flowcontrol.apiserver.k8s.io/v1", "FlowSchema"] }, "flowcontrol.v1.FlowSchemaCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } } }, "flowcontrol.v1.FlowSchemaList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "flowcontrol.v1.FlowSchema" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["flowcontrol.apiserver.k8s.io/v1", "FlowSchemaList"] }, "flowcontrol.v1.FlowSchemaSpec": { p: { distinguisherMethod: { t: "ref", r: "flowcontrol.v1.FlowDistinguisherMethod" }, matchingPrecedence: { t: "int32" }, priorityLevelConfiguration: { t: "ref", r: "flowcontrol.v1.PriorityLevelConfigurationReference" }, rules: { t: "array", it: { t: "ref", r: "flowcontrol.v1.PolicyRulesWithSubjects" } } }, req: ["priorityLevelConfiguration"] }, "flowcontrol.v1.FlowSchemaStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "flowcontrol.v1.FlowSchemaCondition" } } } }, "discovery.v1.ForNode": { p: { name: { t: "string" } }, req: ["name"] }, "discovery.v1.ForZone": { p: { name: { t: "string" } }, req: ["name"] }, "core.v1.GCEPersistentDiskVolumeSource": { p: { fsType: { t: "string" }, partition: { t: "int32" }, pdName: { t: "string" }, readOnly: { t: "bool" } }, req: ["pdName"] }, "core.v1.GRPCAction": { p: { port: { t: "int32" }, service: { t: "string" } }, req: ["port"] }, "core.v1.GitRepoVolumeSource": { p: { directory: { t: "string" }, repository: { t: "string" }, revision: { t: "string" } }, req: ["repository"] }, "core.v1.GlusterfsPersistentVolumeSource": { p: { endpoints: { t: "string" }, endpointsNamespace: { t: "string" }, path: { t: "string" }, readOnly: { t: "bool" } }, req: ["endpoints", "path"] }, "core.v1.GlusterfsVolumeSource": { p: { endpoints: { t: "string" }, path: { t: "string" }, readOnly: { t: "bool" } }, req: ["endpoints", "path"] }, "flowcontrol.v1.GroupSubject": { p: { name: { t: "string" } }, req: ["name"] }, "meta.v1.GroupVersionForDiscovery": { p: { groupVersion: { t: "string" }, version: { t: "string" } }, req: ["groupVersion", "version"] }, "core.v1.HTTPGetAction": { p: { host: { t: "string" }, httpHeaders: { t: "array", it: { t: "ref", r: "core.v1.HTTPHeader" } }, path: { t: "string" }, port: { t: "intorstring" }, scheme: { t: "string", e: ["HTTP", "HTTPS"] } }, req: ["port"] }, "core.v1.HTTPHeader": { p: { name: { t: "string" }, value: { t: "string" } }, req: ["name", "value"] }, "networking.v1.HTTPIngressPath": { p: { backend: { t: "ref", r: "networking.v1.IngressBackend" }, path: { t: "string" }, pathType: { t: "string", e: ["Exact", "ImplementationSpecific", "Prefix"] } }, req: ["backend", "pathType"] }, "networking.v1.HTTPIngressRuleValue": { p: { paths: { t: "array", it: { t: "ref", r: "networking.v1.HTTPIngressPath" } } }, req: ["paths"] }, "autoscaling.v1.HorizontalPodAutoscaler": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "autoscaling.v1.HorizontalPodAutoscalerSpec" }, status: { t: "ref", r: "autoscaling.v1.HorizontalPodAutoscalerStatus" } }, gvk: ["autoscaling/v1", "HorizontalPodAutoscaler"] }, "autoscaling.v1.HorizontalPodAutoscalerList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "autoscaling.v1.HorizontalPodAutoscaler" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["autoscaling/v1", "HorizontalPodAutoscalerList"] }, "autoscaling.v1.HorizontalPodAutoscalerSpec": { p: { maxReplicas: { t: "int32" }, minReplicas: { t: "int32" }, scaleTargetRef: { t: "ref", r: "autoscaling.v1.CrossVersionObjectReference" }, targetCPUUtilizationPercentage: { t: "int32" } }, req: ["maxReplicas", "scaleTargetRef"] }, "autoscaling.v1.HorizontalPodAutoscalerStatus": { p: { currentCPUUtilizationPercentage: { t: "int32" }, currentReplicas: { t: "int32" }, desiredReplicas: { t: "int32" }, lastScaleTime: { t: "time" }, observedGeneration: { t: "int64" } }, req: ["currentReplicas", "desiredReplicas"] }, "core.v1.HostAlias": { p: { hostnames: { t: "array", it: { t: "string" } }, ip: { t: "string" } }, req: ["ip"] }, "core.v1.HostIP": { p: { ip: { t: "string" } }, req: ["ip"] }, "core.v1.HostPathVolumeSource": { p: { path: { t: "string" }, type: { t: "string" } }, req: ["path"] }, "networking.v1.IPAddress": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1.IPAddressSpec" } }, gvk: ["networking.k8s.io/v1", "IPAddress"] }, "networking.v1.IPAddressList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1.IPAddress" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1", "IPAddressList"] }, "networking.v1.IPAddressSpec": { p: { parentRef: { t: "ref", r: "networking.v1.ParentReference" } }, req: ["parentRef"] }, "networking.v1.IPBlock": { p: { cidr: { t: "string" }, except: { t: "array", it: { t: "string" } } }, req: ["cidr"] }, "core.v1.ISCSIPersistentVolumeSource": { p: { chapAuthDiscovery: { t: "bool" }, chapAuthSession: { t: "bool" }, fsType: { t: "string" }, initiatorName: { t: "string" }, iqn: { t: "string" }, iscsiInterface: { t: "string" }, lun: { t: "int32" }, portals: { t: "array", it: { t: "string" } }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.SecretReference" }, targetPortal: { t: "string" } }, req: ["iqn", "lun", "targetPortal"] }, "core.v1.ISCSIVolumeSource": { p: { chapAuthDiscovery: { t: "bool" }, chapAuthSession: { t: "bool" }, fsType: { t: "string" }, initiatorName: { t: "string" }, iqn: { t: "string" }, iscsiInterface: { t: "string" }, lun: { t: "int32" }, portals: { t: "array", it: { t: "string" } }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, targetPortal: { t: "string" } }, req: ["iqn", "lun", "targetPortal"] }, "core.v1.ImageVolumeSource": { p: { pullPolicy: { t: "string" }, reference: { t: "string" } } }, "networking.v1.Ingress": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1.IngressSpec" }, status: { t: "ref", r: "networking.v1.IngressStatus" } }, gvk: ["networking.k8s.io/v1", "Ingress"] }, "networking.v1.IngressBackend": { p: { resource: { t: "ref", r: "core.v1.TypedLocalObjectReference" }, service: { t: "ref", r: "networking.v1.IngressServiceBackend" } } }, "networking.v1.IngressClass": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1.IngressClassSpec" } }, gvk: ["networking.k8s.io/v1", "IngressClass"] }, "networking.v1.IngressClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1.IngressClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1", "IngressClassList"] }, "networking.v1.IngressClassParametersReference": { p: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, namespace: { t: "string" }, scope: { t: "string" } }, req: ["kind", "name"] }, "networking.v1.IngressClassSpec": { p: { controller: { t: "string" }, parameters: { t: "ref", r: "networking.v1.IngressClassParametersReference" } } }, "networking.v1.IngressList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1.Ingress" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1", "IngressList"] }, "networking.v1.IngressLoadBalancerIngress": { p: { hostname: { t: "string" }, ip: { t: "string" }, ports: { t: "array", it: { t: "ref", r: "networking.v1.IngressPortStatus" } } } }, "networking.v1.IngressLoadBalancerStatus": { p: { ingress: { t: "array", it: { t: "ref", r: "networking.v1.IngressLoadBalancerIngress" } } } }, "networking.v1.IngressPortStatus": { p: { error: { t: "string" }, port: { t: "int32" }, protocol: { t: "string" } }, req: ["port", "protocol"] }, "networking.v1.IngressRule": { p: { host: { t: "string" }, http: { t: "ref", r: "networking.v1.HTTPIngressRuleValue" } } }, "networking.v1.IngressServiceBackend": { p: { name: { t: "string" }, port: { t: "ref", r: "networking.v1.ServiceBackendPort" } }, req: ["name"] }, "networking.v1.IngressSpec": { p: { defaultBackend: { t: "ref", r: "networking.v1.IngressBackend" }, ingressClassName: { t: "string" }, rules: { t: "array", it: { t: "ref", r: "networking.v1.IngressRule" } }, tls: { t: "array", it: { t: "ref", r: "networking.v1.IngressTLS" } } } }, "networking.v1.IngressStatus": { p: { loadBalancer: { t: "ref", r: "networking.v1.IngressLoadBalancerStatus" } } }, "networking.v1.IngressTLS": { p: { hosts: { t: "array", it: { t: "string" } }, secretName: { t: "string" } } }, "apiextensions.v1.JSONSchemaProps": { p: { $ref: { t: "string" }, $schema: { t: "string" }, additionalItems: { t: "any" }, additionalProperties: { t: "any" }, allOf: { t: "array", it: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } }, anyOf: { t: "array", it: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } }, default: { t: "any" }, definitions: { t: "map", it: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } }, dependencies: { t: "map", it: { t: "any" } }, description: { t: "string" }, enum: { t: "array", it: { t: "any" } }, example: { t: "any" }, exclusiveMaximum: { t: "bool" }, exclusiveMinimum: { t: "bool" }, externalDocs: { t: "ref", r: "apiextensions.v1.ExternalDocumentation" }, format: { t: "string" }, id: { t: "string" }, items: { t: "any" }, maxItems: { t: "int64" }, maxLength: { t: "int64" }, maxProperties: { t: "int64" }, maximum: { t: "float64" }, minItems: { t: "int64" }, minLength: { t: "int64" }, minProperties: { t: "int64" }, minimum: { t: "float64" }, multipleOf: { t: "float64" }, not: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" }, nullable: { t: "bool" }, oneOf: { t: "array", it: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } }, pattern: { t: "string" }, patternProperties: { t: "map", it: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } }, properties: { t: "map", it: { t: "ref", r: "apiextensions.v1.JSONSchemaProps" } }, required: { t: "array", it: { t: "string" } }, title: { t: "string" }, type: { t: "string" }, uniqueItems: { t: "bool" }, "x-kubernetes-embedded-resource": { t: "bool" }, "x-kubernetes-int-or-string": { t: "bool" }, "x-kubernetes-list-map-keys": { t: "array", it: { t: "string" } }, "x-kubernetes-list-type": { t: "string" }, "x-kubernetes-map-type": { t: "string" }, "x-kubernetes-preserve-unknown-fields": { t: "bool" }, "x-kubernetes-validations": { t: "array", it: { t: "ref", r: "apiextensions.v1.ValidationRule" } } } }, "batch.v1.Job": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "batch.v1.JobSpec" }, status: { t: "ref", r: "batch.v1.JobStatus" } }, gvk: ["batch/v1", "Job"] }, "batch.v1.JobCondition": { p: { lastProbeTime: { t: "time" }, lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "batch.v1.JobList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "batch.v1.Job" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["batch/v1", "JobList"] }, "batch.v1.JobSpec": { p: { activeDeadlineSeconds: { t: "int64" }, backoffLimit: { t: "int32" }, backoffLimitPerIndex: { t: "int32" }, completionMode: { t: "string", e: ["Indexed", "NonIndexed"] }, completions: { t: "int32" }, managedBy: { t: "string" }, manualSelector: { t: "bool" }, maxFailedIndexes: { t: "int32" }, parallelism: { t: "int32" }, podFailurePolicy: { t: "ref", r: "batch.v1.PodFailurePolicy" }, podReplacementPolicy: { t: "string" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, successPolicy: { t: "ref", r: "batch.v1.SuccessPolicy" }, suspend: { t: "bool" }, template: { t: "ref", r: "core.v1.PodTemplateSpec" }, ttlSecondsAfterFinished: { t: "int32" } }, req: ["template"] }, "batch.v1.JobStatus": { p: { active: { t: "int32" }, completedIndexes: { t: "string" }, completionTime: { t: "time" }, conditions: { t: "array", it: { t: "ref", r: "batch.v1.JobCondition" } }, failed: { t: "int32" }, failedIndexes: { t: "string" }, ready: { t: "int32" }, startTime: { t: "time" }, succeeded: { t: "int32" }, terminating: { t: "int32" }, uncountedTerminatedPods: { t: "ref", r: "batch.v1.UncountedTerminatedPods" } } }, "batch.v1.JobTemplateSpec": { p: { metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "batch.v1.JobSpec" } } }, "core.v1.KeyToPath": { p: { key: { t: "string" }, mode: { t: "int32" }, path: { t: "string" } }, req: ["key", "path"] }, "core.v1.LabelSelector": { p: { matchExpressions: { t: "array", it: { t: "ref", r: "core.v1.LabelSelectorRequirement" } }, matchLabels: { t: "map", it: { t: "string" } } } }, "authorization.v1.LabelSelectorAttributes": { p: { rawSelector: { t: "string" }, requirements: { t: "array", it: { t: "ref", r: "core.v1.LabelSelectorRequirement" } } } }, "core.v1.LabelSelectorRequirement": { p: { key: { t: "string" }, operator: { t: "string" }, values: { t: "array", it: { t: "string" } } }, req: ["key", "operator"] }, "coordination.v1.Lease": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "coordination.v1.LeaseSpec" } }, gvk: ["coordination.k8s.io/v1", "Lease"] }, "coordination.v1.LeaseList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "coordination.v1.Lease" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["coordination.k8s.io/v1", "LeaseList"] }, "coordination.v1.LeaseSpec": { p: { acquireTime: { t: "microtime" }, holderIdentity: { t: "string" }, leaseDurationSeconds: { t: "int32" }, leaseTransitions: { t: "int32" }, preferredHolder: { t: "string" }, renewTime: { t: "microtime" }, strategy: { t: "string" } } }, "core.v1.Lifecycle": { p: { postStart: { t: "ref", r: "core.v1.LifecycleHandler" }, preStop: { t: "ref", r: "core.v1.LifecycleHandler" }, stopSignal: { t: "string" } } }, "core.v1.LifecycleHandler": { p: { exec: { t: "ref", r: "core.v1.ExecAction" }, httpGet: { t: "ref", r: "core.v1.HTTPGetAction" }, sleep: { t: "ref", r: "core.v1.SleepAction" }, tcpSocket: { t: "ref", r: "core.v1.TCPSocketAction" } } }, "core.v1.LimitRange": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.LimitRangeSpec" } }, gvk: ["v1", "LimitRange"] }, "core.v1.LimitRangeItem": { p: { default: { t: "map", it: { t: "quantity" } }, defaultRequest: { t: "map", it: { t: "quantity" } }, max: { t: "map", it: { t: "quantity" } }, maxLimitRequestRatio: { t: "map", it: { t: "quantity" } }, min: { t: "map", it: { t: "quantity" } }, type: { t: "string" } }, req: ["type"] }, "core.v1.LimitRangeList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.LimitRange" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "LimitRangeList"] }, "core.v1.LimitRangeSpec": { p: { limits: { t: "array", it: { t: "ref", r: "core.v1.LimitRangeItem" } } }, req: ["limits"] }, "flowcontrol.v1.LimitResponse": { p: { queuing: { t: "ref", r: "flowcontrol.v1.QueuingConfiguration" }, type: { t: "string" } }, req: ["type"] }, "flowcontrol.v1.LimitedPriorityLevelConfiguration": { p: { borrowingLimitPercent: { t: "int32" }, lendablePercent: { t: "int32" }, limitResponse: { t: "ref", r: "flowcontrol.v1.LimitResponse" }, nominalConcurrencyShares: { t: "int32" } } }, "core.v1.LinuxContainerUser": { p: { gid: { t: "int64" }, supplementalGroups: { t: "array", it: { t: "int64" } }, uid: { t: "int64" } }, req: ["gid", "uid"] }, "meta.v1.ListMeta": { p: { continue: { t: "string" }, remainingItemCount: { t: "int64" }, resourceVersion: { t: "string" }, selfLink: { t: "string" } } }, "core.v1.LoadBalancerIngress": { p: { hostname: { t: "string" }, ip: { t: "string" }, ipMode: { t: "string" }, ports: { t: "array", it: { t: "ref", r: "core.v1.PortStatus" } } } }, "core.v1.LoadBalancerStatus": { p: { ingress: { t: "array", it: { t: "ref", r: "core.v1.LoadBalancerIngress" } } } }, "core.v1.LocalObjectReference": { p: { name: { t: "string" } } }, "authorization.v1.LocalSubjectAccessReview": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "authorization.v1.SubjectAccessReviewSpec" }, status: { t: "ref", r: "authorization.v1.SubjectAccessReviewStatus" } }, req: ["spec"], gvk: ["authorization.k8s.io/v1", "LocalSubjectAccessReview"] }, "core.v1.LocalVolumeSource": { p: { fsType: { t: "string" }, path: { t: "string" } }, req: ["path"] }, "meta.v1.ManagedFieldsEntry": { p: { apiVersion: { t: "string" }, fieldsType: { t: "string" }, fieldsV1: { t: "any" }, manager: { t: "string" }, operation: { t: "string" }, subresource: { t: "string" }, time: { t: "time" } } }, "admissionregistration.v1.MatchCondition": { p: { expression: { t: "string" }, name: { t: "string" } }, req: ["expression", "name"] }, "admissionregistration.v1.MatchResources": { p: { excludeResourceRules: { t: "array", it: { t: "ref", r: "admissionregistration.v1.NamedRuleWithOperations" } }, matchPolicy: { t: "string" }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, objectSelector: { t: "ref", r: "core.v1.LabelSelector" }, resourceRules: { t: "array", it: { t: "ref", r: "admissionregistration.v1.NamedRuleWithOperations" } } } }, "core.v1.ModifyVolumeStatus": { p: { status: { t: "string" }, targetVolumeAttributesClassName: { t: "string" } }, req: ["status"] }, "admissionregistration.v1.MutatingWebhook": { p: { admissionReviewVersions: { t: "array", it: { t: "string" } }, clientConfig: { t: "ref", r: "admissionregistration.v1.WebhookClientConfig" }, failurePolicy: { t: "string" }, matchConditions: { t: "array", it: { t: "ref", r: "admissionregistration.v1.MatchCondition" } }, matchPolicy: { t: "string" }, name: { t: "string" }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, objectSelector: { t: "ref", r: "core.v1.LabelSelector" }, reinvocationPolicy: { t: "string" }, rules: { t: "array", it: { t: "ref", r: "admissionregistration.v1.RuleWithOperations" } }, sideEffects: { t: "string" }, timeoutSeconds: { t: "int32" } }, req: ["admissionReviewVersions", "clientConfig", "name", "sideEffects"] }, "admissionregistration.v1.MutatingWebhookConfiguration": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, webhooks: { t: "array", it: { t: "ref", r: "admissionregistration.v1.MutatingWebhook" } } }, gvk: ["admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"] }, "admissionregistration.v1.MutatingWebhookConfigurationList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1.MutatingWebhookConfiguration" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1", "MutatingWebhookConfigurationList"] }, "core.v1.NFSVolumeSource": { p: { path: { t: "string" }, readOnly: { t: "bool" }, server: { t: "string" } }, req: ["path", "server"] }, "admissionregistration.v1.NamedRuleWithOperations": { p: { apiGroups: { t: "array", it: { t: "string" } }, apiVersions: { t: "array", it: { t: "string" } }, operations: { t: "array", it: { t: "string" } }, resourceNames: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, scope: { t: "string" } } }, "core.v1.Namespace": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.NamespaceSpec" }, status: { t: "ref", r: "core.v1.NamespaceStatus" } }, gvk: ["v1", "Namespace"] }, "core.v1.NamespaceCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "core.v1.NamespaceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Namespace" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "NamespaceList"] }, "core.v1.NamespaceSpec": { p: { finalizers: { t: "array", it: { t: "string" } } } }, "core.v1.NamespaceStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.NamespaceCondition" } }, phase: { t: "string" } } }, "resource.v1.NetworkDeviceData": { p: { hardwareAddress: { t: "string" }, interfaceName: { t: "string" }, ips: { t: "array", it: { t: "string" } } } }, "networking.v1.NetworkPolicy": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1.NetworkPolicySpec" } }, gvk: ["networking.k8s.io/v1", "NetworkPolicy"] }, "networking.v1.NetworkPolicyEgressRule": { p: { ports: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicyPort" } }, to: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicyPeer" } } } }, "networking.v1.NetworkPolicyIngressRule": { p: { from: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicyPeer" } }, ports: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicyPort" } } } }, "networking.v1.NetworkPolicyList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicy" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1", "NetworkPolicyList"] }, "networking.v1.NetworkPolicyPeer": { p: { ipBlock: { t: "ref", r: "networking.v1.IPBlock" }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, podSelector: { t: "ref", r: "core.v1.LabelSelector" } } }, "networking.v1.NetworkPolicyPort": { p: { endPort: { t: "int32" }, port: { t: "intorstring" }, protocol: { t: "string", e: ["SCTP", "TCP", "UDP"] } } }, "networking.v1.NetworkPolicySpec": { p: { egress: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicyEgressRule" } }, ingress: { t: "array", it: { t: "ref", r: "networking.v1.NetworkPolicyIngressRule" } }, podSelector: { t: "ref", r: "core.v1.LabelSelector" }, policyTypes: { t: "array", it: { t: "string", e: ["Egress", "Ingress"] } } } }, "core.v1.Node": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.NodeSpec" }, status: { t: "ref", r: "core.v1.NodeStatus" } }, gvk: ["v1", "Node"] }, "core.v1.NodeAddress": { p: { address: { t: "string" }, type: { t: "string" } }, req: ["address", "type"] }, "core.v1.NodeAffinity": { p: { preferredDuringSchedulingIgnoredDuringExecution: { t: "array", it: { t: "ref", r: "core.v1.PreferredSchedulingTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { t: "ref", r: "core.v1.NodeSelector" } } }, "core.v1.NodeCondition": { p: { lastHeartbeatTime: { t: "time" }, lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "core.v1.NodeConfigSource": { p: { configMap: { t: "ref", r: "core.v1.ConfigMapNodeConfigSource" } } }, "core.v1.NodeConfigStatus": { p: { active: { t: "ref", r: "core.v1.NodeConfigSource" }, assigned: { t: "ref", r: "core.v1.NodeConfigSource" }, error: { t: "string" }, lastKnownGood: { t: "ref", r: "core.v1.NodeConfigSource" } } }, "core.v1.NodeDaemonEndpoints": { p: { kubeletEndpoint: { t: "ref", r: "core.v1.DaemonEndpoint" } } }, "core.v1.NodeFeatures": { p: { supplementalGroupsPolicy: { t: "bool" } } }, "core.v1.NodeList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Node" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "NodeList"] }, "core.v1.NodeRuntimeHandler": { p: { features: { t: "ref", r: "core.v1.NodeRuntimeHandlerFeatures" }, name: { t: "string" } } }, "core.v1.NodeRuntimeHandlerFeatures": { p: { recursiveReadOnlyMounts: { t: "bool" }, userNamespaces: { t: "bool" } } }, "core.v1.NodeSelector": { p: { nodeSelectorTerms: { t: "array", it: { t: "ref", r: "core.v1.NodeSelectorTerm" } } }, req: ["nodeSelectorTerms"] }, "core.v1.NodeSelectorRequirement": { p: { key: { t: "string" }, operator: { t: "string", e: ["DoesNotExist", "Exists", "Gt", "In", "Lt", "NotIn"] }, values: { t: "array", it: { t: "string" } } }, req: ["key", "operator"] }, "core.v1.NodeSelectorTerm": { p: { matchExpressions: { t: "array", it: { t: "ref", r: "core.v1.NodeSelectorRequirement" } }, matchFields: { t: "array", it: { t: "ref", r: "core.v1.NodeSelectorRequirement" } } } }, "core.v1.NodeSpec": { p: { configSource: { t: "ref", r: "core.v1.NodeConfigSource" }, externalID: { t: "string" }, podCIDR: { t: "string" }, podCIDRs: { t: "array", it: { t: "string" } }, providerID: { t: "string" }, taints: { t: "array", it: { t: "ref", r: "core.v1.Taint" } }, unschedulable: { t: "bool" } } }, "core.v1.NodeStatus": { p: { addresses: { t: "array", it: { t: "ref", r: "core.v1.NodeAddress" } }, allocatable: { t: "map", it: { t: "quantity" } }, capacity: { t: "map", it: { t: "quantity" } }, conditions: { t: "array", it: { t: "ref", r: "core.v1.NodeCondition" } }, config: { t: "ref", r: "core.v1.NodeConfigStatus" }, daemonEndpoints: { t: "ref", r: "core.v1.NodeDaemonEndpoints" }, features: { t: "ref", r: "core.v1.NodeFeatures" }, images: { t: "array", it: { t: "ref", r: "core.v1.ContainerImage" } }, nodeInfo: { t: "ref", r: "core.v1.NodeSystemInfo" }, phase: { t: "string" }, runtimeHandlers: { t: "array", it: { t: "ref", r: "core.v1.NodeRuntimeHandler" } }, volumesAttached: { t: "array", it: { t: "ref", r: "core.v1.AttachedVolume" } }, volumesInUse: { t: "array", it: { t: "string" } } } }, "core.v1.NodeSwapStatus": { p: { capacity: { t: "int64" } } }, "core.v1.NodeSystemInfo": { p: { architecture: { t: "string" }, bootID: { t: "string" }, containerRuntimeVersion: { t: "string" }, kernelVersion: { t: "string" }, kubeProxyVersion: { t: "string" }, kubeletVersion: { t: "string" }, machineID: { t: "string" }, operatingSystem: { t: "string" }, osImage: { t: "string" }, swap: { t: "ref", r: "core.v1.NodeSwapStatus" }, systemUUID: { t: "string" } }, req: ["architecture", "bootID", "containerRuntimeVersion", "kernelVersion", "kubeProxyVersion", "kubeletVersion", "machineID", "operatingSystem", "osImage", "systemUUID"] }, "authorization.v1.NonResourceAttributes": { p: { path: { t: "string" }, verb: { t: "string" } } }, "flowcontrol.v1.NonResourcePolicyRule": { p: { nonResourceURLs: { t: "array", it: { t: "string" } }, verbs: { t: "array", it: { t: "string" } } }, req: ["nonResourceURLs", "verbs"] }, "authorization.v1.NonResourceRule": { p: { nonResourceURLs: { t: "array", it: { t: "string" } }, verbs: { t: "array", it: { t: "string" } } }, req: ["verbs"] }, "core.v1.ObjectFieldSelector": { p: { apiVersion: { t: "string" }, fieldPath: { t: "string" } }, req: ["fieldPath"] }, "meta.v1.ObjectMeta": { p: { annotations: { t: "map", it: { t: "string" } }, creationTimestamp: { t: "time" }, deletionGracePeriodSeconds: { t: "int64" }, deletionTimestamp: { t: "time" }, finalizers: { t: "array", it: { t: "string" } }, generateName: { t: "string" }, generation: { t: "int64" }, labels: { t: "map", it: { t: "string" } }, managedFields: { t: "array", it: { t: "ref", r: "meta.v1.ManagedFieldsEntry" } }, name: { t: "string" }, namespace: { t: "string" }, ownerReferences: { t: "array", it: { t: "ref", r: "meta.v1.OwnerReference" } }, resourceVersion: { t: "string" }, selfLink: { t: "string" }, uid: { t: "string" } } }, "core.v1.ObjectReference": { p: { apiVersion: { t: "string" }, fieldPath: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, namespace: { t: "string" }, resourceVersion: { t: "string" }, uid: { t: "string" } } }, "resource.v1.OpaqueDeviceConfiguration": { p: { driver: { t: "string" }, parameters: { t: "any" } }, req: ["driver", "parameters"] }, "node.v1.Overhead": { p: { podFixed: { t: "map", it: { t: "quantity" } } } }, "meta.v1.OwnerReference": { p: { apiVersion: { t: "string" }, blockOwnerDeletion: { t: "bool" }, controller: { t: "bool" }, kind: { t: "string" }, name: { t: "string" }, uid: { t: "string" } }, req: ["apiVersion", "kind", "name", "uid"] }, "admissionregistration.v1.ParamKind": { p: { apiVersion: { t: "string" }, kind: { t: "string" } } }, "admissionregistration.v1.ParamRef": { p: { name: { t: "string" }, namespace: { t: "string" }, parameterNotFoundAction: { t: "string" }, selector: { t: "ref", r: "core.v1.LabelSelector" } } }, "networking.v1.ParentReference": { p: { group: { t: "string" }, name: { t: "string" }, namespace: { t: "string" }, resource: { t: "string" } }, req: ["name", "resource"] }, "core.v1.PersistentVolume": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.PersistentVolumeSpec" }, status: { t: "ref", r: "core.v1.PersistentVolumeStatus" } }, gvk: ["v1", "PersistentVolume"] }, "core.v1.PersistentVolumeClaim": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.PersistentVolumeClaimSpec" }, status: { t: "ref", r: "core.v1.PersistentVolumeClaimStatus" } }, gvk: ["v1", "PersistentVolumeClaim"] }, "core.v1.PersistentVolumeClaimCondition": { p: { lastProbeTime: { t: "time" }, lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "core.v1.PersistentVolumeClaimList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.PersistentVolumeClaim" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "PersistentVolumeClaimList"] }, "core.v1.PersistentVolumeClaimSpec": { p: { accessModes: { t: "array", it: { t: "string", e: ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"] } }, dataSource: { t: "ref", r: "core.v1.TypedLocalObjectReference" }, dataSourceRef: { t: "ref", r: "core.v1.TypedObjectReference" }, resources: { t: "ref", r: "core.v1.VolumeResourceRequirements" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, storageClassName: { t: "string" }, volumeAttributesClassName: { t: "string" }, volumeMode: { t: "string", e: ["Block", "Filesystem"] }, volumeName: { t: "string" } } }, "core.v1.PersistentVolumeClaimStatus": { p: { accessModes: { t: "array", it: { t: "string" } }, allocatedResourceStatuses: { t: "map", it: { t: "string" } }, allocatedResources: { t: "map", it: { t: "quantity" } }, capacity: { t: "map", it: { t: "quantity" } }, conditions: { t: "array", it: { t: "ref", r: "core.v1.PersistentVolumeClaimCondition" } }, currentVolumeAttributesClassName: { t: "string" }, modifyVolumeStatus: { t: "ref", r: "core.v1.ModifyVolumeStatus" }, phase: { t: "string" } } }, "core.v1.PersistentVolumeClaimTemplate": { p: { metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.PersistentVolumeClaimSpec" } }, req: ["spec"] }, "core.v1.PersistentVolumeClaimVolumeSource": { p: { claimName: { t: "string" }, readOnly: { t: "bool" } }, req: ["claimName"] }, "core.v1.PersistentVolumeList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.PersistentVolume" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "PersistentVolumeList"] }, "core.v1.PersistentVolumeSpec": { p: { accessModes: { t: "array", it: { t: "string", e: ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"] } }, awsElasticBlockStore: { t: "ref", r: "core.v1.AWSElasticBlockStoreVolumeSource" }, azureDisk: { t: "ref", r: "core.v1.AzureDiskVolumeSource" }, azureFile: { t: "ref", r: "core.v1.AzureFilePersistentVolumeSource" }, capacity: { t: "map", it: { t: "quantity" } }, cephfs: { t: "ref", r: "core.v1.CephFSPersistentVolumeSource" }, cinder: { t: "ref", r: "core.v1.CinderPersistentVolumeSource" }, claimRef: { t: "ref", r: "core.v1.ObjectReference" }, csi: { t: "ref", r: "core.v1.CSIPersistentVolumeSource" }, fc: { t: "ref", r: "core.v1.FCVolumeSource" }, flexVolume: { t: "ref", r: "core.v1.FlexPersistentVolumeSource" }, flocker: { t: "ref", r: "core.v1.FlockerVolumeSource" }, gcePersistentDisk: { t: "ref", r: "core.v1.GCEPersistentDiskVolumeSource" }, glusterfs: { t: "ref", r: "core.v1.GlusterfsPersistentVolumeSource" }, hostPath: { t: "ref", r: "core.v1.HostPathVolumeSource" }, iscsi: { t: "ref", r: "core.v1.ISCSIPersistentVolumeSource" }, local: { t: "ref", r: "core.v1.LocalVolumeSource" }, mountOptions: { t: "array", it: { t: "string" } }, nfs: { t: "ref", r: "core.v1.NFSVolumeSource" }, nodeAffinity: { t: "ref", r: "core.v1.VolumeNodeAffinity" }, persistentVolumeReclaimPolicy: { t: "string", e: ["Delete", "Recycle", "Retain"] }, photonPersistentDisk: { t: "ref", r: "core.v1.PhotonPersistentDiskVolumeSource" }, portworxVolume: { t: "ref", r: "core.v1.PortworxVolumeSource" }, quobyte: { t: "ref", r: "core.v1.QuobyteVolumeSource" }, rbd: { t: "ref", r: "core.v1.RBDPersistentVolumeSource" }, scaleIO: { t: "ref", r: "core.v1.ScaleIOPersistentVolumeSource" }, storageClassName: { t: "string" }, storageos: { t: "ref", r: "core.v1.StorageOSPersistentVolumeSource" }, volumeAttributesClassName: { t: "string" }, volumeMode: { t: "string", e: ["Block", "Filesystem"] }, vsphereVolume: { t: "ref", r: "core.v1.VsphereVirtualDiskVolumeSource" } } }, "core.v1.PersistentVolumeStatus": { p: { lastPhaseTransitionTime: { t: "time" }, message: { t: "string" }, phase: { t: "string" }, reason: { t: "string" } } }, "core.v1.PhotonPersistentDiskVolumeSource": { p: { fsType: { t: "string" }, pdID: { t: "string" } }, req: ["pdID"] }, "core.v1.Pod": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.PodSpec" }, status: { t: "ref", r: "core.v1.PodStatus" } }, gvk: ["v1", "Pod"] }, "core.v1.PodAffinity": { p: { preferredDuringSchedulingIgnoredDuringExecution: { t: "array", it: { t: "ref", r: "core.v1.WeightedPodAffinityTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { t: "array", it: { t: "ref", r: "core.v1.PodAffinityTerm" } } } }, "core.v1.PodAffinityTerm": { p: { labelSelector: { t: "ref", r: "core.v1.LabelSelector" }, matchLabelKeys: { t: "array", it: { t: "string" } }, mismatchLabelKeys: { t: "array", it: { t: "string" } }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, namespaces: { t: "array", it: { t: "string" } }, topologyKey: { t: "string" } }, req: ["topologyKey"] }, "core.v1.PodAntiAffinity": { p: { preferredDuringSchedulingIgnoredDuringExecution: { t: "array", it: { t: "ref", r: "core.v1.WeightedPodAffinityTerm" } }, requiredDuringSchedulingIgnoredDuringExecution: { t: "array", it: { t: "ref", r: "core.v1.PodAffinityTerm" } } } }, "core.v1.PodCertificateProjection": { p: { certificateChainPath: { t: "string" }, credentialBundlePath: { t: "string" }, keyPath: { t: "string" }, keyType: { t: "string" }, maxExpirationSeconds: { t: "int32" }, signerName: { t: "string" } }, req: ["keyType", "signerName"] }, "core.v1.PodCondition": { p: { lastProbeTime: { t: "time" }, lastTransitionTime: { t: "time" }, message: { t: "string" }, observedGeneration: { t: "int64" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "core.v1.PodDNSConfig": { p: { nameservers: { t: "array", it: { t: "string" } }, options: { t: "array", it: { t: "ref", r: "core.v1.PodDNSConfigOption" } }, searches: { t: "array", it: { t: "string" } } } }, "core.v1.PodDNSConfigOption": { p: { name: { t: "string" }, value: { t: "string" } } }, "policy.v1.PodDisruptionBudget": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "policy.v1.PodDisruptionBudgetSpec" }, status: { t: "ref", r: "policy.v1.PodDisruptionBudgetStatus" } }, gvk: ["policy/v1", "PodDisruptionBudget"] }, "policy.v1.PodDisruptionBudgetList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "policy.v1.PodDisruptionBudget" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["policy/v1", "PodDisruptionBudgetList"] }, "policy.v1.PodDisruptionBudgetSpec": { p: { maxUnavailable: { t: "intorstring" }, minAvailable: { t: "intorstring" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, unhealthyPodEvictionPolicy: { t: "string" } } }, "policy.v1.PodDisruptionBudgetStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, currentHealthy: { t: "int32" }, desiredHealthy: { t: "int32" }, disruptedPods: { t: "map", it: { t: "time" } }, disruptionsAllowed: { t: "int32" }, expectedPods: { t: "int32" }, observedGeneration: { t: "int64" } }, req: ["currentHealthy", "desiredHealthy", "disruptionsAllowed", "expectedPods"] }, "core.v1.PodExtendedResourceClaimStatus": { p: { requestMappings: { t: "array", it: { t: "ref", r: "core.v1.ContainerExtendedResourceRequest" } }, resourceClaimName: { t: "string" } }, req: ["requestMappings", "resourceClaimName"] }, "batch.v1.PodFailurePolicy": { p: { rules: { t: "array", it: { t: "ref", r: "batch.v1.PodFailurePolicyRule" } } }, req: ["rules"] }, "batch.v1.PodFailurePolicyOnExitCodesRequirement": { p: { containerName: { t: "string" }, operator: { t: "string" }, values: { t: "array", it: { t: "int32" } } }, req: ["operator", "values"] }, "batch.v1.PodFailurePolicyOnPodConditionsPattern": { p: { status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "batch.v1.PodFailurePolicyRule": { p: { action: { t: "string" }, onExitCodes: { t: "ref", r: "batch.v1.PodFailurePolicyOnExitCodesRequirement" }, onPodConditions: { t: "array", it: { t: "ref", r: "batch.v1.PodFailurePolicyOnPodConditionsPattern" } } }, req: ["action"] }, "core.v1.PodIP": { p: { ip: { t: "string" } }, req: ["ip"] }, "core.v1.PodList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Pod" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "PodList"] }, "core.v1.PodOS": { p: { name: { t: "string" } }, req: ["name"] }, "core.v1.PodReadinessGate": { p: { conditionType: { t: "string" } }, req: ["conditionType"] }, "core.v1.PodResourceClaim": { p: { name: { t: "string" }, resourceClaimName: { t: "string" }, resourceClaimTemplateName: { t: "string" } }, req: ["name"] }, "core.v1.PodResourceClaimStatus": { p: { name: { t: "string" }, resourceClaimName: { t: "string" } }, req: ["name"] }, "core.v1.PodSchedulingGate": { p: { name: { t: "string" } }, req: ["name"] }, "core.v1.PodSecurityContext": { p: { appArmorProfile: { t: "ref", r: "core.v1.AppArmorProfile" }, fsGroup: { t: "int64" }, fsGroupChangePolicy: { t: "string" }, runAsGroup: { t: "int64" }, runAsNonRoot: { t: "bool" }, runAsUser: { t: "int64" }, seLinuxChangePolicy: { t: "string" }, seLinuxOptions: { t: "ref", r: "core.v1.SELinuxOptions" }, seccompProfile: { t: "ref", r: "core.v1.SeccompProfile" }, supplementalGroups: { t: "array", it: { t: "int64" } }, supplementalGroupsPolicy: { t: "string", e: ["Merge", "Strict"] }, sysctls: { t: "array", it: { t: "ref", r: "core.v1.Sysctl" } }, windowsOptions: { t: "ref", r: "core.v1.WindowsSecurityContextOptions" } } }, "core.v1.PodSpec": { p: { activeDeadlineSeconds: { t: "int64" }, affinity: { t: "ref", r: "core.v1.Affinity" }, automountServiceAccountToken: { t: "bool" }, containers: { t: "array", it: { t: "ref", r: "core.v1.Container" } }, dnsConfig: { t: "ref", r: "core.v1.PodDNSConfig" }, dnsPolicy: { t: "string", e: ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"] }, enableServiceLinks: { t: "bool" }, ephemeralContainers: { t: "array", it: { t: "ref", r: "core.v1.EphemeralContainer" } }, hostAliases: { t: "array", it: { t: "ref", r: "core.v1.HostAlias" } }, hostIPC: { t: "bool" }, hostNetwork: { t: "bool" }, hostPID: { t: "bool" }, hostUsers: { t: "bool" }, hostname: { t: "string" }, hostnameOverride: { t: "string" }, imagePullSecrets: { t: "array", it: { t: "ref", r: "core.v1.LocalObjectReference" } }, initContainers: { t: "array", it: { t: "ref", r: "core.v1.Container" } }, nodeName: { t: "string" }, nodeSelector: { t: "map", it: { t: "string" } }, os: { t: "ref", r: "core.v1.PodOS" }, overhead: { t: "map", it: { t: "quantity" } }, preemptionPolicy: { t: "string", e: ["Never", "PreemptLowerPriority"] }, priority: { t: "int32" }, priorityClassName: { t: "string" }, readinessGates: { t: "array", it: { t: "ref", r: "core.v1.PodReadinessGate" } }, resourceClaims: { t: "array", it: { t: "ref", r: "core.v1.PodResourceClaim" } }, resources: { t: "ref", r: "core.v1.ResourceRequirements" }, restartPolicy: { t: "string", e: ["Always", "Never", "OnFailure"] }, runtimeClassName: { t: "string" }, schedulerName: { t: "string" }, schedulingGates: { t: "array", it: { t: "ref", r: "core.v1.PodSchedulingGate" } }, securityContext: { t: "ref", r: "core.v1.PodSecurityContext" }, serviceAccount: { t: "string" }, serviceAccountName: { t: "string" }, setHostnameAsFQDN: { t: "bool" }, shareProcessNamespace: { t: "bool" }, subdomain: { t: "string" }, terminationGracePeriodSeconds: { t: "int64" }, tolerations: { t: "array", it: { t: "ref", r: "core.v1.Toleration" } }, topologySpreadConstraints: { t: "array", it: { t: "ref", r: "core.v1.TopologySpreadConstraint" } }, volumes: { t: "array", it: { t: "ref", r: "core.v1.Volume" } } }, req: ["containers"] }, "core.v1.PodStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.PodCondition" } }, containerStatuses: { t: "array", it: { t: "ref", r: "core.v1.ContainerStatus" } }, ephemeralContainerStatuses: { t: "array", it: { t: "ref", r: "core.v1.ContainerStatus" } }, extendedResourceClaimStatus: { t: "ref", r: "core.v1.PodExtendedResourceClaimStatus" }, hostIP: { t: "string" }, hostIPs: { t: "array", it: { t: "ref", r: "core.v1.HostIP" } }, initContainerStatuses: { t: "array", it: { t: "ref", r: "core.v1.ContainerStatus" } }, message: { t: "string" }, nominatedNodeName: { t: "string" }, observedGeneration: { t: "int64" }, phase: { t: "string" }, podIP: { t: "string" }, podIPs: { t: "array", it: { t: "ref", r: "core.v1.PodIP" } }, qosClass: { t: "string" }, reason: { t: "string" }, resize: { t: "string" }, resourceClaimStatuses: { t: "array", it: { t: "ref", r: "core.v1.PodResourceClaimStatus" } }, startTime: { t: "time" } } }, "core.v1.PodTemplate": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, template: { t: "ref", r: "core.v1.PodTemplateSpec" } }, gvk: ["v1", "PodTemplate"] }, "core.v1.PodTemplateList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.PodTemplate" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "PodTemplateList"] }, "core.v1.PodTemplateSpec": { p: { metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.PodSpec" } } }, "rbac.v1.PolicyRule": { p: { apiGroups: { t: "array", it: { t: "string" } }, nonResourceURLs: { t: "array", it: { t: "string" } }, resourceNames: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, verbs: { t: "array", it: { t: "string" } } }, req: ["verbs"] }, "flowcontrol.v1.PolicyRulesWithSubjects": { p: { nonResourceRules: { t: "array", it: { t: "ref", r: "flowcontrol.v1.NonResourcePolicyRule" } }, resourceRules: { t: "array", it: { t: "ref", r: "flowcontrol.v1.ResourcePolicyRule" } }, subjects: { t: "array", it: { t: "ref", r: "flowcontrol.v1.Subject" } } }, req: ["subjects"] }, "core.v1.PortStatus": { p: { error: { t: "string" }, port: { t: "int32" }, protocol: { t: "string" } }, req: ["port", "protocol"] }, "core.v1.PortworxVolumeSource": { p: { fsType: { t: "string" }, readOnly: { t: "bool" }, volumeID: { t: "string" } }, req: ["volumeID"] }, "meta.v1.Preconditions": { p: { resourceVersion: { t: "string" }, uid: { t: "string" } } }, "core.v1.PreferredSchedulingTerm": { p: { preference: { t: "ref", r: "core.v1.NodeSelectorTerm" }, weight: { t: "int32" } }, req: ["preference", "weight"] }, "scheduling.v1.PriorityClass": { p: { apiVersion: { t: "string" }, description: { t: "string" }, globalDefault: { t: "bool" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, preemptionPolicy: { t: "string" }, value: { t: "int32" } }, req: ["value"], gvk: ["scheduling.k8s.io/v1", "PriorityClass"] }, "scheduling.v1.PriorityClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "scheduling.v1.PriorityClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["scheduling.k8s.io/v1", "PriorityClassList"] }, "flowcontrol.v1.PriorityLevelConfiguration": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "flowcontrol.v1.PriorityLevelConfigurationSpec" }, status: { t: "ref", r: "flowcontrol.v1.PriorityLevelConfigurationStatus" } }, gvk: ["flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration"] }, "flowcontrol.v1.PriorityLevelConfigurationCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } } }, "flowcontrol.v1.PriorityLevelConfigurationList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "flowcontrol.v1.PriorityLevelConfiguration" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfigurationList"] }, "flowcontrol.v1.PriorityLevelConfigurationReference": { p: { name: { t: "string" } }, req: ["name"] }, "flowcontrol.v1.PriorityLevelConfigurationSpec": { p: { exempt: { t: "ref", r: "flowcontrol.v1.ExemptPriorityLevelConfiguration" }, limited: { t: "ref", r: "flowcontrol.v1.LimitedPriorityLevelConfiguration" }, type: { t: "string" } }, req: ["type"] }, "flowcontrol.v1.PriorityLevelConfigurationStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "flowcontrol.v1.PriorityLevelConfigurationCondition" } } } }, "core.v1.Probe": { p: { exec: { t: "ref", r: "core.v1.ExecAction" }, failureThreshold: { t: "int32" }, grpc: { t: "ref", r: "core.v1.GRPCAction" }, httpGet: { t: "ref", r: "core.v1.HTTPGetAction" }, initialDelaySeconds: { t: "int32" }, periodSeconds: { t: "int32" }, successThreshold: { t: "int32" }, tcpSocket: { t: "ref", r: "core.v1.TCPSocketAction" }, terminationGracePeriodSeconds: { t: "int64" }, timeoutSeconds: { t: "int32" } } }, "core.v1.ProjectedVolumeSource": { p: { defaultMode: { t: "int32" }, sources: { t: "array", it: { t: "ref", r: "core.v1.VolumeProjection" } } } }, "flowcontrol.v1.QueuingConfiguration": { p: { handSize: { t: "int32" }, queueLengthLimit: { t: "int32" }, queues: { t: "int32" } } }, "core.v1.QuobyteVolumeSource": { p: { group: { t: "string" }, readOnly: { t: "bool" }, registry: { t: "string" }, tenant: { t: "string" }, user: { t: "string" }, volume: { t: "string" } }, req: ["registry", "volume"] }, "core.v1.RBDPersistentVolumeSource": { p: { fsType: { t: "string" }, image: { t: "string" }, keyring: { t: "string" }, monitors: { t: "array", it: { t: "string" } }, pool: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.SecretReference" }, user: { t: "string" } }, req: ["image", "monitors"] }, "core.v1.RBDVolumeSource": { p: { fsType: { t: "string" }, image: { t: "string" }, keyring: { t: "string" }, monitors: { t: "array", it: { t: "string" } }, pool: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, user: { t: "string" } }, req: ["image", "monitors"] }, "apps.v1.ReplicaSet": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "apps.v1.ReplicaSetSpec" }, status: { t: "ref", r: "apps.v1.ReplicaSetStatus" } }, gvk: ["apps/v1", "ReplicaSet"] }, "apps.v1.ReplicaSetCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "apps.v1.ReplicaSetList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apps.v1.ReplicaSet" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apps/v1", "ReplicaSetList"] }, "apps.v1.ReplicaSetSpec": { p: { minReadySeconds: { t: "int32" }, replicas: { t: "int32" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, template: { t: "ref", r: "core.v1.PodTemplateSpec" } }, req: ["selector"] }, "apps.v1.ReplicaSetStatus": { p: { availableReplicas: { t: "int32" }, conditions: { t: "array", it: { t: "ref", r: "apps.v1.ReplicaSetCondition" } }, fullyLabeledReplicas: { t: "int32" }, observedGeneration: { t: "int64" }, readyReplicas: { t: "int32" }, replicas: { t: "int32" }, terminatingReplicas: { t: "int32" } }, req: ["replicas"] }, "core.v1.ReplicationController": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.ReplicationControllerSpec" }, status: { t: "ref", r: "core.v1.ReplicationControllerStatus" } }, gvk: ["v1", "ReplicationController"] }, "core.v1.ReplicationControllerCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "core.v1.ReplicationControllerList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.ReplicationController" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "ReplicationControllerList"] }, "core.v1.ReplicationControllerSpec": { p: { minReadySeconds: { t: "int32" }, replicas: { t: "int32" }, selector: { t: "map", it: { t: "string" } }, template: { t: "ref", r: "core.v1.PodTemplateSpec" } } }, "core.v1.ReplicationControllerStatus": { p: { availableReplicas: { t: "int32" }, conditions: { t: "array", it: { t: "ref", r: "core.v1.ReplicationControllerCondition" } }, fullyLabeledReplicas: { t: "int32" }, observedGeneration: { t: "int64" }, readyReplicas: { t: "int32" }, replicas: { t: "int32" } }, req: ["replicas"] }, "authorization.v1.ResourceAttributes": { p: { fieldSelector: { t: "ref", r: "authorization.v1.FieldSelectorAttributes" }, group: { t: "string" }, labelSelector: { t: "ref", r: "authorization.v1.LabelSelectorAttributes" }, name: { t: "string" }, namespace: { t: "string" }, resource: { t: "string" }, subresource: { t: "string" }, verb: { t: "string" }, version: { t: "string" } } }, "resource.v1.ResourceClaimConsumerReference": { p: { apiGroup: { t: "string" }, name: { t: "string" }, resource: { t: "string" }, uid: { t: "string" } }, req: ["name", "resource", "uid"] }, "resource.v1.ResourceClaimList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1.ResourceClaim" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1", "ResourceClaimList"] }, "resource.v1.ResourceClaimSpec": { p: { devices: { t: "ref", r: "resource.v1.DeviceClaim" } } }, "resource.v1.ResourceClaimStatus": { p: { allocation: { t: "ref", r: "resource.v1.AllocationResult" }, devices: { t: "array", it: { t: "ref", r: "resource.v1.AllocatedDeviceStatus" } }, reservedFor: { t: "array", it: { t: "ref", r: "resource.v1.ResourceClaimConsumerReference" } } } }, "resource.v1.ResourceClaimTemplate": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1.ResourceClaimTemplateSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1", "ResourceClaimTemplate"] }, "resource.v1.ResourceClaimTemplateList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1.ResourceClaimTemplate" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1", "ResourceClaimTemplateList"] }, "resource.v1.ResourceClaimTemplateSpec": { p: { metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1.ResourceClaimSpec" } }, req: ["spec"] }, "core.v1.ResourceFieldSelector": { p: { containerName: { t: "string" }, divisor: { t: "quantity" }, resource: { t: "string" } }, req: ["resource"] }, "core.v1.ResourceHealth": { p: { health: { t: "string" }, resourceID: { t: "string" } }, req: ["resourceID"] }, "flowcontrol.v1.ResourcePolicyRule": { p: { apiGroups: { t: "array", it: { t: "string" } }, clusterScope: { t: "bool" }, namespaces: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, verbs: { t: "array", it: { t: "string" } } }, req: ["apiGroups", "resources", "verbs"] }, "resource.v1.ResourcePool": { p: { generation: { t: "int64" }, name: { t: "string" }, resourceSliceCount: { t: "int64" } }, req: ["generation", "name", "resourceSliceCount"] }, "core.v1.ResourceQuota": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.ResourceQuotaSpec" }, status: { t: "ref", r: "core.v1.ResourceQuotaStatus" } }, gvk: ["v1", "ResourceQuota"] }, "core.v1.ResourceQuotaList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.ResourceQuota" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "ResourceQuotaList"] }, "core.v1.ResourceQuotaSpec": { p: { hard: { t: "map", it: { t: "quantity" } }, scopeSelector: { t: "ref", r: "core.v1.ScopeSelector" }, scopes: { t: "array", it: { t: "string" } } } }, "core.v1.ResourceQuotaStatus": { p: { hard: { t: "map", it: { t: "quantity" } }, used: { t: "map", it: { t: "quantity" } } } }, "core.v1.ResourceRequirements": { p: { claims: { t: "array", it: { t: "ref", r: "core.v1.ResourceClaim" } }, limits: { t: "map", it: { t: "quantity" } }, requests: { t: "map", it: { t: "quantity" } } } }, "authorization.v1.ResourceRule": { p: { apiGroups: { t: "array", it: { t: "string" } }, resourceNames: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, verbs: { t: "array", it: { t: "string" } } }, req: ["verbs"] }, "resource.v1.ResourceSlice": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1.ResourceSliceSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1", "ResourceSlice"] }, "resource.v1.ResourceSliceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1.ResourceSlice" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1", "ResourceSliceList"] }, "resource.v1.ResourceSliceSpec": { p: { allNodes: { t: "bool" }, devices: { t: "array", it: { t: "ref", r: "resource.v1.Device" } }, driver: { t: "string" }, nodeName: { t: "string" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" }, perDeviceNodeSelection: { t: "bool" }, pool: { t: "ref", r: "resource.v1.ResourcePool" }, sharedCounters: { t: "array", it: { t: "ref", r: "resource.v1.CounterSet" } } }, req: ["driver", "pool"] }, "core.v1.ResourceStatus": { p: { name: { t: "string" }, resources: { t: "array", it: { t: "ref", r: "core.v1.ResourceHealth" } } }, req: ["name"] }, "rbac.v1.Role": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, rules: { t: "array", it: { t: "ref", r: "rbac.v1.PolicyRule" } } }, gvk: ["rbac.authorization.k8s.io/v1", "Role"] }, "rbac.v1.RoleBinding": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, roleRef: { t: "ref", r: "rbac.v1.RoleRef" }, subjects: { t: "array", it: { t: "ref", r: "rbac.v1.Subject" } } }, req: ["roleRef"], gvk: ["rbac.authorization.k8s.io/v1", "RoleBinding"] }, "rbac.v1.RoleBindingList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "rbac.v1.RoleBinding" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["rbac.authorization.k8s.io/v1", "RoleBindingList"] }, "rbac.v1.RoleList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "rbac.v1.Role" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["rbac.authorization.k8s.io/v1", "RoleList"] }, "rbac.v1.RoleRef": { p: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" } }, req: ["apiGroup", "kind", "name"] }, "apps.v1.RollingUpdateDaemonSet": { p: { maxSurge: { t: "intorstring" }, maxUnavailable: { t: "intorstring" } } }, "apps.v1.RollingUpdateDeployment": { p: { maxSurge: { t: "intorstring" }, maxUnavailable: { t: "intorstring" } } }, "apps.v1.RollingUpdateStatefulSetStrategy": { p: { maxUnavailable: { t: "intorstring" }, partition: { t: "int32" } } }, "admissionregistration.v1.RuleWithOperations": { p: { apiGroups: { t: "array", it: { t: "string" } }, apiVersions: { t: "array", it: { t: "string" } }, operations: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, scope: { t: "string" } } }, "node.v1.RuntimeClass": { p: { apiVersion: { t: "string" }, handler: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, overhead: { t: "ref", r: "node.v1.Overhead" }, scheduling: { t: "ref", r: "node.v1.Scheduling" } }, req: ["handler"], gvk: ["node.k8s.io/v1", "RuntimeClass"] }, "node.v1.RuntimeClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "node.v1.RuntimeClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["node.k8s.io/v1", "RuntimeClassList"] }, "core.v1.SELinuxOptions": { p: { level: { t: "string" }, role: { t: "string" }, type: { t: "string" }, user: { t: "string" } } }, "core.v1.Scale": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.ScaleSpec" }, status: { t: "ref", r: "core.v1.ScaleStatus" } } }, "core.v1.ScaleIOPersistentVolumeSource": { p: { fsType: { t: "string" }, gateway: { t: "string" }, protectionDomain: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.SecretReference" }, sslEnabled: { t: "bool" }, storageMode: { t: "string" }, storagePool: { t: "string" }, system: { t: "string" }, volumeName: { t: "string" } }, req: ["gateway", "secretRef", "system"] }, "core.v1.ScaleIOVolumeSource": { p: { fsType: { t: "string" }, gateway: { t: "string" }, protectionDomain: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, sslEnabled: { t: "bool" }, storageMode: { t: "string" }, storagePool: { t: "string" }, system: { t: "string" }, volumeName: { t: "string" } }, req: ["gateway", "secretRef", "system"] }, "core.v1.ScaleSpec": { p: { replicas: { t: "int32" } } }, "core.v1.ScaleStatus": { p: { replicas: { t: "int32" }, selector: { t: "string" } }, req: ["replicas"] }, "node.v1.Scheduling": { p: { nodeSelector: { t: "map", it: { t: "string" } }, tolerations: { t: "array", it: { t: "ref", r: "core.v1.Toleration" } } } }, "core.v1.ScopeSelector": { p: { matchExpressions: { t: "array", it: { t: "ref", r: "core.v1.ScopedResourceSelectorRequirement" } } } }, "core.v1.ScopedResourceSelectorRequirement": { p: { operator: { t: "string" }, scopeName: { t: "string" }, values: { t: "array", it: { t: "string" } } }, req: ["operator", "scopeName"] }, "core.v1.SeccompProfile": { p: { localhostProfile: { t: "string" }, type: { t: "string" } }, req: ["type"] }, "core.v1.Secret": { p: { apiVersion: { t: "string" }, data: { t: "map", it: { t: "bytes" } }, immutable: { t: "bool" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, stringData: { t: "map", it: { t: "string" } }, type: { t: "string" } }, gvk: ["v1", "Secret"] }, "core.v1.SecretEnvSource": { p: { name: { t: "string" }, optional: { t: "bool" } } }, "core.v1.SecretKeySelector": { p: { key: { t: "string" }, name: { t: "string" }, optional: { t: "bool" } }, req: ["key"] }, "core.v1.SecretList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Secret" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "SecretList"] }, "core.v1.SecretProjection": { p: { items: { t: "array", it: { t: "ref", r: "core.v1.KeyToPath" } }, name: { t: "string" }, optional: { t: "bool" } } }, "core.v1.SecretReference": { p: { name: { t: "string" }, namespace: { t: "string" } } }, "core.v1.SecretVolumeSource": { p: { defaultMode: { t: "int32" }, items: { t: "array", it: { t: "ref", r: "core.v1.KeyToPath" } }, optional: { t: "bool" }, secretName: { t: "string" } } }, "core.v1.SecurityContext": { p: { allowPrivilegeEscalation: { t: "bool" }, appArmorProfile: { t: "ref", r: "core.v1.AppArmorProfile" }, capabilities: { t: "ref", r: "core.v1.Capabilities" }, privileged: { t: "bool" }, procMount: { t: "string" }, readOnlyRootFilesystem: { t: "bool" }, runAsGroup: { t: "int64" }, runAsNonRoot: { t: "bool" }, runAsUser: { t: "int64" }, seLinuxOptions: { t: "ref", r: "core.v1.SELinuxOptions" }, seccompProfile: { t: "ref", r: "core.v1.SeccompProfile" }, windowsOptions: { t: "ref", r: "core.v1.WindowsSecurityContextOptions" } } }, "apiextensions.v1.SelectableField": { p: { jsonPath: { t: "string" } }, req: ["jsonPath"] }, "authorization.v1.SelfSubjectAccessReview": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "authorization.v1.SelfSubjectAccessReviewSpec" }, status: { t: "ref", r: "authorization.v1.SubjectAccessReviewStatus" } }, req: ["spec"], gvk: ["authorization.k8s.io/v1", "SelfSubjectAccessReview"] }, "authorization.v1.SelfSubjectAccessReviewSpec": { p: { nonResourceAttributes: { t: "ref", r: "authorization.v1.NonResourceAttributes" }, resourceAttributes: { t: "ref", r: "authorization.v1.ResourceAttributes" } } }, "authentication.v1.SelfSubjectReview": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, status: { t: "ref", r: "authentication.v1.SelfSubjectReviewStatus" } }, gvk: ["authentication.k8s.io/v1", "SelfSubjectReview"] }, "authentication.v1.SelfSubjectReviewStatus": { p: { userInfo: { t: "ref", r: "authentication.v1.UserInfo" } } }, "authorization.v1.SelfSubjectRulesReview": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "authorization.v1.SelfSubjectRulesReviewSpec" }, status: { t: "ref", r: "authorization.v1.SubjectRulesReviewStatus" } }, req: ["spec"], gvk: ["authorization.k8s.io/v1", "SelfSubjectRulesReview"] }, "authorization.v1.SelfSubjectRulesReviewSpec": { p: { namespace: { t: "string" } } }, "meta.v1.ServerAddressByClientCIDR": { p: { clientCIDR: { t: "string" }, serverAddress: { t: "string" } }, req: ["clientCIDR", "serverAddress"] }, "core.v1.Service": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "core.v1.ServiceSpec" }, status: { t: "ref", r: "core.v1.ServiceStatus" } }, gvk: ["v1", "Service"] }, "core.v1.ServiceAccount": { p: { apiVersion: { t: "string" }, automountServiceAccountToken: { t: "bool" }, imagePullSecrets: { t: "array", it: { t: "ref", r: "core.v1.LocalObjectReference" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, secrets: { t: "array", it: { t: "ref", r: "core.v1.ObjectReference" } } }, gvk: ["v1", "ServiceAccount"] }, "core.v1.ServiceAccountList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.ServiceAccount" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "ServiceAccountList"] }, "flowcontrol.v1.ServiceAccountSubject": { p: { name: { t: "string" }, namespace: { t: "string" } }, req: ["name", "namespace"] }, "core.v1.ServiceAccountTokenProjection": { p: { audience: { t: "string" }, expirationSeconds: { t: "int64" }, path: { t: "string" } }, req: ["path"] }, "networking.v1.ServiceBackendPort": { p: { name: { t: "string" }, number: { t: "int32" } } }, "networking.v1.ServiceCIDR": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1.ServiceCIDRSpec" }, status: { t: "ref", r: "networking.v1.ServiceCIDRStatus" } }, gvk: ["networking.k8s.io/v1", "ServiceCIDR"] }, "networking.v1.ServiceCIDRList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1.ServiceCIDR" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1", "ServiceCIDRList"] }, "networking.v1.ServiceCIDRSpec": { p: { cidrs: { t: "array", it: { t: "string" } } } }, "networking.v1.ServiceCIDRStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } } } }, "core.v1.ServiceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "core.v1.Service" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["v1", "ServiceList"] }, "core.v1.ServicePort": { p: { appProtocol: { t: "string" }, name: { t: "string" }, nodePort: { t: "int32" }, port: { t: "int32" }, protocol: { t: "string", e: ["SCTP", "TCP", "UDP"] }, targetPort: { t: "intorstring" } }, req: ["port"] }, "core.v1.ServiceSpec": { p: { allocateLoadBalancerNodePorts: { t: "bool" }, clusterIP: { t: "string" }, clusterIPs: { t: "array", it: { t: "string" } }, externalIPs: { t: "array", it: { t: "string" } }, externalName: { t: "string" }, externalTrafficPolicy: { t: "string", e: ["Cluster", "Local"] }, healthCheckNodePort: { t: "int32" }, internalTrafficPolicy: { t: "string", e: ["Cluster", "Local"] }, ipFamilies: { t: "array", it: { t: "string" } }, ipFamilyPolicy: { t: "string", e: ["PreferDualStack", "RequireDualStack", "SingleStack"] }, loadBalancerClass: { t: "string" }, loadBalancerIP: { t: "string" }, loadBalancerSourceRanges: { t: "array", it: { t: "string" } }, ports: { t: "array", it: { t: "ref", r: "core.v1.ServicePort" } }, publishNotReadyAddresses: { t: "bool" }, selector: { t: "map", it: { t: "string" } }, sessionAffinity: { t: "string", e: ["ClientIP", "None"] }, sessionAffinityConfig: { t: "ref", r: "core.v1.SessionAffinityConfig" }, trafficDistribution: { t: "string" }, type: { t: "string", e: ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"] } } }, "core.v1.ServiceStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, loadBalancer: { t: "ref", r: "core.v1.LoadBalancerStatus" } } }, "core.v1.SessionAffinityConfig": { p: { clientIP: { t: "ref", r: "core.v1.ClientIPConfig" } } }, "core.v1.SleepAction": { p: { seconds: { t: "int64" } }, req: ["seconds"] }, "apps.v1.StatefulSet": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "apps.v1.StatefulSetSpec" }, status: { t: "ref", r: "apps.v1.StatefulSetStatus" } }, gvk: ["apps/v1", "StatefulSet"] }, "apps.v1.StatefulSetCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "apps.v1.StatefulSetList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "apps.v1.StatefulSet" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["apps/v1", "StatefulSetList"] }, "apps.v1.StatefulSetOrdinals": { p: { start: { t: "int32" } } }, "apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy": { p: { whenDeleted: { t: "string" }, whenScaled: { t: "string" } } }, "apps.v1.StatefulSetSpec": { p: { minReadySeconds: { t: "int32" }, ordinals: { t: "ref", r: "apps.v1.StatefulSetOrdinals" }, persistentVolumeClaimRetentionPolicy: { t: "ref", r: "apps.v1.StatefulSetPersistentVolumeClaimRetentionPolicy" }, podManagementPolicy: { t: "string", e: ["OrderedReady", "Parallel"] }, replicas: { t: "int32" }, revisionHistoryLimit: { t: "int32" }, selector: { t: "ref", r: "core.v1.LabelSelector" }, serviceName: { t: "string" }, template: { t: "ref", r: "core.v1.PodTemplateSpec" }, updateStrategy: { t: "ref", r: "apps.v1.StatefulSetUpdateStrategy" }, volumeClaimTemplates: { t: "array", it: { t: "ref", r: "core.v1.PersistentVolumeClaim" } } }, req: ["selector", "template"] }, "apps.v1.StatefulSetStatus": { p: { availableReplicas: { t: "int32" }, collisionCount: { t: "int32" }, conditions: { t: "array", it: { t: "ref", r: "apps.v1.StatefulSetCondition" } }, currentReplicas: { t: "int32" }, currentRevision: { t: "string" }, observedGeneration: { t: "int64" }, readyReplicas: { t: "int32" }, replicas: { t: "int32" }, updateRevision: { t: "string" }, updatedReplicas: { t: "int32" } }, req: ["replicas"] }, "apps.v1.StatefulSetUpdateStrategy": { p: { rollingUpdate: { t: "ref", r: "apps.v1.RollingUpdateStatefulSetStrategy" }, type: { t: "string", e: ["OnDelete", "RollingUpdate"] } } }, "meta.v1.Status": { p: { apiVersion: { t: "string" }, code: { t: "int32" }, details: { t: "ref", r: "meta.v1.StatusDetails" }, kind: { t: "string" }, message: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" }, reason: { t: "string" }, status: { t: "string" } } }, "meta.v1.StatusCause": { p: { field: { t: "string" }, message: { t: "string" }, reason: { t: "string" } } }, "meta.v1.StatusDetails": { p: { causes: { t: "array", it: { t: "ref", r: "meta.v1.StatusCause" } }, group: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, retryAfterSeconds: { t: "int32" }, uid: { t: "string" } } }, "storage.v1.StorageClass": { p: { allowVolumeExpansion: { t: "bool" }, allowedTopologies: { t: "array", it: { t: "ref", r: "storage.v1.TopologySelectorTerm" } }, apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, mountOptions: { t: "array", it: { t: "string" } }, parameters: { t: "map", it: { t: "string" } }, provisioner: { t: "string" }, reclaimPolicy: { t: "string", e: ["Delete", "Recycle", "Retain"] }, volumeBindingMode: { t: "string", e: ["Immediate", "WaitForFirstConsumer"] } }, req: ["provisioner"], gvk: ["storage.k8s.io/v1", "StorageClass"] }, "storage.v1.StorageClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1.StorageClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1", "StorageClassList"] }, "core.v1.StorageOSPersistentVolumeSource": { p: { fsType: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.ObjectReference" }, volumeName: { t: "string" }, volumeNamespace: { t: "string" } } }, "core.v1.StorageOSVolumeSource": { p: { fsType: { t: "string" }, readOnly: { t: "bool" }, secretRef: { t: "ref", r: "core.v1.LocalObjectReference" }, volumeName: { t: "string" }, volumeNamespace: { t: "string" } } }, "authorization.v1.SubjectAccessReview": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "authorization.v1.SubjectAccessReviewSpec" }, status: { t: "ref", r: "authorization.v1.SubjectAccessReviewStatus" } }, req: ["spec"], gvk: ["authorization.k8s.io/v1", "SubjectAccessReview"] }, "authorization.v1.SubjectAccessReviewSpec": { p: { extra: { t: "map", it: { t: "array", it: { t: "string" } } }, groups: { t: "array", it: { t: "string" } }, nonResourceAttributes: { t: "ref", r: "authorization.v1.NonResourceAttributes" }, resourceAttributes: { t: "ref", r: "authorization.v1.ResourceAttributes" }, uid: { t: "string" }, user: { t: "string" } } }, "authorization.v1.SubjectAccessReviewStatus": { p: { allowed: { t: "bool" }, denied: { t: "bool" }, evaluationError: { t: "string" }, reason: { t: "string" } }, req: ["allowed"] }, "authorization.v1.SubjectRulesReviewStatus": { p: { evaluationError: { t: "string" }, incomplete: { t: "bool" }, nonResourceRules: { t: "array", it: { t: "ref", r: "authorization.v1.NonResourceRule" } }, resourceRules: { t: "array", it: { t: "ref", r: "authorization.v1.ResourceRule" } } }, req: ["incomplete", "nonResourceRules", "resourceRules"] }, "batch.v1.SuccessPolicy": { p: { rules: { t: "array", it: { t: "ref", r: "batch.v1.SuccessPolicyRule" } } }, req: ["rules"] }, "batch.v1.SuccessPolicyRule": { p: { succeededCount: { t: "int32" }, succeededIndexes: { t: "string" } } }, "core.v1.Sysctl": { p: { name: { t: "string" }, value: { t: "string" } }, req: ["name", "value"] }, "core.v1.TCPSocketAction": { p: { host: { t: "string" }, port: { t: "intorstring" } }, req: ["port"] }, "core.v1.Taint": { p: { effect: { t: "string", e: ["NoExecute", "NoSchedule", "PreferNoSchedule"] }, key: { t: "string" }, timeAdded: { t: "time" }, value: { t: "string" } }, req: ["effect", "key"] }, "core.v1.TokenRequestSpec": { p: { audiences: { t: "array", it: { t: "string" } }, boundObjectRef: { t: "ref", r: "core.v1.BoundObjectReference" }, expirationSeconds: { t: "int64" } }, req: ["audiences"] }, "core.v1.TokenRequestStatus": { p: { expirationTimestamp: { t: "time" }, token: { t: "string" } }, req: ["expirationTimestamp", "token"] }, "authentication.v1.TokenReview": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "authentication.v1.TokenReviewSpec" }, status: { t: "ref", r: "authentication.v1.TokenReviewStatus" } }, req: ["spec"], gvk: ["authentication.k8s.io/v1", "TokenReview"] }, "authentication.v1.TokenReviewSpec": { p: { audiences: { t: "array", it: { t: "string" } }, token: { t: "string" } } }, "authentication.v1.TokenReviewStatus": { p: { audiences: { t: "array", it: { t: "string" } }, authenticated: { t: "bool" }, error: { t: "string" }, user: { t: "ref", r: "authentication.v1.UserInfo" } } }, "core.v1.Toleration": { p: { effect: { t: "string", e: ["NoExecute", "NoSchedule", "PreferNoSchedule"] }, key: { t: "string" }, operator: { t: "string", e: ["Equal", "Exists"] }, tolerationSeconds: { t: "int64" }, value: { t: "string" } } }, "storage.v1.TopologySelectorLabelRequirement": { p: { key: { t: "string" }, values: { t: "array", it: { t: "string" } } }, req: ["key", "values"] }, "storage.v1.TopologySelectorTerm": { p: { matchLabelExpressions: { t: "array", it: { t: "ref", r: "storage.v1.TopologySelectorLabelRequirement" } } } }, "core.v1.TopologySpreadConstraint": { p: { labelSelector: { t: "ref", r: "core.v1.LabelSelector" }, matchLabelKeys: { t: "array", it: { t: "string" } }, maxSkew: { t: "int32" }, minDomains: { t: "int32" }, nodeAffinityPolicy: { t: "string" }, nodeTaintsPolicy: { t: "string" }, topologyKey: { t: "string" }, whenUnsatisfiable: { t: "string" } }, req: ["maxSkew", "topologyKey", "whenUnsatisfiable"] }, "admissionregistration.v1.TypeChecking": { p: { expressionWarnings: { t: "array", it: { t: "ref", r: "admissionregistration.v1.ExpressionWarning" } } } }, "core.v1.TypedLocalObjectReference": { p: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" } }, req: ["kind", "name"] }, "core.v1.TypedObjectReference": { p: { apiGroup: { t: "string" }, kind: { t: "string" }, name: { t: "string" }, namespace: { t: "string" } }, req: ["kind", "name"] }, "batch.v1.UncountedTerminatedPods": { p: { failed: { t: "array", it: { t: "string" } }, succeeded: { t: "array", it: { t: "string" } } } }, "authentication.v1.UserInfo": { p: { extra: { t: "map", it: { t: "array", it: { t: "string" } } }, groups: { t: "array", it: { t: "string" } }, uid: { t: "string" }, username: { t: "string" } } }, "flowcontrol.v1.UserSubject": { p: { name: { t: "string" } }, req: ["name"] }, "admissionregistration.v1.ValidatingAdmissionPolicy": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "admissionregistration.v1.ValidatingAdmissionPolicySpec" }, status: { t: "ref", r: "admissionregistration.v1.ValidatingAdmissionPolicyStatus" } }, gvk: ["admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy"] }, "admissionregistration.v1.ValidatingAdmissionPolicyBinding": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec" } }, gvk: ["admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding"] }, "admissionregistration.v1.ValidatingAdmissionPolicyBindingList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1.ValidatingAdmissionPolicyBinding" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBindingList"] }, "admissionregistration.v1.ValidatingAdmissionPolicyBindingSpec": { p: { matchResources: { t: "ref", r: "admissionregistration.v1.MatchResources" }, paramRef: { t: "ref", r: "admissionregistration.v1.ParamRef" }, policyName: { t: "string" }, validationActions: { t: "array", it: { t: "string" } } } }, "admissionregistration.v1.ValidatingAdmissionPolicyList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1.ValidatingAdmissionPolicy" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyList"] }, "admissionregistration.v1.ValidatingAdmissionPolicySpec": { p: { auditAnnotations: { t: "array", it: { t: "ref", r: "admissionregistration.v1.AuditAnnotation" } }, failurePolicy: { t: "string" }, matchConditions: { t: "array", it: { t: "ref", r: "admissionregistration.v1.MatchCondition" } }, matchConstraints: { t: "ref", r: "admissionregistration.v1.MatchResources" }, paramKind: { t: "ref", r: "admissionregistration.v1.ParamKind" }, validations: { t: "array", it: { t: "ref", r: "admissionregistration.v1.Validation" } }, variables: { t: "array", it: { t: "ref", r: "admissionregistration.v1.Variable" } } } }, "admissionregistration.v1.ValidatingAdmissionPolicyStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, observedGeneration: { t: "int64" }, typeChecking: { t: "ref", r: "admissionregistration.v1.TypeChecking" } } }, "admissionregistration.v1.ValidatingWebhook": { p: { admissionReviewVersions: { t: "array", it: { t: "string" } }, clientConfig: { t: "ref", r: "admissionregistration.v1.WebhookClientConfig" }, failurePolicy: { t: "string" }, matchConditions: { t: "array", it: { t: "ref", r: "admissionregistration.v1.MatchCondition" } }, matchPolicy: { t: "string" }, name: { t: "string" }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, objectSelector: { t: "ref", r: "core.v1.LabelSelector" }, rules: { t: "array", it: { t: "ref", r: "admissionregistration.v1.RuleWithOperations" } }, sideEffects: { t: "string" }, timeoutSeconds: { t: "int32" } }, req: ["admissionReviewVersions", "clientConfig", "name", "sideEffects"] }, "admissionregistration.v1.ValidatingWebhookConfiguration": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, webhooks: { t: "array", it: { t: "ref", r: "admissionregistration.v1.ValidatingWebhook" } } }, gvk: ["admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"] }, "admissionregistration.v1.ValidatingWebhookConfigurationList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1.ValidatingWebhookConfiguration" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1", "ValidatingWebhookConfigurationList"] }, "admissionregistration.v1.Validation": { p: { expression: { t: "string" }, message: { t: "string" }, messageExpression: { t: "string" }, reason: { t: "string" } }, req: ["expression"] }, "apiextensions.v1.ValidationRule": { p: { fieldPath: { t: "string" }, message: { t: "string" }, messageExpression: { t: "string" }, optionalOldSelf: { t: "bool" }, reason: { t: "string" }, rule: { t: "string" } }, req: ["rule"] }, "admissionregistration.v1.Variable": { p: { expression: { t: "string" }, name: { t: "string" } }, req: ["expression", "name"] }, "core.v1.Volume": { p: { awsElasticBlockStore: { t: "ref", r: "core.v1.AWSElasticBlockStoreVolumeSource" }, azureDisk: { t: "ref", r: "core.v1.AzureDiskVolumeSource" }, azureFile: { t: "ref", r: "core.v1.AzureFileVolumeSource" }, cephfs: { t: "ref", r: "core.v1.CephFSVolumeSource" }, cinder: { t: "ref", r: "core.v1.CinderVolumeSource" }, configMap: { t: "ref", r: "core.v1.ConfigMapVolumeSource" }, csi: { t: "ref", r: "core.v1.CSIVolumeSource" }, downwardAPI: { t: "ref", r: "core.v1.DownwardAPIVolumeSource" }, emptyDir: { t: "ref", r: "core.v1.EmptyDirVolumeSource" }, ephemeral: { t: "ref", r: "core.v1.EphemeralVolumeSource" }, fc: { t: "ref", r: "core.v1.FCVolumeSource" }, flexVolume: { t: "ref", r: "core.v1.FlexVolumeSource" }, flocker: { t: "ref", r: "core.v1.FlockerVolumeSource" }, gcePersistentDisk: { t: "ref", r: "core.v1.GCEPersistentDiskVolumeSource" }, gitRepo: { t: "ref", r: "core.v1.GitRepoVolumeSource" }, glusterfs: { t: "ref", r: "core.v1.GlusterfsVolumeSource" }, hostPath: { t: "ref", r: "core.v1.HostPathVolumeSource" }, image: { t: "ref", r: "core.v1.ImageVolumeSource" }, iscsi: { t: "ref", r: "core.v1.ISCSIVolumeSource" }, name: { t: "string" }, nfs: { t: "ref", r: "core.v1.NFSVolumeSource" }, persistentVolumeClaim: { t: "ref", r: "core.v1.PersistentVolumeClaimVolumeSource" }, photonPersistentDisk: { t: "ref", r: "core.v1.PhotonPersistentDiskVolumeSource" }, portworxVolume: { t: "ref", r: "core.v1.PortworxVolumeSource" }, projected: { t: "ref", r: "core.v1.ProjectedVolumeSource" }, quobyte: { t: "ref", r: "core.v1.QuobyteVolumeSource" }, rbd: { t: "ref", r: "core.v1.RBDVolumeSource" }, scaleIO: { t: "ref", r: "core.v1.ScaleIOVolumeSource" }, secret: { t: "ref", r: "core.v1.SecretVolumeSource" }, storageos: { t: "ref", r: "core.v1.StorageOSVolumeSource" }, vsphereVolume: { t: "ref", r: "core.v1.VsphereVirtualDiskVolumeSource" } }, req: ["name"] }, "storage.v1.VolumeAttachment": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "storage.v1.VolumeAttachmentSpec" }, status: { t: "ref", r: "storage.v1.VolumeAttachmentStatus" } }, req: ["spec"], gvk: ["storage.k8s.io/v1", "VolumeAttachment"] }, "storage.v1.VolumeAttachmentList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1.VolumeAttachment" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1", "VolumeAttachmentList"] }, "storage.v1.VolumeAttachmentSource": { p: { inlineVolumeSpec: { t: "ref", r: "core.v1.PersistentVolumeSpec" }, persistentVolumeName: { t: "string" } } }, "storage.v1.VolumeAttachmentSpec": { p: { attacher: { t: "string" }, nodeName: { t: "string" }, source: { t: "ref", r: "storage.v1.VolumeAttachmentSource" } }, req: ["attacher", "nodeName", "source"] }, "storage.v1.VolumeAttachmentStatus": { p: { attachError: { t: "ref", r: "storage.v1.VolumeError" }, attached: { t: "bool" }, attachmentMetadata: { t: "map", it: { t: "string" } }, detachError: { t: "ref", r: "storage.v1.VolumeError" } }, req: ["attached"] }, "storage.v1.VolumeAttributesClass": { p: { apiVersion: { t: "string" }, driverName: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, parameters: { t: "map", it: { t: "string" } } }, req: ["driverName"], gvk: ["storage.k8s.io/v1", "VolumeAttributesClass"] }, "storage.v1.VolumeAttributesClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1.VolumeAttributesClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1", "VolumeAttributesClassList"] }, "core.v1.VolumeDevice": { p: { devicePath: { t: "string" }, name: { t: "string" } }, req: ["devicePath", "name"] }, "storage.v1.VolumeError": { p: { errorCode: { t: "int32" }, message: { t: "string" }, time: { t: "time" } } }, "core.v1.VolumeMount": { p: { mountPath: { t: "string" }, mountPropagation: { t: "string" }, name: { t: "string" }, readOnly: { t: "bool" }, recursiveReadOnly: { t: "string" }, subPath: { t: "string" }, subPathExpr: { t: "string" } }, req: ["mountPath", "name"] }, "core.v1.VolumeMountStatus": { p: { mountPath: { t: "string" }, name: { t: "string" }, readOnly: { t: "bool" }, recursiveReadOnly: { t: "string" } }, req: ["mountPath", "name"] }, "core.v1.VolumeNodeAffinity": { p: { required: { t: "ref", r: "core.v1.NodeSelector" } } }, "storage.v1.VolumeNodeResources": { p: { count: { t: "int32" } } }, "core.v1.VolumeProjection": { p: { clusterTrustBundle: { t: "ref", r: "core.v1.ClusterTrustBundleProjection" }, configMap: { t: "ref", r: "core.v1.ConfigMapProjection" }, downwardAPI: { t: "ref", r: "core.v1.DownwardAPIProjection" }, podCertificate: { t: "ref", r: "core.v1.PodCertificateProjection" }, secret: { t: "ref", r: "core.v1.SecretProjection" }, serviceAccountToken: { t: "ref", r: "core.v1.ServiceAccountTokenProjection" } } }, "core.v1.VolumeResourceRequirements": { p: { limits: { t: "map", it: { t: "quantity" } }, requests: { t: "map", it: { t: "quantity" } } } }, "core.v1.VsphereVirtualDiskVolumeSource": { p: { fsType: { t: "string" }, storagePolicyID: { t: "string" }, storagePolicyName: { t: "string" }, volumePath: { t: "string" } }, req: ["volumePath"] }, "meta.v1.WatchEvent": { p: { object: { t: "any" }, type: { t: "string" } }, req: ["object", "type"] }, "apiextensions.v1.WebhookConversion": { p: { clientConfig: { t: "ref", r: "apiextensions.v1.WebhookClientConfig" }, conversionReviewVersions: { t: "array", it: { t: "string" } } }, req: ["conversionReviewVersions"] }, "core.v1.WeightedPodAffinityTerm": { p: { podAffinityTerm: { t: "ref", r: "core.v1.PodAffinityTerm" }, weight: { t: "int32" } }, req: ["podAffinityTerm", "weight"] }, "core.v1.WindowsSecurityContextOptions": { p: { gmsaCredentialSpec: { t: "string" }, gmsaCredentialSpecName: { t: "string" }, hostProcess: { t: "bool" }, runAsUserName: { t: "string" } } }, "admissionregistration.v1alpha1.ApplyConfiguration": { p: { expression: { t: "string" } } }, "certificates.v1alpha1.ClusterTrustBundle": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "certificates.v1alpha1.ClusterTrustBundleSpec" } }, req: ["spec"], gvk: ["certificates.k8s.io/v1alpha1", "ClusterTrustBundle"] }, "certificates.v1alpha1.ClusterTrustBundleList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "certificates.v1alpha1.ClusterTrustBundle" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["certificates.k8s.io/v1alpha1", "ClusterTrustBundleList"] }, "certificates.v1alpha1.ClusterTrustBundleSpec": { p: { signerName: { t: "string" }, trustBundle: { t: "string" } }, req: ["trustBundle"] }, "storagemigration.v1alpha1.GroupVersionResource": { p: { group: { t: "string" }, resource: { t: "string" }, version: { t: "string" } } }, "admissionregistration.v1alpha1.JSONPatch": { p: { expression: { t: "string" } } }, "admissionregistration.v1alpha1.MatchCondition": { p: { expression: { t: "string" }, name: { t: "string" } }, req: ["expression", "name"] }, "admissionregistration.v1alpha1.MatchResources": { p: { excludeResourceRules: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.NamedRuleWithOperations" } }, matchPolicy: { t: "string" }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, objectSelector: { t: "ref", r: "core.v1.LabelSelector" }, resourceRules: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.NamedRuleWithOperations" } } } }, "storagemigration.v1alpha1.MigrationCondition": { p: { lastUpdateTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "admissionregistration.v1alpha1.MutatingAdmissionPolicy": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "admissionregistration.v1alpha1.MutatingAdmissionPolicySpec" } }, gvk: ["admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicy"] }, "admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingSpec" } }, gvk: ["admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyBinding"] }, "admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyBindingList"] }, "admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingSpec": { p: { matchResources: { t: "ref", r: "admissionregistration.v1alpha1.MatchResources" }, paramRef: { t: "ref", r: "admissionregistration.v1alpha1.ParamRef" }, policyName: { t: "string" } } }, "admissionregistration.v1alpha1.MutatingAdmissionPolicyList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.MutatingAdmissionPolicy" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1alpha1", "MutatingAdmissionPolicyList"] }, "admissionregistration.v1alpha1.MutatingAdmissionPolicySpec": { p: { failurePolicy: { t: "string" }, matchConditions: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.MatchCondition" } }, matchConstraints: { t: "ref", r: "admissionregistration.v1alpha1.MatchResources" }, mutations: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.Mutation" } }, paramKind: { t: "ref", r: "admissionregistration.v1alpha1.ParamKind" }, reinvocationPolicy: { t: "string" }, variables: { t: "array", it: { t: "ref", r: "admissionregistration.v1alpha1.Variable" } } } }, "admissionregistration.v1alpha1.Mutation": { p: { applyConfiguration: { t: "ref", r: "admissionregistration.v1alpha1.ApplyConfiguration" }, jsonPatch: { t: "ref", r: "admissionregistration.v1alpha1.JSONPatch" }, patchType: { t: "string" } }, req: ["patchType"] }, "admissionregistration.v1alpha1.NamedRuleWithOperations": { p: { apiGroups: { t: "array", it: { t: "string" } }, apiVersions: { t: "array", it: { t: "string" } }, operations: { t: "array", it: { t: "string" } }, resourceNames: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, scope: { t: "string" } } }, "admissionregistration.v1alpha1.ParamKind": { p: { apiVersion: { t: "string" }, kind: { t: "string" } } }, "admissionregistration.v1alpha1.ParamRef": { p: { name: { t: "string" }, namespace: { t: "string" }, parameterNotFoundAction: { t: "string" }, selector: { t: "ref", r: "core.v1.LabelSelector" } } }, "certificates.v1alpha1.PodCertificateRequest": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "certificates.v1alpha1.PodCertificateRequestSpec" }, status: { t: "ref", r: "certificates.v1alpha1.PodCertificateRequestStatus" } }, req: ["spec"], gvk: ["certificates.k8s.io/v1alpha1", "PodCertificateRequest"] }, "certificates.v1alpha1.PodCertificateRequestList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "certificates.v1alpha1.PodCertificateRequest" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["certificates.k8s.io/v1alpha1", "PodCertificateRequestList"] }, "certificates.v1alpha1.PodCertificateRequestSpec": { p: { maxExpirationSeconds: { t: "int32" }, nodeName: { t: "string" }, nodeUID: { t: "string" }, pkixPublicKey: { t: "bytes" }, podName: { t: "string" }, podUID: { t: "string" }, proofOfPossession: { t: "bytes" }, serviceAccountName: { t: "string" }, serviceAccountUID: { t: "string" }, signerName: { t: "string" } }, req: ["nodeName", "nodeUID", "pkixPublicKey", "podName", "podUID", "proofOfPossession", "serviceAccountName", "serviceAccountUID", "signerName"] }, "certificates.v1alpha1.PodCertificateRequestStatus": { p: { beginRefreshAt: { t: "time" }, certificateChain: { t: "string" }, conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, notAfter: { t: "time" }, notBefore: { t: "time" } } }, "internal.v1alpha1.ServerStorageVersion": { p: { apiServerID: { t: "string" }, decodableVersions: { t: "array", it: { t: "string" } }, encodingVersion: { t: "string" }, servedVersions: { t: "array", it: { t: "string" } } } }, "internal.v1alpha1.StorageVersion": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "any" }, status: { t: "ref", r: "internal.v1alpha1.StorageVersionStatus" } }, req: ["spec", "status"], gvk: ["internal.apiserver.k8s.io/v1alpha1", "StorageVersion"] }, "internal.v1alpha1.StorageVersionCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, observedGeneration: { t: "int64" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["message", "reason", "status", "type"] }, "internal.v1alpha1.StorageVersionList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "internal.v1alpha1.StorageVersion" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["internal.apiserver.k8s.io/v1alpha1", "StorageVersionList"] }, "storagemigration.v1alpha1.StorageVersionMigration": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "storagemigration.v1alpha1.StorageVersionMigrationSpec" }, status: { t: "ref", r: "storagemigration.v1alpha1.StorageVersionMigrationStatus" } }, gvk: ["storagemigration.k8s.io/v1alpha1", "StorageVersionMigration"] }, "storagemigration.v1alpha1.StorageVersionMigrationList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storagemigration.v1alpha1.StorageVersionMigration" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storagemigration.k8s.io/v1alpha1", "StorageVersionMigrationList"] }, "storagemigration.v1alpha1.StorageVersionMigrationSpec": { p: { continueToken: { t: "string" }, resource: { t: "ref", r: "storagemigration.v1alpha1.GroupVersionResource" } }, req: ["resource"] }, "storagemigration.v1alpha1.StorageVersionMigrationStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "storagemigration.v1alpha1.MigrationCondition" } }, resourceVersion: { t: "string" } } }, "internal.v1alpha1.StorageVersionStatus": { p: { commonEncodingVersion: { t: "string" }, conditions: { t: "array", it: { t: "ref", r: "internal.v1alpha1.StorageVersionCondition" } }, storageVersions: { t: "array", it: { t: "ref", r: "internal.v1alpha1.ServerStorageVersion" } } } }, "admissionregistration.v1alpha1.Variable": { p: { expression: { t: "string" }, name: { t: "string" } }, req: ["expression", "name"] }, "storage.v1alpha1.VolumeAttributesClass": { p: { apiVersion: { t: "string" }, driverName: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, parameters: { t: "map", it: { t: "string" } } }, req: ["driverName"], gvk: ["storage.k8s.io/v1alpha1", "VolumeAttributesClass"] }, "storage.v1alpha1.VolumeAttributesClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1alpha1.VolumeAttributesClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1alpha1", "VolumeAttributesClassList"] }, "coordination.v1alpha2.LeaseCandidate": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "coordination.v1alpha2.LeaseCandidateSpec" } }, gvk: ["coordination.k8s.io/v1alpha2", "LeaseCandidate"] }, "coordination.v1alpha2.LeaseCandidateList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "coordination.v1alpha2.LeaseCandidate" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["coordination.k8s.io/v1alpha2", "LeaseCandidateList"] }, "coordination.v1alpha2.LeaseCandidateSpec": { p: { binaryVersion: { t: "string" }, emulationVersion: { t: "string" }, leaseName: { t: "string" }, pingTime: { t: "microtime" }, renewTime: { t: "microtime" }, strategy: { t: "string" } }, req: ["binaryVersion", "leaseName", "strategy"] }, "resource.v1alpha3.CELDeviceSelector": { p: { expression: { t: "string" } }, req: ["expression"] }, "resource.v1alpha3.DeviceSelector": { p: { cel: { t: "ref", r: "resource.v1alpha3.CELDeviceSelector" } } }, "resource.v1alpha3.DeviceTaint": { p: { effect: { t: "string" }, key: { t: "string" }, timeAdded: { t: "time" }, value: { t: "string" } }, req: ["effect", "key"] }, "resource.v1alpha3.DeviceTaintRule": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1alpha3.DeviceTaintRuleSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1alpha3", "DeviceTaintRule"] }, "resource.v1alpha3.DeviceTaintRuleList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1alpha3.DeviceTaintRule" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1alpha3", "DeviceTaintRuleList"] }, "resource.v1alpha3.DeviceTaintRuleSpec": { p: { deviceSelector: { t: "ref", r: "resource.v1alpha3.DeviceTaintSelector" }, taint: { t: "ref", r: "resource.v1alpha3.DeviceTaint" } }, req: ["taint"] }, "resource.v1alpha3.DeviceTaintSelector": { p: { device: { t: "string" }, deviceClassName: { t: "string" }, driver: { t: "string" }, pool: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1alpha3.DeviceSelector" } } } }, "resource.v1beta1.AllocatedDeviceStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, data: { t: "any" }, device: { t: "string" }, driver: { t: "string" }, networkData: { t: "ref", r: "resource.v1beta1.NetworkDeviceData" }, pool: { t: "string" }, shareID: { t: "string" } }, req: ["device", "driver", "pool"] }, "resource.v1beta1.AllocationResult": { p: { allocationTimestamp: { t: "time" }, devices: { t: "ref", r: "resource.v1beta1.DeviceAllocationResult" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" } } }, "admissionregistration.v1beta1.ApplyConfiguration": { p: { expression: { t: "string" } } }, "resource.v1beta1.BasicDevice": { p: { allNodes: { t: "bool" }, allowMultipleAllocations: { t: "bool" }, attributes: { t: "map", it: { t: "ref", r: "resource.v1beta1.DeviceAttribute" } }, bindingConditions: { t: "array", it: { t: "string" } }, bindingFailureConditions: { t: "array", it: { t: "string" } }, bindsToNode: { t: "bool" }, capacity: { t: "map", it: { t: "ref", r: "resource.v1beta1.DeviceCapacity" } }, consumesCounters: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceCounterConsumption" } }, nodeName: { t: "string" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" }, taints: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceTaint" } } } }, "resource.v1beta1.CELDeviceSelector": { p: { expression: { t: "string" } }, req: ["expression"] }, "resource.v1beta1.CapacityRequestPolicy": { p: { default: { t: "string" }, validRange: { t: "ref", r: "resource.v1beta1.CapacityRequestPolicyRange" }, validValues: { t: "array", it: { t: "string" } } } }, "resource.v1beta1.CapacityRequestPolicyRange": { p: { max: { t: "string" }, min: { t: "string" }, step: { t: "string" } }, req: ["min"] }, "resource.v1beta1.CapacityRequirements": { p: { requests: { t: "map", it: { t: "string" } } } }, "certificates.v1beta1.ClusterTrustBundle": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "certificates.v1beta1.ClusterTrustBundleSpec" } }, req: ["spec"], gvk: ["certificates.k8s.io/v1beta1", "ClusterTrustBundle"] }, "certificates.v1beta1.ClusterTrustBundleList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "certificates.v1beta1.ClusterTrustBundle" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["certificates.k8s.io/v1beta1", "ClusterTrustBundleList"] }, "certificates.v1beta1.ClusterTrustBundleSpec": { p: { signerName: { t: "string" }, trustBundle: { t: "string" } }, req: ["trustBundle"] }, "resource.v1beta1.Counter": { p: { value: { t: "string" } }, req: ["value"] }, "resource.v1beta1.CounterSet": { p: { counters: { t: "map", it: { t: "ref", r: "resource.v1beta1.Counter" } }, name: { t: "string" } }, req: ["counters", "name"] }, "resource.v1beta1.Device": { p: { basic: { t: "ref", r: "resource.v1beta1.BasicDevice" }, name: { t: "string" } }, req: ["name"] }, "resource.v1beta1.DeviceAllocationConfiguration": { p: { opaque: { t: "ref", r: "resource.v1beta1.OpaqueDeviceConfiguration" }, requests: { t: "array", it: { t: "string" } }, source: { t: "string" } }, req: ["source"] }, "resource.v1beta1.DeviceAllocationResult": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceAllocationConfiguration" } }, results: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceRequestAllocationResult" } } } }, "resource.v1beta1.DeviceAttribute": { p: { bool: { t: "bool" }, int: { t: "int64" }, string: { t: "string" }, version: { t: "string" } } }, "resource.v1beta1.DeviceCapacity": { p: { requestPolicy: { t: "ref", r: "resource.v1beta1.CapacityRequestPolicy" }, value: { t: "string" } }, req: ["value"] }, "resource.v1beta1.DeviceClaim": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceClaimConfiguration" } }, constraints: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceConstraint" } }, requests: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceRequest" } } } }, "resource.v1beta1.DeviceClaimConfiguration": { p: { opaque: { t: "ref", r: "resource.v1beta1.OpaqueDeviceConfiguration" }, requests: { t: "array", it: { t: "string" } } } }, "resource.v1beta1.DeviceClass": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta1.DeviceClassSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta1", "DeviceClass"] }, "resource.v1beta1.DeviceClassConfiguration": { p: { opaque: { t: "ref", r: "resource.v1beta1.OpaqueDeviceConfiguration" } } }, "resource.v1beta1.DeviceClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta1", "DeviceClassList"] }, "resource.v1beta1.DeviceClassSpec": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceClassConfiguration" } }, extendedResourceName: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceSelector" } } } }, "resource.v1beta1.DeviceConstraint": { p: { distinctAttribute: { t: "string" }, matchAttribute: { t: "string" }, requests: { t: "array", it: { t: "string" } } } }, "resource.v1beta1.DeviceCounterConsumption": { p: { counterSet: { t: "string" }, counters: { t: "map", it: { t: "ref", r: "resource.v1beta1.Counter" } } }, req: ["counterSet", "counters"] }, "resource.v1beta1.DeviceRequest": { p: { adminAccess: { t: "bool" }, allocationMode: { t: "string" }, capacity: { t: "ref", r: "resource.v1beta1.CapacityRequirements" }, count: { t: "int64" }, deviceClassName: { t: "string" }, firstAvailable: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceSubRequest" } }, name: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceSelector" } }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceToleration" } } }, req: ["name"] }, "resource.v1beta1.DeviceRequestAllocationResult": { p: { adminAccess: { t: "bool" }, bindingConditions: { t: "array", it: { t: "string" } }, bindingFailureConditions: { t: "array", it: { t: "string" } }, consumedCapacity: { t: "map", it: { t: "string" } }, device: { t: "string" }, driver: { t: "string" }, pool: { t: "string" }, request: { t: "string" }, shareID: { t: "string" }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceToleration" } } }, req: ["device", "driver", "pool", "request"] }, "resource.v1beta1.DeviceSelector": { p: { cel: { t: "ref", r: "resource.v1beta1.CELDeviceSelector" } } }, "resource.v1beta1.DeviceSubRequest": { p: { allocationMode: { t: "string" }, capacity: { t: "ref", r: "resource.v1beta1.CapacityRequirements" }, count: { t: "int64" }, deviceClassName: { t: "string" }, name: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceSelector" } }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1beta1.DeviceToleration" } } }, req: ["deviceClassName", "name"] }, "resource.v1beta1.DeviceTaint": { p: { effect: { t: "string" }, key: { t: "string" }, timeAdded: { t: "time" }, value: { t: "string" } }, req: ["effect", "key"] }, "resource.v1beta1.DeviceToleration": { p: { effect: { t: "string" }, key: { t: "string" }, operator: { t: "string" }, tolerationSeconds: { t: "int64" }, value: { t: "string" } } }, "networking.v1beta1.IPAddress": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1beta1.IPAddressSpec" } }, gvk: ["networking.k8s.io/v1beta1", "IPAddress"] }, "networking.v1beta1.IPAddressList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1beta1.IPAddress" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1beta1", "IPAddressList"] }, "networking.v1beta1.IPAddressSpec": { p: { parentRef: { t: "ref", r: "networking.v1beta1.ParentReference" } }, req: ["parentRef"] }, "admissionregistration.v1beta1.JSONPatch": { p: { expression: { t: "string" } } }, "coordination.v1beta1.LeaseCandidate": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "coordination.v1beta1.LeaseCandidateSpec" } }, gvk: ["coordination.k8s.io/v1beta1", "LeaseCandidate"] }, "coordination.v1beta1.LeaseCandidateList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "coordination.v1beta1.LeaseCandidate" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["coordination.k8s.io/v1beta1", "LeaseCandidateList"] }, "coordination.v1beta1.LeaseCandidateSpec": { p: { binaryVersion: { t: "string" }, emulationVersion: { t: "string" }, leaseName: { t: "string" }, pingTime: { t: "microtime" }, renewTime: { t: "microtime" }, strategy: { t: "string" } }, req: ["binaryVersion", "leaseName", "strategy"] }, "admissionregistration.v1beta1.MatchCondition": { p: { expression: { t: "string" }, name: { t: "string" } }, req: ["expression", "name"] }, "admissionregistration.v1beta1.MatchResources": { p: { excludeResourceRules: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.NamedRuleWithOperations" } }, matchPolicy: { t: "string" }, namespaceSelector: { t: "ref", r: "core.v1.LabelSelector" }, objectSelector: { t: "ref", r: "core.v1.LabelSelector" }, resourceRules: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.NamedRuleWithOperations" } } } }, "admissionregistration.v1beta1.MutatingAdmissionPolicy": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "admissionregistration.v1beta1.MutatingAdmissionPolicySpec" } }, gvk: ["admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicy"] }, "admissionregistration.v1beta1.MutatingAdmissionPolicyBinding": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec" } }, gvk: ["admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyBinding"] }, "admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.MutatingAdmissionPolicyBinding" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyBindingList"] }, "admissionregistration.v1beta1.MutatingAdmissionPolicyBindingSpec": { p: { matchResources: { t: "ref", r: "admissionregistration.v1beta1.MatchResources" }, paramRef: { t: "ref", r: "admissionregistration.v1beta1.ParamRef" }, policyName: { t: "string" } } }, "admissionregistration.v1beta1.MutatingAdmissionPolicyList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.MutatingAdmissionPolicy" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["admissionregistration.k8s.io/v1beta1", "MutatingAdmissionPolicyList"] }, "admissionregistration.v1beta1.MutatingAdmissionPolicySpec": { p: { failurePolicy: { t: "string" }, matchConditions: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.MatchCondition" } }, matchConstraints: { t: "ref", r: "admissionregistration.v1beta1.MatchResources" }, mutations: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.Mutation" } }, paramKind: { t: "ref", r: "admissionregistration.v1beta1.ParamKind" }, reinvocationPolicy: { t: "string" }, variables: { t: "array", it: { t: "ref", r: "admissionregistration.v1beta1.Variable" } } } }, "admissionregistration.v1beta1.Mutation": { p: { applyConfiguration: { t: "ref", r: "admissionregistration.v1beta1.ApplyConfiguration" }, jsonPatch: { t: "ref", r: "admissionregistration.v1beta1.JSONPatch" }, patchType: { t: "string" } }, req: ["patchType"] }, "admissionregistration.v1beta1.NamedRuleWithOperations": { p: { apiGroups: { t: "array", it: { t: "string" } }, apiVersions: { t: "array", it: { t: "string" } }, operations: { t: "array", it: { t: "string" } }, resourceNames: { t: "array", it: { t: "string" } }, resources: { t: "array", it: { t: "string" } }, scope: { t: "string" } } }, "resource.v1beta1.NetworkDeviceData": { p: { hardwareAddress: { t: "string" }, interfaceName: { t: "string" }, ips: { t: "array", it: { t: "string" } } } }, "resource.v1beta1.OpaqueDeviceConfiguration": { p: { driver: { t: "string" }, parameters: { t: "any" } }, req: ["driver", "parameters"] }, "admissionregistration.v1beta1.ParamKind": { p: { apiVersion: { t: "string" }, kind: { t: "string" } } }, "admissionregistration.v1beta1.ParamRef": { p: { name: { t: "string" }, namespace: { t: "string" }, parameterNotFoundAction: { t: "string" }, selector: { t: "ref", r: "core.v1.LabelSelector" } } }, "networking.v1beta1.ParentReference": { p: { group: { t: "string" }, name: { t: "string" }, namespace: { t: "string" }, resource: { t: "string" } }, req: ["name", "resource"] }, "resource.v1beta1.ResourceClaim": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta1.ResourceClaimSpec" }, status: { t: "ref", r: "resource.v1beta1.ResourceClaimStatus" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta1", "ResourceClaim"] }, "resource.v1beta1.ResourceClaimConsumerReference": { p: { apiGroup: { t: "string" }, name: { t: "string" }, resource: { t: "string" }, uid: { t: "string" } }, req: ["name", "resource", "uid"] }, "resource.v1beta1.ResourceClaimList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta1.ResourceClaim" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta1", "ResourceClaimList"] }, "resource.v1beta1.ResourceClaimSpec": { p: { devices: { t: "ref", r: "resource.v1beta1.DeviceClaim" } } }, "resource.v1beta1.ResourceClaimStatus": { p: { allocation: { t: "ref", r: "resource.v1beta1.AllocationResult" }, devices: { t: "array", it: { t: "ref", r: "resource.v1beta1.AllocatedDeviceStatus" } }, reservedFor: { t: "array", it: { t: "ref", r: "resource.v1beta1.ResourceClaimConsumerReference" } } } }, "resource.v1beta1.ResourceClaimTemplate": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta1.ResourceClaimTemplateSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta1", "ResourceClaimTemplate"] }, "resource.v1beta1.ResourceClaimTemplateList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta1.ResourceClaimTemplate" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta1", "ResourceClaimTemplateList"] }, "resource.v1beta1.ResourceClaimTemplateSpec": { p: { metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta1.ResourceClaimSpec" } }, req: ["spec"] }, "resource.v1beta1.ResourcePool": { p: { generation: { t: "int64" }, name: { t: "string" }, resourceSliceCount: { t: "int64" } }, req: ["generation", "name", "resourceSliceCount"] }, "resource.v1beta1.ResourceSlice": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta1.ResourceSliceSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta1", "ResourceSlice"] }, "resource.v1beta1.ResourceSliceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta1.ResourceSlice" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta1", "ResourceSliceList"] }, "resource.v1beta1.ResourceSliceSpec": { p: { allNodes: { t: "bool" }, devices: { t: "array", it: { t: "ref", r: "resource.v1beta1.Device" } }, driver: { t: "string" }, nodeName: { t: "string" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" }, perDeviceNodeSelection: { t: "bool" }, pool: { t: "ref", r: "resource.v1beta1.ResourcePool" }, sharedCounters: { t: "array", it: { t: "ref", r: "resource.v1beta1.CounterSet" } } }, req: ["driver", "pool"] }, "networking.v1beta1.ServiceCIDR": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "networking.v1beta1.ServiceCIDRSpec" }, status: { t: "ref", r: "networking.v1beta1.ServiceCIDRStatus" } }, gvk: ["networking.k8s.io/v1beta1", "ServiceCIDR"] }, "networking.v1beta1.ServiceCIDRList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "networking.v1beta1.ServiceCIDR" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["networking.k8s.io/v1beta1", "ServiceCIDRList"] }, "networking.v1beta1.ServiceCIDRSpec": { p: { cidrs: { t: "array", it: { t: "string" } } } }, "networking.v1beta1.ServiceCIDRStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } } } }, "admissionregistration.v1beta1.Variable": { p: { expression: { t: "string" }, name: { t: "string" } }, req: ["expression", "name"] }, "storage.v1beta1.VolumeAttributesClass": { p: { apiVersion: { t: "string" }, driverName: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, parameters: { t: "map", it: { t: "string" } } }, req: ["driverName"], gvk: ["storage.k8s.io/v1beta1", "VolumeAttributesClass"] }, "storage.v1beta1.VolumeAttributesClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "storage.v1beta1.VolumeAttributesClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["storage.k8s.io/v1beta1", "VolumeAttributesClassList"] }, "resource.v1beta2.AllocatedDeviceStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "core.v1.Condition" } }, data: { t: "any" }, device: { t: "string" }, driver: { t: "string" }, networkData: { t: "ref", r: "resource.v1beta2.NetworkDeviceData" }, pool: { t: "string" }, shareID: { t: "string" } }, req: ["device", "driver", "pool"] }, "resource.v1beta2.AllocationResult": { p: { allocationTimestamp: { t: "time" }, devices: { t: "ref", r: "resource.v1beta2.DeviceAllocationResult" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" } } }, "resource.v1beta2.CELDeviceSelector": { p: { expression: { t: "string" } }, req: ["expression"] }, "resource.v1beta2.CapacityRequestPolicy": { p: { default: { t: "string" }, validRange: { t: "ref", r: "resource.v1beta2.CapacityRequestPolicyRange" }, validValues: { t: "array", it: { t: "string" } } } }, "resource.v1beta2.CapacityRequestPolicyRange": { p: { max: { t: "string" }, min: { t: "string" }, step: { t: "string" } }, req: ["min"] }, "resource.v1beta2.CapacityRequirements": { p: { requests: { t: "map", it: { t: "string" } } } }, "resource.v1beta2.Counter": { p: { value: { t: "string" } }, req: ["value"] }, "resource.v1beta2.CounterSet": { p: { counters: { t: "map", it: { t: "ref", r: "resource.v1beta2.Counter" } }, name: { t: "string" } }, req: ["counters", "name"] }, "resource.v1beta2.Device": { p: { allNodes: { t: "bool" }, allowMultipleAllocations: { t: "bool" }, attributes: { t: "map", it: { t: "ref", r: "resource.v1beta2.DeviceAttribute" } }, bindingConditions: { t: "array", it: { t: "string" } }, bindingFailureConditions: { t: "array", it: { t: "string" } }, bindsToNode: { t: "bool" }, capacity: { t: "map", it: { t: "ref", r: "resource.v1beta2.DeviceCapacity" } }, consumesCounters: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceCounterConsumption" } }, name: { t: "string" }, nodeName: { t: "string" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" }, taints: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceTaint" } } }, req: ["name"] }, "resource.v1beta2.DeviceAllocationConfiguration": { p: { opaque: { t: "ref", r: "resource.v1beta2.OpaqueDeviceConfiguration" }, requests: { t: "array", it: { t: "string" } }, source: { t: "string" } }, req: ["source"] }, "resource.v1beta2.DeviceAllocationResult": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceAllocationConfiguration" } }, results: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceRequestAllocationResult" } } } }, "resource.v1beta2.DeviceAttribute": { p: { bool: { t: "bool" }, int: { t: "int64" }, string: { t: "string" }, version: { t: "string" } } }, "resource.v1beta2.DeviceCapacity": { p: { requestPolicy: { t: "ref", r: "resource.v1beta2.CapacityRequestPolicy" }, value: { t: "string" } }, req: ["value"] }, "resource.v1beta2.DeviceClaim": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceClaimConfiguration" } }, constraints: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceConstraint" } }, requests: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceRequest" } } } }, "resource.v1beta2.DeviceClaimConfiguration": { p: { opaque: { t: "ref", r: "resource.v1beta2.OpaqueDeviceConfiguration" }, requests: { t: "array", it: { t: "string" } } } }, "resource.v1beta2.DeviceClass": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta2.DeviceClassSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta2", "DeviceClass"] }, "resource.v1beta2.DeviceClassConfiguration": { p: { opaque: { t: "ref", r: "resource.v1beta2.OpaqueDeviceConfiguration" } } }, "resource.v1beta2.DeviceClassList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceClass" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta2", "DeviceClassList"] }, "resource.v1beta2.DeviceClassSpec": { p: { config: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceClassConfiguration" } }, extendedResourceName: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceSelector" } } } }, "resource.v1beta2.DeviceConstraint": { p: { distinctAttribute: { t: "string" }, matchAttribute: { t: "string" }, requests: { t: "array", it: { t: "string" } } } }, "resource.v1beta2.DeviceCounterConsumption": { p: { counterSet: { t: "string" }, counters: { t: "map", it: { t: "ref", r: "resource.v1beta2.Counter" } } }, req: ["counterSet", "counters"] }, "resource.v1beta2.DeviceRequest": { p: { exactly: { t: "ref", r: "resource.v1beta2.ExactDeviceRequest" }, firstAvailable: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceSubRequest" } }, name: { t: "string" } }, req: ["name"] }, "resource.v1beta2.DeviceRequestAllocationResult": { p: { adminAccess: { t: "bool" }, bindingConditions: { t: "array", it: { t: "string" } }, bindingFailureConditions: { t: "array", it: { t: "string" } }, consumedCapacity: { t: "map", it: { t: "string" } }, device: { t: "string" }, driver: { t: "string" }, pool: { t: "string" }, request: { t: "string" }, shareID: { t: "string" }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceToleration" } } }, req: ["device", "driver", "pool", "request"] }, "resource.v1beta2.DeviceSelector": { p: { cel: { t: "ref", r: "resource.v1beta2.CELDeviceSelector" } } }, "resource.v1beta2.DeviceSubRequest": { p: { allocationMode: { t: "string" }, capacity: { t: "ref", r: "resource.v1beta2.CapacityRequirements" }, count: { t: "int64" }, deviceClassName: { t: "string" }, name: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceSelector" } }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceToleration" } } }, req: ["deviceClassName", "name"] }, "resource.v1beta2.DeviceTaint": { p: { effect: { t: "string" }, key: { t: "string" }, timeAdded: { t: "time" }, value: { t: "string" } }, req: ["effect", "key"] }, "resource.v1beta2.DeviceToleration": { p: { effect: { t: "string" }, key: { t: "string" }, operator: { t: "string" }, tolerationSeconds: { t: "int64" }, value: { t: "string" } } }, "resource.v1beta2.ExactDeviceRequest": { p: { adminAccess: { t: "bool" }, allocationMode: { t: "string" }, capacity: { t: "ref", r: "resource.v1beta2.CapacityRequirements" }, count: { t: "int64" }, deviceClassName: { t: "string" }, selectors: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceSelector" } }, tolerations: { t: "array", it: { t: "ref", r: "resource.v1beta2.DeviceToleration" } } }, req: ["deviceClassName"] }, "resource.v1beta2.NetworkDeviceData": { p: { hardwareAddress: { t: "string" }, interfaceName: { t: "string" }, ips: { t: "array", it: { t: "string" } } } }, "resource.v1beta2.OpaqueDeviceConfiguration": { p: { driver: { t: "string" }, parameters: { t: "any" } }, req: ["driver", "parameters"] }, "resource.v1beta2.ResourceClaim": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta2.ResourceClaimSpec" }, status: { t: "ref", r: "resource.v1beta2.ResourceClaimStatus" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta2", "ResourceClaim"] }, "resource.v1beta2.ResourceClaimConsumerReference": { p: { apiGroup: { t: "string" }, name: { t: "string" }, resource: { t: "string" }, uid: { t: "string" } }, req: ["name", "resource", "uid"] }, "resource.v1beta2.ResourceClaimList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta2.ResourceClaim" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta2", "ResourceClaimList"] }, "resource.v1beta2.ResourceClaimSpec": { p: { devices: { t: "ref", r: "resource.v1beta2.DeviceClaim" } } }, "resource.v1beta2.ResourceClaimStatus": { p: { allocation: { t: "ref", r: "resource.v1beta2.AllocationResult" }, devices: { t: "array", it: { t: "ref", r: "resource.v1beta2.AllocatedDeviceStatus" } }, reservedFor: { t: "array", it: { t: "ref", r: "resource.v1beta2.ResourceClaimConsumerReference" } } } }, "resource.v1beta2.ResourceClaimTemplate": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta2.ResourceClaimTemplateSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta2", "ResourceClaimTemplate"] }, "resource.v1beta2.ResourceClaimTemplateList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta2.ResourceClaimTemplate" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta2", "ResourceClaimTemplateList"] }, "resource.v1beta2.ResourceClaimTemplateSpec": { p: { metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta2.ResourceClaimSpec" } }, req: ["spec"] }, "resource.v1beta2.ResourcePool": { p: { generation: { t: "int64" }, name: { t: "string" }, resourceSliceCount: { t: "int64" } }, req: ["generation", "name", "resourceSliceCount"] }, "resource.v1beta2.ResourceSlice": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "resource.v1beta2.ResourceSliceSpec" } }, req: ["spec"], gvk: ["resource.k8s.io/v1beta2", "ResourceSlice"] }, "resource.v1beta2.ResourceSliceList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "resource.v1beta2.ResourceSlice" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["resource.k8s.io/v1beta2", "ResourceSliceList"] }, "resource.v1beta2.ResourceSliceSpec": { p: { allNodes: { t: "bool" }, devices: { t: "array", it: { t: "ref", r: "resource.v1beta2.Device" } }, driver: { t: "string" }, nodeName: { t: "string" }, nodeSelector: { t: "ref", r: "core.v1.NodeSelector" }, perDeviceNodeSelection: { t: "bool" }, pool: { t: "ref", r: "resource.v1beta2.ResourcePool" }, sharedCounters: { t: "array", it: { t: "ref", r: "resource.v1beta2.CounterSet" } } }, req: ["driver", "pool"] }, "autoscaling.v2.ContainerResourceMetricSource": { p: { container: { t: "string" }, name: { t: "string" }, target: { t: "ref", r: "autoscaling.v2.MetricTarget" } }, req: ["container", "name", "target"] }, "autoscaling.v2.ContainerResourceMetricStatus": { p: { container: { t: "string" }, current: { t: "ref", r: "autoscaling.v2.MetricValueStatus" }, name: { t: "string" } }, req: ["container", "current", "name"] }, "autoscaling.v2.CrossVersionObjectReference": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, name: { t: "string" } }, req: ["kind", "name"] }, "autoscaling.v2.ExternalMetricSource": { p: { metric: { t: "ref", r: "autoscaling.v2.MetricIdentifier" }, target: { t: "ref", r: "autoscaling.v2.MetricTarget" } }, req: ["metric", "target"] }, "autoscaling.v2.ExternalMetricStatus": { p: { current: { t: "ref", r: "autoscaling.v2.MetricValueStatus" }, metric: { t: "ref", r: "autoscaling.v2.MetricIdentifier" } }, req: ["current", "metric"] }, "autoscaling.v2.HPAScalingPolicy": { p: { periodSeconds: { t: "int32" }, type: { t: "string" }, value: { t: "int32" } }, req: ["periodSeconds", "type", "value"] }, "autoscaling.v2.HPAScalingRules": { p: { policies: { t: "array", it: { t: "ref", r: "autoscaling.v2.HPAScalingPolicy" } }, selectPolicy: { t: "string" }, stabilizationWindowSeconds: { t: "int32" }, tolerance: { t: "string" } } }, "autoscaling.v2.HorizontalPodAutoscaler": { p: { apiVersion: { t: "string" }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ObjectMeta" }, spec: { t: "ref", r: "autoscaling.v2.HorizontalPodAutoscalerSpec" }, status: { t: "ref", r: "autoscaling.v2.HorizontalPodAutoscalerStatus" } }, gvk: ["autoscaling/v2", "HorizontalPodAutoscaler"] }, "autoscaling.v2.HorizontalPodAutoscalerBehavior": { p: { scaleDown: { t: "ref", r: "autoscaling.v2.HPAScalingRules" }, scaleUp: { t: "ref", r: "autoscaling.v2.HPAScalingRules" } } }, "autoscaling.v2.HorizontalPodAutoscalerCondition": { p: { lastTransitionTime: { t: "time" }, message: { t: "string" }, reason: { t: "string" }, status: { t: "string" }, type: { t: "string" } }, req: ["status", "type"] }, "autoscaling.v2.HorizontalPodAutoscalerList": { p: { apiVersion: { t: "string" }, items: { t: "array", it: { t: "ref", r: "autoscaling.v2.HorizontalPodAutoscaler" } }, kind: { t: "string" }, metadata: { t: "ref", r: "meta.v1.ListMeta" } }, req: ["items"], gvk: ["autoscaling/v2", "HorizontalPodAutoscalerList"] }, "autoscaling.v2.HorizontalPodAutoscalerSpec": { p: { behavior: { t: "ref", r: "autoscaling.v2.HorizontalPodAutoscalerBehavior" }, maxReplicas: { t: "int32" }, metrics: { t: "array", it: { t: "ref", r: "autoscaling.v2.MetricSpec" } }, minReplicas: { t: "int32" }, scaleTargetRef: { t: "ref", r: "autoscaling.v2.CrossVersionObjectReference" } }, req: ["maxReplicas", "scaleTargetRef"] }, "autoscaling.v2.HorizontalPodAutoscalerStatus": { p: { conditions: { t: "array", it: { t: "ref", r: "autoscaling.v2.HorizontalPodAutoscalerCondition" } }, currentMetrics: { t: "array", it: { t: "ref", r: "autoscaling.v2.MetricStatus" } }, currentReplicas: { t: "int32" }, desiredReplicas: { t: "int32" }, lastScaleTime: { t: "time" }, observedGeneration: { t: "int64" } }, req: ["desiredReplicas"] }, "autoscaling.v2.MetricIdentifier": { p: { name: { t: "string" }, selector: { t: "ref", r: "core.v1.LabelSelector" } }, req: ["name"] }, "autoscaling.v2.MetricSpec": { p: { containerResource: { t: "ref", r: "autoscaling.v2.ContainerResourceMetricSource" }, external: { t: "ref", r: "autoscaling.v2.ExternalMetricSource" }, object: { t: "ref", r: "autoscaling.v2.ObjectMetricSource" }, pods: { t: "ref", r: "autoscaling.v2.PodsMetricSource" }, resource: { t: "ref", r: "autoscaling.v2.ResourceMetricSource" }, type: { t: "string" } }, req: ["type"] }, "autoscaling.v2.MetricStatus": { p: { containerResource: { t: "ref", r: "autoscaling.v2.ContainerResourceMetricStatus" }, external: { t: "ref", r: "autoscaling.v2.ExternalMetricStatus" }, object: { t: "ref", r: "autoscaling.v2.ObjectMetricStatus" }, pods: { t: "ref", r: "autoscaling.v2.PodsMetricStatus" }, resource: { t: "ref", r: "autoscaling.v2.ResourceMetricStatus" }, type: { t: "string" } }, req: ["type"] }, "autoscaling.v2.MetricTarget": { p: { averageUtilization: { t: "int32" }, averageValue: { t: "quantity" }, type: { t: "string" }, value: { t: "quantity" } }, req: ["type"] }, "autoscaling.v2.MetricValueStatus": { p: { averageUtilization: { t: "int32" }, averageValue: { t: "quantity" }, value: { t: "quantity" } } }, "autoscaling.v2.ObjectMetricSource": { p: { describedObject: { t: "ref", r: "autoscaling.v2.CrossVersionObjectReference" }, metric: { t: "ref", r: "autoscaling.v2.MetricIdentifier" }, target: { t: "ref", r: "autoscaling.v2.MetricTarget" } }, req: ["describedObject", "metric", "target"] }, "autoscaling.v2.ObjectMetricStatus": { p: { current: { t: "ref", r: "autoscaling.v2.MetricValueStatus" }, describedObject: { t: "ref", r: "autoscaling.v2.CrossVersionObjectReference" }, metric: { t: "ref", r: "autoscaling.v2.MetricIdentifier" } }, req: ["current", "describedObject", "metric"] }, "autoscaling.v2.PodsMetricSource": { p: { metric: { t: "ref", r: "autoscaling.v2.MetricIdentifier" }, target: { t: "ref", r: "autoscaling.v2.MetricTarget" } }, req: ["metric", "target"] }, "autoscaling.v2.PodsMetricStatus": { p: { current: { t: "ref", r: "autoscaling.v2.MetricValueStatus" }, metric: { t: "ref", r: "autoscaling.v2.MetricIdentifier" } }, req: ["current", "metric"] }, "autoscaling.v2.ResourceMetricSource": { p: { name: { t: "string" }, target: { t: "ref", r: "autoscaling.v2.MetricTarget" } }, req: ["name", "target"] }, "autoscaling.v2.ResourceMetricStatus": { p: { current: { t: "ref", r: "autoscaling.v2.MetricValueStatus" }, name: { t: "string" } }, req: ["current", "name"] } }, kinds: { "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration": "admissionregistration.v1.MutatingWebhookConfiguration", "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicy": "admissionregistration.v1.ValidatingAdmissionPolicy", "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBinding": "admissionregistration.v1.ValidatingAdmissionPolicyBinding", "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration": "admissionregistration.v1.ValidatingWebhookConfiguration", "admissionregistration.k8s.io/v1/MutatingWebhookConfigurationList": "admissionregistration.v1.MutatingWebhookConfigurationList", "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyList": "admissionregistration.v1.ValidatingAdmissionPolicyList", "admissionregistration.k8s.io/v1/ValidatingAdmissionPolicyBindingList": "admissionregistration.v1.ValidatingAdmissionPolicyBindingList", "admissionregistration.k8s.io/v1/ValidatingWebhookConfigurationList": "admissionregistration.v1.ValidatingWebhookConfigurationList", "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicy": "admissionregistration.v1alpha1.MutatingAdmissionPolicy", "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyBinding": "admissionregistration.v1alpha1.MutatingAdmissionPolicyBinding", "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyList": "admissionregistration.v1alpha1.MutatingAdmissionPolicyList", "admissionregistration.k8s.io/v1alpha1/MutatingAdmissionPolicyBindingList": "admissionregistration.v1alpha1.MutatingAdmissionPolicyBindingList", "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicy": "admissionregistration.v1beta1.MutatingAdmissionPolicy", "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyBinding": "admissionregistration.v1beta1.MutatingAdmissionPolicyBinding", "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyList": "admissionregistration.v1beta1.MutatingAdmissionPolicyList", "admissionregistration.k8s.io/v1beta1/MutatingAdmissionPolicyBindingList": "admissionregistration.v1beta1.MutatingAdmissionPolicyBindingList", "apiextensions.k8s.io/v1/CustomResourceDefinition": "apiextensions.v1.CustomResourceDefinition", "apiextensions.k8s.io/v1/CustomResourceDefinitionList": "apiextensions.v1.CustomResourceDefinitionList", "apiregistration.k8s.io/v1/APIService": "apiregistration.v1.APIService", "apiregistration.k8s.io/v1/APIServiceList": "apiregistration.v1.APIServiceList", "apps/v1/ControllerRevision": "apps.v1.ControllerRevision", "apps/v1/DaemonSet": "apps.v1.DaemonSet", "apps/v1/Deployment": "apps.v1.Deployment", "apps/v1/ReplicaSet": "apps.v1.ReplicaSet", "apps/v1/StatefulSet": "apps.v1.StatefulSet", "apps/v1/ControllerRevisionList": "apps.v1.ControllerRevisionList", "apps/v1/DaemonSetList": "apps.v1.DaemonSetList", "apps/v1/DeploymentList": "apps.v1.DeploymentList", "apps/v1/ReplicaSetList": "apps.v1.ReplicaSetList", "apps/v1/StatefulSetList": "apps.v1.StatefulSetList", "authentication.k8s.io/v1/SelfSubjectReview": "authentication.v1.SelfSubjectReview", "authentication.k8s.io/v1/TokenReview": "authentication.v1.TokenReview", "authorization.k8s.io/v1/LocalSubjectAccessReview": "authorization.v1.LocalSubjectAccessReview", "authorization.k8s.io/v1/SelfSubjectAccessReview": "authorization.v1.SelfSubjectAccessReview", "authorization.k8s.io/v1/SelfSubjectRulesReview": "authorization.v1.SelfSubjectRulesReview", "authorization.k8s.io/v1/SubjectAccessReview": "authorization.v1.SubjectAccessReview", "autoscaling/v1/HorizontalPodAutoscaler": "autoscaling.v1.HorizontalPodAutoscaler", "autoscaling/v1/HorizontalPodAutoscalerList": "autoscaling.v1.HorizontalPodAutoscalerList", "autoscaling/v2/HorizontalPodAutoscaler": "autoscaling.v2.HorizontalPodAutoscaler", "autoscaling/v2/HorizontalPodAutoscalerList": "autoscaling.v2.HorizontalPodAutoscalerList", "batch/v1/CronJob": "batch.v1.CronJob", "batch/v1/Job": "batch.v1.Job", "batch/v1/CronJobList": "batch.v1.CronJobList", "batch/v1/JobList": "batch.v1.JobList", "certificates.k8s.io/v1/CertificateSigningRequest": "certificates.v1.CertificateSigningRequest", "certificates.k8s.io/v1/CertificateSigningRequestList": "certificates.v1.CertificateSigningRequestList", "certificates.k8s.io/v1alpha1/ClusterTrustBundle": "certificates.v1alpha1.ClusterTrustBundle", "certificates.k8s.io/v1alpha1/PodCertificateRequest": "certificates.v1alpha1.PodCertificateRequest", "certificates.k8s.io/v1alpha1/ClusterTrustBundleList": "certificates.v1alpha1.ClusterTrustBundleList", "certificates.k8s.io/v1alpha1/PodCertificateRequestList": "certificates.v1alpha1.PodCertificateRequestList", "certificates.k8s.io/v1beta1/ClusterTrustBundle": "certificates.v1beta1.ClusterTrustBundle", "certificates.k8s.io/v1beta1/ClusterTrustBundleList": "certificates.v1beta1.ClusterTrustBundleList", "coordination.k8s.io/v1/Lease": "coordination.v1.Lease", "coordination.k8s.io/v1/LeaseList": "coordination.v1.LeaseList", "coordination.k8s.io/v1alpha2/LeaseCandidate": "coordination.v1alpha2.LeaseCandidate", "coordination.k8s.io/v1alpha2/LeaseCandidateList": "coordination.v1alpha2.LeaseCandidateList", "coordination.k8s.io/v1beta1/LeaseCandidate": "coordination.v1beta1.LeaseCandidate", "coordination.k8s.io/v1beta1/LeaseCandidateList": "coordination.v1beta1.LeaseCandidateList", "v1/Namespace": "core.v1.Namespace", "v1/Binding": "core.v1.Binding", "v1/ConfigMap": "core.v1.ConfigMap", "v1/Endpoints": "core.v1.Endpoints", "v1/Event": "core.v1.Event", "v1/LimitRange": "core.v1.LimitRange", "v1/PersistentVolumeClaim": "core.v1.PersistentVolumeClaim", "v1/Pod": "core.v1.Pod", "v1/PodTemplate": "core.v1.PodTemplate", "v1/ReplicationController": "core.v1.ReplicationController", "v1/ResourceQuota": "core.v1.ResourceQuota", "v1/Secret": "core.v1.Secret", "v1/Service": "core.v1.Service", "v1/ServiceAccount": "core.v1.ServiceAccount", "v1/Node": "core.v1.Node", "v1/PersistentVolume": "core.v1.PersistentVolume", "v1/ComponentStatusList": "core.v1.ComponentStatusList", "v1/ComponentStatus": "core.v1.ComponentStatus", "v1/ConfigMapList": "core.v1.ConfigMapList", "v1/EndpointsList": "core.v1.EndpointsList", "v1/EventList": "core.v1.EventList", "v1/LimitRangeList": "core.v1.LimitRangeList", "v1/NamespaceList": "core.v1.NamespaceList", "v1/PersistentVolumeClaimList": "core.v1.PersistentVolumeClaimList", "v1/PodList": "core.v1.PodList", "v1/PodTemplateList": "core.v1.PodTemplateList", "v1/ReplicationControllerList": "core.v1.ReplicationControllerList", "v1/ResourceQuotaList": "core.v1.ResourceQuotaList", "v1/SecretList": "core.v1.SecretList", "v1/ServiceList": "core.v1.ServiceList", "v1/ServiceAccountList": "core.v1.ServiceAccountList", "v1/NodeList": "core.v1.NodeList", "v1/PersistentVolumeList": "core.v1.PersistentVolumeList", "discovery.k8s.io/v1/EndpointSlice": "discovery.v1.EndpointSlice", "discovery.k8s.io/v1/EndpointSliceList": "discovery.v1.EndpointSliceList", "events.k8s.io/v1/Event": "events.v1.Event", "events.k8s.io/v1/EventList": "events.v1.EventList", "flowcontrol.apiserver.k8s.io/v1/FlowSchema": "flowcontrol.v1.FlowSchema", "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfiguration": "flowcontrol.v1.PriorityLevelConfiguration", "flowcontrol.apiserver.k8s.io/v1/FlowSchemaList": "flowcontrol.v1.FlowSchemaList", "flowcontrol.apiserver.k8s.io/v1/PriorityLevelConfigurationList": "flowcontrol.v1.PriorityLevelConfigurationList", "internal.apiserver.k8s.io/v1alpha1/StorageVersion": "internal.v1alpha1.StorageVersion", "internal.apiserver.k8s.io/v1alpha1/StorageVersionList": "internal.v1alpha1.StorageVersionList", "networking.k8s.io/v1/IPAddress": "networking.v1.IPAddress", "networking.k8s.io/v1/IngressClass": "networking.v1.IngressClass", "networking.k8s.io/v1/Ingress": "networking.v1.Ingress", "networking.k8s.io/v1/NetworkPolicy": "networking.v1.NetworkPolicy", "networking.k8s.io/v1/ServiceCIDR": "networking.v1.ServiceCIDR", "networking.k8s.io/v1/IPAddressList": "networking.v1.IPAddressList", "networking.k8s.io/v1/IngressClassList": "networking.v1.IngressClassList", "networking.k8s.io/v1/IngressList": "networking.v1.IngressList", "networking.k8s.io/v1/NetworkPolicyList": "networking.v1.NetworkPolicyList", "networking.k8s.io/v1/ServiceCIDRList": "networking.v1.ServiceCIDRList", "networking.k8s.io/v1beta1/IPAddress": "networking.v1beta1.IPAddress", "networking.k8s.io/v1beta1/ServiceCIDR": "networking.v1beta1.ServiceCIDR", "networking.k8s.io/v1beta1/IPAddressList": "networking.v1beta1.IPAddressList", "networking.k8s.io/v1beta1/ServiceCIDRList": "networking.v1beta1.ServiceCIDRList", "node.k8s.io/v1/RuntimeClass": "node.v1.RuntimeClass", "node.k8s.io/v1/RuntimeClassList": "node.v1.RuntimeClassList", "policy/v1/PodDisruptionBudget": "policy.v1.PodDisruptionBudget", "policy/v1/PodDisruptionBudgetList": "policy.v1.PodDisruptionBudgetList", "rbac.authorization.k8s.io/v1/ClusterRole": "rbac.v1.ClusterRole", "rbac.authorization.k8s.io/v1/ClusterRoleBinding": "rbac.v1.ClusterRoleBinding", "rbac.authorization.k8s.io/v1/Role": "rbac.v1.Role", "rbac.authorization.k8s.io/v1/RoleBinding": "rbac.v1.RoleBinding", "rbac.authorization.k8s.io/v1/ClusterRoleList": "rbac.v1.ClusterRoleList", "rbac.authorization.k8s.io/v1/ClusterRoleBindingList": "rbac.v1.ClusterRoleBindingList", "rbac.authorization.k8s.io/v1/RoleList": "rbac.v1.RoleList", "rbac.authorization.k8s.io/v1/RoleBindingList": "rbac.v1.RoleBindingList", "resource.k8s.io/v1/DeviceClass": "resource.v1.DeviceClass", "resource.k8s.io/v1/ResourceClaim": "resource.v1.ResourceClaim", "resource.k8s.io/v1/ResourceClaimTemplate": "resource.v1.ResourceClaimTemplate", "resource.k8s.io/v1/ResourceSlice": "resource.v1.ResourceSlice", "resource.k8s.io/v1/DeviceClassList": "resource.v1.DeviceClassList", "resource.k8s.io/v1/ResourceClaimList": "resource.v1.ResourceClaimList", "resource.k8s.io/v1/ResourceClaimTemplateList": "resource.v1.ResourceClaimTemplateList", "resource.k8s.io/v1/ResourceSliceList": "resource.v1.ResourceSliceList", "resource.k8s.io/v1alpha3/DeviceTaintRule": "resource.v1alpha3.DeviceTaintRule", "resource.k8s.io/v1alpha3/DeviceTaintRuleList": "resource.v1alpha3.DeviceTaintRuleList", "resource.k8s.io/v1beta1/DeviceClass": "resource.v1beta1.DeviceClass", "resource.k8s.io/v1beta1/ResourceClaim": "resource.v1beta1.ResourceClaim", "resource.k8s.io/v1beta1/ResourceClaimTemplate": "resource.v1beta1.ResourceClaimTemplate", "resource.k8s.io/v1beta1/ResourceSlice": "resource.v1beta1.ResourceSlice", "resource.k8s.io/v1beta1/DeviceClassList": "resource.v1beta1.DeviceClassList", "resource.k8s.io/v1beta1/ResourceClaimList": "resource.v1beta1.ResourceClaimList", "resource.k8s.io/v1beta1/ResourceClaimTemplateList": "resource.v1beta1.ResourceClaimTemplateList", "resource.k8s.io/v1beta1/ResourceSliceList": "resource.v1beta1.ResourceSliceList", "resource.k8s.io/v1beta2/DeviceClass": "resource.v1beta2.DeviceClass", "resource.k8s.io/v1beta2/ResourceClaim": "resource.v1beta2.ResourceClaim", "resource.k8s.io/v1beta2/ResourceClaimTemplate": "resource.v1beta2.ResourceClaimTemplate", "resource.k8s.io/v1beta2/ResourceSlice": "resource.v1beta2.ResourceSlice", "resource.k8s.io/v1beta2/DeviceClassList": "resource.v1beta2.DeviceClassList", "resource.k8s.io/v1beta2/ResourceClaimList": "resource.v1beta2.ResourceClaimList", "resource.k8s.io/v1beta2/ResourceClaimTemplateList": "resource.v1beta2.ResourceClaimTemplateList", "resource.k8s.io/v1beta2/ResourceSliceList": "resource.v1beta2.ResourceSliceList", "scheduling.k8s.io/v1/PriorityClass": "scheduling.v1.PriorityClass", "scheduling.k8s.io/v1/PriorityClassList": "scheduling.v1.PriorityClassList", "storage.k8s.io/v1/CSIDriver": "storage.v1.CSIDriver", "storage.k8s.io/v1/CSINode": "storage.v1.CSINode", "storage.k8s.io/v1/CSIStorageCapacity": "storage.v1.CSIStorageCapacity", "storage.k8s.io/v1/StorageClass": "storage.v1.StorageClass", "storage.k8s.io/v1/VolumeAttachment": "storage.v1.VolumeAttachment", "storage.k8s.io/v1/VolumeAttributesClass": "storage.v1.VolumeAttributesClass", "storage.k8s.io/v1/CSIDriverList": "storage.v1.CSIDriverList", "storage.k8s.io/v1/CSINodeList": "storage.v1.CSINodeList", "storage.k8s.io/v1/CSIStorageCapacityList": "storage.v1.CSIStorageCapacityList", "storage.k8s.io/v1/StorageClassList": "storage.v1.StorageClassList", "storage.k8s.io/v1/VolumeAttachmentList": "storage.v1.VolumeAttachmentList", "storage.k8s.io/v1/VolumeAttributesClassList": "storage.v1.VolumeAttributesClassList", "storage.k8s.io/v1alpha1/VolumeAttributesClass": "storage.v1alpha1.VolumeAttributesClass", "storage.k8s.io/v1alpha1/VolumeAttributesClassList": "storage.v1alpha1.VolumeAttributesClassList", "storage.k8s.io/v1beta1/VolumeAttributesClass": "storage.v1beta1.VolumeAttributesClass", "storage.k8s.io/v1beta1/VolumeAttributesClassList": "storage.v1beta1.VolumeAttributesClassList", "storagemigration.k8s.io/v1alpha1/StorageVersionMigration": "storagemigration.v1alpha1.StorageVersionMigration", "storagemigration.k8s.io/v1alpha1/StorageVersionMigrationList": "storagemigration.v1alpha1.StorageVersionMigrationList" } };

// src/sim/apiserver/schema/schema.ts
var SCHEMA = schema_default;
function defIdForKind(apiVersion, kind) {
  return own(SCHEMA.kinds, `${apiVersion}/${kind}`);
}
function def(id2) {
  return own(SCHEMA.defs, id2);
}
function goTypeName(id2) {
  const parts = id2.split(".");
  return `${parts[parts.length - 2]}.${parts[parts.length - 1]}`;
}
function goType(p) {
  switch (p.t) {
    case "ref":
      return goTypeName(p.r);
    case "array":
      return `[]${goType(p.it)}`;
    case "map":
      return `map[string]${goType(p.it)}`;
    case "bool":
      return "bool";
    case "intorstring":
      return "intstr.IntOrString";
    case "quantity":
      return "resource.Quantity";
    case "time":
      return "v1.Time";
    case "microtime":
      return "v1.MicroTime";
    case "bytes":
      return "[]uint8";
    case "any":
      return "interface {}";
    default:
      return p.t;
  }
}

// src/sim/apiserver/schema/decode.ts
var Fatal = class extends Error {
  constructor(message, field) {
    super(message);
    this.field = field;
  }
  field;
};
var MAX_INT = { int32: 2 ** 31 - 1, int64: Number.MAX_SAFE_INTEGER };
var MIN_INT = { int32: -(2 ** 31), int64: Number.MIN_SAFE_INTEGER };
function jsonKind(v) {
  if (Array.isArray(v)) return "array";
  if (typeof v === "boolean") return "bool";
  return typeof v === "object" ? "object" : typeof v;
}
function typeError(value2, struct, fields, type) {
  return `json: cannot unmarshal ${value2} into Go struct field ${struct}.${fields.join(".")} of type ${type}`;
}
function isPlainObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function base64ErrorOffset(s) {
  let quantum = 0;
  let quantumStart = 0;
  let pad2 = 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\r" || c === "\n") continue;
    if (pad2 > 0 && c !== "=") return n;
    if (c === "=") {
      if (quantum < 2) return n;
      pad2++;
      if (quantum + pad2 > 4) return n;
    } else if (!/[A-Za-z0-9+/]/.test(c)) {
      return n;
    }
    if (c !== "=" && quantum === 0) quantumStart = n;
    n++;
    if (c !== "=") quantum++;
    if (quantum + pad2 === 4) {
      quantum = 0;
      pad2 = 0;
    }
  }
  if (quantum !== 0) return quantumStart;
  return -1;
}
function decodeProp(v, p, struct, fields, path2, ctx) {
  if (v === null || v === void 0) return;
  const t = p.t;
  if (t === "string") {
    if (typeof v !== "string") save(ctx, jsonKind(v), struct, fields, "string", path2);
    return;
  }
  if (t === "int32" || t === "int64") {
    if (typeof v !== "number") save(ctx, jsonKind(v), struct, fields, t, path2);
    else if (!Number.isInteger(v) || v > MAX_INT[t] || v < MIN_INT[t]) save(ctx, `number ${String(v)}`, struct, fields, t, path2);
    return;
  }
  if (t === "float64") {
    if (typeof v !== "number") save(ctx, jsonKind(v), struct, fields, "float64", path2);
    return;
  }
  if (t === "bool") {
    if (typeof v !== "boolean") save(ctx, jsonKind(v), struct, fields, "bool", path2);
    return;
  }
  const kind = jsonKind(v);
  switch (t) {
    case "intorstring":
      if (kind === "string") return;
      if (kind === "number" && Number.isInteger(v) && v <= MAX_INT.int32 && v >= MIN_INT.int32) return;
      throw new Fatal(typeError(kind === "number" ? `number ${String(v)}` : kind, struct, fields, "int32"), path2);
    case "quantity":
      if ((kind === "string" || kind === "number") && isQuantity(v)) return;
      throw new Fatal(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`, path2);
    case "time":
    case "microtime":
      if (kind !== "string") throw new Fatal(typeError(kind, struct, fields, "string"), path2);
      return;
    case "bytes": {
      if (kind !== "string") return save(ctx, kind, struct, fields, "[]uint8", path2);
      const off = base64ErrorOffset(v);
      if (off >= 0 && ctx.saved === void 0) {
        ctx.saved = `illegal base64 data at input byte ${off}`;
        ctx.savedField = path2;
      }
      return;
    }
    case "any":
      return;
    case "ref":
      if (!isPlainObject(v)) return save(ctx, kind, struct, fields, goTypeName(p.r), path2);
      decodeStruct(v, p.r, fields, path2, ctx);
      return;
    case "array": {
      if (kind !== "array") return save(ctx, kind, struct, fields, goType(p), path2);
      const items = v;
      for (let i = 0; i < items.length; i++) decodeProp(items[i], p.it, struct, fields, `${path2}[${i}]`, ctx);
      return;
    }
    case "map": {
      if (kind !== "object") return save(ctx, kind, struct, fields, goType(p), path2);
      const m = v;
      for (const k of sortedKeys(m, ctx)) decodeProp(m[k], p.it, struct, fields, `${path2}[${k}]`, ctx);
      return;
    }
  }
}
function save(ctx, value2, struct, fields, type, path2) {
  if (ctx.saved !== void 0) return;
  ctx.saved = typeError(value2, struct, fields, type);
  ctx.savedField = path2;
}
function sortedKeys(o, ctx) {
  const keys = Object.keys(o);
  return ctx.sorted && keys.length > 1 ? keys.sort() : keys;
}
function decodeStruct(obj, id2, fields, path2, ctx) {
  const d = def(id2);
  if (!d) return;
  const struct = id2.slice(id2.lastIndexOf(".") + 1);
  for (const k of sortedKeys(obj, ctx)) {
    const p = own(d.p, k);
    if (!p) {
      ctx.unknown.push(path2 ? `${path2}.${k}` : k);
      continue;
    }
    fields.push(k);
    decodeProp(obj[k], p, struct, fields, path2 ? `${path2}.${k}` : k, ctx);
    fields.pop();
  }
}
function strictDecode(obj, defId) {
  const fast = decodePass(obj, defId, false);
  if (!fast.error && fast.unknown.length === 0) return fast;
  return decodePass(obj, defId, true);
}
function decodePass(obj, defId, sorted) {
  const ctx = { unknown: [], sorted };
  try {
    decodeStruct(obj, defId, [], "", ctx);
  } catch (e) {
    if (e instanceof Fatal) return { error: e.message, errorField: e.field, unknown: ctx.unknown };
    throw e;
  }
  return { error: ctx.saved, errorField: ctx.savedField, unknown: ctx.unknown };
}
function decodeError(obj) {
  const id2 = defIdForKind(obj.apiVersion, obj.kind);
  if (!id2) return void 0;
  const out = strictDecode(obj, id2);
  const version = obj.apiVersion.slice(obj.apiVersion.indexOf("/") + 1);
  const prefix2 = `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: `;
  if (out.error) return new ApiError(400, "BadRequest", prefix2 + out.error, [{ reason: "FieldValueTypeInvalid", field: out.errorField ?? "", message: out.error }]);
  if (out.unknown.length) {
    const list = out.unknown.map((f) => `unknown field "${f}"`).join(", ");
    const causes = out.unknown.map((f) => ({ reason: "FieldValueUnknown", field: f, message: `unknown field "${f}"` }));
    return new ApiError(400, "BadRequest", `${prefix2}strict decoding error: ${list}`, causes);
  }
  return void 0;
}
var strictDecodingPlugin = {
  name: "StrictDecoding",
  phase: "decode",
  run(obj, ctx) {
    if (ctx.subresource === "status") return;
    const err = decodeError(obj);
    if (err) throw err;
  }
};

// src/sim/random.ts
var Rng = class _Rng {
  state;
  constructor(seed) {
    this.state = seed >>> 0 || 2654435769;
  }
  /** Uniform float in [0, 1). */
  next() {
    let t = this.state = this.state + 1831565813 >>> 0;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  }
  /** Integer in [0, n). */
  int(n) {
    return Math.floor(this.next() * n);
  }
  /** Integer in [min, max]. */
  range(min, max) {
    return min + this.int(max - min + 1);
  }
  pick(items) {
    return items[this.int(items.length)];
  }
  string(length, alphabet) {
    let s = "";
    for (let i = 0; i < length; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  /** A derived generator, so that one component's draws do not shift another's. */
  fork(salt) {
    let h = 2166136261;
    for (let i = 0; i < salt.length; i++) h = Math.imul(h ^ salt.charCodeAt(i), 16777619);
    return new _Rng((this.state ^ h) >>> 0);
  }
};
var NAME_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

// src/sim/apiserver/strategy/job.ts
var JOB_NAME_LABEL = "batch.kubernetes.io/job-name";
var CONTROLLER_UID_LABEL = "batch.kubernetes.io/controller-uid";
var LEGACY_JOB_NAME_LABEL = "job-name";
var LEGACY_CONTROLLER_UID_LABEL = "controller-uid";
function generateJobSelector(job) {
  const spec = job.spec;
  if (!spec || spec.manualSelector === true) return;
  const tpl = spec.template ??= {};
  const labels = (tpl.metadata ??= {}).labels ??= {};
  for (const k of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) labels[k] ??= job.metadata.name;
  for (const k of [LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL]) labels[k] ??= job.metadata.uid;
  const sel = spec.selector ??= {};
  (sel.matchLabels ??= {})[CONTROLLER_UID_LABEL] ??= job.metadata.uid;
}

// src/sim/apiserver/strategy/index.ts
var PREPARE_WITH_UID = {
  "jobs.batch": generateJobSelector
};

// src/sim/apiserver/resources.ts
var core = (kind, plural2, shortNames = [], namespaced = true) => ({
  kind,
  plural: plural2,
  singular: kind.toLowerCase(),
  shortNames,
  group: "",
  version: "v1",
  namespaced
});
var grp = (group, version, kind, plural2, shortNames = [], namespaced = true) => ({
  kind,
  plural: plural2,
  singular: kind.toLowerCase(),
  shortNames,
  group,
  version,
  namespaced
});
var RESOURCES = [
  core("Binding", "bindings"),
  core("ComponentStatus", "componentstatuses", ["cs"], false),
  core("ConfigMap", "configmaps", ["cm"]),
  core("Endpoints", "endpoints", ["ep"]),
  core("Event", "events", ["ev"]),
  core("LimitRange", "limitranges", ["limits"]),
  core("Namespace", "namespaces", ["ns"], false),
  core("Node", "nodes", ["no"], false),
  core("PersistentVolumeClaim", "persistentvolumeclaims", ["pvc"]),
  core("PersistentVolume", "persistentvolumes", ["pv"], false),
  core("Pod", "pods", ["po"]),
  core("PodTemplate", "podtemplates"),
  core("ReplicationController", "replicationcontrollers", ["rc"]),
  core("ResourceQuota", "resourcequotas", ["quota"]),
  core("Secret", "secrets"),
  core("ServiceAccount", "serviceaccounts", ["sa"]),
  core("Service", "services", ["svc"]),
  grp("apps", "v1", "ControllerRevision", "controllerrevisions"),
  grp("apps", "v1", "DaemonSet", "daemonsets", ["ds"]),
  grp("apps", "v1", "Deployment", "deployments", ["deploy"]),
  grp("apps", "v1", "ReplicaSet", "replicasets", ["rs"]),
  grp("apps", "v1", "StatefulSet", "statefulsets", ["sts"]),
  grp("autoscaling", "v2", "HorizontalPodAutoscaler", "horizontalpodautoscalers", ["hpa"]),
  grp("batch", "v1", "CronJob", "cronjobs", ["cj"]),
  grp("batch", "v1", "Job", "jobs"),
  grp("coordination.k8s.io", "v1", "Lease", "leases"),
  grp("discovery.k8s.io", "v1", "EndpointSlice", "endpointslices"),
  grp("events.k8s.io", "v1", "Event", "events", ["ev"]),
  grp("networking.k8s.io", "v1", "IngressClass", "ingressclasses", [], false),
  grp("networking.k8s.io", "v1", "Ingress", "ingresses", ["ing"]),
  grp("networking.k8s.io", "v1", "NetworkPolicy", "networkpolicies", ["netpol"]),
  grp("policy", "v1", "PodDisruptionBudget", "poddisruptionbudgets", ["pdb"]),
  grp("rbac.authorization.k8s.io", "v1", "ClusterRoleBinding", "clusterrolebindings", [], false),
  grp("rbac.authorization.k8s.io", "v1", "ClusterRole", "clusterroles", [], false),
  grp("rbac.authorization.k8s.io", "v1", "RoleBinding", "rolebindings"),
  grp("rbac.authorization.k8s.io", "v1", "Role", "roles"),
  grp("scheduling.k8s.io", "v1", "PriorityClass", "priorityclasses", ["pc"], false),
  grp("storage.k8s.io", "v1", "CSIDriver", "csidrivers", [], false),
  grp("storage.k8s.io", "v1", "StorageClass", "storageclasses", ["sc"], false)
];
function resourceKey(rt) {
  return rt.group ? `${rt.plural}.${rt.group}` : rt.plural;
}
function apiVersionOf(rt) {
  return rt.group ? `${rt.group}/${rt.version}` : rt.version;
}
var byGvk = /* @__PURE__ */ new Map();
var byKey = /* @__PURE__ */ new Map();
for (const rt of RESOURCES) {
  byGvk.set(`${apiVersionOf(rt)}/${rt.kind}`, rt);
  if (!byKey.has(resourceKey(rt))) byKey.set(resourceKey(rt), rt);
}
function findByGvk(apiVersion, kind) {
  return byGvk.get(`${apiVersion}/${kind}`);
}
function findByKey(key3) {
  return byKey.get(key3);
}
function resolveResourceArg(arg) {
  const a = arg.toLowerCase();
  const [name, ...groupParts] = a.split(".");
  const group = groupParts.join(".");
  const cands = RESOURCES.filter((rt) => rt.plural === name || rt.singular === name || rt.shortNames.includes(name));
  const inGroup = group ? cands.filter((rt) => rt.group === group || rt.group.startsWith(group)) : cands;
  return inGroup.sort((x, y) => x.group === "" ? -1 : y.group === "" ? 1 : 0)[0];
}

// src/sim/apiserver/store.ts
var ObjectStore = class {
  tables = /* @__PURE__ */ new Map();
  indexFns = /* @__PURE__ */ new Map();
  indexes = /* @__PURE__ */ new Map();
  rv = 1e3;
  /** Index values each stored object was indexed under (stored objects are immutable), so unindexing need not recompute them. */
  indexed = /* @__PURE__ */ new WeakMap();
  listeners = [];
  nextResourceVersion() {
    return String(++this.rv);
  }
  currentResourceVersion() {
    return String(this.rv);
  }
  /** Register a secondary index, e.g. pods by `spec.nodeName`. Must be called before objects are stored. */
  addIndex(resource, name, fn) {
    if (!this.indexFns.has(resource)) this.indexFns.set(resource, /* @__PURE__ */ new Map());
    this.indexFns.get(resource).set(name, fn);
    this.indexed = /* @__PURE__ */ new WeakMap();
    if (!this.indexes.has(resource)) this.indexes.set(resource, /* @__PURE__ */ new Map());
    const idx = /* @__PURE__ */ new Map();
    this.indexes.get(resource).set(name, idx);
    for (const [k, obj] of this.table(resource)) for (const v of fn(obj)) addTo(idx, v, k);
  }
  byIndex(resource, name, value2) {
    const keys = this.indexes.get(resource)?.get(name)?.get(value2);
    if (!keys) return [];
    const t = this.table(resource);
    const out = [];
    for (const k of keys) {
      const o = t.get(k);
      if (o) out.push(o);
    }
    return out;
  }
  /** How many objects an index maps to a value, without listing them. */
  countByIndex(resource, name, value2) {
    return this.indexes.get(resource)?.get(name)?.get(value2)?.size ?? 0;
  }
  hasIndex(resource, name) {
    return !!this.indexFns.get(resource)?.has(name);
  }
  onChange(fn) {
    this.listeners.push(fn);
  }
  get(resource, namespace, name) {
    return this.table(resource).get(key(namespace, name));
  }
  /** All objects of a resource, optionally in one namespace, in name order (as etcd lists them). */
  list(resource, namespace) {
    const t = this.table(resource);
    let out;
    if (namespace !== void 0 && this.hasIndex(resource, "namespace")) {
      out = this.byIndex(resource, "namespace", namespace);
    } else {
      out = [...t.values()];
      if (namespace !== void 0) out = out.filter((o) => o.metadata.namespace === namespace);
    }
    return out.sort(byKey2);
  }
  count(resource) {
    return this.table(resource).size;
  }
  put(resource, obj, type) {
    const t = this.table(resource);
    const k = key(obj.metadata.namespace, obj.metadata.name);
    const old = t.get(k);
    if (old) this.reindex(resource, k, old, obj);
    else this.index(resource, k, obj);
    t.set(k, obj);
    this.emit({ type, resource, object: obj, old });
  }
  remove(resource, obj) {
    const t = this.table(resource);
    const k = key(obj.metadata.namespace, obj.metadata.name);
    const old = t.get(k);
    if (!old) return;
    this.unindex(resource, k, old);
    t.delete(k);
    this.emit({ type: "DELETED", resource, object: old, old });
  }
  resources() {
    return [...this.tables.keys()];
  }
  /** Where a secondary index disagrees with its objects (recomputed from scratch; for tests and invariants). */
  indexProblems() {
    const out = [];
    for (const [resource, fns] of this.indexFns) {
      const live = this.indexes.get(resource);
      for (const [name, fn] of fns) {
        const want = /* @__PURE__ */ new Map();
        for (const [k, obj] of this.table(resource)) for (const v of fn(obj)) addTo(want, v, k);
        const have = live.get(name);
        for (const v of /* @__PURE__ */ new Set([...want.keys(), ...have.keys()])) {
          const a = [...want.get(v) ?? []].sort().join(",");
          const b = [...have.get(v) ?? []].sort().join(",");
          if (a !== b) out.push(`index ${resource}/${name}[${v}]: has {${b}}, objects say {${a}}`);
        }
      }
    }
    return out;
  }
  emit(ev) {
    for (const l of this.listeners) l(ev);
  }
  table(resource) {
    let t = this.tables.get(resource);
    if (!t) {
      t = /* @__PURE__ */ new Map();
      this.tables.set(resource, t);
    }
    return t;
  }
  /** Each index's values for `obj`, in index registration order. */
  valuesOf(fns, obj) {
    const cached = this.indexed.get(obj);
    if (cached && cached.length === fns.size) return cached;
    const vals = [];
    for (const fn of fns.values()) vals.push(fn(obj));
    this.indexed.set(obj, vals);
    return vals;
  }
  index(resource, k, obj) {
    const fns = this.indexFns.get(resource);
    if (!fns) return;
    const idxs = [...this.indexes.get(resource).values()];
    this.valuesOf(fns, obj).forEach((vals, i) => {
      for (const v of vals) addTo(idxs[i], v, k);
    });
  }
  unindex(resource, k, obj) {
    const fns = this.indexFns.get(resource);
    if (!fns) return;
    const idxs = [...this.indexes.get(resource).values()];
    this.valuesOf(fns, obj).forEach((vals, i) => dropFrom(idxs[i], vals, k));
  }
  /** unindex(old) then index(obj); an index whose values did not change only moves the key to the end of its sets, as remove-and-add would. */
  reindex(resource, k, old, obj) {
    const fns = this.indexFns.get(resource);
    if (!fns) return;
    const idxs = [...this.indexes.get(resource).values()];
    const before2 = this.valuesOf(fns, old);
    const after = this.valuesOf(fns, obj);
    for (let i = 0; i < idxs.length; i++) {
      if (sameValues(before2[i], after[i])) {
        for (const v of after[i]) {
          const s = idxs[i].get(v);
          s.delete(k);
          s.add(k);
        }
      } else {
        dropFrom(idxs[i], before2[i], k);
        for (const v of after[i]) addTo(idxs[i], v, k);
      }
    }
  }
};
function key(namespace, name) {
  return namespace ? `${namespace}/${name}` : name;
}
function addTo(idx, v, k) {
  let s = idx.get(v);
  if (!s) {
    s = /* @__PURE__ */ new Set();
    idx.set(v, s);
  }
  s.add(k);
}
function dropFrom(idx, vals, k) {
  for (const v of vals) {
    const s = idx.get(v);
    if (s) {
      s.delete(k);
      if (s.size === 0) idx.delete(v);
    }
  }
}
function sameValues(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function byKey2(a, b) {
  const ka = `${a.metadata.namespace ?? ""}/${a.metadata.name}`;
  const kb = `${b.metadata.namespace ?? ""}/${b.metadata.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// src/sim/clone.ts
function deepCopy(v) {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const out2 = new Array(v.length);
    for (let i = 0; i < v.length; i++) out2[i] = deepCopy(v[i]);
    return out2;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return structuredClone(v);
  const out = {};
  for (const k of Object.keys(v)) {
    const x = deepCopy(v[k]);
    if (k === "__proto__") Object.defineProperty(out, k, { value: x, writable: true, enumerable: true, configurable: true });
    else out[k] = x;
  }
  return out;
}

// src/sim/apiserver/apiserver.ts
var PHASES = ["decode", "default", "validate", "admit", "allocate"];
function qualifiedResource(rt) {
  return resourceKey(rt);
}
function qualifiedKind(rt) {
  return rt.group ? `${rt.kind}.${rt.group}` : rt.kind;
}
function notFound(rt, name) {
  return new ApiError(404, "NotFound", `${qualifiedResource(rt)} "${name}" not found`, [], { kind: rt.plural, group: rt.group, name });
}
function alreadyExists(rt, name) {
  return new ApiError(409, "AlreadyExists", `${qualifiedResource(rt)} "${name}" already exists`, [], { kind: rt.plural, group: rt.group, name });
}
function invalid(rt, name, causes) {
  const list = causes.map((c) => c.field ? `${c.field}: ${c.message}` : c.message);
  const joined = list.length === 1 ? list[0] : `[${list.join(", ")}]`;
  return new ApiError(422, "Invalid", `${qualifiedKind(rt)} "${name}" is invalid: ${joined}`, causes, {
    kind: rt.kind,
    group: rt.group,
    name
  });
}
var ApiServer = class {
  constructor(clock, rng) {
    this.clock = clock;
    this.rng = rng;
    for (const rt of ["pods", "events", "services", "endpoints", "replicasets.apps", "deployments.apps", "configmaps", "secrets"]) {
      this.store.addIndex(rt, "namespace", (o) => [o.metadata.namespace ?? ""]);
    }
    this.store.addIndex("pods", "nodeName", (o) => o.spec?.nodeName ? [o.spec.nodeName] : []);
    for (const rt of ["pods", "replicasets.apps"]) {
      this.store.addIndex(rt, "owner", (o) => (o.metadata.ownerReferences ?? []).map((r2) => r2.uid));
    }
  }
  clock;
  rng;
  store = new ObjectStore();
  plugins = [];
  uidCounter = 0;
  /**
   * Above zero while simulated components (controllers, scheduler, kubelets) run. Their writes are
   * built from objects the server already decoded and validated, so the `decode` and `validate`
   * phases are skipped for them: the pipeline's cost is paid once per user request, not per status tick.
   */
  trusted = 0;
  /** Where warnings of the current client request go (kubectl sets it while a command runs). */
  warningSink;
  use(plugin) {
    this.plugins.push(plugin);
    this.plugins.sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
  }
  /** Resolve a manifest's apiVersion/kind, or fail the way kubectl's REST mapper does. */
  kindFor(apiVersion, kind) {
    const rt = apiVersion && kind ? findByGvk(apiVersion, kind) : void 0;
    if (!rt) {
      throw new ApiError(400, "BadRequest", `no matches for kind "${kind ?? ""}" in version "${apiVersion ?? ""}"`, [], { kind });
    }
    return rt;
  }
  resource(arg) {
    return resolveResourceArg(arg) ?? findByKey(arg);
  }
  get(rt, namespace, name) {
    const r2 = this.rt(rt);
    const obj = this.store.get(resourceKey(r2), r2.namespaced ? namespace : void 0, name);
    if (!obj) throw notFound(r2, name);
    return obj;
  }
  tryGet(rt, namespace, name) {
    const r2 = this.rt(rt);
    return this.store.get(resourceKey(r2), r2.namespaced ? namespace : void 0, name);
  }
  list(rt, namespace, opts2 = {}) {
    const r2 = this.rt(rt);
    let items = this.store.list(resourceKey(r2), r2.namespaced ? namespace : void 0);
    if (opts2.labelSelector) items = items.filter((o) => opts2.labelSelector(o.metadata.labels ?? {}));
    if (opts2.fieldSelector) items = items.filter(opts2.fieldSelector);
    return items;
  }
  create(input, opts2 = {}) {
    const rt = this.kindFor(input.apiVersion, input.kind);
    refuseUndecodable(input);
    const obj = deepCopy(input);
    const meta = obj.metadata ??= {};
    if (rt.namespaced) meta.namespace = meta.namespace ?? opts2.namespace ?? "default";
    else delete meta.namespace;
    if (!meta.name && meta.generateName) meta.name = generateName(meta.generateName, this.rng);
    const ctx = { op: "CREATE", rt, api: this, dryRun: !!opts2.dryRun, user: opts2.user ?? "system:admin", trusted: this.trusted > 0 && !opts2.validate, warn: this.warner() };
    this.runPlugins(obj, ctx);
    const key3 = resourceKey(rt);
    if (this.store.get(key3, meta.namespace, meta.name)) throw alreadyExists(rt, meta.name);
    meta.uid = this.newUid();
    PREPARE_WITH_UID[key3]?.(obj);
    meta.resourceVersion = opts2.dryRun ? void 0 : this.store.nextResourceVersion();
    meta.creationTimestamp = this.clock.isoNow();
    if (hasGeneration(rt)) meta.generation = 1;
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    if (!opts2.dryRun) this.store.put(key3, obj, "ADDED");
    return obj;
  }
  /**
   * Store an object a simulated component generated and that needs no admission (Events from the
   * recorder): identity and timestamps are set, the pipeline is skipped.
   */
  createGenerated(obj) {
    const rt = this.kindFor(obj.apiVersion, obj.kind);
    const meta = obj.metadata;
    if (this.store.get(resourceKey(rt), meta.namespace, meta.name)) throw alreadyExists(rt, meta.name);
    meta.uid = this.newUid();
    meta.resourceVersion = this.store.nextResourceVersion();
    meta.creationTimestamp = this.clock.isoNow();
    this.store.put(resourceKey(rt), obj, "ADDED");
    return obj;
  }
  /** Replace an object (PUT). A stale `metadata.resourceVersion` gets 409 Conflict. */
  update(input, opts2 = {}) {
    const rt = this.kindFor(input.apiVersion, input.kind);
    refuseUndecodable(input);
    const ns = rt.namespaced ? input.metadata.namespace ?? opts2.namespace ?? "default" : void 0;
    const old = this.store.get(resourceKey(rt), ns, input.metadata.name);
    if (!old) throw notFound(rt, input.metadata.name);
    const rv = input.metadata.resourceVersion;
    if (rv && rv !== old.metadata.resourceVersion) {
      throw new ApiError(
        409,
        "Conflict",
        `Operation cannot be fulfilled on ${qualifiedResource(rt)} "${old.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`,
        [],
        { kind: rt.plural, group: rt.group, name: old.metadata.name }
      );
    }
    if (opts2.subresource === "status" && this.trusted > 0) return this.writeStatusFast(rt, old, input, !!opts2.dryRun, opts2.statusJson);
    let obj = opts2.owned ? input : deepCopy(input);
    if (opts2.subresource === "status") {
      obj = { ...deepCopy(old), status: obj.status };
    } else if (old.status !== void 0 && rt.kind !== "Namespace") {
      obj.status = deepCopy(old.status);
    }
    obj.metadata = {
      ...obj.metadata,
      namespace: ns,
      uid: old.metadata.uid,
      creationTimestamp: old.metadata.creationTimestamp,
      deletionTimestamp: old.metadata.deletionTimestamp,
      deletionGracePeriodSeconds: old.metadata.deletionGracePeriodSeconds,
      generation: old.metadata.generation
    };
    if (obj.metadata.deletionTimestamp === void 0) delete obj.metadata.deletionTimestamp;
    if (obj.metadata.deletionGracePeriodSeconds === void 0) delete obj.metadata.deletionGracePeriodSeconds;
    if (obj.metadata.generation === void 0) delete obj.metadata.generation;
    const ctx = {
      op: "UPDATE",
      rt,
      old,
      api: this,
      dryRun: !!opts2.dryRun,
      subresource: opts2.subresource,
      user: opts2.user ?? "system:admin",
      trusted: this.trusted > 0,
      warn: this.warner()
    };
    this.runPlugins(obj, ctx);
    obj.apiVersion = apiVersionOf(rt);
    obj.kind = rt.kind;
    obj.metadata.resourceVersion = old.metadata.resourceVersion;
    const spec = bodyJson(obj);
    const specDiffers = spec !== storedBodyJson(old);
    if (hasGeneration(rt) && specDiffers) obj.metadata.generation = (old.metadata.generation ?? 1) + 1;
    if (!opts2.dryRun) bodyJsonCache.set(obj, spec);
    if (!specDiffers && JSON.stringify(obj.metadata) === JSON.stringify(old.metadata) && JSON.stringify(obj.status) === storedStatusJson(old)) {
      return old;
    }
    return this.commit(rt, obj, old, !!opts2.dryRun);
  }
  /**
   * A component's status write: only `status` changes, so the new object shares everything else with
   * the stored one (stored objects are immutable) and skips the request pipeline.
   */
  writeStatusFast(rt, old, input, dryRun, known) {
    const text = known ?? JSON.stringify(input.status);
    if (text === storedStatusJson(old)) return old;
    const status2 = deepCopy(input.status);
    const obj = { ...old, metadata: { ...old.metadata }, status: status2 };
    if (!dryRun) statusJsonCache.set(obj, text);
    return this.commit(rt, obj, old, dryRun);
  }
  commit(rt, obj, old, dryRun) {
    obj.metadata.resourceVersion = dryRun ? old.metadata.resourceVersion : this.store.nextResourceVersion();
    if (!dryRun) {
      this.store.put(resourceKey(rt), obj, "MODIFIED");
      if (obj.metadata.deletionTimestamp && (obj.metadata.finalizers ?? []).length === 0 && !needsGracefulTermination(rt, obj)) {
        this.remove(rt, obj);
      }
    }
    return obj;
  }
  /** `statusJson`: JSON.stringify(obj.status) when the caller already has it (saves serializing it again). */
  updateStatus(obj, statusJson2) {
    return this.update(obj, { subresource: "status", statusJson: statusJson2 });
  }
  /**
   * Delete. Pods on a node and objects with finalizers get a deletionTimestamp first
   * (the kubelet or the finalizer's owner removes them); everything else goes at once.
   */
  delete(rtArg, namespace, name, opts2 = {}) {
    const rt = this.rt(rtArg);
    const ns = rt.namespaced ? namespace ?? opts2.namespace ?? "default" : void 0;
    const old = this.store.get(resourceKey(rt), ns, name);
    if (!old) throw notFound(rt, name);
    const dctx = { op: "DELETE", rt, old, api: this, dryRun: !!opts2.dryRun, user: opts2.user ?? "system:admin", trusted: this.trusted > 0, warn: this.warner() };
    for (const p of this.plugins) if (p.admitDelete && (!p.resources || p.resources.includes(resourceKey(rt)))) p.admitDelete(old, dctx);
    if (opts2.dryRun) return old;
    const grace = opts2.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30;
    const finalizers = [...old.metadata.finalizers ?? []];
    if (opts2.propagationPolicy === "Orphan") finalizers.push("orphan");
    if (opts2.propagationPolicy === "Foreground") finalizers.push("foregroundDeletion");
    const graceful = rt.kind === "Pod" && !!old.spec?.nodeName && grace > 0 && !isTerminal(old);
    if (finalizers.length === 0 && !graceful && rt.kind !== "Namespace") {
      this.remove(rt, old);
      return old;
    }
    if (old.metadata.deletionTimestamp) {
      if (graceful && grace < (old.metadata.deletionGracePeriodSeconds ?? Infinity)) {
        const upd2 = deepCopy(old);
        upd2.metadata.deletionGracePeriodSeconds = grace;
        upd2.metadata.resourceVersion = this.store.nextResourceVersion();
        this.store.put(resourceKey(rt), upd2, "MODIFIED");
        return upd2;
      }
      if (!graceful && rt.kind === "Pod" && finalizers.length === 0) this.remove(rt, old);
      return old;
    }
    const upd = deepCopy(old);
    upd.metadata.deletionTimestamp = this.clock.isoNow();
    upd.metadata.deletionGracePeriodSeconds = graceful ? grace : 0;
    upd.metadata.finalizers = finalizers.length ? finalizers : void 0;
    if (!upd.metadata.finalizers) delete upd.metadata.finalizers;
    if (rt.kind === "Namespace") upd.status = { ...upd.status ?? {}, phase: "Terminating" };
    upd.metadata.resourceVersion = this.store.nextResourceVersion();
    this.store.put(resourceKey(rt), upd, "MODIFIED");
    return upd;
  }
  /** Remove an object from storage now (kubelet after termination, finalizer owners). */
  remove(rtArg, obj) {
    const rt = this.rt(rtArg);
    const stored = this.store.get(resourceKey(rt), obj.metadata.namespace, obj.metadata.name);
    if (!stored) return;
    for (const p of this.plugins) if (p.release && (!p.resources || p.resources.includes(resourceKey(rt)))) p.release(stored, this);
    this.store.remove(resourceKey(rt), stored);
  }
  /** Warnings reach the client only for its own requests, not for writes of simulated components. */
  warner() {
    const trusted = this.trusted > 0;
    return (m) => {
      if (!trusted) this.warningSink?.(m);
    };
  }
  runPlugins(obj, ctx) {
    const key3 = resourceKey(ctx.rt);
    for (const p of this.plugins) {
      if (p.resources && !p.resources.includes(key3)) continue;
      if (ctx.trusted && (p.phase === "decode" || p.phase === "validate")) continue;
      p.run(obj, ctx);
    }
  }
  rt(rt) {
    if (typeof rt !== "string") return rt;
    const r2 = findByKey(rt) ?? resolveResourceArg(rt);
    if (!r2) throw new InternalError(`unknown resource ${rt}`);
    return r2;
  }
  /** RFC 4122-shaped UIDs from the seeded generator. */
  newUid() {
    this.uidCounter++;
    const hex = (n) => {
      let s = "";
      for (let i = 0; i < n; i++) s += "0123456789abcdef"[this.rng.int(16)];
      return s;
    };
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[this.rng.int(4)]}${hex(3)}-${hex(12)}`;
  }
};
function refuseUndecodable(input) {
  if (input.metadata === void 0 || isJsonMap(input.metadata)) return;
  throw decodeError(input) ?? new ApiError(400, "BadRequest", "the object provided is unrecognized (must be of type Object)");
}
function generateName(base3, rng) {
  const b = base3.length > 58 ? base3.slice(0, 58) : base3;
  return b + rng.string(5, NAME_ALPHABET);
}
function hasGeneration(rt) {
  return rt.kind !== "Event" && rt.kind !== "Endpoints" && rt.kind !== "ConfigMap" && rt.kind !== "Secret" && rt.kind !== "Service" && rt.group !== "rbac.authorization.k8s.io";
}
var bodyJsonCache = /* @__PURE__ */ new WeakMap();
var statusJsonCache = /* @__PURE__ */ new WeakMap();
function storedBodyJson(o) {
  let t = bodyJsonCache.get(o);
  if (t === void 0) bodyJsonCache.set(o, t = bodyJson(o));
  return t;
}
function storedStatusJson(o) {
  let t = statusJsonCache.get(o);
  if (t === void 0) statusJsonCache.set(o, t = JSON.stringify(o.status));
  return t;
}
function bodyJson(o) {
  const { metadata: _m, status: _s, ...rest } = o;
  return JSON.stringify(rest);
}
function isTerminal(pod) {
  return pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
}
function needsGracefulTermination(rt, obj) {
  return rt.kind === "Pod" && !!obj.spec?.nodeName && !isTerminal(obj) || rt.kind === "Namespace";
}

// src/sim/clock.ts
var SIM_EPOCH_MS = Date.UTC(2026, 0, 1, 8, 0, 0);
var VirtualClock = class {
  nowMs;
  /** Binary min-heap ordered by (at, seq): scheduling and popping stay O(log n) with many timers. */
  heap = [];
  cancelled = /* @__PURE__ */ new Set();
  live = /* @__PURE__ */ new Set();
  nextId = 1;
  seq = 0;
  constructor(startMs = SIM_EPOCH_MS) {
    this.nowMs = startMs;
  }
  now() {
    return this.nowMs;
  }
  /** RFC3339 timestamp with second precision, as the API server stores times. */
  isoNow() {
    return toRfc3339(this.nowMs);
  }
  /** Schedule fn at absolute virtual time `at` (ms). Timers at the same instant run in insertion order. */
  schedule(at, fn, label = "") {
    const t = { id: this.nextId++, at: Math.max(at, this.nowMs), seq: this.seq++, fn, label };
    const h = this.heap;
    this.live.add(t.id);
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!before(h[i], h[parent])) break;
      [h[i], h[parent]] = [h[parent], h[i]];
      i = parent;
    }
    return t.id;
  }
  after(ms, fn, label = "") {
    return this.schedule(this.nowMs + ms, fn, label);
  }
  /** Cancelled timers stay in the heap and are skipped when they come up. */
  cancel(id2) {
    if (this.live.delete(id2)) this.cancelled.add(id2);
  }
  nextAt() {
    this.dropCancelled();
    return this.heap[0]?.at;
  }
  pending() {
    return this.live.size;
  }
  /** Pop the next timer due at or before `limit`, moving the clock to its time. */
  popDue(limit) {
    this.dropCancelled();
    const t = this.heap[0];
    if (!t || t.at > limit) return void 0;
    this.popTop();
    this.live.delete(t.id);
    this.nowMs = Math.max(this.nowMs, t.at);
    return t;
  }
  /** Move the clock to `ms` (never backwards). Timers are not run: use Cluster.advance for that. */
  set(ms) {
    if (ms < this.nowMs) throw new Error(`virtual clock cannot go back from ${this.nowMs} to ${ms}`);
    this.nowMs = ms;
  }
  dropCancelled() {
    while (this.heap.length && this.cancelled.has(this.heap[0].id)) {
      this.cancelled.delete(this.heap[0].id);
      this.popTop();
    }
  }
  popTop() {
    const h = this.heap;
    const last = h.pop();
    if (h.length === 0) return;
    h[0] = last;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      const r2 = l + 1;
      let m = i;
      if (l < h.length && before(h[l], h[m])) m = l;
      if (r2 < h.length && before(h[r2], h[m])) m = r2;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
};
function before(a, b) {
  return a.at < b.at || a.at === b.at && a.seq < b.seq;
}
var lastSecond = NaN;
var lastText = "";
function toRfc3339(ms) {
  const sec = Math.floor(ms / 1e3);
  if (sec !== lastSecond) {
    lastSecond = sec;
    lastText = new Date(sec * 1e3).toISOString().replace(".000Z", "Z");
  }
  return lastText;
}

// src/sim/config.ts
var KUBERNETES_VERSION = "v1.34.1";
function defaultNodes(workers = 2) {
  const nodes2 = [{ name: "k8s-master", controlPlane: true, cpu: "2", memory: "4Gi", maxPods: 110 }];
  for (let i = 1; i <= workers; i++) nodes2.push({ name: `k8s-node${i}`, controlPlane: false, cpu: "4", memory: "8Gi", maxPods: 110 });
  return nodes2;
}
function defaultConfig(overrides = {}) {
  return {
    seed: 1,
    nodes: defaultNodes(),
    serviceCIDR: "10.96.0.0/12",
    podCIDRPrefix: "10.244",
    nodePortRange: [3e4, 32767],
    maxPods: 500,
    maxObjectsPerResource: 5e3,
    systemPods: true,
    ageMs: 18 * 24 * 3600 * 1e3,
    ...overrides
  };
}

// src/sim/events.ts
var EVENT_TTL_MS = 36e5;
var SWEEP_EVERY_MS = 6e5;
var EventRecorder = class {
  constructor(api) {
    this.api = api;
  }
  api;
  seq = 0;
  folded = /* @__PURE__ */ new Map();
  /**
   * kube-apiserver keeps events for `--event-ttl` (1h by default): expire them on a sweep every
   * 10 virtual minutes, so an 18-day-old cluster does not list its boot events.
   */
  startExpiry() {
    const sweep = () => {
      const cutoff = this.api.clock.now() - EVENT_TTL_MS;
      for (const ev of this.api.store.list("events")) {
        const last = Date.parse(ev.lastTimestamp ?? ev.metadata.creationTimestamp ?? "");
        if (last < cutoff) this.api.remove("events", ev);
      }
      for (const [key3, name] of this.folded) if (!name || !this.exists(name)) this.folded.delete(key3);
      this.api.clock.after(SWEEP_EVERY_MS, sweep, "event-ttl");
    };
    this.api.clock.after(SWEEP_EVERY_MS, sweep, "event-ttl");
  }
  exists(nsName) {
    const [ns, name] = nsName.split("/");
    return !!this.api.tryGet("events", ns, name);
  }
  record(obj, type, reason, message, source, fieldPath) {
    const ns = obj.metadata.namespace ?? "default";
    const key3 = `${obj.metadata.uid}|${fieldPath ?? ""}|${type}|${reason}|${message}|${source.component}|${source.host ?? ""}`;
    const now = this.api.clock.isoNow();
    const existing = this.folded.get(key3);
    if (existing) {
      const ev = this.api.tryGet("events", ns, existing.slice(existing.indexOf("/") + 1));
      if (ev) {
        const upd = deepCopy(ev);
        upd.count = (ev.count ?? 1) + 1;
        upd.lastTimestamp = now;
        this.api.update(upd);
        return;
      }
    }
    const nanos = BigInt(this.api.clock.now()) * 1000000n + BigInt(this.seq++ % 1e6);
    const name = `${obj.metadata.name}.${nanos.toString(16)}`;
    this.api.createGenerated({
      apiVersion: "v1",
      kind: "Event",
      metadata: { name, namespace: ns },
      involvedObject: {
        apiVersion: obj.apiVersion,
        kind: obj.kind,
        name: obj.metadata.name,
        namespace: obj.metadata.namespace,
        uid: obj.metadata.uid,
        resourceVersion: obj.metadata.resourceVersion,
        ...fieldPath ? { fieldPath } : {}
      },
      reason,
      message,
      source: source.host ? { component: source.component, host: source.host } : { component: source.component },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? ""
    });
    this.folded.set(key3, `${ns}/${name}`);
  }
};

// src/sim/apiserver/defaults/pod.ts
function imageTag(image) {
  const at = image.indexOf("@");
  const noDigest = at >= 0 ? image.slice(0, at) : image;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  if (colon > slash) return noDigest.slice(colon + 1);
  return at >= 0 ? "" : "latest";
}
function defaultProbe(p) {
  if (!p) return;
  p.timeoutSeconds ??= 1;
  p.periodSeconds ??= 10;
  p.successThreshold ??= 1;
  p.failureThreshold ??= 3;
  if (p.httpGet) {
    if (!p.httpGet.path) p.httpGet.path = "/";
    if (!p.httpGet.scheme) p.httpGet.scheme = "HTTP";
  }
}
function defaultContainer(c) {
  if (!c || typeof c !== "object") return;
  if (!c.imagePullPolicy) c.imagePullPolicy = typeof c.image === "string" && c.image && imageTag(c.image) === "latest" ? "Always" : "IfNotPresent";
  c.terminationMessagePath ||= "/dev/termination-log";
  c.terminationMessagePolicy ||= "File";
  c.resources ??= {};
  for (const p of c.ports ?? []) if (p && !p.protocol) p.protocol = "TCP";
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  for (const h of [c.lifecycle?.postStart, c.lifecycle?.preStop]) if (h?.httpGet && !h.httpGet.scheme) h.httpGet.scheme = "HTTP";
  for (const e of c.env ?? []) {
    if (e?.valueFrom?.fieldRef && !e.valueFrom.fieldRef.apiVersion) e.valueFrom.fieldRef.apiVersion = "v1";
  }
}
function defaultVolume(v) {
  if (!v || typeof v !== "object") return;
  const sources = Object.keys(v).filter((k) => k !== "name");
  if (sources.length === 0) v.emptyDir = {};
  for (const k of ["secret", "configMap", "downwardAPI", "projected"]) if (v[k]) v[k].defaultMode ??= 420;
  if (v.hostPath) v.hostPath.type ??= "";
  for (const item of v.downwardAPI?.items ?? []) if (item?.fieldRef && !item.fieldRef.apiVersion) item.fieldRef.apiVersion = "v1";
}
function defaultPodSpec(spec) {
  if (!spec || typeof spec !== "object") return;
  spec.dnsPolicy ||= "ClusterFirst";
  spec.restartPolicy ||= "Always";
  spec.securityContext ??= {};
  spec.terminationGracePeriodSeconds ??= 30;
  spec.schedulerName ||= "default-scheduler";
  for (const c of spec.containers ?? []) defaultContainer(c);
  for (const c of spec.initContainers ?? []) defaultContainer(c);
  for (const v of spec.volumes ?? []) defaultVolume(v);
  if (spec.hostNetwork) {
    for (const c of [...spec.containers ?? [], ...spec.initContainers ?? []]) {
      for (const p of c?.ports ?? []) if (p && !p.hostPort) p.hostPort = p.containerPort;
    }
  }
}
function defaultPod(pod) {
  const spec = pod.spec;
  if (!spec || typeof spec !== "object") return;
  for (const c of [...spec.containers ?? [], ...spec.initContainers ?? []]) {
    const limits = c?.resources?.limits;
    if (!limits) continue;
    c.resources.requests ??= {};
    for (const [k, v] of Object.entries(limits)) c.resources.requests[k] ??= v;
  }
  spec.enableServiceLinks ??= true;
  defaultPodSpec(spec);
}
function defaultTemplate(tpl) {
  if (tpl && typeof tpl === "object") defaultPodSpec(tpl.spec);
}

// src/sim/base64.ts
function encodeBase64(text, url = false) {
  const bytes2 = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes2) bin += String.fromCharCode(b);
  const s = btoa(bin);
  return url ? s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : s;
}
function decodeBase64(b64) {
  const bin = atob(b64.replace(/\s+/g, ""));
  const bytes2 = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes2[i] = bin.charCodeAt(i);
  return new TextDecoder().decode(bytes2);
}

// src/sim/apiserver/defaults/core.ts
function defaultSecret(s) {
  if (s.stringData && typeof s.stringData === "object") {
    const data = s.data ??= {};
    for (const [k, v] of Object.entries(s.stringData)) Object.defineProperty(data, k, { value: encodeBase64(String(v ?? "")), enumerable: true, writable: true, configurable: true });
  }
  delete s.stringData;
  s.type ||= "Opaque";
}
function defaultPVC(pvc) {
  const spec = pvc.spec ??= {};
  spec.volumeMode ||= "Filesystem";
  pvc.status ??= {};
  pvc.status.phase ||= "Pending";
}
function defaultPV(pv) {
  const spec = pv.spec ??= {};
  spec.persistentVolumeReclaimPolicy ||= "Retain";
  spec.volumeMode ||= "Filesystem";
  if (spec.hostPath) spec.hostPath.type ??= "";
  pv.status ??= {};
  pv.status.phase ||= "Pending";
}
function defaultNamespace(ns) {
  ns.spec ??= {};
  ns.spec.finalizers ??= ["kubernetes"];
  ns.status ??= {};
  ns.status.phase ||= "Active";
  ns.metadata.labels = { ...ns.metadata.labels ?? {}, "kubernetes.io/metadata.name": ns.metadata.name };
}
function defaultEndpoints(ep) {
  for (const s of ep.subsets ?? []) for (const p of s?.ports ?? []) if (p && !p.protocol) p.protocol = "TCP";
}

// src/sim/apiserver/defaults/apps.ts
function defaultDeployment(d) {
  const spec = d.spec ??= {};
  spec.replicas ??= 1;
  spec.strategy ??= {};
  spec.strategy.type ||= "RollingUpdate";
  if (spec.strategy.type === "RollingUpdate") {
    spec.strategy.rollingUpdate ??= {};
    spec.strategy.rollingUpdate.maxUnavailable ??= "25%";
    spec.strategy.rollingUpdate.maxSurge ??= "25%";
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  defaultTemplate(spec.template);
}
function defaultReplicaSet(rs) {
  const spec = rs.spec ??= {};
  spec.replicas ??= 1;
  defaultTemplate(spec.template);
}
function defaultStatefulSet(s) {
  const spec = s.spec ??= {};
  spec.replicas ??= 1;
  spec.podManagementPolicy ||= "OrderedReady";
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= "RollingUpdate";
  if (spec.updateStrategy.type === "RollingUpdate") {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.partition ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  spec.persistentVolumeClaimRetentionPolicy ??= {};
  spec.persistentVolumeClaimRetentionPolicy.whenDeleted ||= "Retain";
  spec.persistentVolumeClaimRetentionPolicy.whenScaled ||= "Retain";
  for (const t of spec.volumeClaimTemplates ?? []) {
    if (!t || typeof t !== "object") continue;
    defaultPVC(t);
  }
  defaultTemplate(spec.template);
}
function defaultDaemonSet(ds) {
  const spec = ds.spec ??= {};
  spec.updateStrategy ??= {};
  spec.updateStrategy.type ||= "RollingUpdate";
  if (spec.updateStrategy.type === "RollingUpdate") {
    spec.updateStrategy.rollingUpdate ??= {};
    spec.updateStrategy.rollingUpdate.maxUnavailable ??= 1;
    spec.updateStrategy.rollingUpdate.maxSurge ??= 0;
  }
  spec.revisionHistoryLimit ??= 10;
  defaultTemplate(spec.template);
}
function defaultReplicationController(rc) {
  const spec = rc.spec ??= {};
  spec.replicas ??= 1;
  if (!spec.selector && spec.template?.metadata?.labels) spec.selector = { ...spec.template.metadata.labels };
  defaultTemplate(spec.template);
}

// src/sim/apiserver/defaults/batch.ts
function defaultJob(job) {
  const spec = job.spec ??= {};
  if (spec.completions === void 0 && spec.parallelism === void 0) {
    spec.completions = 1;
    spec.parallelism = 1;
  }
  spec.parallelism ??= 1;
  spec.backoffLimit ??= 6;
  spec.completionMode ||= "NonIndexed";
  spec.suspend ??= false;
  spec.podReplacementPolicy ||= "TerminatingOrFailed";
  spec.manualSelector ??= false;
  defaultTemplate(spec.template);
}
function defaultCronJob(cj) {
  const spec = cj.spec ??= {};
  spec.concurrencyPolicy ||= "Allow";
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  if (spec.jobTemplate?.spec) defaultTemplate(spec.jobTemplate.spec.template);
}

// src/sim/apiserver/defaults/networking.ts
function defaultNetworkPolicy(np) {
  const spec = np.spec ??= {};
  if (!spec.policyTypes || spec.policyTypes.length === 0) {
    spec.policyTypes = ["Ingress"];
    if ((spec.egress ?? []).length > 0) spec.policyTypes.push("Egress");
  }
  for (const rule of [...spec.ingress ?? [], ...spec.egress ?? []]) {
    for (const p of rule?.ports ?? []) if (p && !p.protocol) p.protocol = "TCP";
  }
}
function defaultIngress(_ing) {
}

// src/sim/apiserver/defaults/rbac.ts
function defaultBinding(b) {
  for (const s of b.subjects ?? []) {
    if (!s || typeof s !== "object" || s.apiGroup !== void 0) continue;
    if (s.kind === "User" || s.kind === "Group") s.apiGroup = "rbac.authorization.k8s.io";
    else if (s.kind === "ServiceAccount") s.apiGroup = "";
  }
}

// src/sim/apiserver/defaults/service.ts
function defaultService(svc) {
  const spec = svc.spec;
  if (!spec || typeof spec !== "object") return;
  spec.type ||= "ClusterIP";
  spec.sessionAffinity ||= "None";
  if (spec.sessionAffinity === "ClientIP") {
    spec.sessionAffinityConfig ??= {};
    spec.sessionAffinityConfig.clientIP ??= {};
    spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800;
  }
  for (const p of spec.ports ?? []) {
    if (!p || typeof p !== "object") continue;
    p.protocol ||= "TCP";
    if (p.targetPort === void 0 || p.targetPort === 0 || p.targetPort === "") p.targetPort = p.port;
  }
  if ((spec.type === "NodePort" || spec.type === "LoadBalancer") && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = "Cluster";
  if (spec.type !== "ExternalName" && !spec.internalTrafficPolicy) spec.internalTrafficPolicy = "Cluster";
  if (spec.type === "LoadBalancer") spec.allocateLoadBalancerNodePorts ??= true;
}

// src/sim/apiserver/defaults/index.ts
var DEFAULTERS = {
  pods: defaultPod,
  podtemplates: (o) => defaultTemplate(o.template),
  services: defaultService,
  secrets: defaultSecret,
  persistentvolumeclaims: defaultPVC,
  persistentvolumes: defaultPV,
  namespaces: defaultNamespace,
  endpoints: defaultEndpoints,
  replicationcontrollers: defaultReplicationController,
  "deployments.apps": defaultDeployment,
  "replicasets.apps": defaultReplicaSet,
  "statefulsets.apps": defaultStatefulSet,
  "daemonsets.apps": defaultDaemonSet,
  "jobs.batch": defaultJob,
  "cronjobs.batch": defaultCronJob,
  "networkpolicies.networking.k8s.io": defaultNetworkPolicy,
  "ingresses.networking.k8s.io": defaultIngress,
  "rolebindings.rbac.authorization.k8s.io": defaultBinding,
  "clusterrolebindings.rbac.authorization.k8s.io": defaultBinding
};
var defaultingPlugin = {
  name: "Defaulting",
  phase: "default",
  run(obj, ctx) {
    if (ctx.subresource === "status") return;
    const key3 = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    DEFAULTERS[key3]?.(obj);
  }
};

// src/sim/apiserver/validation/field.ts
function renderValue(v) {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v === void 0 || v === null) return "null";
  return JSON.stringify(v);
}
function invalidValue(field, value2, detail) {
  return { reason: "FieldValueInvalid", field, message: `Invalid value: ${renderValue(value2)}${detail ? `: ${detail}` : ""}` };
}
function required(field, detail = "") {
  return { reason: "FieldValueRequired", field, message: `Required value${detail ? `: ${detail}` : ""}` };
}
function notSupported(field, value2, valid) {
  const list = valid.map((v) => JSON.stringify(v)).join(", ");
  return { reason: "FieldValueNotSupported", field, message: `Unsupported value: ${renderValue(value2)}${valid.length ? `: supported values: ${list}` : ""}` };
}
function duplicate(field, value2) {
  return { reason: "FieldValueDuplicate", field, message: `Duplicate value: ${renderValue(value2)}` };
}
function forbidden(field, detail) {
  return { reason: "FieldValueForbidden", field, message: `Forbidden: ${detail}` };
}
function tooLong(field, max) {
  return { reason: "FieldValueTooLong", field, message: `Too long: may not be more than ${max} byte${max === 1 ? "" : "s"}` };
}
function notFoundValue(field, value2) {
  return { reason: "FieldValueNotFound", field, message: `Not found: ${renderValue(value2)}` };
}
function eachInvalid(field, value2, msgs) {
  return msgs.map((m) => invalidValue(field, value2, m));
}
function regexError(msg, fmt, ...examples) {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(" or ")}regex used for validation is '${fmt}')`;
}
var maxLenError = (n) => `must be no more than ${n} characters`;
var DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
var DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
var DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";
var DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);
var DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);
var DNS1035_LABEL_RE = new RegExp(`^${DNS1035_LABEL_FMT}$`);
function isDNS1123Label(v) {
  const errs = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1123_LABEL_RE.test(v)) {
    if (DNS1123_SUBDOMAIN_RE.test(v)) errs.push("must not contain dots");
    else
      errs.push(
        regexError(
          "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
          DNS1123_LABEL_FMT,
          "my-name",
          "123-abc"
        )
      );
  }
  return errs;
}
function isDNS1123Subdomain(v) {
  const errs = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN_RE.test(v)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
        DNS1123_SUBDOMAIN_FMT,
        "example.com"
      )
    );
  }
  return errs;
}
function isDNS1035Label(v) {
  const errs = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_LABEL_RE.test(v)) {
    errs.push(
      regexError(
        "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
        DNS1035_LABEL_FMT,
        "my-name",
        "abc-123"
      )
    );
  }
  return errs;
}
function isWildcardDNS1123Subdomain(v) {
  const fmt = `\\*\\.${DNS1123_SUBDOMAIN_FMT}`;
  const errs = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${fmt}$`).test(v)) {
    errs.push(
      regexError(
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
        fmt,
        "*.example.com"
      )
    );
  }
  return errs;
}
var QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
var QUALIFIED_NAME_RE = new RegExp(`^${QUALIFIED_NAME_FMT}$`);
var QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
function isQualifiedName(v) {
  const errs = [];
  const parts = v.split("/");
  let name;
  if (parts.length === 1) name = parts[0];
  else if (parts.length === 2) {
    const [prefix2, n] = parts;
    name = n;
    if (prefix2.length === 0) errs.push("prefix part must be non-empty");
    else for (const m of isDNS1123Subdomain(prefix2)) errs.push(`prefix part ${m}`);
  } else {
    return [
      `a qualified name ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`
    ];
  }
  if (name.length === 0) errs.push("name part must be non-empty");
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME_RE.test(name)) errs.push(`name part ${regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")}`);
  return errs;
}
var LABEL_VALUE_FMT = `(${QUALIFIED_NAME_FMT})?`;
var LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);
function isValidLabelValue(v) {
  const errs = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE_RE.test(v)) {
    errs.push(
      regexError(
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
        LABEL_VALUE_FMT,
        "MyValue",
        "my_value",
        "12345"
      )
    );
  }
  return errs;
}
var PORT_RANGE_ERROR = "must be between 1 and 65535, inclusive";
function isValidPortNum(p) {
  return p >= 1 && p <= 65535 ? [] : [PORT_RANGE_ERROR];
}
function isValidPortName(v) {
  const errs = [];
  if (v.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(v)) errs.push("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
  if (!/[a-z]/.test(v)) errs.push("must contain at least one letter (a-z)");
  if (v.includes("--")) errs.push("must not contain consecutive hyphens");
  if (v.length > 0 && (v.startsWith("-") || v.endsWith("-"))) errs.push("must not begin or end with a hyphen");
  return errs;
}
var NONNEGATIVE = "must be greater than or equal to 0";
function nonNegative(field, v) {
  return v !== void 0 && v !== null && v < 0 ? [invalidValue(field, v, NONNEGATIVE)] : [];
}
function validatePortNumOrName(field, v) {
  if (typeof v === "number") return eachInvalid(field, v, isValidPortNum(v));
  if (typeof v === "string") return eachInvalid(field, v, isValidPortName(v));
  return eachInvalid(field, 0, isValidPortNum(0));
}
function validateLabels(field, labels) {
  const out = [];
  for (const k of Object.keys(labels ?? {}).sort()) {
    out.push(...eachInvalid(field, k, isQualifiedName(k)));
    const v = String(labels[k] ?? "");
    out.push(...eachInvalid(field, v, isValidLabelValue(v)));
  }
  return out;
}
var TOTAL_ANNOTATION_SIZE = 256 * 1024;
function validateAnnotations(field, ann) {
  const out = [];
  let size = 0;
  for (const k of Object.keys(ann ?? {}).sort()) {
    out.push(...eachInvalid(field, k, isQualifiedName(k.toLowerCase())));
    size += k.length + String(ann[k] ?? "").length;
  }
  if (size > TOTAL_ANNOTATION_SIZE) out.push(tooLong(field, TOTAL_ANNOTATION_SIZE));
  return out;
}

// src/sim/apiserver/validation/meta.ts
var mask = (name, prefix2) => prefix2 && name.endsWith("-") ? name.slice(0, -1) : name;
var nameIsDNSSubdomain = (n, prefix2) => isDNS1123Subdomain(mask(n, prefix2));
var nameIsDNSLabel = (n, prefix2) => isDNS1123Label(mask(n, prefix2));
var nameIsDNS1035Label = (n, prefix2) => isDNS1035Label(mask(n, prefix2));
var nameIsPathSegment = (n, prefix2) => {
  const errs = [];
  if (!prefix2 && (n === "." || n === "..")) errs.push(`may not be '${n}'`);
  for (const c of ["/", "%"]) if (n.includes(c)) errs.push(`may not contain '${c}'`);
  return errs;
};
function nameRuleFor(rt) {
  if (rt.kind === "Service") return nameIsDNS1035Label;
  if (rt.kind === "Namespace") return nameIsDNSLabel;
  if (rt.group === "rbac.authorization.k8s.io") return nameIsPathSegment;
  if (rt.kind === "CronJob") {
    return (n, prefix2) => {
      const errs = nameIsDNSSubdomain(n, prefix2);
      if (!prefix2 && n.length > 52) errs.push("must be no more than 52 characters");
      return errs;
    };
  }
  return nameIsDNSSubdomain;
}
function validateObjectMeta(obj, rt, path2 = "metadata") {
  const meta = obj.metadata ?? {};
  const nameFn = nameRuleFor(rt);
  const out = [];
  if (meta.generateName) out.push(...eachInvalid(`${path2}.generateName`, meta.generateName, nameFn(meta.generateName, true)));
  if (!meta.name) out.push(required(`${path2}.name`, "name or generateName is required"));
  else out.push(...eachInvalid(`${path2}.name`, meta.name, nameFn(meta.name, false)));
  if (rt.namespaced) {
    if (!meta.namespace) out.push(required(`${path2}.namespace`));
    else out.push(...eachInvalid(`${path2}.namespace`, meta.namespace, isDNS1123Label(meta.namespace)));
  } else if (meta.namespace) {
    out.push(forbidden(`${path2}.namespace`, "not allowed on this type"));
  }
  out.push(...nonNegative(`${path2}.generation`, meta.generation));
  out.push(...validateLabels(`${path2}.labels`, meta.labels));
  out.push(...validateAnnotations(`${path2}.annotations`, meta.annotations));
  return out;
}
function validateTemplateMeta(meta, path2) {
  return [...validateLabels(`${path2}.labels`, meta?.labels), ...validateAnnotations(`${path2}.annotations`, meta?.annotations)];
}

// src/sim/apiserver/validation/config.ts
var CONFIG_KEY_FMT = "[-._a-zA-Z0-9]+";
function isConfigMapKey(v) {
  const errs = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!new RegExp(`^${CONFIG_KEY_FMT}$`).test(v)) {
    errs.push(regexError("a valid config key must consist of alphanumeric characters, '-', '_' or '.'", CONFIG_KEY_FMT, "key.name", "KEY_NAME", "key-name"));
  }
  if (v === ".") errs.push("must not be '.'");
  else if (v === "..") errs.push("must not be '..'");
  else if (v.startsWith("..")) errs.push("must not start with '..'");
  return errs;
}
var MAX_DATA_SIZE = 1024 * 1024;
function decodedLength(b64) {
  const s = b64.replace(/[\r\n]/g, "");
  const pad2 = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  return Math.floor(s.length * 3 / 4) - pad2;
}
function validateConfigMap(obj) {
  const out = [];
  let total = 0;
  const seen = /* @__PURE__ */ new Set();
  for (const [field, map] of [["data", obj.data], ["binaryData", obj.binaryData]]) {
    for (const k of Object.keys(map ?? {}).sort()) {
      out.push(...eachInvalid(`${field}[${k}]`, k, isConfigMapKey(k)));
      if (seen.has(k)) out.push(invalidValue(`${field}[${k}]`, k, "duplicate of key present in data"));
      seen.add(k);
      const v = String(map[k] ?? "");
      total += field === "data" ? new TextEncoder().encode(v).length : decodedLength(v);
    }
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong("", MAX_DATA_SIZE));
  return out;
}
function validateConfigMapUpdate(obj, old) {
  if (old.immutable !== true) return [];
  const out = [];
  if (JSON.stringify(obj.data ?? {}) !== JSON.stringify(old.data ?? {}) || JSON.stringify(obj.binaryData ?? {}) !== JSON.stringify(old.binaryData ?? {})) {
    out.push(forbidden("data", "field is immutable when `immutable` is set"));
  }
  if (obj.immutable !== true) out.push(forbidden("immutable", "field is immutable when `immutable` is set"));
  return out;
}
var REQUIRED_KEYS = {
  "kubernetes.io/tls": ["tls.crt", "tls.key"],
  "kubernetes.io/dockerconfigjson": [".dockerconfigjson"],
  "kubernetes.io/dockercfg": [".dockercfg"],
  "kubernetes.io/basic-auth": [],
  "kubernetes.io/ssh-auth": ["ssh-privatekey"]
};
function validateSecret(obj) {
  const out = [];
  let total = 0;
  const data = obj.data ?? {};
  for (const k of Object.keys(data).sort()) {
    out.push(...eachInvalid(`data[${k}]`, k, isConfigMapKey(k)));
    total += decodedLength(String(data[k] ?? ""));
  }
  if (total > MAX_DATA_SIZE) out.push(tooLong("data", MAX_DATA_SIZE));
  for (const key3 of REQUIRED_KEYS[obj.type ?? ""] ?? []) if (!(key3 in data)) out.push(required(`data[${key3}]`));
  if (obj.type === "kubernetes.io/service-account-token") {
    const ann = obj.metadata.annotations ?? {};
    if (!ann["kubernetes.io/service-account.name"]) out.push(required("metadata.annotations[kubernetes.io/service-account.name]"));
  }
  return out;
}
function validateSecretUpdate(obj, old) {
  const out = [];
  if ((obj.type ?? "Opaque") !== (old.type ?? "Opaque")) out.push(invalidValue("type", obj.type, "field is immutable"));
  if (old.immutable === true) {
    if (JSON.stringify(obj.data ?? {}) !== JSON.stringify(old.data ?? {})) out.push(forbidden("data", "field is immutable when `immutable` is set"));
    if (obj.immutable !== true) out.push(forbidden("immutable", "field is immutable when `immutable` is set"));
  }
  return out;
}

// src/sim/apiserver/validation/pod.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
var PULL_POLICIES = ["Always", "IfNotPresent", "Never"];
var DNS_POLICIES = ["ClusterFirst", "ClusterFirstWithHostNet", "Default", "None"];
var RESTART_POLICIES = ["Always", "OnFailure", "Never"];
var VOLUME_SOURCES = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
function validatePodSpec(spec, path2) {
  const out = [];
  if (!spec || typeof spec !== "object") return [required(path2)];
  const volumes = /* @__PURE__ */ new Set();
  out.push(...validateVolumes(spec.volumes ?? [], `${path2}.volumes`, volumes));
  const containers2 = spec.containers ?? [];
  if (containers2.length === 0) out.push(required(`${path2}.containers`));
  out.push(...validateContainerList(containers2, `${path2}.containers`, volumes, true));
  const names = new Set(containers2.map((c) => c?.name));
  const inits = spec.initContainers ?? [];
  out.push(...validateContainerList(inits, `${path2}.initContainers`, volumes, false));
  inits.forEach((c, i) => {
    if (c?.name && names.has(c.name)) out.push(duplicate(`${path2}.initContainers[${i}].name`, c.name));
  });
  const rp = spec.restartPolicy;
  if (!rp) out.push(required(`${path2}.restartPolicy`));
  else if (!RESTART_POLICIES.includes(rp)) out.push(notSupported(`${path2}.restartPolicy`, rp, RESTART_POLICIES));
  const dns = spec.dnsPolicy;
  if (dns && !DNS_POLICIES.includes(dns)) out.push(notSupported(`${path2}.dnsPolicy`, dns, DNS_POLICIES));
  out.push(...validateLabels(`${path2}.nodeSelector`, spec.nodeSelector));
  if (spec.serviceAccountName) out.push(...eachInvalid(`${path2}.serviceAccountName`, spec.serviceAccountName, isDNS1123Subdomain(spec.serviceAccountName)));
  if (spec.nodeName) out.push(...eachInvalid(`${path2}.nodeName`, spec.nodeName, isDNS1123Subdomain(spec.nodeName)));
  if (spec.activeDeadlineSeconds !== void 0 && spec.activeDeadlineSeconds !== null && spec.activeDeadlineSeconds <= 0) {
    out.push(invalidValue(`${path2}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, "must be between 1 and 2147483647, inclusive"));
  }
  if (spec.hostname) out.push(...eachInvalid(`${path2}.hostname`, spec.hostname, isDNS1123Label(spec.hostname)));
  if (spec.subdomain) out.push(...eachInvalid(`${path2}.subdomain`, spec.subdomain, isDNS1123Label(spec.subdomain)));
  out.push(...validateTolerations(spec.tolerations ?? [], `${path2}.tolerations`));
  out.push(...nonNegative(`${path2}.terminationGracePeriodSeconds`, spec.terminationGracePeriodSeconds));
  return out;
}
function validateVolumes(vols, path2, names) {
  const out = [];
  vols.forEach((v, i) => {
    const p = `${path2}[${i}]`;
    if (!v?.name) out.push(required(`${p}.name`));
    else out.push(...eachInvalid(`${p}.name`, v.name, isDNS1123Label(v.name)));
    if (v?.name && names.has(v.name)) out.push(duplicate(`${p}.name`, v.name));
    else if (v?.name) names.add(v.name);
    const sources = VOLUME_SOURCES.filter((s) => v?.[s] !== void 0 && v?.[s] !== null);
    if (sources.length === 0) out.push(required(p, "must specify a volume type"));
    for (const s of sources.slice(1)) out.push(forbidden(`${p}.${s}`, "may not specify more than 1 volume type"));
    if (v?.configMap && !v.configMap.name) out.push(required(`${p}.configMap.name`));
    if (v?.configMap) out.push(...validateProjection(v.configMap, `${p}.configMap`));
    if (v?.secret && !v.secret.secretName) out.push(required(`${p}.secret.secretName`));
    if (v?.secret) out.push(...validateProjection(v.secret, `${p}.secret`));
    if (v?.persistentVolumeClaim && !v.persistentVolumeClaim.claimName) out.push(required(`${p}.persistentVolumeClaim.claimName`));
    if (v?.hostPath && !v.hostPath.path) out.push(required(`${p}.hostPath.path`));
  });
  return out;
}
var FILE_MODE_MSG = "must be a number between 0 and 0777 (octal), both inclusive";
function fileMode(path2, mode) {
  return typeof mode === "number" && (mode > 511 || mode < 0) ? [invalidValue(path2, mode, FILE_MODE_MSG)] : [];
}
function validateProjection(src, path2) {
  const out = [...fileMode(`${path2}.defaultMode`, src.defaultMode)];
  (Array.isArray(src.items) ? src.items : []).forEach((it, i) => {
    const p = `${path2}.items[${i}]`;
    if (!it?.key) out.push(required(`${p}.key`));
    if (!it?.path) out.push(required(`${p}.path`));
    else if (String(it.path).startsWith("/")) out.push(invalidValue(`${p}.path`, it.path, "must be a relative path"));
    else if (String(it.path).split("/").includes("..")) out.push(invalidValue(`${p}.path`, it.path, "must not contain '..'"));
    else if (String(it.path).startsWith("..")) out.push(invalidValue(`${p}.path`, it.path, "must not start with '..'"));
    out.push(...fileMode(`${p}.mode`, it?.mode));
  });
  return out;
}
function validateContainerList(list, path2, volumes, regular) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  list.forEach((c, i) => {
    const p = `${path2}[${i}]`;
    out.push(...validateContainer(c ?? {}, p, volumes));
    if (c?.name !== void 0) {
      if (seen.has(c.name)) out.push(duplicate(`${p}.name`, c.name));
      else seen.add(c.name);
    }
    if (regular) {
      if (c?.livenessProbe) {
        if (c.livenessProbe.successThreshold !== void 0 && c.livenessProbe.successThreshold !== 1) {
          out.push(invalidValue(`${p}.livenessProbe.successThreshold`, c.livenessProbe.successThreshold, "must be 1"));
        }
        out.push(...validateProbe(c.livenessProbe, `${p}.livenessProbe`));
      }
      if (c?.readinessProbe) {
        if (c.readinessProbe.terminationGracePeriodSeconds !== void 0) {
          out.push(invalidValue(`${p}.readinessProbe.terminationGracePeriodSeconds`, c.readinessProbe.terminationGracePeriodSeconds, "must not be set for readinessProbes"));
        }
        out.push(...validateProbe(c.readinessProbe, `${p}.readinessProbe`));
      }
      if (c?.startupProbe) {
        if (c.startupProbe.successThreshold !== void 0 && c.startupProbe.successThreshold !== 1) {
          out.push(invalidValue(`${p}.startupProbe.successThreshold`, c.startupProbe.successThreshold, "must be 1"));
        }
        out.push(...validateProbe(c.startupProbe, `${p}.startupProbe`));
      }
    }
  });
  return out;
}
function validateContainer(c, p, volumes) {
  const out = [];
  if (!c.name) out.push(required(`${p}.name`));
  else out.push(...eachInvalid(`${p}.name`, c.name, isDNS1123Label(c.name)));
  if (!c.image) out.push(required(`${p}.image`));
  const tmp = c.terminationMessagePolicy;
  if (tmp === void 0 || tmp === "") out.push(required(`${p}.terminationMessagePolicy`));
  else if (tmp !== "File" && tmp !== "FallbackToLogsOnError") out.push(notSupported(`${p}.terminationMessagePolicy`, tmp, ["File", "FallbackToLogsOnError"]));
  out.push(...validateContainerPorts(c.ports ?? [], `${p}.ports`));
  out.push(...validateEnv(c.env ?? [], `${p}.env`));
  out.push(...validateVolumeMounts(c.volumeMounts ?? [], `${p}.volumeMounts`, volumes));
  const pull = c.imagePullPolicy;
  if (!pull) out.push(required(`${p}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(pull)) out.push(notSupported(`${p}.imagePullPolicy`, pull, PULL_POLICIES));
  out.push(...validateResources(c.resources, `${p}.resources`));
  return out;
}
function validateContainerPorts(ports, path2) {
  const out = [];
  const names = /* @__PURE__ */ new Set();
  ports.forEach((port, i) => {
    const p = `${path2}[${i}]`;
    if (port?.name) {
      const msgs = isValidPortName(port.name);
      if (msgs.length) out.push(...eachInvalid(`${p}.name`, port.name, msgs));
      else if (names.has(port.name)) out.push(duplicate(`${p}.name`, port.name));
      else names.add(port.name);
    }
    if (!port?.containerPort) out.push(required(`${p}.containerPort`));
    else out.push(...eachInvalid(`${p}.containerPort`, port.containerPort, isValidPortNum(port.containerPort)));
    if (port?.hostPort) out.push(...eachInvalid(`${p}.hostPort`, port.hostPort, isValidPortNum(port.hostPort)));
    if (!port?.protocol) out.push(required(`${p}.protocol`));
    else if (!PROTOCOLS.includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS));
  });
  return out;
}
function isEnvVarName(n) {
  return /^[ -<>-~]+$/.test(n) ? [] : ["a valid environment variable name must consist only of printable ASCII characters other than '='"];
}
function validateEnv(env, path2) {
  const out = [];
  env.forEach((e, i) => {
    const p = `${path2}[${i}]`;
    if (!e?.name) out.push(required(`${p}.name`));
    else out.push(...eachInvalid(`${p}.name`, e.name, isEnvVarName(e.name)));
    const from = e?.valueFrom;
    if (!from) return;
    if (e.value) out.push(invalidValue(`${p}.valueFrom`, "", "may not be specified when `value` is not empty"));
    const kinds = ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"].filter((k) => from[k]);
    if (kinds.length !== 1) {
      out.push(invalidValue(`${p}.valueFrom`, "", "must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`"));
      return;
    }
    for (const k of ["configMapKeyRef", "secretKeyRef"]) {
      const ref = from[k];
      if (!ref) continue;
      if (!ref.key) out.push(required(`${p}.valueFrom.${k}.key`));
      else out.push(...eachInvalid(`${p}.valueFrom.${k}.key`, ref.key, isConfigMapKey(ref.key)));
    }
    if (from.fieldRef && !from.fieldRef.fieldPath) out.push(required(`${p}.valueFrom.fieldRef.fieldPath`));
  });
  return out;
}
function validateVolumeMounts(mounts2, path2, volumes) {
  const out = [];
  const paths = /* @__PURE__ */ new Set();
  mounts2.forEach((m, i) => {
    const p = `${path2}[${i}]`;
    if (!m?.name) out.push(required(`${p}.name`));
    else if (!volumes.has(m.name)) out.push(notFoundValue(`${p}.name`, m.name));
    if (!m?.mountPath) out.push(required(`${p}.mountPath`));
    else if (paths.has(m.mountPath)) out.push(invalidValue(`${p}.mountPath`, m.mountPath, "must be unique"));
    else paths.add(m.mountPath);
    if (m?.subPath) {
      if (m.subPath.startsWith("/")) out.push(invalidValue(`${p}.subPath`, m.subPath, "must be a relative path"));
      else if (m.subPath.split("/").includes("..")) out.push(invalidValue(`${p}.subPath`, m.subPath, "must not contain '..'"));
    }
  });
  return out;
}
function validateResources(res, path2) {
  const out = [];
  if (!res) return out;
  const limits = res.limits ?? {};
  const requests = res.requests ?? {};
  for (const [which2, map] of [["limits", limits], ["requests", requests]]) {
    for (const k of Object.keys(map).sort()) {
      let q;
      try {
        q = parseQuantity(map[k]);
      } catch {
        continue;
      }
      if (q < 0) out.push(invalidValue(`${path2}.${which2}[${k}]`, String(map[k]), "must be greater than or equal to 0"));
    }
  }
  for (const k of Object.keys(requests).sort()) {
    if (limits[k] === void 0) continue;
    try {
      if (parseQuantity(requests[k]) > parseQuantity(limits[k])) {
        out.push(invalidValue(`${path2}.requests[${k}]`, String(requests[k]), `must be less than or equal to ${k} limit of ${String(limits[k])}`));
      }
    } catch {
    }
  }
  return out;
}
function validateProbe(probe2, path2) {
  const out = [];
  let handlers = 0;
  for (const h of ["exec", "httpGet", "tcpSocket", "grpc"]) {
    if (!probe2[h]) continue;
    if (handlers > 0) {
      out.push(forbidden(`${path2}.${h}`, "may not specify more than 1 handler type"));
      continue;
    }
    handlers++;
    if (h === "exec" && !(probe2.exec.command ?? []).length) out.push(required(`${path2}.exec.command`));
    if (h === "httpGet") {
      if (!probe2.httpGet.path) out.push(required(`${path2}.httpGet.path`));
      out.push(...validatePortNumOrName(`${path2}.httpGet.port`, probe2.httpGet.port));
      const scheme = probe2.httpGet.scheme;
      if (scheme !== "HTTP" && scheme !== "HTTPS") out.push(notSupported(`${path2}.httpGet.scheme`, scheme ?? "", ["HTTP", "HTTPS"]));
    }
    if (h === "tcpSocket") out.push(...validatePortNumOrName(`${path2}.tcpSocket.port`, probe2.tcpSocket.port));
    if (h === "grpc") out.push(...eachInvalid(`${path2}.grpc.port`, probe2.grpc.port ?? 0, isValidPortNum(probe2.grpc.port ?? 0)));
  }
  if (handlers === 0) out.push(required(path2, "must specify a handler type"));
  for (const f of ["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"]) {
    out.push(...nonNegative(`${path2}.${f}`, probe2[f]));
  }
  if (probe2.terminationGracePeriodSeconds !== void 0 && probe2.terminationGracePeriodSeconds <= 0) {
    out.push(invalidValue(`${path2}.terminationGracePeriodSeconds`, probe2.terminationGracePeriodSeconds, "must be greater than 0"));
  }
  return out;
}
function validateTolerations(list, path2) {
  const out = [];
  list.forEach((t, i) => {
    const p = `${path2}[${i}]`;
    if (t?.operator && t.operator !== "Equal" && t.operator !== "Exists") out.push(notSupported(`${p}.operator`, t.operator, ["Equal", "Exists"]));
    if (t?.operator === "Exists" && t.value) out.push(invalidValue(`${p}.operator`, t.operator, "value must be empty when `operator` is 'Exists'"));
    if (!t?.key && t?.operator !== "Exists") out.push(invalidValue(`${p}.operator`, t?.operator ?? "", 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    if (t?.effect && !["NoExecute", "NoSchedule", "PreferNoSchedule"].includes(t.effect)) {
      out.push(notSupported(`${p}.effect`, t.effect, ["NoExecute", "NoSchedule", "PreferNoSchedule"]));
    }
  });
  return out;
}
function validatePodUpdate(obj, old) {
  const strip = (spec) => {
    const s = deepCopy(spec ?? {});
    for (const list of ["containers", "initContainers"]) for (const c of s[list] ?? []) delete c.image;
    delete s.activeDeadlineSeconds;
    delete s.tolerations;
    delete s.terminationGracePeriodSeconds;
    delete s.nodeName;
    return JSON.stringify(s);
  };
  if (strip(obj.spec) === strip(old.spec)) return [];
  return [
    forbidden(
      "spec",
      "pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)"
    )
  ];
}

// src/sim/labels.ts
function matchesSelector(sel, labels) {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const r2 of sel.matchExpressions ?? []) if (!matchesRequirement(r2, l)) return false;
  return true;
}
function matchesMap(sel, labels) {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel)) if (l[k] !== v) return false;
  return true;
}
function matchesRequirement(r2, l) {
  const has2 = Object.prototype.hasOwnProperty.call(l, r2.key);
  switch (r2.operator) {
    case "In":
    case "Equals":
      return has2 && (r2.values ?? []).includes(l[r2.key]);
    case "NotIn":
    case "NotEquals":
      return !has2 || !(r2.values ?? []).includes(l[r2.key]);
    case "Exists":
      return has2;
    case "DoesNotExist":
      return !has2;
    case "GreaterThan":
      return has2 && Number(l[r2.key]) > Number((r2.values ?? [])[0]);
    case "LessThan":
      return has2 && Number(l[r2.key]) < Number((r2.values ?? [])[0]);
  }
}

// src/sim/apiserver/validation/selector.ts
function validateLabelSelector(sel, path2) {
  if (!sel) return [];
  const out = [...validateLabels(`${path2}.matchLabels`, sel.matchLabels)];
  (sel.matchExpressions ?? []).forEach((r2, i) => {
    const p = `${path2}.matchExpressions[${i}]`;
    const values2 = r2?.values ?? [];
    switch (r2?.operator) {
      case "In":
      case "NotIn":
        if (values2.length === 0) out.push(required(`${p}.values`, "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case "Exists":
      case "DoesNotExist":
        if (values2.length > 0) out.push(invalidValue(`${p}.values`, values2, "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        out.push(invalidValue(`${p}.operator`, r2?.operator ?? "", "not a valid selector operator"));
    }
    out.push(...eachInvalid(`${p}.key`, r2?.key ?? "", isQualifiedName(r2?.key ?? "")));
  });
  return out;
}
function selectorIsEmpty(sel) {
  return Object.keys(sel?.matchLabels ?? {}).length + (sel?.matchExpressions ?? []).length === 0;
}
function selectorMatches(sel, labels) {
  if (!sel) return false;
  return matchesSelector(sel, labels ?? {});
}

// src/sim/apiserver/validation/apps.ts
function validateTemplateForController(spec, path2 = "spec.template", restartAlways = true) {
  const out = [];
  const tpl = spec?.template;
  if (!tpl) return [required(path2)];
  if (spec.selector && !selectorIsEmpty(spec.selector) || !spec.selector) {
    if (!selectorMatches(spec.selector, tpl.metadata?.labels)) {
      out.push(invalidValue(`${path2}.metadata.labels`, tpl.metadata?.labels ?? null, "`selector` does not match template `labels`"));
    }
  }
  out.push(...validateTemplateMeta(tpl.metadata, `${path2}.metadata`));
  out.push(...validatePodSpec(tpl.spec ?? {}, `${path2}.spec`));
  if (restartAlways && tpl.spec?.restartPolicy !== "Always") {
    out.push(notSupported(`${path2}.spec.restartPolicy`, tpl.spec?.restartPolicy ?? "", ["Always"]));
  }
  if (restartAlways && tpl.spec?.activeDeadlineSeconds !== void 0 && tpl.spec?.activeDeadlineSeconds !== null) {
    out.push(invalidValue(`${path2}.spec.activeDeadlineSeconds`, tpl.spec.activeDeadlineSeconds, "activeDeadlineSeconds in ReplicaSet is not Supported"));
  }
  return out;
}
function validateSelector(spec, what) {
  if (!spec.selector) return [required("spec.selector")];
  const out = validateLabelSelector(spec.selector, "spec.selector");
  if (selectorIsEmpty(spec.selector)) out.push(invalidValue("spec.selector", spec.selector, `empty selector is invalid for ${what}`));
  return out;
}
function validateIntOrPercent(path2, v) {
  if (typeof v === "string") {
    if (!/^[0-9]+%$/.test(v)) return [invalidValue(path2, v, "value should be int(5) or percentage(5%)")];
    return [];
  }
  return nonNegative(path2, v);
}
var valueOf = (v) => typeof v === "string" ? parseInt(v, 10) || 0 : v ?? 0;
function validateDeployment(obj) {
  const spec = obj.spec ?? {};
  const out = [...nonNegative("spec.replicas", spec.replicas)];
  out.push(...validateSelector(spec, "deployment"));
  out.push(...validateTemplateForController(spec));
  const st = spec.strategy ?? {};
  if (st.type === "Recreate") {
    if (st.rollingUpdate) out.push(forbidden("spec.strategy.rollingUpdate", "may not be specified when strategy `type` is 'Recreate'"));
  } else if (st.type === "RollingUpdate") {
    const ru = st.rollingUpdate;
    if (!ru) out.push(required("spec.strategy.rollingUpdate", "this should be defaulted and never be nil"));
    else {
      out.push(...validateIntOrPercent("spec.strategy.rollingUpdate.maxUnavailable", ru.maxUnavailable));
      out.push(...validateIntOrPercent("spec.strategy.rollingUpdate.maxSurge", ru.maxSurge));
      if (valueOf(ru.maxUnavailable) === 0 && valueOf(ru.maxSurge) === 0) {
        out.push(invalidValue("spec.strategy.rollingUpdate.maxUnavailable", ru.maxUnavailable ?? 0, "may not be 0 when `maxSurge` is 0"));
      }
      if (typeof ru.maxUnavailable === "string" && /^[0-9]+%$/.test(ru.maxUnavailable) && parseInt(ru.maxUnavailable, 10) > 100) {
        out.push(invalidValue("spec.strategy.rollingUpdate.maxUnavailable", ru.maxUnavailable, "must not be greater than 100%"));
      }
    }
  } else {
    out.push(notSupported("spec.strategy", st, ["Recreate", "RollingUpdate"]));
  }
  out.push(...nonNegative("spec.minReadySeconds", spec.minReadySeconds));
  out.push(...nonNegative("spec.revisionHistoryLimit", spec.revisionHistoryLimit));
  const pds = spec.progressDeadlineSeconds;
  if (pds !== void 0 && pds !== null) {
    if (pds <= 0) out.push(invalidValue("spec.progressDeadlineSeconds", pds, "must be greater than 0"));
    if (pds <= (spec.minReadySeconds ?? 0)) out.push(invalidValue("spec.progressDeadlineSeconds", pds, "must be greater than minReadySeconds"));
  }
  return out;
}
function validateReplicaSet(obj) {
  const spec = obj.spec ?? {};
  return [...nonNegative("spec.replicas", spec.replicas), ...nonNegative("spec.minReadySeconds", spec.minReadySeconds), ...validateSelector(spec, "deployment"), ...validateTemplateForController(spec)];
}
function validateStatefulSet(obj) {
  const spec = obj.spec ?? {};
  const out = [];
  const pmp = spec.podManagementPolicy;
  if (!pmp) out.push(required("spec.podManagementPolicy"));
  else if (pmp !== "OrderedReady" && pmp !== "Parallel") out.push(invalidValue("spec.podManagementPolicy", pmp, "must be 'OrderedReady' or 'Parallel'"));
  const ut = spec.updateStrategy?.type;
  if (!ut) out.push(required("spec.updateStrategy"));
  else if (ut !== "RollingUpdate" && ut !== "OnDelete") out.push(invalidValue("spec.updateStrategy", spec.updateStrategy, "must be 'RollingUpdate' or 'OnDelete'"));
  if (ut === "OnDelete" && spec.updateStrategy?.rollingUpdate) {
    out.push(invalidValue("spec.updateStrategy.rollingUpdate", spec.updateStrategy.rollingUpdate, "only allowed for updateStrategy 'RollingUpdate'"));
  }
  out.push(...nonNegative("spec.updateStrategy.rollingUpdate.partition", spec.updateStrategy?.rollingUpdate?.partition));
  out.push(...nonNegative("spec.replicas", spec.replicas));
  out.push(...nonNegative("spec.minReadySeconds", spec.minReadySeconds));
  if (spec.ordinals) out.push(...nonNegative("spec.ordinals.start", spec.ordinals.start));
  out.push(...validateSelector(spec, "statefulset"));
  const tpl = spec.template;
  if (!tpl) out.push(required("spec.template"));
  else {
    if (spec.selector && !selectorIsEmpty(spec.selector) && !selectorMatches(spec.selector, tpl.metadata?.labels)) {
      out.push(invalidValue("spec.template.metadata.labels", tpl.metadata?.labels ?? null, "`selector` does not match template `labels`"));
    }
    out.push(...validateTemplateMeta(tpl.metadata, "spec.template"));
  }
  if (tpl?.spec?.restartPolicy !== "Always") out.push(notSupported("spec.template.spec.restartPolicy", tpl?.spec?.restartPolicy ?? "", ["Always"]));
  if (tpl?.spec?.activeDeadlineSeconds !== void 0 && tpl?.spec?.activeDeadlineSeconds !== null) {
    out.push(forbidden("spec.template.spec.activeDeadlineSeconds", "activeDeadlineSeconds in StatefulSet is not Supported"));
  }
  return out;
}
function validateDaemonSet(obj) {
  const spec = obj.spec ?? {};
  const out = [...validateSelector(spec, "daemonset"), ...validateTemplateForController(spec)];
  const ut = spec.updateStrategy?.type;
  if (ut !== "RollingUpdate" && ut !== "OnDelete") out.push(notSupported("spec.updateStrategy", ut ?? "", ["OnDelete", "RollingUpdate"]));
  out.push(...nonNegative("spec.minReadySeconds", spec.minReadySeconds));
  return out;
}
function validateSelectorImmutable(obj, old) {
  if (JSON.stringify(obj.spec?.selector ?? null) === JSON.stringify(old.spec?.selector ?? null)) return [];
  return [invalidValue("spec.selector", obj.spec?.selector ?? null, "field is immutable")];
}
function validateStatefulSetUpdate(obj, old) {
  const strip = (s) => {
    const c = deepCopy(s ?? {});
    for (const f of ["replicas", "ordinals", "template", "updateStrategy", "persistentVolumeClaimRetentionPolicy", "minReadySeconds"]) delete c[f];
    return JSON.stringify(c);
  };
  if (strip(obj.spec) === strip(old.spec)) return [];
  return [
    forbidden(
      "spec",
      "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden"
    )
  ];
}

// src/sim/apiserver/validation/batch.ts
function validateJobSpec(spec, path2) {
  if (!spec) return [required(path2)];
  const out = [];
  for (const f of ["parallelism", "completions", "backoffLimit"]) out.push(...nonNegative(`${path2}.${f}`, spec[f]));
  if (spec.activeDeadlineSeconds !== void 0 && spec.activeDeadlineSeconds !== null && spec.activeDeadlineSeconds <= 0) {
    out.push(invalidValue(`${path2}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, "must be greater than 0"));
  }
  const tpl = spec.template;
  if (!tpl) return [...out, required(`${path2}.template`)];
  out.push(...validateTemplateMeta(tpl.metadata, `${path2}.template.metadata`));
  out.push(...validatePodSpec(tpl.spec ?? {}, `${path2}.template.spec`));
  const rp = tpl.spec?.restartPolicy;
  if (rp !== "OnFailure" && rp !== "Never") out.push(notSupported(`${path2}.template.spec.restartPolicy`, rp ?? "", ["OnFailure", "Never"]));
  return out;
}
function validateJob(obj) {
  return validateJobSpec(obj.spec, "spec");
}
function validateCronJob(obj) {
  const spec = obj.spec ?? {};
  const out = [];
  if (!spec.schedule) out.push(required("spec.schedule"));
  else {
    const fields = String(spec.schedule).trim().split(/\s+/);
    if (fields.length !== 5 && !fields[0].startsWith("@")) {
      out.push(invalidValue("spec.schedule", spec.schedule, `expected exactly 5 fields, found ${fields.length}: [${fields.join(" ")}]`));
    }
  }
  const cp2 = spec.concurrencyPolicy;
  if (cp2 && !["Allow", "Forbid", "Replace"].includes(cp2)) out.push(notSupported("spec.concurrencyPolicy", cp2, ["Allow", "Forbid", "Replace"]));
  out.push(...nonNegative("spec.successfulJobsHistoryLimit", spec.successfulJobsHistoryLimit));
  out.push(...nonNegative("spec.failedJobsHistoryLimit", spec.failedJobsHistoryLimit));
  out.push(...validateJobSpec(spec.jobTemplate?.spec, "spec.jobTemplate.spec"));
  return out;
}

// src/sim/apiserver/validation/ip.ts
var IP_FORMAT_ERROR = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
function ipv4Octets(s) {
  const parts = s.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p))) return void 0;
  const n = parts.map(Number);
  return n.every((x) => x <= 255) ? n : void 0;
}
function ipv6Groups(s) {
  if (!s.includes(":") || /[^0-9a-fA-F:.]/.test(s)) return void 0;
  const halves = s.split("::");
  if (halves.length > 2) return void 0;
  const groups = (h) => {
    if (h === "") return [];
    const out = [];
    const parts = h.split(":");
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (i === parts.length - 1 && p.includes(".")) {
        const v4 = ipv4Octets(p);
        if (!v4 || v4.some((_, k) => p.split(".")[k].length > 1 && p.split(".")[k].startsWith("0"))) return void 0;
        out.push(v4[0] << 8 | v4[1], v4[2] << 8 | v4[3]);
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) out.push(parseInt(p, 16));
      else return void 0;
    }
    return out;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  if (!head || !tail) return void 0;
  if (halves.length === 1) return head.length === 8 ? head : void 0;
  const fill = 8 - head.length - tail.length;
  return fill >= 1 ? [...head, ...new Array(fill).fill(0), ...tail] : void 0;
}
function ipErrors(value2) {
  const v4 = ipv4Octets(value2);
  if (v4) return value2.split(".").some((p) => p.length > 1 && p.startsWith("0")) ? ["must not have leading 0s"] : [];
  const v6 = ipv6Groups(value2);
  if (!v6) return [IP_FORMAT_ERROR];
  const mapped = v6.slice(0, 5).every((g) => g === 0) && v6[5] === 65535;
  return mapped ? ["must not be an IPv4-mapped IPv6 address"] : [];
}
function validateIp(field, value2) {
  return eachInvalid(field, value2, ipErrors(typeof value2 === "string" ? value2 : ""));
}
function validateNonSpecialIp(field, value2) {
  const v4 = ipv4Octets(value2);
  const msgs = [];
  if (v4) {
    if (v4.every((o) => o === 0)) msgs.push("may not be unspecified (0.0.0.0)");
    if (v4[0] === 127) msgs.push("may not be in the loopback range (127.0.0.0/8)");
    if (v4[0] === 169 && v4[1] === 254) msgs.push("may not be in the link-local range (169.254.0.0/16)");
    if (v4[0] === 224 && v4[1] === 0 && v4[2] === 0) msgs.push("may not be in the link-local multicast range (224.0.0.0/24)");
  } else {
    const g = ipv6Groups(value2);
    if (!g) return [];
    if (g.every((x) => x === 0)) msgs.push("may not be unspecified (0.0.0.0)");
    if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) msgs.push("may not be in the loopback range (127.0.0.0/8)");
    if ((g[0] & 65472) === 65152) msgs.push("may not be in the link-local range (169.254.0.0/16)");
    if ((g[0] & 65295) === 65282) msgs.push("may not be in the link-local multicast range (224.0.0.0/24)");
  }
  return eachInvalid(field, value2, msgs);
}

// src/sim/apiserver/validation/endpoints.ts
var PROTOCOLS2 = ["SCTP", "TCP", "UDP"];
function validateAddress(a, path2) {
  const out = [];
  const ip = typeof a?.ip === "string" ? a.ip : "";
  out.push(...validateIp(`${path2}.ip`, ip));
  if (typeof a?.hostname === "string" && a.hostname) out.push(...eachInvalid(`${path2}.hostname`, a.hostname, isDNS1123Label(a.hostname)));
  if (out.length === 0) out.push(...validateNonSpecialIp(`${path2}.ip`, ip));
  return out;
}
function validatePort(p, requireName, path2) {
  const out = [];
  const name = typeof p?.name === "string" ? p.name : "";
  if (requireName && !name) out.push(required(`${path2}.name`));
  else if (name) out.push(...eachInvalid(`${path2}.name`, name, isDNS1123Label(name)));
  const port = typeof p?.port === "number" ? p.port : 0;
  out.push(...eachInvalid(`${path2}.port`, port, isValidPortNum(port)));
  const protocol = p?.protocol;
  if (!protocol) out.push(required(`${path2}.protocol`));
  else if (!PROTOCOLS2.includes(protocol)) out.push(notSupported(`${path2}.protocol`, protocol, PROTOCOLS2));
  return out;
}
function validateEndpoints(o) {
  const out = [];
  const subsets = Array.isArray(o.subsets) ? o.subsets : [];
  subsets.forEach((ss, i) => {
    const path2 = `subsets[${i}]`;
    const addresses = Array.isArray(ss?.addresses) ? ss.addresses : [];
    const notReady = Array.isArray(ss?.notReadyAddresses) ? ss.notReadyAddresses : [];
    const ports = Array.isArray(ss?.ports) ? ss.ports : [];
    if (!addresses.length && !notReady.length) out.push(required(path2, "must specify `addresses` or `notReadyAddresses`"));
    addresses.forEach((a, k) => out.push(...validateAddress(a, `${path2}.addresses[${k}]`)));
    notReady.forEach((a, k) => out.push(...validateAddress(a, `${path2}.notReadyAddresses[${k}]`)));
    ports.forEach((p, k) => out.push(...validatePort(p, ports.length > 1, `${path2}.ports[${k}]`)));
  });
  return out;
}

// src/sim/apiserver/validation/networking.ts
var PATH_TYPES = ["Exact", "ImplementationSpecific", "Prefix"];
function validateBackend(b, path2) {
  const out = [];
  const hasResource = !!b?.resource;
  const hasService = !!b?.service;
  if (hasResource && hasService) return [invalidValue(path2, "", "cannot set both resource and service backends")];
  if (hasResource) {
    if (!b.resource.kind) out.push(required(`${path2}.resource.kind`));
    if (!b.resource.name) out.push(required(`${path2}.resource.name`));
    return out;
  }
  if (!hasService) return [invalidValue(path2, "", "resource or service backend is required")];
  const svc = b.service;
  if (!svc.name) out.push(required(`${path2}.service.name`));
  else out.push(...eachInvalid(`${path2}.service.name`, svc.name, isDNS1035Label(svc.name)));
  const portName = svc.port?.name;
  const portNumber = svc.port?.number;
  if (portName && portNumber) out.push(invalidValue(path2, "", "cannot set both port name & port number"));
  else if (portName) out.push(...eachInvalid(`${path2}.service.port.name`, portName, isValidPortName(portName)));
  else if (portNumber) out.push(...eachInvalid(`${path2}.service.port.number`, portNumber, isValidPortNum(portNumber)));
  else out.push(required(`${path2}.service.port`, "port name or number is required"));
  return out;
}
function validateIngress(obj) {
  const spec = obj.spec ?? {};
  const out = [];
  const rules = spec.rules ?? [];
  if (!spec.defaultBackend && rules.length === 0) out.push(invalidValue("spec.rules", rules, "either `defaultBackend` or `rules` must be specified"));
  if (spec.defaultBackend) out.push(...validateBackend(spec.defaultBackend, "spec.defaultBackend"));
  rules.forEach((r2, i) => {
    const p = `spec.rules[${i}]`;
    if (r2?.host) {
      const msgs = r2.host.startsWith("*.") ? isWildcardDNS1123Subdomain(r2.host) : isDNS1123Subdomain(r2.host);
      out.push(...eachInvalid(`${p}.host`, r2.host, msgs));
    }
    if (!r2?.http) return;
    const paths = r2.http.paths ?? [];
    if (paths.length === 0) out.push(required(`${p}.http.paths`));
    paths.forEach((hp, j) => {
      const pp = `${p}.http.paths[${j}]`;
      if (!hp?.pathType) out.push(required(`${pp}.pathType`, "pathType must be specified"));
      else if (!PATH_TYPES.includes(hp.pathType)) out.push(notSupported(`${pp}.pathType`, hp.pathType, PATH_TYPES));
      else if (hp.pathType !== "ImplementationSpecific") {
        if (!String(hp.path ?? "").startsWith("/")) out.push(invalidValue(`${pp}.path`, hp.path ?? "", "must be an absolute path"));
        else if (/\/\.\.?(\/|$)/.test(hp.path) || hp.path.includes("//")) out.push(invalidValue(`${pp}.path`, hp.path, "must not contain '//', '/./' or '/../'"));
      } else if (hp.path && !hp.path.startsWith("/")) {
        out.push(invalidValue(`${pp}.path`, hp.path, "must be an absolute path"));
      }
      out.push(...validateBackend(hp?.backend, `${pp}.backend`));
    });
  });
  (spec.tls ?? []).forEach((t, i) => {
    (t?.hosts ?? []).forEach((h, j) => {
      const msgs = h.startsWith("*.") ? isWildcardDNS1123Subdomain(h) : isDNS1123Subdomain(h);
      out.push(...eachInvalid(`spec.tls[${i}].hosts[${j}]`, h, msgs));
    });
  });
  return out;
}
function isCIDR(s) {
  const m = /^(\d{1,3}(?:\.\d{1,3}){3})\/(\d{1,2})$/.exec(s);
  return !!m && m[1].split(".").every((x) => Number(x) <= 255) && Number(m[2]) <= 32;
}
function validatePeers(peers, path2) {
  const out = [];
  peers.forEach((peer, i) => {
    const p = `${path2}[${i}]`;
    const kinds = ["podSelector", "namespaceSelector", "ipBlock"].filter((k) => peer?.[k]);
    if (kinds.length === 0) out.push(required(p, "must specify a peer"));
    if (peer?.ipBlock && kinds.length > 1) out.push(invalidValue(p, peer, "may not specify more than 1 peer type with ipBlock"));
    if (peer?.podSelector) out.push(...validateLabelSelector(peer.podSelector, `${p}.podSelector`));
    if (peer?.namespaceSelector) out.push(...validateLabelSelector(peer.namespaceSelector, `${p}.namespaceSelector`));
    if (peer?.ipBlock) {
      const cidr = peer.ipBlock.cidr;
      if (!cidr) out.push(required(`${p}.ipBlock.cidr`));
      else if (!isCIDR(cidr)) out.push(invalidValue(`${p}.ipBlock.cidr`, cidr, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
      (peer.ipBlock.except ?? []).forEach((e, j) => {
        if (!isCIDR(e)) out.push(invalidValue(`${p}.ipBlock.except[${j}]`, e, "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"));
      });
    }
  });
  return out;
}
function validateNPPorts(ports, path2) {
  const out = [];
  ports.forEach((port, i) => {
    const p = `${path2}[${i}]`;
    if (port?.protocol && !["SCTP", "TCP", "UDP"].includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, ["SCTP", "TCP", "UDP"]));
    const v = port?.port;
    if (typeof v === "number") out.push(...eachInvalid(`${p}.port`, v, isValidPortNum(v)));
    else if (typeof v === "string") out.push(...eachInvalid(`${p}.port`, v, isValidPortName(v)));
    if (port?.endPort !== void 0) {
      if (typeof v !== "number") out.push(required(`${p}.port`, "must specify a numeric port when endPort is set"));
      else if (port.endPort < v) out.push(invalidValue(`${p}.endPort`, port.endPort, "must be greater than or equal to `port`"));
    }
  });
  return out;
}
function validateNetworkPolicy(obj) {
  const spec = obj.spec ?? {};
  const out = [...validateLabelSelector(spec.podSelector, "spec.podSelector")];
  (spec.ingress ?? []).forEach((r2, i) => {
    out.push(...validateNPPorts(r2?.ports ?? [], `spec.ingress[${i}].ports`));
    out.push(...validatePeers(r2?.from ?? [], `spec.ingress[${i}].from`));
  });
  (spec.egress ?? []).forEach((r2, i) => {
    out.push(...validateNPPorts(r2?.ports ?? [], `spec.egress[${i}].ports`));
    out.push(...validatePeers(r2?.to ?? [], `spec.egress[${i}].to`));
  });
  const types = spec.policyTypes ?? [];
  types.forEach((t, i) => {
    if (t !== "Ingress" && t !== "Egress") out.push(notSupported(`spec.policyTypes[${i}]`, t, ["Egress", "Ingress"]));
  });
  if (types.length > 2) out.push(invalidValue("spec.policyTypes", types, "may not specify more than two policyTypes"));
  return out;
}

// src/sim/apiserver/validation/service.ts
var SERVICE_TYPES = ["ClusterIP", "ExternalName", "LoadBalancer", "NodePort"];
var PROTOCOLS3 = ["SCTP", "TCP", "UDP"];
function validateServiceSpec(svc) {
  const out = [];
  const spec = svc.spec ?? {};
  const type = spec.type;
  const headless = spec.clusterIP === "None";
  const ports = spec.ports ?? [];
  if (ports.length === 0 && !headless && type !== "ExternalName") out.push(required("spec.ports"));
  if (type === "ExternalName") {
    if (spec.clusterIP) out.push(forbidden("spec.clusterIP", "may not be set for ExternalName services"));
    if (!spec.externalName) out.push(required("spec.externalName"));
    else out.push(...eachInvalid("spec.externalName", spec.externalName, isDNS1123Subdomain(spec.externalName.replace(/\.$/, ""))));
  }
  const names = /* @__PURE__ */ new Set();
  const keys = /* @__PURE__ */ new Set();
  ports.forEach((port, i) => {
    const p = `spec.ports[${i}]`;
    if (ports.length > 1 && !port?.name) out.push(required(`${p}.name`));
    else if (port?.name) out.push(...eachInvalid(`${p}.name`, port.name, isDNS1123Label(port.name)));
    if (port?.name) {
      if (names.has(port.name)) out.push(duplicate(`${p}.name`, port.name));
      names.add(port.name);
    }
    out.push(...eachInvalid(`${p}.port`, port?.port ?? 0, isValidPortNum(port?.port ?? 0)));
    if (!port?.protocol) out.push(required(`${p}.protocol`));
    else if (!PROTOCOLS3.includes(port.protocol)) out.push(notSupported(`${p}.protocol`, port.protocol, PROTOCOLS3));
    out.push(...validatePortNumOrName(`${p}.targetPort`, port?.targetPort));
    const key3 = `${port?.port}/${port?.protocol}`;
    if (keys.has(key3)) out.push(duplicate(p, { port: port.port, protocol: port.protocol }));
    keys.add(key3);
    if (port?.nodePort && type === "ClusterIP") out.push(forbidden(`${p}.nodePort`, "may not be used when `type` is 'ClusterIP'"));
    if (port?.nodePort && type === "ExternalName") out.push(forbidden(`${p}.nodePort`, "may not be used when `type` is 'ExternalName'"));
  });
  if (type !== void 0 && !SERVICE_TYPES.includes(type)) out.push(notSupported("spec.type", type, SERVICE_TYPES));
  else if (type === void 0) out.push(required("spec.type"));
  if (spec.sessionAffinity && !["ClientIP", "None"].includes(spec.sessionAffinity)) {
    out.push(notSupported("spec.sessionAffinity", spec.sessionAffinity, ["ClientIP", "None"]));
  }
  out.push(...validateLabels("spec.selector", spec.selector));
  const etp = spec.externalTrafficPolicy;
  if (etp) {
    if (type !== "NodePort" && type !== "LoadBalancer" && SERVICE_TYPES.includes(type)) {
      out.push(invalidValue("spec.externalTrafficPolicy", etp, "may only be set when `type` is 'NodePort' or 'LoadBalancer'"));
    } else if (etp !== "Cluster" && etp !== "Local") out.push(notSupported("spec.externalTrafficPolicy", etp, ["Cluster", "Local"]));
  }
  const itp = spec.internalTrafficPolicy;
  if (itp && itp !== "Cluster" && itp !== "Local") out.push(notSupported("spec.internalTrafficPolicy", itp, ["Cluster", "Local"]));
  if (spec.clusterIP && spec.clusterIP !== "None" && !isIPv4(spec.clusterIP)) {
    out.push(invalidValue("spec.clusterIPs[0]", spec.clusterIP, "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"));
  }
  return out;
}
function isIPv4(s) {
  const parts = s.split(".");
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255 && String(Number(p)) === p);
}
function validateServiceUpdate(obj, old) {
  const o = old.spec ?? {};
  const n = obj.spec ?? {};
  if (o.type === "ExternalName" || n.type === "ExternalName") return [];
  if (o.clusterIP && n.clusterIP !== void 0 && n.clusterIP !== "" && n.clusterIP !== o.clusterIP) {
    return [invalidValue("spec.clusterIPs[0]", n.clusterIP, "may not change once set")];
  }
  return [];
}

// src/sim/apiserver/validation/storage.ts
var ACCESS_MODES = ["ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"];
var PV_SOURCES = ["hostPath", "nfs", "local", "csi", "iscsi", "fc", "cephfs", "rbd", "gcePersistentDisk", "awsElasticBlockStore", "azureDisk", "azureFile", "glusterfs", "cinder", "flexVolume", "vsphereVolume", "portworxVolume", "scaleIO", "storageos", "quobyte", "photonPersistentDisk", "flocker"];
function validateAccessModes(modes, path2) {
  if (!modes || modes.length === 0) return [required(path2, "at least 1 access mode is required")];
  return modes.filter((m) => !ACCESS_MODES.includes(m)).map((m) => notSupported(path2, m, ACCESS_MODES));
}
function positiveStorage(path2, v) {
  if (v === void 0 || v === null) return [required(path2)];
  try {
    if (parseQuantity(v) <= 0) return [invalidValue(path2, String(v), "must be greater than zero")];
  } catch {
  }
  return [];
}
function validatePVC(obj) {
  const spec = obj.spec ?? {};
  const out = [...validateAccessModes(spec.accessModes, "spec.accessModes")];
  out.push(...validateLabelSelector(spec.selector, "spec.selector"));
  out.push(...positiveStorage("spec.resources[storage]", spec.resources?.requests?.storage));
  if (spec.volumeMode && !["Block", "Filesystem"].includes(spec.volumeMode)) out.push(notSupported("spec.volumeMode", spec.volumeMode, ["Block", "Filesystem"]));
  return out;
}
function validatePV(obj) {
  const spec = obj.spec ?? {};
  const out = [...validateAccessModes(spec.accessModes, "spec.accessModes")];
  if (!spec.capacity || Object.keys(spec.capacity).length === 0) out.push(required("spec.capacity"));
  else out.push(...positiveStorage("spec.capacity[storage]", spec.capacity.storage));
  const sources = PV_SOURCES.filter((s) => spec[s]);
  if (sources.length === 0) out.push(required("spec", "must specify a volume type"));
  if (spec.hostPath && !spec.hostPath.path) out.push(required("spec.hostPath.path"));
  const rp = spec.persistentVolumeReclaimPolicy;
  if (rp && !["Delete", "Recycle", "Retain"].includes(rp)) out.push(notSupported("spec.persistentVolumeReclaimPolicy", rp, ["Delete", "Recycle", "Retain"]));
  return out;
}

// src/sim/apiserver/validation/index.ts
var RULES = {
  Pod: { create: (o) => validatePodSpec(o.spec, "spec"), update: validatePodUpdate },
  Service: { create: validateServiceSpec, update: validateServiceUpdate },
  "apps/Deployment": { create: validateDeployment, update: validateSelectorImmutable },
  "apps/ReplicaSet": { create: validateReplicaSet, update: validateSelectorImmutable },
  "apps/StatefulSet": { create: validateStatefulSet, update: (o, old) => [...validateSelectorImmutable(o, old), ...validateStatefulSetUpdate(o, old)] },
  "apps/DaemonSet": { create: validateDaemonSet, update: validateSelectorImmutable },
  ReplicationController: { create: (o) => validateTemplateForController({ ...o.spec, selector: o.spec?.selector ? { matchLabels: o.spec.selector } : void 0 }) },
  "batch/Job": { create: validateJob },
  "batch/CronJob": { create: validateCronJob },
  ConfigMap: { create: validateConfigMap, update: validateConfigMapUpdate },
  Secret: { create: validateSecret, update: validateSecretUpdate },
  Endpoints: { create: validateEndpoints },
  PersistentVolumeClaim: { create: validatePVC },
  PersistentVolume: { create: validatePV },
  "networking.k8s.io/Ingress": { create: validateIngress },
  "networking.k8s.io/NetworkPolicy": { create: validateNetworkPolicy }
};
function validateObject(obj, ctx) {
  const key3 = ctx.rt.group ? `${ctx.rt.group}/${ctx.rt.kind}` : ctx.rt.kind;
  const rules = RULES[key3];
  const causes = [...validateObjectMeta(obj, ctx.rt)];
  if (rules?.create) causes.push(...rules.create(obj));
  if (ctx.op === "UPDATE" && ctx.old && rules?.update) causes.push(...rules.update(obj, ctx.old));
  return causes;
}
var validationPlugin = {
  name: "FieldValidation",
  phase: "validate",
  run(obj, ctx) {
    if (ctx.subresource === "status") return;
    if (ctx.rt.kind === "Event" || ctx.rt.kind === "Lease") return;
    const causes = validateObject(obj, ctx);
    if (causes.length) throw invalid(ctx.rt, obj.metadata?.name ?? "", causes);
  }
};

// src/sim/apiserver/admission/forbidden.ts
function admissionForbidden(rt, obj, reason) {
  const meta = obj.metadata ?? {};
  let name = meta.name ?? "";
  if (meta.generateName && name.startsWith(meta.generateName) && name.length === meta.generateName.length + 5) name = meta.generateName;
  if (!name) name = "Unknown";
  return new ApiError(403, "Forbidden", `${qualifiedResource(rt)} "${name}" is forbidden: ${reason}`, [], { kind: rt.plural, group: rt.group, name });
}

// src/sim/apiserver/admission/limit-ranger.ts
var ANNOTATION = "kubernetes.io/limit-ranger";
var value = (q) => isQuantity(q) ? parseQuantity(q) : NaN;
var has = (l, k) => Object.hasOwn(l, k);
var put = (l, k, v) => void Object.defineProperty(l, k, { value: v, enumerable: true, writable: true, configurable: true });
function containerItem(item) {
  const def2 = { ...item.default ?? {} };
  for (const [k, v] of Object.entries(item.max ?? {})) if (!has(def2, k)) put(def2, k, v);
  const defReq = { ...item.defaultRequest ?? {} };
  for (const [k, v] of Object.entries(def2)) if (!has(defReq, k)) put(defReq, k, v);
  for (const [k, v] of Object.entries(item.min ?? {})) if (!has(defReq, k)) put(defReq, k, v);
  return { min: item.min ?? {}, max: item.max ?? {}, ratio: item.maxLimitRequestRatio ?? {}, def: def2, defReq };
}
function applyDefaults(c, kind, def2, defReq) {
  const res = c.resources ??= {};
  const set = (field, defaults) => {
    const names = [];
    for (const [k, v] of Object.entries(defaults)) {
      const list = res[field] ??= {};
      if (!has(list, k)) {
        put(list, k, v);
        names.push(k);
      }
    }
    return names.sort();
  };
  const limits = set("limits", def2);
  const requests = set("requests", defReq);
  const parts = [];
  if (requests.length) parts.push(`${requests.join(", ")} request for ${kind} ${c.name}`);
  if (limits.length) parts.push(`${limits.join(", ")} limit for ${kind} ${c.name}`);
  return parts;
}
function constraintErrors(type, min, max, ratio, req, lim) {
  const errs = [];
  for (const [k, v] of Object.entries(min)) {
    if (!has(req, k)) errs.push(`minimum ${k} usage per ${type} is ${v}.  No request is specified.`);
    else if (value(req[k]) < value(v)) errs.push(`minimum ${k} usage per ${type} is ${v}, but request is ${req[k]}.`);
    else if (has(lim, k) && value(lim[k]) < value(v)) errs.push(`minimum ${k} usage per ${type} is ${v}, but limit is ${lim[k]}.`);
  }
  for (const [k, v] of Object.entries(max)) {
    if (!has(lim, k)) errs.push(`maximum ${k} usage per ${type} is ${v}.  No limit is specified.`);
    else if (value(lim[k]) > value(v)) errs.push(`maximum ${k} usage per ${type} is ${v}, but limit is ${lim[k]}.`);
    else if (has(req, k) && value(req[k]) > value(v)) errs.push(`maximum ${k} usage per ${type} is ${v}, but request is ${req[k]}.`);
  }
  for (const [k, v] of Object.entries(ratio)) {
    if (!has(req, k) || value(req[k]) === 0) errs.push(`${k} max limit to request ratio per ${type} is ${v}, but no request is specified or request is 0.`);
    else if (!has(lim, k) || value(lim[k]) === 0) errs.push(`${k} max limit to request ratio per ${type} is ${v}, but no limit is specified or limit is 0.`);
    else if (value(lim[k]) / value(req[k]) > value(v)) errs.push(`${k} max limit to request ratio per ${type} is ${v}, but provided ratio is ${(value(lim[k]) / value(req[k])).toFixed(6)}.`);
  }
  return errs;
}
function sum(lists) {
  const out = {};
  const keys = new Set(lists.flatMap((l) => Object.keys(l)));
  for (const k of keys) if (lists.every((l) => has(l, k))) put(out, k, lists.reduce((n, l) => n + value(l[k]), 0));
  return out;
}
function limitPod(lr, pod) {
  const items = Array.isArray(lr.spec?.limits) ? lr.spec.limits : [];
  const objects = (l) => Array.isArray(l) ? l.filter((c) => c && typeof c === "object" && (c.resources === void 0 || c.resources && typeof c.resources === "object")) : [];
  const containers2 = objects(pod.spec.containers);
  const inits = objects(pod.spec.initContainers);
  const def2 = {};
  const defReq = {};
  for (const it of items) if (it?.type === "Container") {
    const c = containerItem(it);
    for (const [k, v] of Object.entries(c.def)) put(def2, k, v);
    for (const [k, v] of Object.entries(c.defReq)) put(defReq, k, v);
  }
  const notes = [...containers2.flatMap((c) => applyDefaults(c, "container", def2, defReq)), ...inits.flatMap((c) => applyDefaults(c, "init container", def2, defReq))];
  if (notes.length) pod.metadata.annotations = { ...pod.metadata.annotations ?? {}, [ANNOTATION]: `LimitRanger plugin set: ${notes.join("; ")}` };
  const errs = [];
  for (const it of items) {
    if (it?.type === "Container") {
      const c = containerItem(it);
      for (const ctr of [...containers2, ...inits]) errs.push(...constraintErrors("Container", c.min, c.max, c.ratio, ctr.resources?.requests ?? {}, ctr.resources?.limits ?? {}));
    } else if (it?.type === "Pod") {
      const req = sum(containers2.map((c) => c.resources?.requests ?? {}));
      const lim = sum(containers2.map((c) => c.resources?.limits ?? {}));
      errs.push(...constraintErrors("Pod", it.min ?? {}, it.max ?? {}, it.maxLimitRequestRatio ?? {}, req, lim));
    }
  }
  return errs;
}
var limitRangerPlugin = {
  name: "LimitRanger",
  phase: "default",
  resources: ["pods"],
  run(obj, ctx) {
    if (ctx.op !== "CREATE" || ctx.subresource || !obj.spec || typeof obj.spec !== "object") return;
    for (const lr of ctx.api.list("limitranges", obj.metadata.namespace)) {
      const errs = limitPod(lr, obj);
      if (errs.length) throw admissionForbidden(ctx.rt, obj, errs.length === 1 ? errs[0] : `[${errs.join(", ")}]`);
    }
  }
};

// src/sim/apiserver/admission/namespace-lifecycle.ts
var IMMORTAL_NAMESPACES = ["default", "kube-public", "kube-system"];
var namespaceLifecyclePlugin = {
  name: "NamespaceLifecycle",
  phase: "default",
  run(obj, ctx) {
    if (!ctx.rt.namespaced || ctx.subresource) return;
    const ns = obj.metadata?.namespace;
    if (!ns) return;
    const nsObj = ctx.api.tryGet("namespaces", void 0, ns);
    if (!nsObj) {
      throw new ApiError(404, "NotFound", `namespaces "${ns}" not found`, [], { kind: "namespaces", name: ns });
    }
    if (ctx.op === "CREATE" && nsObj.status?.phase === "Terminating" && ctx.rt.kind !== "Event") {
      throw admissionForbidden(ctx.rt, obj, `unable to create new content in namespace ${ns} because it is being terminated`);
    }
  },
  admitDelete(obj, ctx) {
    if (ctx.rt.kind === "Namespace" && IMMORTAL_NAMESPACES.includes(obj.metadata.name)) {
      throw admissionForbidden(ctx.rt, obj, "this namespace may not be deleted");
    }
  }
};

// src/sim/apiserver/admission/pod-security/checks.ts
var plural = (one, many, n) => n === 1 ? one : many;
var joinQuote = (xs) => xs.map((x) => JSON.stringify(x)).join(", ");
var sortedUnique = (xs) => [...new Set(xs)].sort();
function containers(spec) {
  return [...spec?.initContainers ?? [], ...spec?.containers ?? [], ...spec?.ephemeralContainers ?? []].filter((c) => c && typeof c === "object");
}
var BASELINE_CAPS = /* @__PURE__ */ new Set(["AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"]);
var SAFE_SYSCTLS = /* @__PURE__ */ new Set([
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.ip_unprivileged_port_start",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_local_reserved_ports",
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes",
  "net.ipv4.tcp_rmem",
  "net.ipv4.tcp_wmem"
]);
var RESTRICTED_VOLUME_OK = /* @__PURE__ */ new Set(["configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image", "persistentVolumeClaim", "projected", "secret"]);
var VOLUME_SOURCE_KEYS = [
  "hostPath",
  "emptyDir",
  "gcePersistentDisk",
  "awsElasticBlockStore",
  "gitRepo",
  "secret",
  "nfs",
  "iscsi",
  "glusterfs",
  "persistentVolumeClaim",
  "rbd",
  "flexVolume",
  "cinder",
  "cephfs",
  "flocker",
  "downwardAPI",
  "fc",
  "azureFile",
  "configMap",
  "vsphereVolume",
  "quobyte",
  "azureDisk",
  "photonPersistentDisk",
  "projected",
  "portworxVolume",
  "scaleIO",
  "storageos",
  "csi",
  "ephemeral",
  "image"
];
function badContainers(spec, pred) {
  return containers(spec).filter(pred).map((c) => c.name);
}
var CHECKS = [
  {
    id: "hostNamespaces",
    level: "baseline",
    run(spec) {
      const ns = [spec?.hostNetwork && "hostNetwork=true", spec?.hostPID && "hostPID=true", spec?.hostIPC && "hostIPC=true"].filter(Boolean);
      return ns.length ? { reason: "host namespaces", detail: ns.join(", ") } : void 0;
    }
  },
  {
    id: "privileged",
    level: "baseline",
    run(spec) {
      const bad = badContainers(spec, (c) => c.securityContext?.privileged === true);
      return bad.length ? { reason: "privileged", detail: `${plural("container", "containers", bad.length)} ${joinQuote(bad)} must not set securityContext.privileged=true` } : void 0;
    }
  },
  {
    id: "capabilities_baseline",
    level: "baseline",
    run(spec) {
      const caps = /* @__PURE__ */ new Set();
      const bad = badContainers(spec, (c) => {
        const add = (c.securityContext?.capabilities?.add ?? []).filter((x) => !BASELINE_CAPS.has(x));
        add.forEach((x) => caps.add(x));
        return add.length > 0;
      });
      return bad.length ? { reason: "non-default capabilities", detail: `${plural("container", "containers", bad.length)} ${joinQuote(bad)} must not include ${joinQuote(sortedUnique(caps))} in securityContext.capabilities.add` } : void 0;
    }
  },
  {
    id: "hostPathVolumes",
    level: "baseline",
    run(spec) {
      const bad = (spec?.volumes ?? []).filter((v) => v?.hostPath).map((v) => v.name);
      return bad.length ? { reason: "hostPath volumes", detail: `${plural("volume", "volumes", bad.length)} ${joinQuote(bad)}` } : void 0;
    }
  },
  {
    id: "hostPorts",
    level: "baseline",
    run(spec) {
      const ports = /* @__PURE__ */ new Set();
      const bad = badContainers(spec, (c) => {
        const hp = (c.ports ?? []).filter((p) => p?.hostPort);
        hp.forEach((p) => ports.add(String(p.hostPort)));
        return hp.length > 0;
      });
      if (!bad.length) return void 0;
      const list = [...ports].sort();
      return { reason: "hostPort", detail: `${plural("container", "containers", bad.length)} ${joinQuote(bad)} ${plural("uses", "use", bad.length)} ${plural("hostPort", "hostPorts", list.length)} ${list.join(", ")}` };
    }
  },
  {
    id: "procMount",
    level: "baseline",
    run(spec) {
      if (spec?.hostUsers === false) return void 0;
      const types = /* @__PURE__ */ new Set();
      const bad = badContainers(spec, (c) => {
        const pm = c.securityContext?.procMount;
        if (pm && pm !== "Default") types.add(pm);
        return !!pm && pm !== "Default";
      });
      return bad.length ? { reason: "procMount", detail: `${plural("container", "containers", bad.length)} ${joinQuote(bad)} must not set securityContext.procMount to ${joinQuote(sortedUnique(types))}` } : void 0;
    }
  },
  {
    id: "seccompProfile_baseline",
    level: "baseline",
    run(spec) {
      const setters = [];
      if (spec?.securityContext?.seccompProfile?.type === "Unconfined") setters.push("pod");
      const bad = badContainers(spec, (c) => c.securityContext?.seccompProfile?.type === "Unconfined");
      if (bad.length) setters.push(`${plural("container", "containers", bad.length)} ${joinQuote(bad)}`);
      return setters.length ? { reason: "seccompProfile", detail: `${setters.join(" and ")} must not set securityContext.seccompProfile.type to "Unconfined"` } : void 0;
    }
  },
  {
    id: "sysctls",
    level: "baseline",
    run(spec) {
      const bad = (spec?.securityContext?.sysctls ?? []).map((s) => s?.name).filter((n) => !SAFE_SYSCTLS.has(n));
      return bad.length ? { reason: "forbidden sysctls", detail: bad.join(", ") } : void 0;
    }
  },
  {
    id: "allowPrivilegeEscalation",
    level: "restricted",
    run(spec) {
      const bad = badContainers(spec, (c) => c.securityContext?.allowPrivilegeEscalation !== false);
      return bad.length ? { reason: "allowPrivilegeEscalation != false", detail: `${plural("container", "containers", bad.length)} ${joinQuote(bad)} must set securityContext.allowPrivilegeEscalation=false` } : void 0;
    }
  },
  {
    id: "capabilities_restricted",
    level: "restricted",
    overrides: "capabilities_baseline",
    run(spec) {
      const missingDrop = [];
      const adding = [];
      const caps = /* @__PURE__ */ new Set();
      for (const c of containers(spec)) {
        const cap = c.securityContext?.capabilities;
        if (!cap) {
          missingDrop.push(c.name);
          continue;
        }
        if (!(cap.drop ?? []).includes("ALL")) missingDrop.push(c.name);
        const add = (cap.add ?? []).filter((x) => x !== "NET_BIND_SERVICE");
        add.forEach((x) => caps.add(x));
        if (add.length) adding.push(c.name);
      }
      const details = [];
      if (missingDrop.length) details.push(`${plural("container", "containers", missingDrop.length)} ${joinQuote(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`);
      if (adding.length) details.push(`${plural("container", "containers", adding.length)} ${joinQuote(adding)} must not include ${joinQuote(sortedUnique(caps))} in securityContext.capabilities.add`);
      return details.length ? { reason: "unrestricted capabilities", detail: details.join("; ") } : void 0;
    }
  },
  {
    id: "restrictedVolumes",
    level: "restricted",
    overrides: "hostPathVolumes",
    run(spec) {
      const types = /* @__PURE__ */ new Set();
      const bad = [];
      for (const v of spec?.volumes ?? []) {
        const t = VOLUME_SOURCE_KEYS.find((k) => v?.[k] !== void 0);
        if (t && !RESTRICTED_VOLUME_OK.has(t)) {
          bad.push(v.name);
          types.add(t);
        }
      }
      if (!bad.length) return void 0;
      const list = sortedUnique(types);
      return {
        reason: "restricted volume types",
        detail: `${plural("volume", "volumes", bad.length)} ${joinQuote(bad)} ${plural("uses", "use", bad.length)} ${plural("restricted volume type", "restricted volume types", list.length)} ${joinQuote(list)}`
      };
    }
  },
  {
    id: "runAsNonRoot",
    level: "restricted",
    run(spec) {
      if (spec?.hostUsers === false) return void 0;
      const setters = [];
      const podValue = spec?.securityContext?.runAsNonRoot;
      if (podValue === false) setters.push("pod");
      const explicit = [];
      const implicit = [];
      for (const c of containers(spec)) {
        const v = c.securityContext?.runAsNonRoot;
        if (v !== void 0 && v !== null) {
          if (!v) explicit.push(c.name);
        } else if (podValue !== true) implicit.push(c.name);
      }
      if (explicit.length) setters.push(`${plural("container", "containers", explicit.length)} ${joinQuote(explicit)}`);
      if (setters.length) return { reason: "runAsNonRoot != true", detail: `${setters.join(" and ")} must not set securityContext.runAsNonRoot=false` };
      if (implicit.length) return { reason: "runAsNonRoot != true", detail: `pod or ${plural("container", "containers", implicit.length)} ${joinQuote(implicit)} must set securityContext.runAsNonRoot=true` };
      return void 0;
    }
  },
  {
    id: "runAsUser",
    level: "restricted",
    run(spec) {
      if (spec?.hostUsers === false) return void 0;
      const setters = [];
      if (spec?.securityContext?.runAsUser === 0) setters.push("pod");
      const bad = badContainers(spec, (c) => c.securityContext?.runAsUser === 0);
      if (bad.length) setters.push(`${plural("container", "containers", bad.length)} ${joinQuote(bad)}`);
      return setters.length ? { reason: "runAsUser=0", detail: `${setters.join(" and ")} must not set runAsUser=0` } : void 0;
    }
  },
  {
    id: "seccompProfile_restricted",
    level: "restricted",
    overrides: "seccompProfile_baseline",
    run(spec) {
      const ok4 = (t) => t === "RuntimeDefault" || t === "Localhost";
      const setters = [];
      const badValues = /* @__PURE__ */ new Set();
      const podType = spec?.securityContext?.seccompProfile?.type;
      if (podType !== void 0 && !ok4(podType)) {
        setters.push("pod");
        badValues.add(String(podType));
      }
      const explicit = [];
      const implicit = [];
      for (const c of containers(spec)) {
        const t = c.securityContext?.seccompProfile?.type;
        if (t !== void 0) {
          if (!ok4(t)) {
            explicit.push(c.name);
            badValues.add(String(t));
          }
        } else if (!ok4(podType)) implicit.push(c.name);
      }
      if (explicit.length) setters.push(`${plural("container", "containers", explicit.length)} ${joinQuote(explicit)}`);
      if (setters.length) return { reason: "seccompProfile", detail: `${setters.join(" and ")} must not set securityContext.seccompProfile.type to ${joinQuote(sortedUnique(badValues))}` };
      if (implicit.length) {
        return { reason: "seccompProfile", detail: `pod or ${plural("container", "containers", implicit.length)} ${joinQuote(implicit)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"` };
      }
      return void 0;
    }
  }
];
function checksFor(level) {
  if (level === "privileged") return [];
  const byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const baseline = CHECKS.filter((c) => c.level === "baseline").sort(byId);
  if (level === "baseline") return baseline;
  const restricted = CHECKS.filter((c) => c.level === "restricted").sort(byId);
  const overridden = new Set(restricted.map((c) => c.overrides).filter(Boolean));
  return [...baseline.filter((c) => !overridden.has(c.id)), ...restricted];
}
function evaluate(level, spec, meta = {}) {
  const out = [];
  for (const c of checksFor(level)) {
    const v = c.run(spec, meta);
    if (v) out.push(v);
  }
  return out;
}

// src/sim/apiserver/admission/pod-security/policy.ts
var LABEL_PREFIX = "pod-security.kubernetes.io/";
var MODES = ["enforce", "audit", "warn"];
var LEVELS = ["privileged", "baseline", "restricted"];
function policyString(p) {
  return `${p.level}:${p.version}`;
}
function modePolicy(labels, mode) {
  const l = labels ?? {};
  const level = LEVELS.includes(l[LABEL_PREFIX + mode]) ? l[LABEL_PREFIX + mode] : "privileged";
  const v = l[`${LABEL_PREFIX}${mode}-version`];
  return { level, version: v && /^v1\.\d+$/.test(v) ? v : "latest" };
}
function labelErrors(labels) {
  const out = [];
  for (const mode of MODES) {
    const key3 = LABEL_PREFIX + mode;
    const level = labels?.[key3];
    if (level !== void 0 && !LEVELS.includes(level)) {
      out.push({ field: `metadata.labels[${key3}]`, message: `Invalid value: "${level}": must be one of privileged, baseline, restricted`, reason: "FieldValueInvalid" });
    }
    const version = labels?.[`${key3}-version`];
    if (version !== void 0 && version !== "latest" && !/^v1\.(0|[1-9]\d*)$/.test(version)) {
      out.push({ field: `metadata.labels[${key3}-version]`, message: `Invalid value: "${version}": must be "latest" or "v1.x"`, reason: "FieldValueInvalid" });
    }
  }
  return out;
}
function formatViolations(vs) {
  return vs.map((v) => v.detail ? `${v.reason} (${v.detail})` : v.reason).join(", ");
}

// src/sim/apiserver/admission/pod-security/plugin.ts
var WORKLOADS = {
  "deployments.apps": (o) => o.spec?.template,
  "replicasets.apps": (o) => o.spec?.template,
  "statefulsets.apps": (o) => o.spec?.template,
  "daemonsets.apps": (o) => o.spec?.template,
  replicationcontrollers: (o) => o.spec?.template,
  "jobs.batch": (o) => o.spec?.template,
  "cronjobs.batch": (o) => o.spec?.jobTemplate?.spec?.template,
  podtemplates: (o) => o.template
};
function namespaceLabels(ctx, ns) {
  return ns && ctx.api.tryGet("namespaces", void 0, ns)?.metadata.labels || {};
}
function podWarnings(ctx, spec, labels, enforce) {
  const warn = modePolicy(labels, "warn");
  const seen = /* @__PURE__ */ new Set();
  for (const p of [enforce, warn]) {
    if (!p || p.level === "privileged" || seen.has(policyString(p))) continue;
    seen.add(policyString(p));
    const vs = evaluate(p.level, spec);
    if (vs.length) ctx.warn(`would violate PodSecurity "${policyString(p)}": ${formatViolations(vs)}`);
  }
}
function existingPodWarnings(ctx, ns, p) {
  const groups = /* @__PURE__ */ new Map();
  for (const pod of ctx.api.list("pods", ns)) {
    const vs = evaluate(p.level, pod.spec);
    if (!vs.length) continue;
    const key3 = vs.map((v) => v.reason).join(", ");
    groups.set(key3, [...groups.get(key3) ?? [], pod.metadata.name]);
  }
  if (!groups.size) return;
  ctx.warn(`existing pods in namespace "${ns}" violate the new PodSecurity enforce level "${policyString(p)}"`);
  for (const [reasons, pods] of groups) {
    const others = pods.length - 1;
    ctx.warn(others ? `${pods[0]} (and ${others} other ${others === 1 ? "pod" : "pods"}): ${reasons}` : `${pods[0]}: ${reasons}`);
  }
}
var podSecurityPlugin = {
  name: "PodSecurity",
  phase: "admit",
  run(obj, ctx) {
    const key3 = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    if (key3 === "namespaces") return admitNamespace(obj, ctx);
    if (ctx.subresource) return;
    if (key3 === "pods") {
      if (ctx.op !== "CREATE") return;
      const labels2 = namespaceLabels(ctx, obj.metadata.namespace);
      if (!Object.keys(labels2).some((k) => k.startsWith(LABEL_PREFIX))) return;
      const enforce = modePolicy(labels2, "enforce");
      if (enforce.level !== "privileged") {
        const vs = evaluate(enforce.level, obj.spec);
        if (vs.length) throw admissionForbidden(ctx.rt, obj, `violates PodSecurity "${policyString(enforce)}": ${formatViolations(vs)}`);
      }
      podWarnings(ctx, obj.spec, labels2);
      return;
    }
    const template = WORKLOADS[key3];
    if (!template) return;
    const labels = namespaceLabels(ctx, obj.metadata.namespace);
    const t = template(obj);
    if (t?.spec) podWarnings(ctx, t.spec, labels, modePolicy(labels, "enforce"));
  }
};
function admitNamespace(obj, ctx) {
  const labels = obj.metadata?.labels ?? {};
  const errs = labelErrors(labels);
  if (errs.length) throw invalid(ctx.rt, obj.metadata.name ?? "", errs);
  if (ctx.op !== "UPDATE") return;
  const before2 = policyString(modePolicy(ctx.old?.metadata.labels, "enforce"));
  const now = modePolicy(labels, "enforce");
  if (policyString(now) === before2 || now.level === "privileged") return;
  existingPodWarnings(ctx, obj.metadata.name, now);
}

// src/sim/apiserver/admission/pod-defaults.ts
var defaultTolerationSecondsPlugin = {
  name: "DefaultTolerationSeconds",
  phase: "default",
  resources: ["pods"],
  run(obj, ctx) {
    if (ctx.op !== "CREATE" || !obj.spec || typeof obj.spec !== "object") return;
    const tolerations = obj.spec.tolerations ??= [];
    for (const key3 of ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]) {
      const tolerated = tolerations.some(
        (t) => t?.operator === "Exists" && !t?.key || t?.key === key3 && (!t.effect || t.effect === "NoExecute")
      );
      if (!tolerated) tolerations.push({ key: key3, operator: "Exists", effect: "NoExecute", tolerationSeconds: 300 });
    }
  }
};
var priorityPlugin = {
  name: "Priority",
  phase: "default",
  resources: ["pods"],
  run(obj, ctx) {
    if (ctx.op !== "CREATE" || !obj.spec || typeof obj.spec !== "object") return;
    const spec = obj.spec;
    if (!spec.priorityClassName) {
      const global = ctx.api.list("priorityclasses.scheduling.k8s.io").find((pc2) => pc2.globalDefault === true);
      spec.priority ??= global?.value ?? 0;
      spec.preemptionPolicy ??= global?.preemptionPolicy ?? "PreemptLowerPriority";
      if (global) spec.priorityClassName = global.metadata.name;
      return;
    }
    const pc = ctx.api.tryGet("priorityclasses.scheduling.k8s.io", void 0, spec.priorityClassName);
    if (!pc) throw admissionForbidden(ctx.rt, obj, `no PriorityClass with name ${spec.priorityClassName} was found`);
    spec.priority = pc.value;
    spec.preemptionPolicy ??= pc.preemptionPolicy ?? "PreemptLowerPriority";
  }
};
function podQOS(spec) {
  const containers2 = [...spec?.containers ?? [], ...spec?.initContainers ?? []];
  let any = false;
  let guaranteed = true;
  for (const c of containers2) {
    const req = c?.resources?.requests ?? {};
    const lim = c?.resources?.limits ?? {};
    const relevant = (m) => Object.keys(m).filter((k) => k === "cpu" || k === "memory");
    if (relevant(req).length || relevant(lim).length) any = true;
    for (const r2 of ["cpu", "memory"]) {
      if (lim[r2] === void 0 || req[r2] !== void 0 && String(req[r2]) !== String(lim[r2])) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
var INITIAL_STATUS = {
  pods: (o) => ({ phase: "Pending", qosClass: podQOS(o.spec) }),
  services: () => ({ loadBalancer: {} }),
  "ingresses.networking.k8s.io": () => ({ loadBalancer: {} }),
  "deployments.apps": () => ({}),
  "replicasets.apps": () => ({ replicas: 0 }),
  "statefulsets.apps": () => ({ replicas: 0, availableReplicas: 0 }),
  "daemonsets.apps": () => ({ currentNumberScheduled: 0, desiredNumberScheduled: 0, numberMisscheduled: 0, numberReady: 0 }),
  "jobs.batch": () => ({}),
  "cronjobs.batch": () => ({})
};
var initialStatusPlugin = {
  name: "PrepareForCreate",
  phase: "default",
  run(obj, ctx) {
    if (ctx.op !== "CREATE") return;
    const key3 = ctx.rt.group ? `${ctx.rt.plural}.${ctx.rt.group}` : ctx.rt.plural;
    const init = INITIAL_STATUS[key3];
    if (init) obj.status = init(obj);
  }
};
var defaultStorageClassPlugin = {
  name: "DefaultStorageClass",
  phase: "default",
  resources: ["persistentvolumeclaims"],
  run(obj, ctx) {
    if (ctx.op !== "CREATE" || !obj.spec || obj.spec.storageClassName !== void 0) return;
    if (obj.metadata?.annotations?.["volume.beta.kubernetes.io/storage-class"] !== void 0) return;
    const isDefault = (sc) => sc.metadata.annotations?.["storageclass.kubernetes.io/is-default-class"] === "true" || sc.metadata.annotations?.["storageclass.beta.kubernetes.io/is-default-class"] === "true";
    const defaults = ctx.api.list("storageclasses.storage.k8s.io").filter(isDefault);
    defaults.sort((a, b) => String(b.metadata.creationTimestamp).localeCompare(String(a.metadata.creationTimestamp)) || a.metadata.name.localeCompare(b.metadata.name));
    if (defaults[0]) obj.spec.storageClassName = defaults[0].metadata.name;
  }
};

// src/sim/apiserver/manifest.ts
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from "yaml";
var TOO_LARGE = "$tooLarge";
var MAX_REQUEST_BYTES = 3 * 1024 * 1024;
var MAX_DEPTH = 1e4;
var DEPTH_ERROR = `exceeded max depth of ${MAX_DEPTH}`;

// src/sim/apiserver/admission/request-size.ts
function requestEntityTooLarge() {
  return new ApiError(413, "RequestEntityTooLarge", `Request entity too large: limit is ${MAX_REQUEST_BYTES}`);
}
var requestSizePlugin = {
  name: "MaxRequestBodyBytes",
  phase: "decode",
  run(obj, ctx) {
    if (ctx.subresource) return;
    if (obj[TOO_LARGE]) throw requestEntityTooLarge();
    const data = obj.data ?? obj.binaryData ?? obj.stringData;
    if (!data && !obj.spec) return;
    if (JSON.stringify(obj).length > MAX_REQUEST_BYTES) throw requestEntityTooLarge();
  }
};

// src/sim/apiserver/admission/resource-quota.ts
var PLAYGROUND_QUOTA = "playground-limit";
var QUOTA_INDEX = "quotaNamespace";
function countsAgainstQuota(pod) {
  return pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed";
}
function resourceQuotaPlugin(config, api) {
  if (!api.store.hasIndex("pods", QUOTA_INDEX)) {
    api.store.addIndex("pods", QUOTA_INDEX, (o) => countsAgainstQuota(o) ? [o.metadata.namespace ?? ""] : []);
  }
  return {
    name: "ResourceQuota",
    phase: "admit",
    resources: ["pods"],
    run(obj, ctx) {
      if (ctx.op !== "CREATE") return;
      const ns = obj.metadata.namespace;
      const quota = ctx.api.tryGet("resourcequotas", ns, PLAYGROUND_QUOTA);
      const hard = quota ? Number(quota.spec?.hard?.pods ?? config.maxPods) : config.maxPods;
      const inNs = ctx.api.store.countByIndex("pods", QUOTA_INDEX, ns);
      const total = ctx.api.store.count("pods");
      const [used, limit] = inNs + 1 > hard ? [inNs, hard] : total + 1 > config.maxPods ? [total, config.maxPods] : [-1, 0];
      if (used < 0) return;
      throw admissionForbidden(ctx.rt, obj, `exceeded quota: ${PLAYGROUND_QUOTA}, requested: pods=1, used: pods=${used}, limited: pods=${limit}`);
    }
  };
}
function objectCountPlugin(config) {
  return {
    name: "ObjectCount",
    phase: "admit",
    run(obj, ctx) {
      if (ctx.op !== "CREATE" || ctx.trusted || ctx.rt.plural === "pods") return;
      const key3 = resourceKey(ctx.rt);
      const used = ctx.api.store.count(key3);
      if (used < config.maxObjectsPerResource) return;
      throw admissionForbidden(ctx.rt, obj, `exceeded quota: ${PLAYGROUND_QUOTA}, requested: count/${key3}=1, used: count/${key3}=${used}, limited: count/${key3}=${config.maxObjectsPerResource}`);
    }
  };
}

// src/sim/apiserver/admission/service-account.ts
var SA_MOUNT_PATH = "/var/run/secrets/kubernetes.io/serviceaccount";
var TOKEN_EXPIRATION = 3607;
function serviceAccountPlugin(rng) {
  return {
    name: "ServiceAccount",
    phase: "default",
    resources: ["pods"],
    run(obj, ctx) {
      if (ctx.op !== "CREATE") return;
      if (obj.metadata?.annotations?.["kubernetes.io/config.mirror"]) return;
      const spec = obj.spec;
      if (!spec || typeof spec !== "object") return;
      if (!spec.serviceAccountName) spec.serviceAccountName = spec.serviceAccount || "default";
      spec.serviceAccount = spec.serviceAccountName;
      const ns = obj.metadata.namespace;
      let sa = ctx.api.tryGet("serviceaccounts", ns, spec.serviceAccountName);
      if (!sa && spec.serviceAccountName === "default" && ctx.api.tryGet("namespaces", void 0, ns)?.status?.phase === "Active") {
        sa = ctx.api.create({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: ns } });
      }
      if (!sa) {
        throw admissionForbidden(
          ctx.rt,
          obj,
          `error looking up service account ${ns}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`
        );
      }
      const automount = spec.automountServiceAccountToken ?? sa.automountServiceAccountToken ?? true;
      if (automount) mountToken(spec, rng);
      if (!(spec.imagePullSecrets ?? []).length && (sa.imagePullSecrets ?? []).length) {
        spec.imagePullSecrets = sa.imagePullSecrets.map((s) => ({ name: s.name }));
      }
    }
  };
}
function mountToken(spec, rng) {
  const containers2 = [...spec.initContainers ?? [], ...spec.containers ?? []];
  if (containers2.some((c) => (c?.volumeMounts ?? []).some((m) => m?.mountPath === SA_MOUNT_PATH))) return;
  let name = "";
  const existing = new Set((spec.volumes ?? []).map((v) => v?.name));
  do
    name = `kube-api-access-${rng.string(5, NAME_ALPHABET)}`;
  while (existing.has(name));
  spec.volumes = [
    ...spec.volumes ?? [],
    {
      name,
      projected: {
        defaultMode: 420,
        sources: [
          { serviceAccountToken: { expirationSeconds: TOKEN_EXPIRATION, path: "token" } },
          { configMap: { name: "kube-root-ca.crt", items: [{ key: "ca.crt", path: "ca.crt" }] } },
          { downwardAPI: { items: [{ path: "namespace", fieldRef: { apiVersion: "v1", fieldPath: "metadata.namespace" } }] } }
        ]
      }
    }
  ];
  for (const c of containers2) {
    if (!c || typeof c !== "object") continue;
    c.volumeMounts = [...c.volumeMounts ?? [], { name, readOnly: true, mountPath: SA_MOUNT_PATH }];
  }
}

// src/sim/apiserver/admission/storage-protection.ts
var PVC_PROTECTION_FINALIZER = "kubernetes.io/pvc-protection";
var PV_PROTECTION_FINALIZER = "kubernetes.io/pv-protection";
var storageProtectionPlugin = {
  name: "StorageObjectInUseProtection",
  phase: "default",
  resources: ["persistentvolumeclaims", "persistentvolumes"],
  run(obj, ctx) {
    if (ctx.op !== "CREATE" || !obj.metadata || typeof obj.metadata !== "object") return;
    const finalizer = ctx.rt.plural === "persistentvolumes" ? PV_PROTECTION_FINALIZER : PVC_PROTECTION_FINALIZER;
    const list = obj.metadata.finalizers;
    const current = Array.isArray(list) ? list : [];
    if (!current.includes(finalizer)) obj.metadata.finalizers = [...current, finalizer];
  }
};

// src/sim/apiserver/admission/install.ts
function installApiServerPlugins(cluster2) {
  installPlugins(cluster2.api, cluster2.rng.fork("admission"), cluster2.config);
}
function installPlugins(api, rng, config) {
  api.use(requestSizePlugin);
  api.use(strictDecodingPlugin);
  api.use(defaultingPlugin);
  api.use(initialStatusPlugin);
  api.use(namespaceLifecyclePlugin);
  api.use(limitRangerPlugin);
  api.use(serviceAccountPlugin(rng));
  api.use(priorityPlugin);
  api.use(defaultTolerationSecondsPlugin);
  api.use(defaultStorageClassPlugin);
  api.use(storageProtectionPlugin);
  api.use(validationPlugin);
  api.use(podSecurityPlugin);
  api.use(resourceQuotaPlugin(config, api));
  api.use(objectCountPlugin(config));
}

// src/sim/controllers/clusterrole-aggregation.ts
var CLUSTER_ROLES = "clusterroles.rbac.authorization.k8s.io";
var ClusterRoleAggregationController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "clusterrole-aggregation-controller";
  dirty = false;
  observe(ev) {
    if (ev.resource === CLUSTER_ROLES) this.dirty = true;
  }
  sync() {
    if (!this.dirty) return false;
    this.dirty = false;
    const api = this.ctx.api;
    const roles = api.list(CLUSTER_ROLES);
    let did = false;
    for (const role of roles) {
      const selectors = role.aggregationRule?.clusterRoleSelectors;
      if (!Array.isArray(selectors)) continue;
      const rules = aggregatedRules(role, selectors, roles);
      if (JSON.stringify(rules) === JSON.stringify(role.rules ?? [])) continue;
      api.update({ ...deepCopy(role), rules });
      did = true;
    }
    return did;
  }
};
function aggregatedRules(role, selectors, all) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const sel of selectors) {
    const matched = all.filter((r2) => r2.metadata.name !== role.metadata.name && matchesSelector(sel, r2.metadata.labels)).sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1);
    for (const r2 of matched) {
      for (const rule of r2.rules ?? []) {
        const key3 = JSON.stringify(rule);
        if (seen.has(key3)) continue;
        seen.add(key3);
        out.push(deepCopy(rule));
      }
    }
  }
  return out;
}

// src/sim/apiserver/auth/bootstrap-policy.ts
var RW = ["create", "delete", "deletecollection", "patch", "update"];
var READ = ["get", "list", "watch"];
var EVENTS = ["create", "patch", "update"];
var r = (verbs, apiGroups, resources, resourceNames) => resourceNames ? { apiGroups, resources, resourceNames, verbs } : { apiGroups, resources, verbs };
var urls = (verbs, nonResourceURLs) => ({ nonResourceURLs, verbs });
var AGG = "rbac.authorization.k8s.io/aggregate-to-";
var ROLES = [
  { name: "admin", aggregateFrom: "admin" },
  { name: "cluster-admin", rules: [r(["*"], ["*"], ["*"]), urls(["*"], ["*"])] },
  { name: "edit", aggregateFrom: "edit", aggregateTo: ["admin"] },
  {
    name: "system:aggregate-to-admin",
    aggregateTo: ["admin"],
    rules: [r(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews"]), r(["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], ["rbac.authorization.k8s.io"], ["rolebindings", "roles"])]
  },
  {
    name: "system:aggregate-to-edit",
    aggregateTo: ["edit"],
    rules: [
      r(READ, [""], ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"]),
      r(["impersonate"], [""], ["serviceaccounts"]),
      r(RW, [""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"]),
      r(["create"], [""], ["pods/eviction"]),
      r(RW, [""], ["configmaps", "events", "persistentvolumeclaims", "replicationcontrollers", "replicationcontrollers/scale", "secrets", "serviceaccounts", "services", "services/proxy"]),
      r(["create"], [""], ["serviceaccounts/token"]),
      r(RW, ["apps"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "replicasets", "replicasets/scale", "statefulsets", "statefulsets/scale"]),
      r(RW, ["autoscaling"], ["horizontalpodautoscalers"]),
      r(RW, ["batch"], ["cronjobs", "jobs"]),
      r(RW, ["extensions"], ["daemonsets", "deployments", "deployments/rollback", "deployments/scale", "ingresses", "networkpolicies", "replicasets", "replicasets/scale", "replicationcontrollers/scale"]),
      r(RW, ["policy"], ["poddisruptionbudgets"]),
      r(RW, ["networking.k8s.io"], ["ingresses", "networkpolicies"]),
      r(["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"], ["coordination.k8s.io"], ["leases"])
    ]
  },
  {
    name: "system:aggregate-to-view",
    aggregateTo: ["view"],
    rules: [
      r(READ, [""], ["configmaps", "endpoints", "persistentvolumeclaims", "persistentvolumeclaims/status", "pods", "replicationcontrollers", "replicationcontrollers/scale", "serviceaccounts", "services", "services/status"]),
      r(READ, [""], ["bindings", "events", "limitranges", "namespaces/status", "pods/log", "pods/status", "replicationcontrollers/status", "resourcequotas", "resourcequotas/status"]),
      r(READ, [""], ["namespaces"]),
      r(READ, ["discovery.k8s.io"], ["endpointslices"]),
      r(READ, ["apps"], ["controllerrevisions", "daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "replicasets", "replicasets/scale", "replicasets/status", "statefulsets", "statefulsets/scale", "statefulsets/status"]),
      r(READ, ["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"]),
      r(READ, ["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"]),
      r(READ, ["extensions"], ["daemonsets", "daemonsets/status", "deployments", "deployments/scale", "deployments/status", "ingresses", "ingresses/status", "networkpolicies", "replicasets", "replicasets/scale", "replicasets/status", "replicationcontrollers/scale"]),
      r(READ, ["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"]),
      r(READ, ["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"])
    ]
  },
  { name: "system:auth-delegator", rules: [r(["create"], ["authentication.k8s.io"], ["tokenreviews"]), r(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"])] },
  {
    name: "system:basic-user",
    rules: [r(["create"], ["authorization.k8s.io"], ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]), r(["create"], ["authentication.k8s.io"], ["selfsubjectreviews"])]
  },
  { name: "system:certificates.k8s.io:certificatesigningrequests:nodeclient", rules: [r(["create"], ["certificates.k8s.io"], ["certificatesigningrequests/nodeclient"])] },
  { name: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient", rules: [r(["create"], ["certificates.k8s.io"], ["certificatesigningrequests/selfnodeclient"])] },
  { name: "system:certificates.k8s.io:kube-apiserver-client-approver", rules: [r(["approve"], ["certificates.k8s.io"], ["signers"], ["kubernetes.io/kube-apiserver-client"])] },
  { name: "system:certificates.k8s.io:kube-apiserver-client-kubelet-approver", rules: [r(["approve"], ["certificates.k8s.io"], ["signers"], ["kubernetes.io/kube-apiserver-client-kubelet"])] },
  { name: "system:certificates.k8s.io:kubelet-serving-approver", rules: [r(["approve"], ["certificates.k8s.io"], ["signers"], ["kubernetes.io/kubelet-serving"])] },
  { name: "system:certificates.k8s.io:legacy-unknown-approver", rules: [r(["approve"], ["certificates.k8s.io"], ["signers"], ["kubernetes.io/legacy-unknown"])] },
  { name: "system:discovery", rules: [urls(["get"], ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez", "/openapi", "/openapi/*", "/readyz", "/version", "/version/"])] },
  { name: "system:heapster", rules: [r(READ, [""], ["events", "namespaces", "nodes", "pods"]), r(READ, ["extensions"], ["deployments"])] },
  { name: "system:kube-aggregator", rules: [r(READ, [""], ["endpoints", "services"])] },
  {
    name: "system:kube-controller-manager",
    rules: [
      r(EVENTS, ["", "events.k8s.io"], ["events"]),
      r(["create"], ["coordination.k8s.io"], ["leases"]),
      r(["get", "update"], ["coordination.k8s.io"], ["leases"], ["kube-controller-manager"]),
      r(["create"], [""], ["secrets", "serviceaccounts"]),
      r(["delete"], [""], ["secrets"]),
      r(["get"], [""], ["configmaps", "namespaces", "secrets", "serviceaccounts"]),
      r(["update"], [""], ["secrets", "serviceaccounts"]),
      r(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      r(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"]),
      r(["list", "watch"], ["*"], ["*"]),
      r(["create"], [""], ["serviceaccounts/token"])
    ]
  },
  { name: "system:kube-dns", rules: [r(["list", "watch"], [""], ["endpoints", "services"])] },
  {
    name: "system:kube-scheduler",
    rules: [
      r(EVENTS, ["", "events.k8s.io"], ["events"]),
      r(["create"], ["coordination.k8s.io"], ["leases"]),
      r(["get", "update"], ["coordination.k8s.io"], ["leases"], ["kube-scheduler"]),
      r(READ, [""], ["nodes"]),
      r(["delete", "get", "list", "watch"], [""], ["pods"]),
      r(["create"], [""], ["bindings", "pods/binding"]),
      r(["patch", "update"], [""], ["pods/status"]),
      r(READ, [""], ["replicationcontrollers", "services"]),
      r(READ, ["apps", "extensions"], ["replicasets"]),
      r(READ, ["apps"], ["statefulsets"]),
      r(READ, ["policy"], ["poddisruptionbudgets"]),
      r(READ, [""], ["persistentvolumeclaims", "persistentvolumes"]),
      r(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      r(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"]),
      r(READ, ["storage.k8s.io"], ["csinodes"]),
      r(READ, [""], ["namespaces"]),
      r(READ, ["storage.k8s.io"], ["csidrivers"]),
      r(READ, ["storage.k8s.io"], ["csistoragecapacities"])
    ]
  },
  { name: "system:kubelet-api-admin", rules: [r(READ, [""], ["nodes"]), r(["proxy"], [""], ["nodes"]), r(["*"], [""], ["nodes/log", "nodes/metrics", "nodes/proxy", "nodes/stats"])] },
  { name: "system:monitoring", rules: [urls(["get"], ["/healthz", "/healthz/*", "/livez", "/livez/*", "/metrics", "/metrics/slis", "/readyz", "/readyz/*"])] },
  {
    name: "system:node",
    rules: [
      r(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      r(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews", "subjectaccessreviews"]),
      r(READ, [""], ["services"]),
      r(["create", "get", "list", "watch"], [""], ["nodes"]),
      r(["patch", "update"], [""], ["nodes/status"]),
      r(["patch", "update"], [""], ["nodes"]),
      r(EVENTS, [""], ["events"]),
      r(READ, [""], ["pods"]),
      r(["create", "delete"], [""], ["pods"]),
      r(["patch", "update"], [""], ["pods/status"]),
      r(["create"], [""], ["pods/eviction"]),
      r(READ, [""], ["configmaps", "secrets"]),
      r(["get"], [""], ["persistentvolumeclaims", "persistentvolumes"]),
      r(["get"], [""], ["endpoints"]),
      r(["create", "get", "list", "watch"], ["certificates.k8s.io"], ["certificatesigningrequests"]),
      r(["create", "delete", "get", "patch", "update"], ["coordination.k8s.io"], ["leases"]),
      r(["get"], ["storage.k8s.io"], ["volumeattachments"]),
      r(["create"], [""], ["serviceaccounts/token"]),
      r(["get", "patch", "update"], [""], ["persistentvolumeclaims/status"]),
      r(READ, ["storage.k8s.io"], ["csidrivers"]),
      r(["create", "delete", "get", "patch", "update"], ["storage.k8s.io"], ["csinodes"]),
      r(READ, ["node.k8s.io"], ["runtimeclasses"])
    ]
  },
  { name: "system:node-bootstrapper", rules: [r(["create", "get", "list", "watch"], ["certificates.k8s.io"], ["certificatesigningrequests"])] },
  { name: "system:node-problem-detector", rules: [r(["get"], [""], ["nodes"]), r(["patch"], [""], ["nodes/status"]), r(EVENTS, ["", "events.k8s.io"], ["events"])] },
  {
    name: "system:node-proxier",
    rules: [r(["list", "watch"], [""], ["endpoints", "services"]), r(READ, [""], ["nodes"]), r(EVENTS, ["", "events.k8s.io"], ["events"]), r(["list", "watch"], ["discovery.k8s.io"], ["endpointslices"])]
  },
  {
    name: "system:persistent-volume-provisioner",
    rules: [
      r(["create", "delete", "get", "list", "watch"], [""], ["persistentvolumes"]),
      r(["get", "list", "update", "watch"], [""], ["persistentvolumeclaims"]),
      r(READ, ["storage.k8s.io"], ["storageclasses"]),
      r(["watch"], [""], ["events"]),
      r(EVENTS, ["", "events.k8s.io"], ["events"])
    ]
  },
  { name: "system:public-info-viewer", rules: [urls(["get"], ["/healthz", "/livez", "/readyz", "/version", "/version/"])] },
  { name: "system:service-account-issuer-discovery", rules: [urls(["get"], ["/.well-known/openid-configuration", "/openid/v1/jwks"])] },
  {
    name: "system:volume-scheduler",
    rules: [r(["get", "list", "patch", "update", "watch"], [""], ["persistentvolumes"]), r(READ, ["storage.k8s.io"], ["storageclasses"]), r(["get", "list", "patch", "update", "watch"], [""], ["persistentvolumeclaims"])]
  },
  { name: "view", aggregateFrom: "view", aggregateTo: ["edit"] },
  // kubeadm's roles
  { name: "kubeadm:get-nodes", rules: [r(["get"], [""], ["nodes"])] },
  { name: "system:coredns", rules: [r(["list", "watch"], [""], ["endpoints", "services", "pods", "namespaces"]), r(["list", "watch"], ["discovery.k8s.io"], ["endpointslices"])] }
];
var G = (name) => ({ kind: "Group", name });
var U = (name) => ({ kind: "User", name });
var SA = (namespace, name) => ({ kind: "ServiceAccount", name, namespace });
var BINDINGS = [
  { name: "cluster-admin", role: "cluster-admin", subjects: [G("system:masters")] },
  { name: "kubeadm:cluster-admins", role: "cluster-admin", subjects: [G("kubeadm:cluster-admins")], kubeadm: true },
  { name: "kubeadm:get-nodes", role: "kubeadm:get-nodes", subjects: [G("system:bootstrappers:kubeadm:default-node-token")], kubeadm: true },
  { name: "kubeadm:kubelet-bootstrap", role: "system:node-bootstrapper", subjects: [G("system:bootstrappers:kubeadm:default-node-token")], kubeadm: true },
  { name: "kubeadm:node-autoapprove-bootstrap", role: "system:certificates.k8s.io:certificatesigningrequests:nodeclient", subjects: [G("system:bootstrappers:kubeadm:default-node-token")], kubeadm: true },
  { name: "kubeadm:node-autoapprove-certificate-rotation", role: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient", subjects: [G("system:nodes")], kubeadm: true },
  { name: "kubeadm:node-proxier", role: "system:node-proxier", subjects: [SA("kube-system", "kube-proxy")], kubeadm: true },
  { name: "system:basic-user", role: "system:basic-user", subjects: [G("system:authenticated")] },
  { name: "system:coredns", role: "system:coredns", subjects: [SA("kube-system", "coredns")], kubeadm: true },
  { name: "system:discovery", role: "system:discovery", subjects: [G("system:authenticated")] },
  { name: "system:kube-controller-manager", role: "system:kube-controller-manager", subjects: [U("system:kube-controller-manager")] },
  { name: "system:kube-dns", role: "system:kube-dns", subjects: [SA("kube-system", "kube-dns")] },
  { name: "system:kube-scheduler", role: "system:kube-scheduler", subjects: [U("system:kube-scheduler")] },
  { name: "system:monitoring", role: "system:monitoring", subjects: [G("system:monitoring")] },
  { name: "system:node", role: "system:node", subjects: [] },
  { name: "system:node-proxier", role: "system:node-proxier", subjects: [U("system:kube-proxy")] },
  { name: "system:public-info-viewer", role: "system:public-info-viewer", subjects: [G("system:authenticated"), G("system:unauthenticated")] },
  { name: "system:service-account-issuer-discovery", role: "system:service-account-issuer-discovery", subjects: [G("system:serviceaccounts")] },
  { name: "system:volume-scheduler", role: "system:volume-scheduler", subjects: [U("system:kube-scheduler")] }
];
var API_VERSION = "rbac.authorization.k8s.io/v1";
var BOOTSTRAP_LABELS = { "kubernetes.io/bootstrapping": "rbac-defaults" };
var AUTOUPDATE = { "rbac.authorization.kubernetes.io/autoupdate": "true" };
function defaultClusterRoles() {
  return ROLES.map((d) => {
    const kubeadm = d.name.startsWith("kubeadm:") || d.name === "system:coredns";
    const labels = kubeadm ? {} : { ...BOOTSTRAP_LABELS };
    for (const t of d.aggregateTo ?? []) labels[`${AGG}${t}`] = "true";
    const obj = {
      apiVersion: API_VERSION,
      kind: "ClusterRole",
      metadata: { name: d.name, ...Object.keys(labels).length ? { labels } : {}, ...kubeadm ? {} : { annotations: { ...AUTOUPDATE } } },
      rules: deepCopy(d.rules ?? [])
    };
    if (d.aggregateFrom) obj.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [`${AGG}${d.aggregateFrom}`]: "true" } }] };
    return obj;
  });
}
function defaultClusterRoleBindings() {
  return BINDINGS.map((b) => ({
    apiVersion: API_VERSION,
    kind: "ClusterRoleBinding",
    metadata: { name: b.name, ...b.kubeadm ? {} : { labels: { ...BOOTSTRAP_LABELS }, annotations: { ...AUTOUPDATE } } },
    roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: b.role },
    ...b.subjects.length ? { subjects: b.subjects.map((s) => s.kind === "ServiceAccount" ? { ...s } : { apiGroup: "rbac.authorization.k8s.io", ...s }) } : {}
  }));
}

// src/sim/apiserver/auth/install.ts
function installRbac(cluster2) {
  cluster2.addComponent(new ClusterRoleAggregationController(cluster2.ctx));
  for (const o of [...defaultClusterRoles(), ...defaultClusterRoleBindings()]) cluster2.api.create(o);
}

// src/sim/controllers/garbage-collector.ts
var GarbageCollector = class {
  constructor(ctx) {
    this.ctx = ctx;
    const store = ctx.api.store;
    this.keys = [...new Set(RESOURCES.map(resourceKey))];
    for (const key3 of this.keys) {
      if (!store.hasIndex(key3, "owner")) store.addIndex(key3, "owner", (o) => (o.metadata.ownerReferences ?? []).map((r2) => r2.uid));
    }
  }
  ctx;
  name = "garbage-collector";
  /** Every live object by uid (what the real GC's graph holds). */
  live = /* @__PURE__ */ new Map();
  /** Owners that went away or are being deleted with a finalizer. */
  owners = /* @__PURE__ */ new Set();
  /** Dependents to check for missing owners. */
  dependents = /* @__PURE__ */ new Map();
  keys;
  observe(ev) {
    const meta = ev.object.metadata;
    const ref = { key: ev.resource, ns: meta.namespace, name: meta.name };
    if (!meta.uid) return;
    if (ev.type === "DELETED") {
      this.live.delete(meta.uid);
      this.owners.add(meta.uid);
      for (const r2 of meta.ownerReferences ?? []) this.owners.add(r2.uid);
      return;
    }
    this.live.set(meta.uid, ref);
    const fin = meta.finalizers ?? [];
    if (meta.deletionTimestamp && (fin.includes("orphan") || fin.includes("foregroundDeletion"))) this.owners.add(meta.uid);
    if ((meta.ownerReferences ?? []).length) this.dependents.set(meta.uid, ref);
  }
  sync() {
    let did = false;
    const owners = [...this.owners].sort();
    this.owners.clear();
    for (const uid of owners) if (this.processOwner(uid)) did = true;
    const deps = [...this.dependents.values()];
    this.dependents.clear();
    for (const d of deps) if (this.processDependent(d)) did = true;
    return did;
  }
  dependentsOf(uid) {
    const out = [];
    for (const key3 of this.keys) for (const obj of this.ctx.api.store.byIndex(key3, "owner", uid)) out.push({ key: key3, obj });
    return out;
  }
  processOwner(uid) {
    const api = this.ctx.api;
    const ref = this.live.get(uid);
    const owner = ref ? api.store.get(ref.key, ref.ns, ref.name) : void 0;
    const deps = this.dependentsOf(uid);
    if (!owner) {
      let did = false;
      for (const d of deps) if (this.processDependent({ key: d.key, ns: d.obj.metadata.namespace, name: d.obj.metadata.name })) did = true;
      return did;
    }
    const fin = owner.metadata.finalizers ?? [];
    if (!owner.metadata.deletionTimestamp) return false;
    if (fin.includes("orphan")) {
      for (const d of deps) {
        const upd = deepCopy(d.obj);
        upd.metadata.ownerReferences = (upd.metadata.ownerReferences ?? []).filter((r2) => r2.uid !== uid);
        if (upd.metadata.ownerReferences.length === 0) delete upd.metadata.ownerReferences;
        this.tryWrite(() => api.update(upd));
      }
      this.removeFinalizer(ref.key, owner, "orphan");
      return true;
    }
    if (fin.includes("foregroundDeletion")) {
      if (deps.length === 0) {
        this.removeFinalizer(ref.key, owner, "foregroundDeletion");
        return true;
      }
      let did = false;
      for (const d of deps) {
        if (d.obj.metadata.deletionTimestamp) continue;
        this.tryWrite(() => api.delete(d.key, d.obj.metadata.namespace, d.obj.metadata.name, { propagationPolicy: "Foreground" }));
        did = true;
      }
      return did;
    }
    return false;
  }
  /** Delete a dependent whose owners are all gone; drop references to gone owners when others remain. */
  processDependent(ref) {
    const api = this.ctx.api;
    const obj = api.store.get(ref.key, ref.ns, ref.name);
    if (!obj || obj.metadata.deletionTimestamp) return false;
    const refs = obj.metadata.ownerReferences ?? [];
    const alive = refs.filter((r2) => this.live.has(r2.uid));
    if (alive.length === refs.length) return false;
    if (alive.length > 0) {
      const upd = deepCopy(obj);
      upd.metadata.ownerReferences = alive;
      this.tryWrite(() => api.update(upd));
      return true;
    }
    this.tryWrite(() => api.delete(ref.key, ref.ns, ref.name, { propagationPolicy: "Background" }));
    return true;
  }
  removeFinalizer(key3, obj, finalizer) {
    const upd = deepCopy(obj);
    upd.metadata.finalizers = (upd.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    this.tryWrite(() => this.ctx.api.update(upd));
    void key3;
  }
  tryWrite(fn) {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
  }
};

// src/sim/controllers/namespace.ts
var NAMESPACED = RESOURCES.filter((rt) => rt.namespaced && rt.kind !== "Binding").map(resourceKey);
var NamespaceController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "namespace-controller";
  dirty = /* @__PURE__ */ new Set();
  terminating = /* @__PURE__ */ new Set();
  observe(ev) {
    if (ev.resource === "namespaces") {
      const name = ev.object.metadata.name;
      if (ev.type === "DELETED") this.terminating.delete(name);
      else if (ev.object.metadata.deletionTimestamp) {
        this.terminating.add(name);
        this.dirty.add(name);
      }
      return;
    }
    const ns = ev.object.metadata.namespace;
    if (ns && this.terminating.has(ns)) this.dirty.add(ns);
  }
  sync() {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const ns of work) if (this.drain(ns)) did = true;
    return did;
  }
  /** Delete what is left in the namespace; remove the namespace when it is empty. */
  drain(ns) {
    const api = this.ctx.api;
    const nsObj = api.tryGet("namespaces", void 0, ns);
    if (!nsObj?.metadata.deletionTimestamp) return false;
    let remaining = 0;
    let did = false;
    for (const key3 of NAMESPACED) {
      for (const obj of api.store.list(key3, ns)) {
        remaining++;
        if (obj.metadata.deletionTimestamp) continue;
        try {
          api.delete(key3, ns, obj.metadata.name);
          did = true;
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
        }
      }
    }
    if (remaining === 0) {
      api.remove("namespaces", nsObj);
      return true;
    }
    return did;
  }
};

// src/sim/controllers/namespace-quota.ts
var NamespaceQuotaController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "resourcequota-controller";
  dirty = /* @__PURE__ */ new Set();
  observe(ev) {
    const meta = ev.object.metadata;
    if (ev.resource === "namespaces" && ev.type !== "DELETED" && !meta.deletionTimestamp) this.dirty.add(meta.name);
    else if (ev.resource === "pods" && meta.namespace) {
      if (ev.type !== "MODIFIED" || countsAgainstQuota(ev.object) !== countsAgainstQuota(ev.old ?? ev.object)) this.dirty.add(meta.namespace);
    } else if (ev.resource === "resourcequotas" && meta.name === PLAYGROUND_QUOTA && ev.type === "DELETED") this.dirty.add(meta.namespace);
  }
  sync() {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const ns of work) if (this.ensure(ns)) did = true;
    return did;
  }
  /** Create or refresh the namespace's quota; returns whether anything was written. */
  ensure(ns) {
    const api = this.ctx.api;
    let did = false;
    const hard = { pods: String(this.ctx.config.maxPods) };
    const nsObj = api.tryGet("namespaces", void 0, ns);
    if (!nsObj || nsObj.metadata.deletionTimestamp) return false;
    const used = { pods: String(api.store.countByIndex("pods", QUOTA_INDEX, ns)) };
    try {
      let q = api.tryGet("resourcequotas", ns, PLAYGROUND_QUOTA);
      if (!q) {
        q = api.create({ apiVersion: "v1", kind: "ResourceQuota", metadata: { name: PLAYGROUND_QUOTA, namespace: ns }, spec: { hard } });
        did = true;
      }
      if (JSON.stringify(q.status ?? {}) !== JSON.stringify({ hard, used })) {
        api.updateStatus({ ...deepCopy(q), status: { hard, used } });
        did = true;
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return did;
  }
};

// src/sim/controllers/pod-gc.ts
var GC_CHECK_PERIOD_MS = 2e4;
var QUARANTINE_MS = 4e4;
var PodGarbageCollector = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "pod-garbage-collector";
  /** Missing node names waiting for their quarantine to end. */
  quarantined = /* @__PURE__ */ new Set();
  seen = [];
  observe(ev) {
    if (ev.resource === "pods" && ev.type !== "DELETED") {
      const node2 = ev.object.spec?.nodeName;
      if (node2 && !this.quarantined.has(node2)) this.seen.push(node2);
    } else if (ev.resource === "nodes" && ev.type === "DELETED") {
      this.seen.push(ev.object.metadata.name);
    }
  }
  sync() {
    if (!this.seen.length) return false;
    const names = this.seen;
    this.seen = [];
    for (const node2 of names) {
      if (this.quarantined.has(node2) || this.ctx.api.store.get("nodes", void 0, node2)) continue;
      this.quarantined.add(node2);
      const now = this.ctx.clock.now();
      const at = Math.floor(now / GC_CHECK_PERIOD_MS) * GC_CHECK_PERIOD_MS + GC_CHECK_PERIOD_MS + QUARANTINE_MS;
      this.ctx.clock.after(at - now, () => this.collect(node2), "pod-gc");
    }
    return false;
  }
  collect(node2) {
    this.quarantined.delete(node2);
    const api = this.ctx.api;
    if (api.store.get("nodes", void 0, node2)) return;
    for (const pod of api.store.byIndex("pods", "nodeName", node2)) {
      try {
        if (pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed") {
          const upd = deepCopy(pod);
          const conditions = (upd.status?.conditions ?? []).filter((c) => c.type !== "DisruptionTarget");
          conditions.push({ type: "DisruptionTarget", status: "True", reason: "DeletionByPodGC", message: "PodGC: node no longer exists", lastTransitionTime: this.ctx.clock.isoNow() });
          upd.status = { ...upd.status ?? {}, phase: "Failed", conditions };
          api.updateStatus(upd);
        }
        api.delete("pods", pod.metadata.namespace, pod.metadata.name, { gracePeriodSeconds: 0 });
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
      }
    }
  }
};

// src/sim/controllers/serviceaccount.ts
var ROOT_CA_CONFIGMAP = "kube-root-ca.crt";
var ROOT_CA_DESCRIPTION = "Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.";
function fakeCertificate(bytes2) {
  const b64 = btoa(String.fromCharCode(...bytes2));
  const lines2 = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----
${lines2.join("\n")}
-----END CERTIFICATE-----
`;
}
var ServiceAccountController = class {
  constructor(ctx) {
    this.ctx = ctx;
    const rng = ctx.rng.fork("root-ca");
    this.caPem = fakeCertificate(Array.from({ length: 825 }, () => rng.int(256)));
  }
  ctx;
  name = "serviceaccount-controller";
  dirty = /* @__PURE__ */ new Set();
  caPem;
  observe(ev) {
    const meta = ev.object.metadata;
    if (ev.resource === "namespaces" && ev.type !== "DELETED" && !meta.deletionTimestamp) this.dirty.add(meta.name);
    else if (ev.resource === "serviceaccounts" && ev.type === "DELETED" && meta.name === "default") this.dirty.add(meta.namespace);
    else if (ev.resource === "configmaps" && meta.name === ROOT_CA_CONFIGMAP && ev.type !== "ADDED") this.dirty.add(meta.namespace);
  }
  sync() {
    if (this.dirty.size === 0) return false;
    const work = [...this.dirty].sort();
    this.dirty.clear();
    let did = false;
    for (const ns of work) if (this.ensure(ns)) did = true;
    return did;
  }
  /** Create what the namespace lacks; returns whether anything was written. */
  ensure(ns) {
    const api = this.ctx.api;
    let did = false;
    const nsObj = api.tryGet("namespaces", void 0, ns);
    if (!nsObj || nsObj.metadata.deletionTimestamp) return false;
    if (!api.tryGet("serviceaccounts", ns, "default")) {
      did = this.tryCreate({ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "default", namespace: ns } }) || did;
    }
    const cm = api.tryGet("configmaps", ns, ROOT_CA_CONFIGMAP);
    if (!cm) {
      did = this.tryCreate({
        apiVersion: "v1",
        kind: "ConfigMap",
        metadata: { name: ROOT_CA_CONFIGMAP, namespace: ns, annotations: { "kubernetes.io/description": ROOT_CA_DESCRIPTION } },
        data: { "ca.crt": this.caPem }
      }) || did;
    } else if (cm.data?.["ca.crt"] !== this.caPem) {
      const upd = deepCopy(cm);
      upd.data = { ...upd.data ?? {}, "ca.crt": this.caPem };
      api.update(upd);
      did = true;
    }
    return did;
  }
  tryCreate(obj) {
    try {
      this.ctx.api.create(obj);
      return true;
    } catch (e) {
      if (e instanceof ApiError) return false;
      throw e;
    }
  }
};

// src/sim/controllers/install-core.ts
var SYSTEM_NAMESPACES = ["default", "kube-node-lease", "kube-public", "kube-system"];
var SYSTEM_PRIORITY_CLASSES = [
  { name: "system-cluster-critical", value: 2e9, description: "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary." },
  { name: "system-node-critical", value: 2000001e3, description: "Used for system critical pods that must not be moved from their current node." }
];
function installCoreControllers(cluster2) {
  const ctx = cluster2.ctx;
  const serviceAccounts = new ServiceAccountController(ctx);
  const quotas = new NamespaceQuotaController(ctx);
  cluster2.addComponent(new GarbageCollector(ctx));
  cluster2.addComponent(new PodGarbageCollector(ctx));
  cluster2.addComponent(new NamespaceController(ctx));
  cluster2.addComponent(serviceAccounts);
  cluster2.addComponent(quotas);
  for (const name of SYSTEM_NAMESPACES) {
    if (!cluster2.api.tryGet("namespaces", void 0, name)) cluster2.api.create({ apiVersion: "v1", kind: "Namespace", metadata: { name } });
    serviceAccounts.ensure(name);
    quotas.ensure(name);
  }
  for (const pc of SYSTEM_PRIORITY_CLASSES) {
    cluster2.api.create({
      apiVersion: "scheduling.k8s.io/v1",
      kind: "PriorityClass",
      metadata: { name: pc.name },
      value: pc.value,
      description: pc.description,
      preemptionPolicy: "PreemptLowerPriority"
    });
  }
}

// src/sim/controllers/resync-timers.ts
var ResyncTimers = class {
  constructor(clock, label, fire) {
    this.clock = clock;
    this.label = label;
    this.fire = fire;
  }
  clock;
  label;
  fire;
  timers = /* @__PURE__ */ new Map();
  /** Resync `key` at virtual time `at` (the earliest pending request wins). */
  at(key3, at) {
    const cur = this.timers.get(key3);
    if (cur && cur.at <= at) return;
    if (cur) this.clock.cancel(cur.id);
    const id2 = this.clock.schedule(
      at,
      () => {
        this.timers.delete(key3);
        this.fire(key3);
      },
      `${this.label} ${key3}`
    );
    this.timers.set(key3, { at, id: id2 });
  }
};

// src/sim/controllers/deployment-util.ts
var SyncError = class extends Error {
};
var REVISION_ANNOTATION = "deployment.kubernetes.io/revision";
var REVISION_HISTORY_ANNOTATION = "deployment.kubernetes.io/revision-history";
var DESIRED_REPLICAS_ANNOTATION = "deployment.kubernetes.io/desired-replicas";
var MAX_REPLICAS_ANNOTATION = "deployment.kubernetes.io/max-replicas";
var LAST_APPLIED_ANNOTATION = "kubectl.kubernetes.io/last-applied-configuration";
var DEPRECATED_ROLLBACK_TO = "deprecated.deployment.rollback.to";
var POD_TEMPLATE_HASH_LABEL = "pod-template-hash";
var MAX_REV_HISTORY_LENGTH_IN_CHARS = 2e3;
var MAX_INT32 = 2147483647;
var Reasons = {
  ReplicaSetUpdated: "ReplicaSetUpdated",
  FailedRSCreate: "ReplicaSetCreateError",
  NewReplicaSet: "NewReplicaSetCreated",
  FoundNewRS: "FoundNewReplicaSet",
  NewRSAvailable: "NewReplicaSetAvailable",
  TimedOut: "ProgressDeadlineExceeded",
  PausedDeploy: "DeploymentPaused",
  ResumedDeploy: "DeploymentResumed",
  MinimumReplicasAvailable: "MinimumReplicasAvailable",
  MinimumReplicasUnavailable: "MinimumReplicasUnavailable"
};
var ANNOTATIONS_TO_SKIP = /* @__PURE__ */ new Set([
  LAST_APPLIED_ANNOTATION,
  REVISION_ANNOTATION,
  REVISION_HISTORY_ANNOTATION,
  DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION,
  DEPRECATED_ROLLBACK_TO
]);
function scaledValueFromIntOrPercent(v, total, roundUp) {
  if (v === void 0 || v === null) throw new Error("nil value for IntOrString");
  if (typeof v === "number") return v;
  if (!v.endsWith("%")) throw new Error("invalid type: string is not a percentage");
  const s = v.slice(0, -1);
  if (!/^[+-]?\d+$/.test(s)) throw new Error(`invalid value "${v}": strconv.Atoi: parsing "${s}": invalid syntax`);
  const n = Number(s);
  return roundUp ? Math.ceil(n * total / 100) : Math.floor(n * total / 100);
}
function resolveFenceposts(maxSurge2, maxUnavailable2, desired) {
  const surge = scaledValueFromIntOrPercent(maxSurge2 ?? 0, desired, true);
  let unavailable = scaledValueFromIntOrPercent(maxUnavailable2 ?? 0, desired, false);
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}
function specReplicas(obj) {
  return obj.spec?.replicas ?? 1;
}
function strategyType(d) {
  return d.spec?.strategy?.type ?? "RollingUpdate";
}
function isRollingUpdate(d) {
  return strategyType(d) === "RollingUpdate";
}
function rollingParams(d) {
  const ru = d.spec?.strategy?.rollingUpdate ?? {};
  return { maxSurge: ru.maxSurge ?? "25%", maxUnavailable: ru.maxUnavailable ?? "25%" };
}
function maxUnavailable(d) {
  const replicas = specReplicas(d);
  if (!isRollingUpdate(d) || replicas === 0) return 0;
  const { maxSurge: maxSurge2, maxUnavailable: mu } = rollingParams(d);
  let unavailable;
  try {
    unavailable = resolveFenceposts(maxSurge2, mu, replicas)[1];
  } catch {
    unavailable = 0;
  }
  return Math.min(unavailable, replicas);
}
function maxSurge(d) {
  if (!isRollingUpdate(d)) return 0;
  const { maxSurge: ms, maxUnavailable: mu } = rollingParams(d);
  try {
    return resolveFenceposts(ms, mu, specReplicas(d))[0];
  } catch {
    return 0;
  }
}
function revisionHistoryLimit(d) {
  const v = d.spec?.revisionHistoryLimit;
  return v === void 0 ? 10 : v === null ? void 0 : v;
}
function progressDeadlineSeconds(d) {
  const v = d.spec?.progressDeadlineSeconds;
  return v === void 0 ? 600 : v === null ? void 0 : v;
}
function hasProgressDeadline(d) {
  const v = progressDeadlineSeconds(d);
  return v !== void 0 && v !== MAX_INT32;
}
function replicaCount(rss) {
  return rss.reduce((n, rs) => n + (rs ? specReplicas(rs) : 0), 0);
}
function actualReplicaCount(rss) {
  return rss.reduce((n, rs) => n + (rs?.status?.replicas ?? 0), 0);
}
function readyReplicaCount(rss) {
  return rss.reduce((n, rs) => n + (rs?.status?.readyReplicas ?? 0), 0);
}
function availableReplicaCount(rss) {
  return rss.reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);
}
function activeReplicaSets(rss) {
  return rss.filter((rs) => !!rs && specReplicas(rs) > 0);
}
function newRSNewReplicas(d, allRSs, newRS) {
  const type = strategyType(d);
  if (type === "RollingUpdate") {
    const replicas = specReplicas(d);
    const surge = scaledValueFromIntOrPercent(rollingParams(d).maxSurge, replicas, true);
    const current = replicaCount(allRSs);
    const maxTotal = replicas + surge;
    if (current >= maxTotal) return specReplicas(newRS);
    const scaleUp = Math.min(maxTotal - current, replicas - specReplicas(newRS));
    return specReplicas(newRS) + scaleUp;
  }
  if (type === "Recreate") return specReplicas(d);
  throw new Error(`deployment type ${type} isn't supported`);
}
function isSaturated(d, rs) {
  if (!rs) return false;
  const desired = Number(rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION]);
  if (!Number.isInteger(desired)) return false;
  return specReplicas(rs) === specReplicas(d) && desired === specReplicas(d) && (rs.status?.availableReplicas ?? 0) === specReplicas(d);
}
function deploymentComplete(d, s) {
  const r2 = specReplicas(d);
  return (s.updatedReplicas ?? 0) === r2 && (s.replicas ?? 0) === r2 && (s.availableReplicas ?? 0) === r2 && (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}
function deploymentProgressing(d, s) {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (s.replicas ?? 0) - (s.updatedReplicas ?? 0);
  return (s.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld || (s.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (s.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}
function deploymentTimedOut(d, s, nowMs) {
  if (!hasProgressDeadline(d)) return false;
  const cond = getCondition(s, "Progressing");
  if (!cond) return false;
  if (cond.reason === Reasons.NewRSAvailable) return false;
  if (cond.reason === Reasons.TimedOut) return true;
  const from = Date.parse(cond.lastUpdateTime ?? "");
  if (Number.isNaN(from)) return false;
  return from + progressDeadlineSeconds(d) * 1e3 < nowMs;
}
function getCondition(s, type) {
  return s?.conditions?.find((c) => c.type === type);
}
function newCondition(type, status2, reason, message, nowIso) {
  return { type, status: status2, lastUpdateTime: nowIso, lastTransitionTime: nowIso, reason, message };
}
function setCondition(s, cond) {
  const cur = getCondition(s, cond.type);
  if (cur && cur.status === cond.status && cur.reason === cond.reason) return;
  const c = { ...cond };
  if (cur && cur.status === c.status) c.lastTransitionTime = cur.lastTransitionTime;
  s.conditions = [...(s.conditions ?? []).filter((x) => x.type !== c.type), c];
}
function removeCondition(s, type) {
  if (!s.conditions) return;
  s.conditions = s.conditions.filter((c) => c.type !== type);
}
function revisionOf(obj) {
  const v = obj.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === void 0 || v === "") return 0;
  return /^\d+$/.test(v) ? Number(v) : NaN;
}
function maxRevision(rss) {
  let max = 0;
  for (const rs of rss) {
    const v = revisionOf(rs);
    if (!Number.isNaN(v) && v > max) max = v;
  }
  return max;
}
function copyDeploymentAnnotationsToRS(d, rs) {
  let changed = false;
  const ann = rs.metadata.annotations ??= {};
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (ANNOTATIONS_TO_SKIP.has(k) || ann[k] === v) continue;
    ann[k] = v;
    changed = true;
  }
  return changed;
}
function setReplicasAnnotations(rs, desired, max) {
  const ann = rs.metadata.annotations ??= {};
  let changed = false;
  if (ann[DESIRED_REPLICAS_ANNOTATION] !== String(desired)) {
    ann[DESIRED_REPLICAS_ANNOTATION] = String(desired);
    changed = true;
  }
  if (ann[MAX_REPLICAS_ANNOTATION] !== String(max)) {
    ann[MAX_REPLICAS_ANNOTATION] = String(max);
    changed = true;
  }
  return changed;
}
function replicasAnnotationsNeedUpdate(rs, desired, max) {
  const ann = rs.metadata.annotations ?? {};
  return ann[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || ann[MAX_REPLICAS_ANNOTATION] !== String(max);
}
function setNewReplicaSetAnnotations(d, rs, newRevision, exists) {
  let changed = copyDeploymentAnnotationsToRS(d, rs);
  const ann = rs.metadata.annotations ??= {};
  const had = Object.prototype.hasOwnProperty.call(ann, REVISION_ANNOTATION);
  const oldRevision = ann[REVISION_ANNOTATION] ?? "";
  let oldInt = 0;
  if (oldRevision !== "") {
    if (!/^\d+$/.test(oldRevision)) return false;
    oldInt = Number(oldRevision);
  }
  if (oldInt < newRevision) {
    ann[REVISION_ANNOTATION] = String(newRevision);
    changed = true;
    if (had) {
      const history = ann[REVISION_HISTORY_ANNOTATION] ?? "";
      let olds = history.split(",");
      if (olds[0].length === 0) {
        ann[REVISION_HISTORY_ANNOTATION] = oldRevision;
      } else {
        let totalLen = history.length + oldRevision.length + 1;
        let start = 0;
        while (totalLen > MAX_REV_HISTORY_LENGTH_IN_CHARS && start < olds.length) {
          totalLen -= olds[start].length + 1;
          start++;
        }
        if (totalLen <= MAX_REV_HISTORY_LENGTH_IN_CHARS) {
          olds = [...olds.slice(start), oldRevision];
          ann[REVISION_HISTORY_ANNOTATION] = olds.join(",");
        }
      }
    }
  }
  if (!exists && setReplicasAnnotations(rs, specReplicas(d), specReplicas(d) + maxSurge(d))) changed = true;
  return changed;
}
function setDeploymentRevision(d, revision) {
  const ann = d.metadata.annotations ??= {};
  if (ann[REVISION_ANNOTATION] === revision) return false;
  ann[REVISION_ANNOTATION] = revision;
  return true;
}
function canonicalJson(v) {
  if (v === null || v === void 0) return "null";
  if (Array.isArray(v)) return `[${v.map((x) => x === void 0 ? "null" : canonicalJson(x)).join(",")}]`;
  if (typeof v === "object") {
    const o = v;
    const keys = Object.keys(o).filter((k) => o[k] !== void 0).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
function semanticEqual(a, b) {
  return canonicalJson(a) === canonicalJson(b);
}
function withoutHash(t) {
  const c = deepCopy(t ?? {});
  if (c.metadata?.labels) {
    delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL];
    if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels;
  }
  if (c.metadata && Object.keys(c.metadata).length === 0) delete c.metadata;
  return c;
}
var templateKeys = /* @__PURE__ */ new WeakMap();
function templateKey(t) {
  const cacheable = !!t && typeof t === "object";
  if (cacheable) {
    const hit = templateKeys.get(t);
    if (hit !== void 0) return hit;
  }
  const key3 = canonicalJson(withoutHash(t));
  if (cacheable) templateKeys.set(t, key3);
  return key3;
}
function equalIgnoreHash(a, b) {
  return templateKey(a) === templateKey(b);
}
function fnv32a(bytes2) {
  let h = 2166136261;
  for (const b of bytes2) {
    h ^= b;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}
var SAFE_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
function safeEncodeString(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) out += SAFE_ALPHABET[s.charCodeAt(i) % SAFE_ALPHABET.length];
  return out;
}
function computeHash(template, collisionCount) {
  const text = new TextEncoder().encode(canonicalJson(template));
  let bytes2 = text;
  if (collisionCount !== void 0 && collisionCount !== null) {
    bytes2 = new Uint8Array(text.length + 8);
    bytes2.set(text);
    new DataView(bytes2.buffer).setUint32(text.length, collisionCount >>> 0, true);
  }
  return safeEncodeString(String(fnv32a(bytes2)));
}
function ts(o) {
  return Date.parse(o.metadata.creationTimestamp ?? "") || 0;
}
function byCreationTimestamp(a, b) {
  const d = ts(a) - ts(b);
  if (d !== 0) return d;
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0;
}
function byRevision(a, b) {
  const ra = revisionOf(a);
  const rb = revisionOf(b);
  if (ra === rb || Number.isNaN(ra) && Number.isNaN(rb)) return byCreationTimestamp(a, b);
  return (Number.isNaN(ra) ? 0 : ra) - (Number.isNaN(rb) ? 0 : rb);
}
function bySizeNewer(a, b) {
  if (specReplicas(a) === specReplicas(b)) return byCreationTimestamp(b, a);
  return specReplicas(b) - specReplicas(a);
}
function bySizeOlder(a, b) {
  if (specReplicas(a) === specReplicas(b)) return byCreationTimestamp(a, b);
  return specReplicas(b) - specReplicas(a);
}
function findNewReplicaSet(d, rss) {
  return [...rss].sort(byCreationTimestamp).find((rs) => equalIgnoreHash(rs.spec?.template, d.spec?.template));
}
function findActiveOrLatest(newRS, oldRSs) {
  if (!newRS && oldRSs.length === 0) return void 0;
  const all = [...oldRSs, ...newRS ? [newRS] : []];
  const active = activeReplicaSets(all);
  if (active.length === 0) {
    if (newRS) return newRS;
    return [...oldRSs].sort(byCreationTimestamp).reverse()[0];
  }
  if (active.length === 1) return active[0];
  return void 0;
}
function replicaSetProportion(rs, d, toAdd, added) {
  if (specReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const fraction = replicaSetFraction(rs, d);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(fraction, allowed) : Math.max(fraction, allowed);
}
function replicaSetFraction(rs, d) {
  if (specReplicas(d) === 0) return -specReplicas(rs);
  const deploymentMax = specReplicas(d) + maxSurge(d);
  let annotated = Number(rs.metadata.annotations?.[MAX_REPLICAS_ANNOTATION]);
  if (!Number.isInteger(annotated) || annotated === 0) annotated = d.status?.replicas ?? 0;
  if (annotated === 0) return 0;
  const size = specReplicas(rs) * deploymentMax / annotated;
  const rounded = Math.sign(size) * Math.round(Math.abs(size));
  return rounded - specReplicas(rs);
}

// src/sim/controllers/deployment-progress.ts
function calculateDeploymentStatus(allRSs, newRS, d, nowIso) {
  const available = availableReplicaCount(allRSs);
  const total = replicaCount(allRSs);
  const unavailable = Math.max(0, total - available);
  const status2 = {
    observedGeneration: d.metadata.generation,
    replicas: actualReplicaCount(allRSs),
    updatedReplicas: actualReplicaCount([newRS]),
    readyReplicas: readyReplicaCount(allRSs),
    availableReplicas: available,
    unavailableReplicas: unavailable,
    conditions: deepCopy(d.status?.conditions ?? [])
  };
  if (d.status?.collisionCount !== void 0) status2.collisionCount = d.status.collisionCount;
  if (available >= specReplicas(d) - maxUnavailable(d)) {
    setCondition(status2, newCondition("Available", "True", Reasons.MinimumReplicasAvailable, "Deployment has minimum availability.", nowIso));
  } else {
    setCondition(status2, newCondition("Available", "False", Reasons.MinimumReplicasUnavailable, "Deployment does not have minimum availability.", nowIso));
  }
  return normalizeStatus(status2);
}
function normalizeStatus(s) {
  const out = {};
  for (const k of ["observedGeneration", "replicas", "updatedReplicas", "readyReplicas", "availableReplicas", "unavailableReplicas"]) {
    if (s[k]) out[k] = s[k];
  }
  if (s.conditions && s.conditions.length) out.conditions = s.conditions;
  if (s.collisionCount) out.collisionCount = s.collisionCount;
  return out;
}
function deploymentStatusJson(s) {
  return { ...normalizeStatus(s ?? {}) };
}
function replicaFailures(allRSs, newRS) {
  const fromRS = (rs) => {
    const c = (rs.status?.conditions ?? []).find((x) => x.type === "ReplicaFailure");
    if (!c) return void 0;
    return { type: "ReplicaFailure", status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
  };
  if (newRS) {
    const c = fromRS(newRS);
    if (c) return c;
  }
  for (const rs of allRSs) {
    if (!rs || rs === newRS) continue;
    const c = fromRS(rs);
    if (c) return c;
  }
  return void 0;
}
function syncRolloutStatus(dc, allRSs, newRS, d) {
  const nowIso = dc.ctx.clock.isoNow();
  const now = dc.ctx.clock.now();
  const status2 = calculateDeploymentStatus(allRSs, newRS, d, nowIso);
  status2.conditions ??= [];
  if (!hasProgressDeadline(d)) removeCondition(status2, "Progressing");
  const current = getCondition(d.status, "Progressing");
  const isComplete = (status2.replicas ?? 0) === (status2.updatedReplicas ?? 0) && current?.reason === Reasons.NewRSAvailable;
  if (hasProgressDeadline(d) && !isComplete) {
    if (deploymentComplete(d, status2)) {
      const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" has successfully progressed.` : `Deployment "${d.metadata.name}" has successfully progressed.`;
      setCondition(status2, newCondition("Progressing", "True", Reasons.NewRSAvailable, msg, nowIso));
    } else if (deploymentProgressing(d, status2)) {
      const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" is progressing.` : `Deployment "${d.metadata.name}" is progressing.`;
      const cond = newCondition("Progressing", "True", Reasons.ReplicaSetUpdated, msg, nowIso);
      if (current) {
        if (current.status === "True") cond.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status2, "Progressing");
      }
      setCondition(status2, cond);
    } else if (deploymentTimedOut(d, status2, now)) {
      const msg = newRS ? `ReplicaSet "${newRS.metadata.name}" has timed out progressing.` : `Deployment "${d.metadata.name}" has timed out progressing.`;
      setCondition(status2, newCondition("Progressing", "False", Reasons.TimedOut, msg, nowIso));
    }
  }
  const failure = replicaFailures(allRSs, newRS);
  if (failure) setCondition(status2, failure);
  else removeCondition(status2, "ReplicaFailure");
  const normalized = deploymentStatusJson(status2);
  if (semanticEqual(d.status, normalized)) {
    requeueStuckDeployment(dc, d, normalized);
    return;
  }
  d.status = normalized;
  dc.writeStatus(d);
}
function requeueStuckDeployment(dc, d, status2) {
  const current = getCondition(d.status, "Progressing");
  if (!hasProgressDeadline(d) || !current) return;
  if (deploymentComplete(d, status2) || current.reason === Reasons.TimedOut) return;
  const last = Date.parse(current.lastUpdateTime ?? "");
  if (Number.isNaN(last)) return;
  const now = dc.ctx.clock.now();
  const after = last + progressDeadlineSeconds(d) * 1e3 - now;
  const key3 = `${d.metadata.namespace ?? ""}/${d.metadata.name}`;
  dc.enqueueAt(key3, after < 1e3 ? now + 1e3 : now + after + 1e3);
}

// src/sim/controllers/pod-control.ts
function setControllerRef(api, obj, owner, adopt) {
  const upd = deepCopy(obj);
  const refs = (upd.metadata.ownerReferences ?? []).filter((r2) => r2.uid !== owner.metadata.uid);
  if (adopt) refs.push(controllerRef(owner));
  if (refs.length) upd.metadata.ownerReferences = refs;
  else delete upd.metadata.ownerReferences;
  delete upd.metadata.resourceVersion;
  try {
    return api.update(upd);
  } catch (e) {
    if (e instanceof ApiError) return void 0;
    throw e;
  }
}
function controllerRef(owner) {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid,
    controller: true,
    blockOwnerDeletion: true
  };
}
function controllerOf(obj) {
  return (obj.metadata.ownerReferences ?? []).find((r2) => r2.controller === true);
}
function isPodActive(pod) {
  const phase = pod.status?.phase;
  return phase !== "Succeeded" && phase !== "Failed" && !pod.metadata.deletionTimestamp;
}
function podReadyCondition(pod) {
  return (pod.status?.conditions ?? []).find((c) => c.type === "Ready");
}
function isPodReady(pod) {
  return podReadyCondition(pod)?.status === "True";
}
function isPodAvailable(pod, minReadySeconds, nowMs) {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const t = Date.parse(podReadyCondition(pod)?.lastTransitionTime ?? "");
  return !Number.isNaN(t) && t + minReadySeconds * 1e3 < nowMs;
}
function availableAt(pod, minReadySeconds) {
  if (!isPodReady(pod) || !minReadySeconds) return void 0;
  const t = Date.parse(podReadyCondition(pod)?.lastTransitionTime ?? "");
  return Number.isNaN(t) ? void 0 : t + minReadySeconds * 1e3 + 1;
}
function podsPrefix(controllerName) {
  const prefix2 = `${controllerName}-`;
  return prefix2.length > 253 ? controllerName : prefix2;
}
function podFromTemplate(template, owner) {
  const meta = template?.metadata ?? {};
  const pod = {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      generateName: podsPrefix(owner.metadata.name),
      namespace: owner.metadata.namespace,
      ...meta.labels ? { labels: { ...meta.labels } } : {},
      ...meta.annotations ? { annotations: { ...meta.annotations } } : {},
      ...meta.finalizers ? { finalizers: [...meta.finalizers] } : {},
      ownerReferences: [controllerRef(owner)]
    },
    spec: deepCopy(template?.spec ?? {})
  };
  return pod;
}
function createPod(ctx, owner, template, component) {
  const pod = podFromTemplate(template, owner);
  if (Object.keys(pod.metadata.labels ?? {}).length === 0) throw new Error("unable to create pods, no labels");
  try {
    const created = ctx.api.create(pod);
    ctx.events.record(owner, "Normal", "SuccessfulCreate", `Created pod: ${created.metadata.name}`, { component });
    return created;
  } catch (e) {
    if (e instanceof ApiError) ctx.events.record(owner, "Warning", "FailedCreate", `Error creating: ${e.message}`, { component });
    throw e;
  }
}
function deletePod(ctx, owner, pod, component) {
  try {
    ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name);
  } catch (e) {
    if (e instanceof ApiError && e.reason === "NotFound") return;
    if (e instanceof ApiError) ctx.events.record(owner, "Warning", "FailedDelete", `Error deleting: ${e.message}`, { component });
    throw new Error(`unable to delete pods: ${e instanceof Error ? e.message : String(e)}`);
  }
  ctx.events.record(owner, "Normal", "SuccessfulDelete", `Deleted pod: ${pod.metadata.name}`, { component });
}
function slowStartBatch(count, initial, fn) {
  let remaining = count;
  let successes = 0;
  for (let batch = Math.min(remaining, initial); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let error;
    for (let i = 0; i < batch; i++) {
      try {
        fn();
        successes++;
      } catch (e) {
        if (error === void 0) error = e;
      }
    }
    if (error !== void 0) return { successes, error };
    remaining -= batch;
  }
  return { successes };
}

// src/sim/controllers/replicaset-indexes.ts
var OWNER_INDEX = "owner";
var ORPHAN_INDEX = "workloads/orphan";
function orphanNs(o) {
  return (o.metadata.ownerReferences ?? []).some((r2) => r2.controller === true) ? [] : [o.metadata.namespace ?? ""];
}
function addWorkloadIndexes(store) {
  for (const rt of ["pods", "replicasets.apps", "replicationcontrollers"]) {
    if (!store.hasIndex(rt, ORPHAN_INDEX)) store.addIndex(rt, ORPHAN_INDEX, orphanNs);
  }
  for (const rt of ["pods", "replicasets.apps", "replicationcontrollers", "controllerrevisions.apps"]) {
    if (!store.hasIndex(rt, OWNER_INDEX)) store.addIndex(rt, OWNER_INDEX, (o) => (o.metadata.ownerReferences ?? []).map((r2) => r2.uid));
  }
  for (const rt of ["replicationcontrollers", "deployments.apps", "replicasets.apps", "statefulsets.apps"]) {
    if (!store.hasIndex(rt, "namespace")) store.addIndex(rt, "namespace", (o) => [o.metadata.namespace ?? ""]);
  }
}
function backoffDelay(failures) {
  return Math.min(5 * 2 ** failures, 1e6);
}

// src/sim/controllers/deployment-recreate.ts
function rolloutRecreate(dc, d, rsList) {
  let { newRS, oldRSs } = dc.getAllReplicaSetsAndSyncRevision(d, rsList, false);
  let allRSs = [...oldRSs, newRS];
  let scaledDown = false;
  for (const rs of activeReplicaSets(oldRSs)) {
    if (specReplicas(rs) === 0) continue;
    if (dc.scaleReplicaSetAndRecordEvent(rs, 0, d).scaled) scaledDown = true;
  }
  if (scaledDown) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (oldPodsRunning(dc, newRS, oldRSs)) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (!newRS) {
    ({ newRS, oldRSs } = dc.getAllReplicaSetsAndSyncRevision(d, rsList, true));
    allRSs = [...oldRSs, newRS];
  }
  if (newRS) dc.scaleReplicaSetAndRecordEvent(newRS, specReplicas(d), d);
  if (deploymentComplete(d, d.status ?? {})) dc.cleanupDeployment(oldRSs, d);
  dc.syncRolloutStatus(allRSs, newRS, d);
}
function oldPodsRunning(dc, newRS, oldRSs) {
  if (actualReplicaCount(oldRSs) > 0) return true;
  for (const rs of oldRSs) {
    for (const pod of dc.ctx.api.store.byIndex("pods", OWNER_INDEX, rs.metadata.uid)) {
      if (controllerOf(pod)?.uid !== rs.metadata.uid || rs.metadata.uid === newRS?.metadata.uid) continue;
      const phase = pod.status?.phase;
      if (phase === "Failed" || phase === "Succeeded") continue;
      return true;
    }
  }
  return false;
}

// src/sim/controllers/deployment-rolling.ts
function rolloutRolling(dc, d, rsList) {
  const { newRS, oldRSs } = dc.getAllReplicaSetsAndSyncRevision(d, rsList, true);
  const allRSs = [...oldRSs, newRS];
  if (newRS && reconcileNewReplicaSet(dc, allRSs, newRS, d)) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (newRS && reconcileOldReplicaSets(dc, allRSs, activeReplicaSets(oldRSs), newRS, d)) return dc.syncRolloutStatus(allRSs, newRS, d);
  if (deploymentComplete(d, d.status ?? {})) dc.cleanupDeployment(oldRSs, d);
  dc.syncRolloutStatus(allRSs, newRS, d);
}
function reconcileNewReplicaSet(dc, allRSs, newRS, d) {
  if (specReplicas(newRS) === specReplicas(d)) return false;
  if (specReplicas(newRS) > specReplicas(d)) return dc.scaleReplicaSetAndRecordEvent(newRS, specReplicas(d), d).scaled;
  return dc.scaleReplicaSetAndRecordEvent(newRS, newRSNewReplicas(d, allRSs, newRS), d).scaled;
}
function reconcileOldReplicaSets(dc, allRSs, oldRSs, newRS, d) {
  if (replicaCount(oldRSs) === 0) return false;
  const allPods = replicaCount(allRSs);
  const minAvailable = specReplicas(d) - maxUnavailable(d);
  const newRSUnavailable = specReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = allPods - minAvailable - newRSUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(dc, oldRSs, d, maxScaledDown);
  const scaledDown = scaleDownOldReplicaSetsForRollingUpdate(dc, [...cleaned.oldRSs, newRS], cleaned.oldRSs, d);
  return cleaned.count + scaledDown > 0;
}
function cleanupUnhealthyReplicas(dc, oldRSs, d, maxCleanup) {
  const sorted = [...oldRSs].sort(byCreationTimestamp);
  let total = 0;
  for (let i = 0; i < sorted.length; i++) {
    const rs = sorted[i];
    if (total >= maxCleanup) break;
    if (specReplicas(rs) === 0) continue;
    const available = rs.status?.availableReplicas ?? 0;
    if (specReplicas(rs) === available) continue;
    const count = Math.min(maxCleanup - total, specReplicas(rs) - available);
    const target = specReplicas(rs) - count;
    if (target > specReplicas(rs)) {
      throw new SyncError(`when cleaning up unhealthy replicas, got invalid request to scale down ${rs.metadata.namespace}/${rs.metadata.name} ${specReplicas(rs)} -> ${target}`);
    }
    sorted[i] = dc.scaleReplicaSetAndRecordEvent(rs, target, d).rs;
    total += count;
  }
  return { oldRSs: sorted, count: total };
}
function scaleDownOldReplicaSetsForRollingUpdate(dc, allRSs, oldRSs, d) {
  const minAvailable = specReplicas(d) - maxUnavailable(d);
  const available = availableReplicaCount(allRSs);
  if (available <= minAvailable) return 0;
  const sorted = [...oldRSs].sort(byCreationTimestamp);
  const toScaleDown = available - minAvailable;
  let total = 0;
  for (const rs of sorted) {
    if (total >= toScaleDown) break;
    if (specReplicas(rs) === 0) continue;
    const count = Math.min(specReplicas(rs), toScaleDown - total);
    dc.scaleReplicaSetAndRecordEvent(rs, specReplicas(rs) - count, d);
    total += count;
  }
  return total;
}

// src/sim/controllers/deployment.ts
var DEPLOYMENT_COMPONENT = "deployment-controller";
var DEPLOYMENTS = "deployments.apps";
var REPLICASETS = "replicasets.apps";
var DeploymentController = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.resync = new ResyncTimers(ctx.clock, this.name, (key3) => this.queue.add(key3));
  }
  ctx;
  name = DEPLOYMENT_COMPONENT;
  queue = /* @__PURE__ */ new Set();
  failures = /* @__PURE__ */ new Map();
  resync;
  observe(ev) {
    if (ev.resource === DEPLOYMENTS) this.enqueue(ev.object);
    else if (ev.resource === REPLICASETS) this.observeReplicaSet(ev);
    else if (ev.resource === "pods") this.observePod(ev);
  }
  sync() {
    if (this.queue.size === 0) return false;
    const keys = [...this.queue];
    this.queue.clear();
    for (const key3 of keys) {
      try {
        this.syncKey(key3);
        this.failures.delete(key3);
      } catch (e) {
        if (!(e instanceof ApiError || e instanceof SyncError)) throw e;
        const n = this.failures.get(key3) ?? 0;
        this.failures.set(key3, n + 1);
        this.enqueueAt(key3, this.ctx.clock.now() + backoffDelay(n));
      }
    }
    return true;
  }
  enqueue(d) {
    this.queue.add(`${d.metadata.namespace ?? ""}/${d.metadata.name}`);
  }
  /** Sync a deployment again at virtual time `at` (the earliest request wins). */
  enqueueAt(key3, at) {
    this.resync.at(key3, at);
  }
  deploymentFor(ns, ref) {
    if (!ref || ref.kind !== "Deployment") return void 0;
    const d = this.ctx.api.store.get(DEPLOYMENTS, ns, ref.name);
    return d && d.metadata.uid === ref.uid ? d : void 0;
  }
  /** addReplicaSet / updateReplicaSet / deleteReplicaSet. */
  observeReplicaSet(ev) {
    const rs = ev.object;
    const ns = rs.metadata.namespace;
    const ref = controllerOf(rs);
    const oldRef = ev.old ? controllerOf(ev.old) : void 0;
    if (oldRef && oldRef.uid !== ref?.uid) {
      const old = this.deploymentFor(ns, oldRef);
      if (old) this.enqueue(old);
    }
    if (ref) {
      const d = this.deploymentFor(ns, ref);
      if (d) this.enqueue(d);
      return;
    }
    if (ev.type === "DELETED") return;
    const labelsChanged = !ev.old || !semanticEqual(ev.old.metadata.labels, rs.metadata.labels);
    if (ev.type === "ADDED" || labelsChanged || oldRef) {
      for (const d of this.ctx.api.store.byIndex(DEPLOYMENTS, "namespace", ns ?? "")) {
        if (matchesSelector(d.spec?.selector, rs.metadata.labels)) this.enqueue(d);
      }
    }
  }
  /** Recreate waits for old pods to be gone: wake it when one goes away or terminates. */
  observePod(ev) {
    const pod = ev.object;
    const terminal = pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed";
    const becameTerminal = ev.type === "MODIFIED" && terminal && ev.old?.status?.phase !== pod.status?.phase;
    if (ev.type !== "DELETED" && !becameTerminal) return;
    const ns = pod.metadata.namespace;
    const rsRef = controllerOf(pod);
    if (!rsRef || rsRef.kind !== "ReplicaSet") return;
    const rs = this.ctx.api.store.get(REPLICASETS, ns, rsRef.name);
    if (!rs || rs.metadata.uid !== rsRef.uid) return;
    const d = this.deploymentFor(ns, controllerOf(rs));
    if (d && strategyType(d) === "Recreate") this.enqueue(d);
  }
  syncKey(key3) {
    const slash = key3.indexOf("/");
    const ns = key3.slice(0, slash) || void 0;
    const stored = this.ctx.api.store.get(DEPLOYMENTS, ns, key3.slice(slash + 1));
    if (!stored) return;
    const d = { ...stored, metadata: deepCopy(stored.metadata), status: deepCopy(stored.status ?? {}) };
    if (semanticEqual(d.spec?.selector ?? null, {})) {
      this.ctx.events.record(stored, "Warning", "SelectingAll", "This deployment is selecting all pods. A non-empty selector is required.", {
        component: DEPLOYMENT_COMPONENT
      });
      if ((d.status.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
        d.status.observedGeneration = d.metadata.generation;
        this.writeStatus(d);
      }
      return;
    }
    const rsList = this.getReplicaSetsForDeployment(d);
    if (d.metadata.deletionTimestamp) return this.syncStatusOnly(d, rsList);
    this.checkPausedConditions(d);
    if (d.spec?.paused) return this.syncScale(d, rsList);
    if (this.isScalingEvent(d, rsList)) return this.syncScale(d, rsList);
    const type = strategyType(d);
    if (type === "Recreate") return rolloutRecreate(this, d, rsList);
    if (type === "RollingUpdate") return rolloutRolling(this, d, rsList);
  }
  /** ClaimReplicaSets: adopt matching orphans, release owned ones that stopped matching. */
  getReplicaSetsForDeployment(d) {
    const store = this.ctx.api.store;
    const ns = d.metadata.namespace ?? "";
    const owned = store.byIndex(REPLICASETS, OWNER_INDEX, d.metadata.uid).filter((rs) => rs.metadata.namespace === d.metadata.namespace);
    const orphans = store.byIndex(REPLICASETS, ORPHAN_INDEX, ns);
    const out = [];
    const deleting = !!d.metadata.deletionTimestamp;
    for (const rs of [...owned, ...orphans]) {
      const ref = controllerOf(rs);
      const matches = matchesSelector(d.spec?.selector, rs.metadata.labels);
      if (ref) {
        if (ref.uid !== d.metadata.uid) continue;
        if (matches) out.push(rs);
        else if (!deleting) setControllerRef(this.ctx.api, rs, d, false);
        continue;
      }
      if (deleting || !matches || rs.metadata.deletionTimestamp) continue;
      const adopted = setControllerRef(this.ctx.api, rs, d, true);
      if (adopted) out.push(adopted);
    }
    return out;
  }
  /** getAllReplicaSetsAndSyncRevision: the new RS (created when asked) and all the old ones. */
  getAllReplicaSetsAndSyncRevision(d, rsList, createIfNotExisted) {
    const existing = findNewReplicaSet(d, rsList);
    const oldRSs = rsList.filter((rs) => rs.metadata.uid !== existing?.metadata.uid);
    const newRS = this.getNewReplicaSet(d, rsList, oldRSs, createIfNotExisted);
    return { newRS, oldRSs };
  }
  /** getNewReplicaSet: sync the existing new RS's annotations, or create it with the next revision. */
  getNewReplicaSet(d, rsList, oldRSs, create) {
    const existing = findNewReplicaSet(d, rsList);
    const newRevision = maxRevision(oldRSs) + 1;
    const now = this.ctx.clock.isoNow();
    if (existing) {
      const probe2 = { metadata: { annotations: { ...existing.metadata.annotations ?? {} } } };
      const annotationsUpdated = setNewReplicaSetAnnotations(d, probe2, newRevision, true);
      const minReady = d.spec?.minReadySeconds ?? 0;
      if (annotationsUpdated || (existing.spec?.minReadySeconds ?? 0) !== minReady) {
        const rsCopy2 = deepCopy(existing);
        rsCopy2.metadata.annotations = probe2.metadata.annotations;
        if (minReady) rsCopy2.spec.minReadySeconds = minReady;
        else delete rsCopy2.spec.minReadySeconds;
        delete rsCopy2.metadata.resourceVersion;
        return this.ctx.api.update(rsCopy2);
      }
      const rsCopy = existing;
      let needsUpdate2 = setDeploymentRevision(d, rsCopy.metadata.annotations?.[REVISION_ANNOTATION] ?? "");
      if (hasProgressDeadline(d) && !getCondition(d.status, "Progressing")) {
        setCondition(d.status, newCondition("Progressing", "True", Reasons.FoundNewRS, `Found new replica set "${rsCopy.metadata.name}"`, now));
        needsUpdate2 = true;
      }
      if (needsUpdate2) this.writeStatus(d);
      return existing;
    }
    if (!create) return void 0;
    const template = deepCopy(d.spec?.template ?? {});
    const hash2 = computeHash(template, d.status?.collisionCount);
    template.metadata ??= {};
    template.metadata.labels = { ...template.metadata.labels ?? {}, [POD_TEMPLATE_HASH_LABEL]: hash2 };
    const selector = deepCopy(d.spec?.selector ?? {});
    selector.matchLabels = { ...selector.matchLabels ?? {}, [POD_TEMPLATE_HASH_LABEL]: hash2 };
    const newRS = {
      apiVersion: "apps/v1",
      kind: "ReplicaSet",
      metadata: {
        name: `${d.metadata.name}-${hash2}`,
        namespace: d.metadata.namespace,
        labels: { ...template.metadata.labels },
        ownerReferences: [controllerRef(d)]
      },
      spec: {
        replicas: 0,
        ...d.spec?.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {},
        selector,
        template
      }
    };
    const replicas = newRSNewReplicas(d, [...oldRSs, newRS], newRS);
    newRS.spec.replicas = replicas;
    setNewReplicaSetAnnotations(d, newRS, newRevision, false);
    let created;
    let alreadyExists2 = false;
    try {
      created = this.ctx.api.create(newRS);
    } catch (e) {
      if (e instanceof ApiError && e.reason === "AlreadyExists") {
        const rs = this.ctx.api.store.get(REPLICASETS, d.metadata.namespace, newRS.metadata.name);
        const ref = rs ? controllerOf(rs) : void 0;
        if (rs && ref?.uid === d.metadata.uid && equalIgnoreHash(d.spec?.template, rs.spec?.template)) {
          created = rs;
          alreadyExists2 = true;
        } else {
          d.status.collisionCount = (d.status.collisionCount ?? 0) + 1;
          this.writeStatus(d);
          throw e;
        }
      } else if (e instanceof ApiError) {
        const msg = `Failed to create new replica set "${newRS.metadata.name}": ${e.message}`;
        if (hasProgressDeadline(d)) {
          setCondition(d.status, newCondition("Progressing", "False", Reasons.FailedRSCreate, msg, now));
          this.writeStatus(d);
        }
        this.ctx.events.record(d, "Warning", Reasons.FailedRSCreate, msg, { component: DEPLOYMENT_COMPONENT });
        throw e;
      } else {
        throw e;
      }
    }
    if (!alreadyExists2 && replicas > 0) {
      this.recordScaling(d, `Scaled up replica set ${created.metadata.name} from 0 to ${replicas}`);
    }
    let needsUpdate = setDeploymentRevision(d, String(newRevision));
    if (!alreadyExists2 && hasProgressDeadline(d)) {
      setCondition(d.status, newCondition("Progressing", "True", Reasons.NewReplicaSet, `Created new replica set "${created.metadata.name}"`, now));
      needsUpdate = true;
    }
    if (needsUpdate) this.writeStatus(d);
    return created;
  }
  recordScaling(d, message) {
    this.ctx.events.record(d, "Normal", "ScalingReplicaSet", message, { component: DEPLOYMENT_COMPONENT });
  }
  /** scaleReplicaSetAndRecordEvent: change spec.replicas (and the replica annotations) of one RS. */
  scaleReplicaSetAndRecordEvent(rs, newScale, d) {
    if (specReplicas(rs) === newScale) return { scaled: false, rs };
    return this.scaleReplicaSet(rs, newScale, d, specReplicas(rs) < newScale ? "up" : "down");
  }
  scaleReplicaSet(rs, newScale, d, op) {
    const oldScale = specReplicas(rs);
    const sizeNeedsUpdate = oldScale !== newScale;
    const max = specReplicas(d) + maxSurge(d);
    if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, specReplicas(d), max)) return { scaled: false, rs };
    const copy = deepCopy(rs);
    copy.spec.replicas = newScale;
    setReplicasAnnotations(copy, specReplicas(d), max);
    delete copy.metadata.resourceVersion;
    const updated = this.ctx.api.update(copy);
    if (sizeNeedsUpdate) this.recordScaling(d, `Scaled ${op} replica set ${rs.metadata.name} from ${oldScale} to ${newScale}`);
    return { scaled: sizeNeedsUpdate, rs: updated };
  }
  /** isScalingEvent: an active RS's desired-replicas annotation disagrees with spec.replicas. */
  isScalingEvent(d, rsList) {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    for (const rs of activeReplicaSets([...oldRSs, newRS])) {
      const v = rs.metadata.annotations?.[DESIRED_REPLICAS_ANNOTATION];
      if (v === void 0 || !/^\d+$/.test(v)) continue;
      if (Number(v) !== specReplicas(d)) return true;
    }
    return false;
  }
  /** sync: scaling events and paused deployments only resize, then update status. */
  syncScale(d, rsList) {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.scale(d, newRS, oldRSs);
    if (d.spec?.paused) this.cleanupDeployment(oldRSs, d);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS, d);
  }
  syncStatusOnly(d, rsList) {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(d, rsList, false);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS, d);
  }
  /** scale: one active RS takes the whole size; otherwise surplus or deficit is shared proportionally. */
  scale(d, newRS, oldRSs) {
    const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
    if (activeOrLatest) {
      if (specReplicas(activeOrLatest) === specReplicas(d)) return;
      this.scaleReplicaSetAndRecordEvent(activeOrLatest, specReplicas(d), d);
      return;
    }
    if (isSaturated(d, newRS)) {
      for (const old of activeReplicaSets(oldRSs)) this.scaleReplicaSetAndRecordEvent(old, 0, d);
      return;
    }
    if (!isRollingUpdate(d)) return;
    const all = activeReplicaSets([...oldRSs, newRS]);
    const allowed = specReplicas(d) > 0 ? specReplicas(d) + maxSurge(d) : 0;
    const toAdd = allowed - replicaCount(all);
    let op = "";
    if (toAdd > 0) {
      all.sort(bySizeNewer);
      op = "up";
    } else if (toAdd < 0) {
      all.sort(bySizeOlder);
      op = "down";
    }
    let added = 0;
    const sizes = /* @__PURE__ */ new Map();
    for (const rs of all) {
      if (toAdd !== 0) {
        const p = replicaSetProportion(rs, d, toAdd, added);
        sizes.set(rs.metadata.name, specReplicas(rs) + p);
        added += p;
      } else {
        sizes.set(rs.metadata.name, specReplicas(rs));
      }
    }
    all.forEach((rs, i) => {
      if (i === 0 && toAdd !== 0) sizes.set(rs.metadata.name, Math.max(0, sizes.get(rs.metadata.name) + toAdd - added));
      this.scaleReplicaSet(rs, sizes.get(rs.metadata.name), d, op);
    });
  }
  /** cleanupDeployment: delete the oldest empty replica sets beyond revisionHistoryLimit. */
  cleanupDeployment(oldRSs, d) {
    const limit = revisionHistoryLimit(d);
    if (limit === void 0) return;
    const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
    const diff = cleanable.length - limit;
    if (diff <= 0) return;
    cleanable.sort(byRevision);
    for (let i = 0; i < diff; i++) {
      const rs = cleanable[i];
      if ((rs.status?.replicas ?? 0) !== 0 || specReplicas(rs) !== 0 || (rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0) || rs.metadata.deletionTimestamp) {
        continue;
      }
      try {
        this.ctx.api.delete(REPLICASETS, rs.metadata.namespace, rs.metadata.name);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === "NotFound")) throw e;
      }
    }
  }
  /** checkPausedConditions: Progressing Unknown/DeploymentPaused or DeploymentResumed. */
  checkPausedConditions(d) {
    if (!hasProgressDeadline(d)) return;
    const cond = getCondition(d.status, "Progressing");
    if (cond?.reason === Reasons.TimedOut) return;
    const pausedCondExists = cond?.reason === Reasons.PausedDeploy;
    const now = this.ctx.clock.isoNow();
    if (d.spec?.paused && !pausedCondExists) {
      setCondition(d.status, newCondition("Progressing", "Unknown", Reasons.PausedDeploy, "Deployment is paused", now));
    } else if (!d.spec?.paused && pausedCondExists) {
      setCondition(d.status, newCondition("Progressing", "Unknown", Reasons.ResumedDeploy, "Deployment is resumed", now));
    } else {
      return;
    }
    this.writeStatus(d);
  }
  /** syncDeploymentStatus: write the computed status when it differs. */
  syncDeploymentStatus(allRSs, newRS, d) {
    const status2 = calculateDeploymentStatus(allRSs, newRS, d, this.ctx.clock.isoNow());
    if (semanticEqual(d.status, status2)) return;
    d.status = status2;
    this.writeStatus(d);
  }
  /** syncRolloutStatus (progress.go), shared by both strategies. */
  syncRolloutStatus(allRSs, newRS, d) {
    syncRolloutStatus(this, allRSs, newRS, d);
  }
  /**
   * Write the working copy back: annotations through the main resource (upstream's status update
   * carries them; ours keeps metadata), then the status subresource.
   */
  writeStatus(d) {
    const ns = d.metadata.namespace;
    const stored = this.ctx.api.store.get(DEPLOYMENTS, ns, d.metadata.name);
    if (!stored) return;
    if (!semanticEqual(stored.metadata.annotations ?? {}, d.metadata.annotations ?? {})) {
      const upd2 = deepCopy(stored);
      upd2.metadata.annotations = deepCopy(d.metadata.annotations);
      delete upd2.metadata.resourceVersion;
      this.ctx.api.update(upd2);
    }
    const latest = this.ctx.api.store.get(DEPLOYMENTS, ns, d.metadata.name);
    const upd = { ...latest, metadata: { ...latest.metadata } };
    upd.status = deploymentStatusJson(d.status);
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }
};

// src/sim/controllers/replicaset-ranking.ts
var POD_DELETION_COST_ANNOTATION = "controller.kubernetes.io/pod-deletion-cost";
var PHASE_ORDINAL = { Pending: 0, Unknown: 1, Running: 2 };
function deletionCost(pod) {
  const v = pod.metadata.annotations?.[POD_DELETION_COST_ANNOTATION];
  if (v === void 0 || !/^[+-]?\d+$/.test(v)) return 0;
  const n = Number(v);
  return n > 2147483647 || n < -2147483648 ? 0 : n;
}
function time(s) {
  if (!s) return 0;
  const t = Date.parse(s);
  return Number.isNaN(t) ? 0 : t;
}
function readyTime(pod) {
  return isPodReady(pod) ? time(podReadyCondition(pod)?.lastTransitionTime) : 0;
}
function afterOrZero(t1, t2) {
  if (t1 === 0 || t2 === 0) return t1 === 0;
  return t1 > t2;
}
function logRank(t, now) {
  const d = (now - t) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}
function logCompare(t1, t2, now, a, b) {
  if (now === 0 || t1 === 0 || t2 === 0) return afterOrZero(t1, t2);
  const diff = logRank(t1, now) - logRank(t2, now);
  if (diff === 0) return (a.metadata.uid ?? "") < (b.metadata.uid ?? "");
  return diff < 0;
}
function maxRestarts(pod) {
  let regular = 0;
  let sidecar = 0;
  for (const c of pod.status?.containerStatuses ?? []) regular = Math.max(regular, c.restartCount ?? 0);
  const sidecars = new Set((pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === "Always").map((c) => c.name));
  for (const c of pod.status?.initContainerStatuses ?? []) if (sidecars.has(c.name)) sidecar = Math.max(sidecar, c.restartCount ?? 0);
  return { regular, sidecar };
}
function deleteFirst(a, b, now) {
  const pa = a.pod;
  const pb = b.pod;
  const na = pa.spec?.nodeName ?? "";
  const nb = pb.spec?.nodeName ?? "";
  if (na !== nb && (na === "" || nb === "")) return na === "";
  const oa = PHASE_ORDINAL[pa.status?.phase ?? ""] ?? 0;
  const ob = PHASE_ORDINAL[pb.status?.phase ?? ""] ?? 0;
  if (oa !== ob) return oa < ob;
  const ra = isPodReady(pa);
  const rb = isPodReady(pb);
  if (ra !== rb) return !ra;
  const ca = deletionCost(pa);
  const cb = deletionCost(pb);
  if (ca !== cb) return ca < cb;
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (ra && rb) {
    const ta = readyTime(pa);
    const tb = readyTime(pb);
    if (ta !== tb) return logCompare(ta, tb, now, pa, pb);
  }
  const xa = maxRestarts(pa);
  const xb = maxRestarts(pb);
  if (xa.sidecar !== xb.sidecar) return xa.sidecar > xb.sidecar;
  if (xa.regular !== xb.regular) return xa.regular > xb.regular;
  const ka = time(pa.metadata.creationTimestamp);
  const kb = time(pb.metadata.creationTimestamp);
  if (ka !== kb) return logCompare(ka, kb, now, pa, pb);
  return false;
}
function compareForDeletion(now) {
  return (a, b) => deleteFirst(a, b, now) ? -1 : deleteFirst(b, a, now) ? 1 : 0;
}
function podsToDelete(filtered, related, diff, now) {
  if (diff >= filtered.length) return filtered.slice(0, diff);
  const onNode = /* @__PURE__ */ new Map();
  for (const p of related) {
    if (!isPodActive(p)) continue;
    const n = p.spec?.nodeName ?? "";
    onNode.set(n, (onNode.get(n) ?? 0) + 1);
  }
  const ranked = filtered.map((pod) => ({ pod, rank: onNode.get(pod.spec?.nodeName ?? "") ?? 0 }));
  ranked.sort(compareForDeletion(now));
  return ranked.slice(0, diff).map((r2) => r2.pod);
}

// src/sim/controllers/replicaset.ts
var BURST_REPLICAS = 500;
var SLOW_START_INITIAL_BATCH_SIZE = 1;
var REPLICA_SET_KIND = {
  resource: "replicasets.apps",
  component: "replicaset-controller",
  matches: (rs, labels) => matchesSelector(rs.spec?.selector, labels)
};
var REPLICATION_CONTROLLER_KIND = {
  resource: "replicationcontrollers",
  component: "replication-controller",
  // an RC without a selector selects its template's labels (API defaulting)
  matches: (rc, labels) => {
    const sel = rc.spec?.selector ?? rc.spec?.template?.metadata?.labels;
    return !!sel && Object.keys(sel).length > 0 && matchesMap(sel, labels);
  }
};
var ReplicaSetController = class {
  constructor(ctx, kind = REPLICA_SET_KIND) {
    this.ctx = ctx;
    this.kind = kind;
    this.name = kind.component;
    this.resync = new ResyncTimers(ctx.clock, this.name, (key3) => this.queue.add(key3));
  }
  ctx;
  kind;
  name;
  queue = /* @__PURE__ */ new Set();
  failures = /* @__PURE__ */ new Map();
  resync;
  observe(ev) {
    if (ev.resource === this.kind.resource) {
      this.enqueue(ev.object.metadata.namespace, ev.object.metadata.name);
    } else if (ev.resource === "pods") {
      this.observePod(ev);
    }
  }
  sync() {
    if (this.queue.size === 0) return false;
    const keys = [...this.queue];
    this.queue.clear();
    for (const key3 of keys) this.syncKey(key3);
    return true;
  }
  enqueue(ns, name) {
    this.queue.add(`${ns ?? ""}/${name}`);
  }
  /** Schedule a resync of `key` at virtual time `at` (keeps only the earliest pending one). */
  enqueueAt(key3, at) {
    this.resync.at(key3, at);
  }
  /** addPod / updatePod / deletePod: wake the owner, or every matching owner for an orphan that changed. */
  observePod(ev) {
    const pod = ev.object;
    const ns = pod.metadata.namespace;
    const ref = controllerOf(pod);
    const oldRef = ev.old ? controllerOf(ev.old) : void 0;
    if (oldRef && oldRef.uid !== ref?.uid) this.enqueueRef(ns, oldRef);
    if (ref) {
      this.enqueueRef(ns, ref);
      return;
    }
    if (ev.type === "DELETED") return;
    const labelsChanged = !ev.old || JSON.stringify(ev.old.metadata.labels ?? {}) !== JSON.stringify(pod.metadata.labels ?? {});
    if (ev.type === "ADDED" || labelsChanged || oldRef) {
      for (const owner of this.ctx.api.store.list(this.kind.resource, ns)) {
        if (this.kind.matches(owner, pod.metadata.labels)) this.enqueue(ns, owner.metadata.name);
      }
    }
  }
  enqueueRef(ns, ref) {
    const owner = this.ctx.api.store.get(this.kind.resource, ns, ref.name);
    if (owner && owner.metadata.uid === ref.uid) this.enqueue(ns, ref.name);
  }
  syncKey(key3) {
    const slash = key3.indexOf("/");
    const ns = key3.slice(0, slash) || void 0;
    const name = key3.slice(slash + 1);
    const rs = this.ctx.api.store.get(this.kind.resource, ns, name);
    if (!rs) {
      this.failures.delete(key3);
      return;
    }
    const pods = this.claimPods(rs, this.candidatePods(rs).filter(isPodActive));
    let manageErr;
    if (!rs.metadata.deletionTimestamp) {
      try {
        this.manageReplicas(pods, rs);
      } catch (e) {
        manageErr = e;
      }
    }
    const updated = this.updateStatus(rs, calculateStatus(rs, pods, manageErr, this.ctx.clock.now(), this.ctx.clock.isoNow()));
    if (manageErr !== void 0) {
      const n = this.failures.get(key3) ?? 0;
      this.failures.set(key3, n + 1);
      this.enqueueAt(key3, this.ctx.clock.now() + backoffDelay(n));
      return;
    }
    this.failures.delete(key3);
    const minReady = updated.spec?.minReadySeconds ?? 0;
    if (minReady > 0) {
      let next;
      for (const p of pods) {
        const at = availableAt(p, minReady);
        if (at !== void 0 && at > this.ctx.clock.now() && (next === void 0 || at < next)) next = at;
      }
      if (next !== void 0) this.enqueueAt(key3, next);
    }
  }
  /** Pods this owner controls plus orphans in its namespace (both from indexes). */
  candidatePods(rs) {
    const store = this.ctx.api.store;
    const owned = store.byIndex("pods", OWNER_INDEX, rs.metadata.uid).filter((p) => p.metadata.namespace === rs.metadata.namespace);
    const orphans = store.byIndex("pods", ORPHAN_INDEX, rs.metadata.namespace ?? "");
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const p of [...owned, ...orphans]) {
      if (seen.has(p.metadata.uid)) continue;
      seen.add(p.metadata.uid);
      out.push(p);
    }
    return out.sort((a, b) => a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0);
  }
  /** ClaimPods: keep matching owned pods, adopt matching orphans, release owned pods that stopped matching. */
  claimPods(rs, pods) {
    const claimed = [];
    const deleting = !!rs.metadata.deletionTimestamp;
    for (const pod of pods) {
      const ref = controllerOf(pod);
      const matches = this.kind.matches(rs, pod.metadata.labels);
      if (ref) {
        if (ref.uid !== rs.metadata.uid) continue;
        if (matches) claimed.push(pod);
        else if (!deleting) setControllerRef(this.ctx.api, pod, rs, false);
        continue;
      }
      if (deleting || !matches || pod.metadata.deletionTimestamp) continue;
      const adopted = setControllerRef(this.ctx.api, pod, rs, true);
      if (adopted) claimed.push(adopted);
    }
    return claimed;
  }
  /** manageReplicas: create the missing pods in slow-start batches or delete the surplus by rank. */
  manageReplicas(pods, rs) {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    if (diff < 0) {
      const n = Math.min(-diff, BURST_REPLICAS);
      const res = slowStartBatch(n, SLOW_START_INITIAL_BATCH_SIZE, () => createPod(this.ctx, rs, rs.spec?.template, this.kind.component));
      if (res.error !== void 0) throw res.error;
    } else if (diff > 0) {
      const n = Math.min(diff, BURST_REPLICAS);
      const victims = podsToDelete(pods, this.relatedPods(rs), n, this.ctx.clock.now());
      let first;
      for (const p of victims) {
        try {
          deletePod(this.ctx, rs, p, this.kind.component);
        } catch (e) {
          first ??= e;
        }
      }
      if (first !== void 0) throw first;
    }
  }
  /** getIndirectlyRelatedPods: pods of every replica set with the same controller (a deployment's revisions). */
  relatedPods(rs) {
    const ref = controllerOf(rs);
    if (!ref) return [];
    const store = this.ctx.api.store;
    const siblings = store.byIndex(this.kind.resource, OWNER_INDEX, ref.uid);
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const sib of siblings) {
      for (const p of store.byIndex("pods", OWNER_INDEX, sib.metadata.uid)) {
        if (seen.has(p.metadata.uid)) continue;
        seen.add(p.metadata.uid);
        out.push(p);
      }
    }
    return out;
  }
  /** updateReplicaSetStatus: write only when counts, conditions or observedGeneration changed. */
  updateStatus(rs, status2) {
    const cur = rs.status ?? {};
    const same = (cur.replicas ?? 0) === status2.replicas && (cur.fullyLabeledReplicas ?? 0) === status2.fullyLabeledReplicas && (cur.readyReplicas ?? 0) === status2.readyReplicas && (cur.availableReplicas ?? 0) === status2.availableReplicas && (rs.metadata.generation ?? 0) === (cur.observedGeneration ?? 0) && JSON.stringify(cur.conditions ?? []) === JSON.stringify(status2.conditions ?? []);
    if (same) return rs;
    const upd = { ...rs, metadata: { ...rs.metadata } };
    upd.status = statusJson({ ...status2, observedGeneration: rs.metadata.generation ?? 0 });
    delete upd.metadata.resourceVersion;
    return this.ctx.api.updateStatus(upd);
  }
};
function calculateStatus(rs, pods, manageErr, nowMs, nowIso) {
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  const minReady = rs.spec?.minReadySeconds ?? 0;
  for (const p of pods) {
    if (matchesMap(templateLabels, p.metadata.labels)) fullyLabeled++;
    if (isPodReady(p)) {
      ready++;
      if (isPodAvailable(p, minReady, nowMs)) available++;
    }
  }
  let conditions = deepCopy(rs.status?.conditions ?? []);
  const failure = conditions.find((c) => c.type === "ReplicaFailure");
  if (manageErr !== void 0 && !failure) {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    const reason = diff < 0 ? "FailedCreate" : diff > 0 ? "FailedDelete" : "";
    const message = manageErr instanceof Error ? manageErr.message : String(manageErr);
    conditions = [...conditions, { type: "ReplicaFailure", status: "True", lastTransitionTime: nowIso, reason, message }];
  } else if (manageErr === void 0 && failure) {
    conditions = conditions.filter((c) => c.type !== "ReplicaFailure");
  }
  return { replicas: pods.length, fullyLabeledReplicas: fullyLabeled, readyReplicas: ready, availableReplicas: available, conditions };
}
function statusJson(s) {
  const out = {};
  if (s.availableReplicas) out.availableReplicas = s.availableReplicas;
  if (s.conditions && s.conditions.length) out.conditions = s.conditions;
  if (s.fullyLabeledReplicas) out.fullyLabeledReplicas = s.fullyLabeledReplicas;
  if (s.observedGeneration) out.observedGeneration = s.observedGeneration;
  if (s.readyReplicas) out.readyReplicas = s.readyReplicas;
  out.replicas = s.replicas;
  return out;
}

// src/sim/controllers/statefulset.ts
var STATEFULSET_COMPONENT = "statefulset-controller";
var SETS = "statefulsets.apps";
var REVISIONS = "controllerrevisions.apps";
var POD_NAME_LABEL = "statefulset.kubernetes.io/pod-name";
var POD_INDEX_LABEL = "apps.kubernetes.io/pod-index";
var REVISION_LABEL = "controller-revision-hash";
var CR_HASH_LABEL = "controller.kubernetes.io/hash";
function ordinalOf(set, pod) {
  const m = /^(.*)-(\d+)$/.exec(pod.metadata.name ?? "");
  return m && m[1] === set.metadata.name ? Number(m[2]) : -1;
}
var isTerminating = (p) => !!p.metadata.deletionTimestamp;
var isFailed = (p) => p.status?.phase === "Failed";
var isSucceeded = (p) => p.status?.phase === "Succeeded";
var isRunningAndReady = (p) => p.status?.phase === "Running" && isPodReady(p);
function revisionData(set) {
  return { spec: { template: { ...deepCopy(set.spec?.template ?? {}), $patch: "replace" } } };
}
var StatefulSetController = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.resync = new ResyncTimers(ctx.clock, this.name, (key3) => this.queue.add(key3));
  }
  ctx;
  name = STATEFULSET_COMPONENT;
  queue = /* @__PURE__ */ new Set();
  failures = /* @__PURE__ */ new Map();
  resync;
  observe(ev) {
    if (ev.resource === SETS) this.queue.add(keyOf(ev.object));
    else if (ev.resource === "pods") {
      const ns = ev.object.metadata.namespace;
      for (const ref of [controllerOf(ev.object), ev.old ? controllerOf(ev.old) : void 0]) {
        if (ref?.kind !== "StatefulSet") continue;
        const set = this.ctx.api.store.get(SETS, ns, ref.name);
        if (set && set.metadata.uid === ref.uid) this.queue.add(keyOf(set));
      }
      if (!controllerOf(ev.object) && ev.type !== "DELETED") {
        for (const set of this.ctx.api.store.list(SETS, ns)) {
          if (matchesSelector(set.spec?.selector, ev.object.metadata.labels) && ordinalOf(set, ev.object) >= 0) this.queue.add(keyOf(set));
        }
      }
    }
  }
  sync() {
    if (this.queue.size === 0) return false;
    const keys = [...this.queue];
    this.queue.clear();
    for (const key3 of keys) {
      try {
        this.syncKey(key3);
        this.failures.delete(key3);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        const n = this.failures.get(key3) ?? 0;
        this.failures.set(key3, n + 1);
        this.enqueueAt(key3, this.ctx.clock.now() + backoffDelay(n));
      }
    }
    return true;
  }
  /** Resync `key` at virtual time `at` (the earliest pending request wins). */
  enqueueAt(key3, at) {
    this.resync.at(key3, at);
  }
  syncKey(key3) {
    const [ns, name] = key3.split("/");
    const set = this.ctx.api.store.get(SETS, ns || void 0, name);
    if (!set || set.metadata.deletionTimestamp) return;
    const pods = this.claimPods(set);
    const { current, update, collisionCount } = this.revisions(set);
    const status2 = this.updateStatefulSet(set, pods, current, update);
    this.writeStatus(set, status2, current, update, collisionCount);
    this.truncateHistory(set, status2, current, update);
  }
  /** truncateHistory: drop the oldest revisions no pod uses beyond revisionHistoryLimit. */
  truncateHistory(set, pods, current, update) {
    const live = /* @__PURE__ */ new Set([current.metadata.name, update.metadata.name, ...pods.map((p) => p.metadata.labels?.[REVISION_LABEL])]);
    const history = this.ctx.api.store.byIndex(REVISIONS, OWNER_INDEX, set.metadata.uid).filter((r2) => !live.has(r2.metadata.name)).sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    const limit = set.spec?.revisionHistoryLimit ?? 10;
    for (const r2 of history.slice(0, Math.max(0, history.length - limit))) {
      try {
        this.ctx.api.delete(REVISIONS, r2.metadata.namespace, r2.metadata.name);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === "NotFound")) throw e;
      }
    }
  }
  /** Owned members that still match, plus matching orphans named like members (adopted). */
  claimPods(set) {
    const store = this.ctx.api.store;
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    for (const pod of [...store.byIndex("pods", OWNER_INDEX, set.metadata.uid), ...store.byIndex("pods", ORPHAN_INDEX, set.metadata.namespace ?? "")]) {
      if (seen.has(pod.metadata.uid) || pod.metadata.namespace !== set.metadata.namespace) continue;
      seen.add(pod.metadata.uid);
      const ref = controllerOf(pod);
      const member = matchesSelector(set.spec?.selector, pod.metadata.labels) && ordinalOf(set, pod) >= 0;
      if (ref) {
        if (ref.uid !== set.metadata.uid) continue;
        if (member) out.push(pod);
        else setControllerRef(this.ctx.api, pod, set, false);
      } else if (member && !pod.metadata.deletionTimestamp) {
        const adopted = setControllerRef(this.ctx.api, pod, set, true);
        if (adopted) out.push(adopted);
      }
    }
    return out;
  }
  /** getStatefulSetRevisions: reuse an equal ControllerRevision (renumbering it if old) or create the next one. */
  revisions(set) {
    const api = this.ctx.api;
    const history = api.store.byIndex(REVISIONS, OWNER_INDEX, set.metadata.uid).sort((a, b) => (a.revision ?? 0) - (b.revision ?? 0));
    const data = revisionData(set);
    const dataKey = canonicalJson(data);
    const latest = history.at(-1);
    const next = (latest?.revision ?? 0) + 1;
    let collisionCount = set.status?.collisionCount ?? 0;
    let update;
    const equal = history.filter((r2) => canonicalJson(r2.data) === dataKey);
    if (equal.length && equal.at(-1) === latest) {
      update = latest;
    } else if (equal.length) {
      const upd = deepCopy(equal.at(-1));
      upd.revision = next;
      delete upd.metadata.resourceVersion;
      update = api.update(upd);
    } else {
      for (; ; ) {
        const hash2 = computeHash(data, collisionCount);
        const cr = {
          apiVersion: "apps/v1",
          kind: "ControllerRevision",
          metadata: {
            name: `${set.metadata.name.slice(0, 223)}-${hash2}`,
            namespace: set.metadata.namespace,
            labels: { ...set.spec?.template?.metadata?.labels ?? {}, [CR_HASH_LABEL]: hash2 },
            ...set.metadata.annotations ? { annotations: { ...set.metadata.annotations } } : {},
            ownerReferences: [controllerRef(set)]
          },
          data,
          revision: next
        };
        try {
          update = api.create(cr);
          break;
        } catch (e) {
          if (!(e instanceof ApiError && e.reason === "AlreadyExists")) throw e;
          collisionCount++;
        }
      }
    }
    const currentName = set.status?.currentRevision;
    const current = history.find((r2) => r2.metadata.name === currentName) ?? update;
    return { current, update, collisionCount };
  }
  /** newVersionedStatefulSetPod: ordinals below the partition keep the current revision. */
  newPod(set, ordinal, current, update) {
    const start = set.spec?.ordinals?.start ?? 0;
    const strategy = set.spec?.updateStrategy ?? {};
    const partition = strategy.rollingUpdate?.partition ?? 0;
    const useCurrent = (strategy.type ?? "RollingUpdate") === "RollingUpdate" ? ordinal < start + partition : ordinal < start + (set.status?.currentReplicas ?? 0);
    const rev = useCurrent ? current : update;
    const template = rev.data.spec.template;
    const { $patch: _p, ...tpl } = template;
    const pod = podFromTemplate(tpl, set);
    const name = `${set.metadata.name}-${ordinal}`;
    delete pod.metadata.generateName;
    pod.metadata.name = name;
    pod.metadata.labels = { ...pod.metadata.labels ?? {}, [POD_NAME_LABEL]: name, [POD_INDEX_LABEL]: String(ordinal), [REVISION_LABEL]: rev.metadata.name };
    pod.spec.hostname = name;
    if (set.spec?.serviceName) pod.spec.subdomain = set.spec.serviceName;
    const claims = set.spec?.volumeClaimTemplates ?? [];
    if (claims.length) {
      const names = new Set(claims.map((c) => c.metadata.name));
      pod.spec.volumes = [
        ...claims.map((c) => ({ name: c.metadata.name, persistentVolumeClaim: { claimName: `${c.metadata.name}-${name}` } })),
        ...(pod.spec.volumes ?? []).filter((v) => !names.has(v.name))
      ];
    }
    return pod;
  }
  event(set, type, reason, message) {
    this.ctx.events.record(set, type, reason, message, { component: STATEFULSET_COMPONENT });
  }
  /** createStatefulPod: the claims first (kept if they exist), then the pod. */
  createPod(set, pod) {
    for (const tpl of set.spec?.volumeClaimTemplates ?? []) {
      const claimName = `${tpl.metadata.name}-${pod.metadata.name}`;
      if (this.ctx.api.tryGet("persistentvolumeclaims", set.metadata.namespace, claimName)) continue;
      const claim = {
        apiVersion: "v1",
        kind: "PersistentVolumeClaim",
        metadata: {
          name: claimName,
          namespace: set.metadata.namespace,
          labels: { ...tpl.metadata.labels ?? {}, ...set.spec?.selector?.matchLabels ?? {} },
          ...tpl.metadata.annotations ? { annotations: { ...tpl.metadata.annotations } } : {}
        },
        spec: deepCopy(tpl.spec ?? {})
      };
      try {
        this.ctx.api.create(claim);
        this.event(set, "Normal", "SuccessfulCreate", `create Claim ${claimName} Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} success`);
      } catch (e) {
        if (e instanceof ApiError) {
          this.event(set, "Warning", "FailedCreate", `create Claim ${claimName} for Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`);
        }
        throw e;
      }
    }
    try {
      this.ctx.api.create(pod, { validate: true });
      this.event(set, "Normal", "SuccessfulCreate", `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
    } catch (e) {
      if (e instanceof ApiError) this.event(set, "Warning", "FailedCreate", `create Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`);
      throw e;
    }
  }
  deletePod(set, pod) {
    try {
      this.ctx.api.delete("pods", pod.metadata.namespace, pod.metadata.name);
      this.event(set, "Normal", "SuccessfulDelete", `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} successful`);
    } catch (e) {
      if (e instanceof ApiError && e.reason !== "NotFound") {
        this.event(set, "Warning", "FailedDelete", `delete Pod ${pod.metadata.name} in StatefulSet ${set.metadata.name} failed error: ${e.message}`);
      }
      if (!(e instanceof ApiError && e.reason === "NotFound")) throw e;
    }
  }
  /** updateStatefulSet: one pass over ordinals in order; OrderedReady stops at the first pod it must wait for. */
  updateStatefulSet(set, pods, current, update) {
    const start = set.spec?.ordinals?.start ?? 0;
    const replicaCount2 = set.spec?.replicas ?? 1;
    const monotonic = (set.spec?.podManagementPolicy ?? "OrderedReady") !== "Parallel";
    const minReady = set.spec?.minReadySeconds ?? 0;
    const replicas = new Array(replicaCount2).fill(void 0);
    const condemned = [];
    for (const p of pods) {
      const ord = ordinalOf(set, p);
      if (ord >= start && ord < start + replicaCount2) replicas[ord - start] = p;
      else condemned.push(p);
    }
    condemned.sort((a, b) => ordinalOf(set, b) - ordinalOf(set, a));
    const healthy = (p) => isRunningAndReady(p) && isPodAvailable(p, minReady, this.ctx.clock.now()) && !isTerminating(p);
    const unhealthy2 = [...replicas.filter((p) => !!p), ...condemned].filter((p) => !healthy(p));
    const firstUnhealthy = unhealthy2.sort((a, b) => ordinalOf(set, a) - ordinalOf(set, b))[0];
    let next;
    const remember = (p) => {
      const at = availableAt(p, minReady);
      if (at !== void 0 && at > this.ctx.clock.now() && (next === void 0 || at < next)) next = at;
    };
    const run2 = () => {
      for (let i = 0; i < replicaCount2; i++) {
        const p = replicas[i];
        if (p && (isFailed(p) || isSucceeded(p)) && !isTerminating(p)) {
          this.deletePod(set, p);
          if (monotonic) return;
          continue;
        }
        if (!p) {
          this.createPod(set, this.newPod(set, start + i, current, update));
          if (monotonic) return;
          continue;
        }
        if (isTerminating(p) && monotonic) return;
        if (!healthy(p) && monotonic) {
          remember(p);
          return;
        }
      }
      for (const p of condemned) {
        if (isTerminating(p)) {
          if (monotonic) return;
          continue;
        }
        if (!healthy(p) && monotonic && p !== firstUnhealthy) return;
        this.deletePod(set, p);
        if (monotonic) return;
      }
      const strategy = set.spec?.updateStrategy ?? {};
      if ((strategy.type ?? "RollingUpdate") === "OnDelete") return;
      const updateMin = strategy.rollingUpdate?.partition ?? 0;
      for (let i = replicaCount2 - 1; i >= updateMin; i--) {
        const p = replicas[i];
        if (!p) return;
        if (p.metadata.labels?.[REVISION_LABEL] !== update.metadata.name && !isTerminating(p)) {
          this.deletePod(set, p);
          return;
        }
        if (!healthy(p)) {
          remember(p);
          return;
        }
      }
    };
    run2();
    if (next !== void 0) this.enqueueAt(keyOf(set), next);
    return this.claimPodsAfter(set);
  }
  /** The members as they are after this pass (status counts what exists now). */
  claimPodsAfter(set) {
    return this.ctx.api.store.byIndex("pods", OWNER_INDEX, set.metadata.uid).filter((p) => controllerOf(p)?.uid === set.metadata.uid);
  }
  /** computeReplicaStatus plus completeRollingUpdate, written when it changed. */
  writeStatus(set, pods, current, update, collisionCount) {
    const minReady = set.spec?.minReadySeconds ?? 0;
    const s = { replicas: 0, readyReplicas: 0, availableReplicas: 0, currentReplicas: 0, updatedReplicas: 0 };
    for (const p of pods) {
      s.replicas++;
      if (isRunningAndReady(p)) {
        s.readyReplicas++;
        if (isPodAvailable(p, minReady, this.ctx.clock.now())) s.availableReplicas++;
      }
      if (!isTerminating(p)) {
        const rev = p.metadata.labels?.[REVISION_LABEL];
        if (rev === current.metadata.name) s.currentReplicas++;
        if (rev === update.metadata.name) s.updatedReplicas++;
      }
    }
    let currentRevision = current.metadata.name;
    const rolling = (set.spec?.updateStrategy?.type ?? "RollingUpdate") === "RollingUpdate";
    if (rolling && s.updatedReplicas === s.replicas && s.readyReplicas === s.replicas) {
      s.currentReplicas = s.updatedReplicas;
      currentRevision = update.metadata.name;
    }
    const status2 = {
      ...s.availableReplicas ? { availableReplicas: s.availableReplicas } : {},
      collisionCount,
      ...s.currentReplicas ? { currentReplicas: s.currentReplicas } : {},
      currentRevision,
      observedGeneration: set.metadata.generation,
      ...s.readyReplicas ? { readyReplicas: s.readyReplicas } : {},
      replicas: s.replicas,
      updateRevision: update.metadata.name,
      ...s.updatedReplicas ? { updatedReplicas: s.updatedReplicas } : {}
    };
    if (canonicalJson(status2) === canonicalJson(set.status ?? {})) return;
    const latest = this.ctx.api.store.get(SETS, set.metadata.namespace, set.metadata.name);
    if (!latest) return;
    const upd = deepCopy(latest);
    upd.status = status2;
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }
};
function keyOf(o) {
  return `${o.metadata.namespace ?? ""}/${o.metadata.name}`;
}

// src/sim/controllers/job.ts
var JOB_COMPONENT = "job-controller";
var JOBS = "jobs.batch";
var BACKOFF_BASE_MS = 1e4;
var BACKOFF_MAX_MS = 6e5;
var finished = (job) => (job.status?.conditions ?? []).some((c) => (c.type === "Complete" || c.type === "Failed") && c.status === "True");
var JobController = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.resync = new ResyncTimers(ctx.clock, this.name, (key3) => this.queue.add(key3));
  }
  ctx;
  name = JOB_COMPONENT;
  queue = /* @__PURE__ */ new Set();
  resync;
  observe(ev) {
    if (ev.resource === JOBS && ev.type !== "DELETED") this.queue.add(keyOf2(ev.object));
    else if (ev.resource === "pods") {
      const ref = controllerOf(ev.object);
      if (ref?.kind === "Job") this.queue.add(`${ev.object.metadata.namespace ?? ""}/${ref.name}`);
    }
  }
  sync() {
    if (this.queue.size === 0) return false;
    const keys = [...this.queue];
    this.queue.clear();
    for (const key3 of keys) {
      try {
        this.syncJob(key3);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        this.resync.at(key3, this.ctx.clock.now() + BACKOFF_BASE_MS);
      }
    }
    return true;
  }
  syncJob(key3) {
    const [ns, name] = key3.split("/");
    const job = this.ctx.api.store.get(JOBS, ns || void 0, name);
    if (!job || job.metadata.deletionTimestamp || finished(job)) return;
    const spec = job.spec ?? {};
    const pods = this.ctx.api.store.byIndex("pods", OWNER_INDEX, job.metadata.uid).filter((p) => controllerOf(p)?.uid === job.metadata.uid);
    const terminating = pods.filter((p) => p.metadata.deletionTimestamp && !isTerminal2(p)).length;
    const active = pods.filter((p) => !p.metadata.deletionTimestamp && !isTerminal2(p));
    const succeeded = pods.filter((p) => p.status?.phase === "Succeeded").length;
    const failed = pods.filter((p) => p.status?.phase === "Failed").length;
    const now = this.ctx.clock.now();
    const status2 = deepCopy(job.status ?? {});
    status2.startTime ??= this.ctx.clock.isoNow();
    const completions = spec.completions ?? void 0;
    const parallelism = spec.parallelism ?? 1;
    const conditions = status2.conditions ?? [];
    const complete = completions !== void 0 ? succeeded >= completions : succeeded > 0 && active.length === 0;
    const overLimit = failed > (spec.backoffLimit ?? 6);
    if (complete || overLimit) {
      for (const p of active) deletePod(this.ctx, job, p, JOB_COMPONENT);
      const at = this.ctx.clock.isoNow();
      const cond = (type, reason, message) => ({ type, status: "True", lastProbeTime: at, lastTransitionTime: at, reason, message });
      if (complete) {
        conditions.push(cond("SuccessCriteriaMet", "CompletionsReached", "Reached expected number of succeeded pods"), cond("Complete", "CompletionsReached", "Reached expected number of succeeded pods"));
        status2.completionTime = at;
        this.ctx.events.record(job, "Normal", "Completed", "Job completed", { component: JOB_COMPONENT });
      } else {
        conditions.push(cond("FailureTarget", "BackoffLimitExceeded", "Job has reached the specified backoff limit"), cond("Failed", "BackoffLimitExceeded", "Job has reached the specified backoff limit"));
        this.ctx.events.record(job, "Warning", "BackoffLimitExceeded", "Job has reached the specified backoff limit", { component: JOB_COMPONENT });
      }
      status2.conditions = conditions;
      this.writeStatus(job, status2, 0, 0, succeeded, failed, terminating);
      return;
    }
    if (!spec.suspend) {
      const want = completions !== void 0 ? Math.min(parallelism, completions - succeeded) : succeeded > 0 ? 0 : parallelism;
      if (active.length > want) {
        for (const p of active.slice(want)) deletePod(this.ctx, job, p, JOB_COMPONENT);
        active.length = want;
      } else if (active.length < want) {
        const lastFail = Math.max(0, ...pods.filter((p) => p.status?.phase === "Failed").map(finishedAt));
        const delay = failed ? Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (failed - 1)) : 0;
        if (failed && lastFail + delay > now) this.resync.at(key3, lastFail + delay);
        else for (let i = active.length; i < want; i++) active.push(createPod(this.ctx, job, spec.template, JOB_COMPONENT));
      }
    }
    this.writeStatus(job, status2, active.length, active.filter(isPodReady).length, succeeded, failed, terminating);
  }
  writeStatus(job, status2, active, ready, succeeded, failed, terminating) {
    const next = { ...status2, ready, terminating, uncountedTerminatedPods: {} };
    for (const [k, v] of Object.entries({ active, succeeded, failed })) {
      if (v) next[k] = v;
      else delete next[k];
    }
    if (canonicalJson(next) === canonicalJson(job.status ?? {})) return;
    const upd = deepCopy(job);
    upd.status = next;
    delete upd.metadata.resourceVersion;
    this.ctx.api.updateStatus(upd);
  }
};
function isTerminal2(p) {
  return p.status?.phase === "Succeeded" || p.status?.phase === "Failed";
}
function finishedAt(p) {
  let t = 0;
  for (const cs of p.status?.containerStatuses ?? []) t = Math.max(t, Date.parse(cs.state?.terminated?.finishedAt ?? "") || 0);
  return t;
}
function keyOf2(o) {
  return `${o.metadata.namespace ?? ""}/${o.metadata.name}`;
}

// src/sim/apiserver/auth/user.ts
var ALL_AUTHENTICATED = "system:authenticated";
var ALL_UNAUTHENTICATED = "system:unauthenticated";
var SYSTEM_MASTERS = "system:masters";
var ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
var ANONYMOUS = { name: "system:anonymous", groups: [ALL_UNAUTHENTICATED] };
function serviceAccountUsername(namespace, name) {
  return `system:serviceaccount:${namespace}:${name}`;
}
function serviceAccountUser(namespace, name) {
  return { name: serviceAccountUsername(namespace, name), groups: [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`, ALL_AUTHENTICATED] };
}

// src/sim/apiserver/auth/token.ts
var ISSUER = "https://kubernetes.default.svc.cluster.local";
var KEY_ID = "pl4yground-s1gning-key";
var b64url = (s) => encodeBase64(s, true);
function fromB64url(s) {
  try {
    const std = s.replace(/-/g, "+").replace(/_/g, "/");
    return decodeBase64(std + "=".repeat((4 - std.length % 4) % 4));
  } catch {
    return void 0;
  }
}
function sign(signed) {
  let out = "";
  let h = 2166136261;
  for (let round = 0; out.length < 256; round++) {
    for (let i = 0; i < signed.length; i++) h = Math.imul(h ^ signed.charCodeAt(i), 16777619) >>> 0;
    h = Math.imul(h ^ round, 16777619) >>> 0;
    for (let k = 0; k < 4; k++) out += String.fromCharCode(h >>> k * 8 & 255);
  }
  let bin = "";
  for (let i = 0; i < out.length; i++) bin += out[i];
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
function issueToken(req) {
  const iat = Math.floor(req.nowMs / 1e3);
  const sa = req.serviceAccount;
  const k8s = { namespace: req.namespace };
  if (req.pod) {
    if (req.pod.spec?.nodeName) k8s.node = { name: req.pod.spec.nodeName };
    k8s.pod = { name: req.pod.metadata.name, uid: req.pod.metadata.uid };
  }
  k8s.serviceaccount = { name: sa.metadata.name, uid: sa.metadata.uid };
  const payload = { aud: [ISSUER], exp: iat + req.expirationSeconds, iat, iss: ISSUER, jti: req.jti, "kubernetes.io": k8s, nbf: iat, sub: `system:serviceaccount:${req.namespace}:${sa.metadata.name}` };
  const signed = `${b64url(JSON.stringify({ alg: "RS256", kid: KEY_ID }))}.${b64url(JSON.stringify(payload))}`;
  return `${signed}.${sign(signed)}`;
}
function authenticateToken(api, token, nowMs) {
  const parts = token.trim().split(".");
  if (parts.length !== 3 || sign(`${parts[0]}.${parts[1]}`) !== parts[2]) return void 0;
  const text = fromB64url(parts[1]);
  if (!text) return void 0;
  let claims;
  try {
    claims = JSON.parse(text);
  } catch {
    return void 0;
  }
  const k8s = claims?.["kubernetes.io"];
  const ns = k8s?.namespace;
  const saName = k8s?.serviceaccount?.name;
  if (typeof ns !== "string" || typeof saName !== "string") return void 0;
  const sa = api.tryGet("serviceaccounts", ns, saName);
  if (!sa || sa.metadata.uid !== k8s.serviceaccount.uid) return void 0;
  if (k8s.pod) {
    const pod = api.tryGet("pods", ns, k8s.pod.name);
    if (!pod || pod.metadata.uid !== k8s.pod.uid) return void 0;
  } else if (typeof claims.exp !== "number" || claims.exp * 1e3 <= nowMs) return void 0;
  return serviceAccountUser(ns, saName);
}

// src/sim/kubelet/expansion.ts
function expand(input, mapping) {
  let out = "";
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c !== "$" || i + 1 >= input.length) {
      out += c;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === "$") {
      out += "$";
      i += 2;
      continue;
    }
    if (next === "(") {
      const close = input.indexOf(")", i + 2);
      const name = close < 0 ? "" : input.slice(i + 2, close);
      if (close < 0 || name.includes("(") || name.includes("$") || name === "") {
        if (close < 0) {
          out += input.slice(i);
          break;
        }
        out += input.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      const v = mapping(name);
      out += v === void 0 ? `$(${name})` : v;
      i = close + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
function mappingOf(...maps) {
  return (name) => {
    for (const m of maps) if (Object.prototype.hasOwnProperty.call(m, name)) return m[name];
    return void 0;
  };
}

// src/sim/kubelet/env.ts
var ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
function decodeSecret(v) {
  if (v === void 0) return "";
  try {
    return decodeBase64(v);
  } catch {
    return v;
  }
}
function serviceEnv(api, ns, enableServiceLinks, createdBefore) {
  const out = {};
  const add = (svc) => {
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === "None") return;
    if (createdBefore && (svc.metadata.creationTimestamp ?? "") > createdBefore) return;
    const ports = svc.spec?.ports ?? [];
    if (!ports.length) return;
    const n = svc.metadata.name.toUpperCase().replace(/-/g, "_");
    out[`${n}_SERVICE_HOST`] = ip;
    out[`${n}_SERVICE_PORT`] = String(ports[0].port);
    for (const p of ports) if (p.name) out[`${n}_SERVICE_PORT_${String(p.name).toUpperCase().replace(/-/g, "_")}`] = String(p.port);
    const proto0 = String(ports[0].protocol ?? "TCP").toLowerCase();
    out[`${n}_PORT`] = `${proto0}://${ip}:${ports[0].port}`;
    for (const p of ports) {
      const proto = String(p.protocol ?? "TCP");
      const pre = `${n}_PORT_${p.port}_${proto.toUpperCase()}`;
      out[pre] = `${proto.toLowerCase()}://${ip}:${p.port}`;
      out[`${pre}_PROTO`] = proto.toLowerCase();
      out[`${pre}_PORT`] = String(p.port);
      out[`${pre}_ADDR`] = ip;
    }
  };
  if (enableServiceLinks) for (const svc of api.list("services", ns)) add(svc);
  const master = api.tryGet("services", "default", "kubernetes");
  if (master && !(enableServiceLinks && ns === "default")) add(master);
  return out;
}
function fieldValue(pod, fieldPath) {
  const m = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(fieldPath);
  if (m) return own(pod.metadata[m[1]], m[2]) ?? "";
  switch (fieldPath) {
    case "metadata.name":
      return pod.metadata.name ?? "";
    case "metadata.namespace":
      return pod.metadata.namespace ?? "";
    case "metadata.uid":
      return pod.metadata.uid ?? "";
    case "metadata.labels":
      return Object.entries(pod.metadata.labels ?? {}).map(([k, v]) => `${k}="${v}"`).join("\n");
    case "metadata.annotations":
      return Object.entries(pod.metadata.annotations ?? {}).map(([k, v]) => `${k}="${v}"`).join("\n");
    case "spec.nodeName":
      return pod.spec?.nodeName ?? "";
    case "spec.serviceAccountName":
      return pod.spec?.serviceAccountName ?? "default";
    case "status.hostIP":
      return pod.status?.hostIP ?? "";
    case "status.hostIPs":
      return (pod.status?.hostIPs ?? []).map((x) => x.ip).join(",");
    case "status.podIP":
      return pod.status?.podIP ?? "";
    case "status.podIPs":
      return (pod.status?.podIPs ?? []).map((x) => x.ip).join(",");
    default:
      return "";
  }
}
function resourceValue(container, ref, allocatable) {
  const [kind, res] = ref.resource.split(".");
  const spec = container?.resources?.[kind]?.[res] ?? (kind === "requests" ? container?.resources?.limits?.[res] : void 0);
  const fallback = res === "cpu" ? allocatable.cpu : res === "memory" ? allocatable.memory : "0";
  const raw = spec ?? (kind === "limits" ? fallback : res === "cpu" ? "0" : "0");
  const divisor = ref.divisor !== void 0 ? parseQuantity(String(ref.divisor)) : 1;
  const v = parseQuantity(String(raw));
  const n = Math.ceil(v / (divisor || 1));
  return String(res === "cpu" && n === 0 && kind === "requests" ? 1 : n);
}
function resolveEnv(api, pod, container, svcEnv, allocatable) {
  const ns = pod.metadata.namespace ?? "default";
  const tmp = {};
  const order = [];
  const set = (k, v) => {
    if (!hasOwn(tmp, k)) order.push(k);
    setOwn(tmp, k, v);
  };
  const invalidKeys = [];
  for (const src of container.envFrom ?? []) {
    const prefix2 = src.prefix ?? "";
    const isCm = !!src.configMapRef;
    const ref = src.configMapRef ?? src.secretRef;
    if (!ref) continue;
    const obj = api.tryGet(isCm ? "configmaps" : "secrets", ns, ref.name);
    if (!obj) {
      if (ref.optional) continue;
      return { ok: false, error: `${isCm ? "configmap" : "secret"} "${ref.name}" not found`, waitOn: `${isCm ? "configmaps" : "secrets"}/${ns}/${ref.name}` };
    }
    const data = isCm ? { ...obj.data ?? {} } : Object.fromEntries(Object.entries(obj.data ?? {}).map(([k, v]) => [k, decodeSecret(v)]));
    const bad = [];
    for (const k of Object.keys(data).sort()) {
      const name = prefix2 + k;
      if (!ENV_NAME.test(name)) {
        bad.push(name);
        continue;
      }
      set(name, data[k]);
    }
    if (bad.length) invalidKeys.push({ kind: isCm ? "configMap" : "secret", ns, name: ref.name, keys: bad });
  }
  for (const e of container.env ?? []) {
    let value2;
    if (e.valueFrom) {
      const vf = e.valueFrom;
      if (vf.configMapKeyRef || vf.secretKeyRef) {
        const isCm = !!vf.configMapKeyRef;
        const ref = vf.configMapKeyRef ?? vf.secretKeyRef;
        const obj = api.tryGet(isCm ? "configmaps" : "secrets", ns, ref.name);
        const waitOn = `${isCm ? "configmaps" : "secrets"}/${ns}/${ref.name}`;
        if (!obj) {
          if (ref.optional) continue;
          return { ok: false, error: `${isCm ? "configmap" : "secret"} "${ref.name}" not found`, waitOn };
        }
        const raw = own(obj.data, ref.key);
        if (raw === void 0) {
          if (ref.optional) continue;
          return { ok: false, error: `couldn't find key ${ref.key} in ${isCm ? "ConfigMap" : "Secret"} ${ns}/${ref.name}`, waitOn };
        }
        value2 = isCm ? raw : decodeSecret(raw);
      } else if (vf.fieldRef) value2 = fieldValue(pod, vf.fieldRef.fieldPath);
      else if (vf.resourceFieldRef) {
        const target = vf.resourceFieldRef.containerName ? [...pod.spec.containers ?? [], ...pod.spec.initContainers ?? []].find((c) => c.name === vf.resourceFieldRef.containerName) : container;
        value2 = resourceValue(target, vf.resourceFieldRef, allocatable);
      } else value2 = "";
    } else {
      value2 = expand(e.value ?? "", mappingOf(tmp, svcEnv));
    }
    set(e.name, value2 ?? "");
  }
  const env = order.map((k) => [k, tmp[k]]);
  for (const [k, v] of Object.entries(svcEnv)) if (!(k in tmp)) env.push([k, v]);
  return { ok: true, env, invalidKeys };
}

// src/sim/kubelet/fs.ts
function lazyFile(compute, mtime, mode, uid, gid) {
  let text;
  return {
    type: "file",
    mode,
    uid,
    gid,
    mtime,
    get content() {
      return text ??= compute();
    },
    set content(v) {
      text = v;
    }
  };
}
function dirNode(mtime, mode = 493, uid = 0, gid = 0) {
  return { type: "dir", mode, uid, gid, mtime, children: /* @__PURE__ */ new Map() };
}
var Tree = class {
  root;
  constructor(mtime, mode = 493, uid = 0, gid = 0) {
    this.root = dirNode(mtime, mode, uid, gid);
  }
  /** Walk without following links. */
  node(parts) {
    let cur = this.root;
    for (const p of parts) {
      if (!cur || cur.type !== "dir") return void 0;
      cur = cur.children.get(p);
    }
    return cur;
  }
  /** Create a file (and its directories) for image content and volume setup; a function is the content, computed on first read. */
  put(path2, content, mtime, mode = 420, uid = 0, gid = 0) {
    const parts = split(path2);
    const name = parts.pop();
    const dir = this.mkdirs(parts, mtime);
    dir.children.set(name, typeof content === "string" ? { type: "file", mode, uid, gid, mtime, content } : lazyFile(content, mtime, mode, uid, gid));
  }
  link(path2, target, mtime) {
    const parts = split(path2);
    const name = parts.pop();
    this.mkdirs(parts, mtime).children.set(name, { type: "link", mode: 511, uid: 0, gid: 0, mtime, target });
  }
  mkdirs(parts, mtime, mode = 493) {
    let cur = this.root;
    for (const p of parts) {
      let next = cur.children.get(p);
      if (!next) {
        next = dirNode(mtime, mode);
        cur.children.set(p, next);
      }
      if (next.type !== "dir") throw new Error(`not a directory: ${p}`);
      cur = next;
    }
    return cur;
  }
};
function split(path2) {
  return path2.split("/").filter((p) => p !== "" && p !== ".");
}
function normalize(path2, cwd = "/") {
  const abs2 = path2.startsWith("/") ? path2 : `${cwd}/${path2}`;
  const out = [];
  for (const p of abs2.split("/")) {
    if (p === "" || p === ".") continue;
    if (p === "..") out.pop();
    else out.push(p);
  }
  return "/" + out.join("/");
}
var ContainerFs = class {
  constructor(rootfs, mounts2, now, user = { uid: 0, gid: 0 }, rootReadOnly = false) {
    this.rootfs = rootfs;
    this.mounts = mounts2;
    this.now = now;
    this.user = user;
    this.rootReadOnly = rootReadOnly;
    this.mounts.sort((a, b) => b.path.length - a.path.length);
  }
  rootfs;
  mounts;
  now;
  user;
  rootReadOnly;
  mountFor(path2) {
    for (const m of this.mounts) {
      if (path2 === m.path || path2.startsWith(m.path === "/" ? "/" : m.path + "/")) {
        const rest = split(path2.slice(m.path.length));
        return { m, tree: m.tree, parts: [...split(m.sub), ...rest] };
      }
    }
    return { tree: this.rootfs, parts: split(path2) };
  }
  /** The inode at a canonical path (no links followed). */
  at(path2) {
    const { tree, parts } = this.mountFor(path2);
    return tree.node(parts);
  }
  /** Resolve symlinks in every component (and the last one unless `followLast` is false). */
  resolve(path2, followLast = true, depth = 0) {
    const parts = split(normalize(path2));
    let cur = "/";
    for (let i = 0; i < parts.length; i++) {
      const next = normalize(parts[i], cur);
      const node2 = this.at(next);
      if (node2?.type === "link" && depth < 16 && (i < parts.length - 1 || followLast)) {
        cur = this.resolve(normalize(node2.target, cur), true, depth + 1);
      } else cur = next;
    }
    return cur;
  }
  stat(path2, follow = true) {
    return this.at(this.resolve(path2, follow));
  }
  readOnlyAt(path2) {
    const m = this.mountFor(this.resolve(path2)).m;
    return m ? m.readOnly : this.rootReadOnly;
  }
  mountOf(path2) {
    return this.mountFor(this.resolve(path2)).m;
  }
  read(path2) {
    const n = this.stat(path2);
    return n?.type === "file" ? n.content ?? "" : void 0;
  }
  exists(path2) {
    return !!this.stat(path2);
  }
  list(path2) {
    const n = this.stat(path2);
    if (n?.type !== "dir") return void 0;
    const names = new Set(n.children.keys());
    const abs2 = this.resolve(path2);
    for (const m of this.mounts) {
      const parent = normalize(m.path + "/..");
      if (parent === abs2 && m.path !== "/") names.add(split(m.path).pop());
    }
    return [...names].sort();
  }
  /** Write a file; false (or an error code via writeFile) when it cannot be written. */
  write(path2, content, append = false) {
    return this.writeFile(path2, content, append) === void 0;
  }
  writeFile(path2, content, append = false) {
    const abs2 = this.resolve(path2);
    const { m, tree, parts } = this.mountFor(abs2);
    if (m ? m.readOnly : this.rootReadOnly) return "EROFS";
    const name = parts.pop();
    if (name === void 0) return "EISDIR";
    const dir = tree.node(parts);
    if (!dir) return "ENOENT";
    if (dir.type !== "dir") return "ENOTDIR";
    const existing = dir.children.get(name);
    if (existing?.type === "dir") return "EISDIR";
    if (existing) {
      existing.content = append ? (existing.content ?? "") + content : content;
      existing.mtime = this.now();
    } else {
      dir.children.set(name, { type: "file", mode: 420, uid: this.user.uid, gid: this.user.gid, mtime: this.now(), content });
    }
    return void 0;
  }
  mkdir(path2, parents = false) {
    const abs2 = this.resolve(path2);
    if (this.at(abs2)) return parents ? void 0 : "EEXIST";
    const { m, tree, parts } = this.mountFor(abs2);
    if (m ? m.readOnly : this.rootReadOnly) return "EROFS";
    const name = parts.pop();
    const parent = tree.node(parts);
    if (!parent) {
      if (!parents) return "ENOENT";
      tree.mkdirs(parts, this.now());
    } else if (parent.type !== "dir") return "ENOTDIR";
    tree.node(parts).children.set(name, dirNode(this.now(), 493, this.user.uid, this.user.gid));
    return void 0;
  }
  mkdirp(path2) {
    const parts = split(path2);
    for (let i = 1; i <= parts.length; i++) this.mkdir("/" + parts.slice(0, i).join("/"), true);
  }
  remove(path2, recursive = false) {
    const abs2 = this.resolve(path2, false);
    const { m, tree, parts } = this.mountFor(abs2);
    if (m ? m.readOnly : this.rootReadOnly) return "EROFS";
    const name = parts.pop();
    const parent = name === void 0 ? void 0 : tree.node(parts);
    const node2 = parent?.children?.get(name);
    if (!node2) return "ENOENT";
    if (node2.type === "dir" && !recursive) return "EISDIR";
    parent.children.delete(name);
    return void 0;
  }
  chown(path2, uid, gid) {
    const n = this.stat(path2);
    if (!n) return "ENOENT";
    if (this.readOnlyAt(path2)) return "EROFS";
    n.uid = uid;
    if (gid !== void 0) n.gid = gid;
    return void 0;
  }
};

// src/sim/kubelet/volumes.ts
var STORAGE_SERVICE = "storage";
function volumeDataKey(pv, name) {
  const nfs = pv?.spec?.nfs;
  return nfs ? `nfs:${nfs.server}:${nfs.path}` : name;
}
function dataDir(ms) {
  const d = new Date(ms);
  const p = (n, w = 2) => String(n).padStart(w, "0");
  return `..${d.getUTCFullYear()}_${p(d.getUTCMonth() + 1)}_${p(d.getUTCDate())}_${p(d.getUTCHours())}_${p(d.getUTCMinutes())}_${p(d.getUTCSeconds())}.${p(ms % 1e3, 3)}${"314159"}`;
}
function atomicTree(files2, ms, fsGroup) {
  const tree = new Tree(ms, 1023);
  const dir = dataDir(ms);
  const top = /* @__PURE__ */ new Set();
  for (const f of files2) {
    tree.put(`${dir}/${f.path}`, f.content, ms, f.mode, 0, fsGroup ?? 0);
    top.add(f.path.split("/")[0]);
  }
  tree.link("..data", dir, ms);
  for (const t of top) tree.link(t, `..data/${t}`, ms);
  return tree;
}
function keyFiles(data, items, defaultMode) {
  if (!items) return { files: Object.keys(data).sort().map((k) => ({ path: k, content: data[k], mode: defaultMode })) };
  const files2 = [];
  for (const it of items) {
    const content = own(data, it.key);
    if (content === void 0) return { files: [], missing: it.key };
    files2.push({ path: it.path, content, mode: it.mode ?? defaultMode });
  }
  return { files: files2 };
}
function podToken(api, pod, expirationSeconds, nowMs) {
  const ns = pod.metadata.namespace;
  const sa = api.tryGet("serviceaccounts", ns, pod.spec?.serviceAccountName ?? "default") ?? { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: pod.spec?.serviceAccountName ?? "default" } };
  return () => issueToken({ namespace: ns, serviceAccount: sa, expirationSeconds, nowMs, pod, jti: pod.metadata.uid ?? "" });
}
var FAKE_CA = "-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIsimulatedcakubernetesplaygroundAAAAAAAAAAAAA\n-----END CERTIFICATE-----\n";
function setupVolumes(api, pod, storage, allocatable, ms) {
  const ns = pod.metadata.namespace ?? "default";
  const out = /* @__PURE__ */ new Map();
  const fsGroup = pod.spec?.securityContext?.fsGroup;
  const fail = (volume, error, waitOn) => ({ ok: false, volume, error: `MountVolume.SetUp failed for volume "${volume}" : ${error}`, waitOn });
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.name;
    if (v.emptyDir) {
      const mem = v.emptyDir.medium === "Memory";
      out.set(name, { tree: new Tree(ms, 511, 0, fsGroup ?? 0), source: mem ? "tmpfs" : "/dev/sda1", fstype: mem ? "tmpfs" : "ext4" });
    } else if (v.configMap || v.secret) {
      const isCm = !!v.configMap;
      const src = v.configMap ?? v.secret;
      const objName = isCm ? src.name : src.secretName;
      const obj = api.tryGet(isCm ? "configmaps" : "secrets", ns, objName);
      const kind = isCm ? "configmap" : "secret";
      if (!obj && !src.optional) return fail(name, `${kind} "${objName}" not found`, `${isCm ? "configmaps" : "secrets"}/${ns}/${objName}`);
      const data = !obj ? {} : isCm ? { ...obj.data ?? {}, ...Object.fromEntries(Object.entries(obj.binaryData ?? {}).map(([k, x]) => [k, decodeSecret(x)])) } : Object.fromEntries(Object.entries(obj.data ?? {}).map(([k, x]) => [k, decodeSecret(x)]));
      const { files: files2, missing } = keyFiles(data, src.items, src.defaultMode ?? 420);
      if (missing !== void 0 && !src.optional) return fail(name, `${kind} references non-existent config key: ${missing}`, `${isCm ? "configmaps" : "secrets"}/${ns}/${objName}`);
      out.set(name, { tree: atomicTree(files2, ms, fsGroup), source: isCm ? "/dev/sda1" : "tmpfs", fstype: isCm ? "ext4" : "tmpfs", readOnly: true });
    } else if (v.downwardAPI) {
      const files2 = (v.downwardAPI.items ?? []).map((it) => ({
        path: it.path,
        mode: it.mode ?? v.downwardAPI.defaultMode ?? 420,
        content: it.fieldRef ? fieldValue(pod, it.fieldRef.fieldPath) : it.resourceFieldRef ? resourceValue((pod.spec.containers ?? []).find((c) => c.name === it.resourceFieldRef.containerName) ?? pod.spec.containers?.[0], it.resourceFieldRef, allocatable) : ""
      }));
      out.set(name, { tree: atomicTree(files2, ms, fsGroup), source: "/dev/sda1", fstype: "ext4", readOnly: true });
    } else if (v.projected) {
      const files2 = [];
      const mode = v.projected.defaultMode ?? 420;
      for (const s of v.projected.sources ?? []) {
        if (s.serviceAccountToken) files2.push({ path: s.serviceAccountToken.path ?? "token", content: podToken(api, pod, s.serviceAccountToken.expirationSeconds ?? 3600, ms), mode });
        else if (s.configMap || s.secret) {
          const isCm = !!s.configMap;
          const src = s.configMap ?? s.secret;
          const obj = api.tryGet(isCm ? "configmaps" : "secrets", ns, src.name);
          let data;
          if (obj) data = isCm ? { ...obj.data ?? {} } : Object.fromEntries(Object.entries(obj.data ?? {}).map(([k, x]) => [k, decodeSecret(x)]));
          else if (isCm && src.name === "kube-root-ca.crt") data = { "ca.crt": FAKE_CA };
          else if (!src.optional) return fail(name, `${isCm ? "configmap" : "secret"} "${src.name}" not found`, `${isCm ? "configmaps" : "secrets"}/${ns}/${src.name}`);
          const r2 = keyFiles(data ?? {}, src.items, mode);
          if (r2.missing !== void 0 && !src.optional) return fail(name, `${isCm ? "configmap" : "secret"} references non-existent config key: ${r2.missing}`);
          files2.push(...r2.files);
        } else if (s.downwardAPI) {
          for (const it of s.downwardAPI.items ?? []) files2.push({ path: it.path, mode: it.mode ?? mode, content: it.fieldRef ? fieldValue(pod, it.fieldRef.fieldPath) : "" });
        }
      }
      out.set(name, { tree: atomicTree(files2, ms, fsGroup), source: "tmpfs", fstype: "tmpfs", readOnly: true });
    } else if (v.hostPath) {
      const type = v.hostPath.type ?? "";
      const create = type === "DirectoryOrCreate" || type === "FileOrCreate" || type === "";
      const tree = storage.hostPath(pod.spec.nodeName, v.hostPath.path, create);
      if (!tree) return fail(name, `hostPath type check failed: ${v.hostPath.path} is not a directory`);
      out.set(name, { tree, source: "/dev/sda1", fstype: "ext4" });
    } else if (v.persistentVolumeClaim) {
      const claim = v.persistentVolumeClaim.claimName;
      const pvc = api.tryGet("persistentvolumeclaims", ns, claim);
      if (!pvc) return fail(name, `persistentvolumeclaim "${claim}" not found`, `persistentvolumeclaims/${ns}/${claim}`);
      const pvName = pvc.spec?.volumeName;
      if (!pvName || pvc.status?.phase !== "Bound") {
        return { ok: false, volume: name, error: `unbound immediate PersistentVolumeClaims`, waitOn: `persistentvolumeclaims/${ns}/${claim}` };
      }
      const pv = api.tryGet("persistentvolumes", void 0, pvName);
      const tree = pv?.spec?.hostPath ? storage.hostPath(pod.spec.nodeName, pv.spec.hostPath.path, true) : storage.pv(volumeDataKey(pv, pvName));
      out.set(name, { tree, source: pv?.spec?.nfs ? `${pv.spec.nfs.server}:${pv.spec.nfs.path}` : "/dev/sda1", fstype: pv?.spec?.nfs ? "nfs4" : "ext4", readOnly: !!v.persistentVolumeClaim.readOnly });
    } else if (v.nfs) {
      out.set(name, { tree: storage.pv(`nfs:${v.nfs.server}:${v.nfs.path}`), source: `${v.nfs.server}:${v.nfs.path}`, fstype: "nfs4", readOnly: !!v.nfs.readOnly });
    } else {
      out.set(name, { tree: new Tree(ms, 493), source: "/dev/sda1", fstype: "ext4" });
    }
  }
  return { ok: true, volumes: out };
}

// src/sim/controllers/persistentvolume-match.ts
var BETA_CLASS_ANNOTATION = "volume.beta.kubernetes.io/storage-class";
var SELECTED_NODE_ANNOTATION = "volume.kubernetes.io/selected-node";
function claimClass(pvc) {
  const ann = pvc.metadata.annotations?.[BETA_CLASS_ANNOTATION];
  if (ann !== void 0) return ann;
  return pvc.spec?.storageClassName ?? "";
}
function volumeClass(pv) {
  const ann = pv.metadata.annotations?.[BETA_CLASS_ANNOTATION];
  if (ann !== void 0) return ann;
  return pv.spec?.storageClassName ?? "";
}
function isVolumeBoundToClaim(pv, pvc) {
  const ref = pv.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== pvc.metadata.name || ref.namespace !== pvc.metadata.namespace) return false;
  return !ref.uid || ref.uid === pvc.metadata.uid;
}
function quantity(v) {
  try {
    return v === void 0 ? 0 : parseQuantity(v);
  } catch {
    return 0;
  }
}
function nodeAffinityAllows(pv, node2) {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!node2 || !terms) return true;
  const labels = node2.metadata.labels ?? {};
  const op = (o) => o === "Gt" ? "GreaterThan" : o === "Lt" ? "LessThan" : o;
  return terms.some(
    (t) => (t.matchExpressions ?? []).every((e) => matchesSelector({ matchExpressions: [{ key: e.key, operator: op(e.operator), values: e.values }] }, labels))
  );
}
function findMatchingVolume(claim, volumes, opts2 = {}) {
  const requested = quantity(claim.spec?.resources?.requests?.storage);
  const requestedClass = claimClass(claim);
  const requestedMode = claim.spec?.volumeMode ?? "Filesystem";
  const selector = claim.spec?.selector;
  let smallest;
  let smallestQty = Infinity;
  for (const pv of volumes) {
    if (opts2.excluded?.has(pv.metadata.name)) continue;
    const qty = quantity(pv.spec?.capacity?.storage);
    if (pv.spec?.claimRef && !isVolumeBoundToClaim(pv, claim)) continue;
    if (qty < requested) continue;
    if ((pv.spec?.volumeMode ?? "Filesystem") !== requestedMode) continue;
    if ((pv.spec?.volumeAttributesClassName ?? "") !== (claim.spec?.volumeAttributesClassName ?? "")) continue;
    if (pv.metadata.deletionTimestamp) continue;
    const affinityOk = nodeAffinityAllows(pv, opts2.node);
    if (isVolumeBoundToClaim(pv, claim)) return affinityOk ? pv : void 0;
    if (!opts2.node && opts2.delayBinding) continue;
    if (pv.status?.phase !== "Available") continue;
    if (selector && !matchesSelector(selector, pv.metadata.labels)) continue;
    if (volumeClass(pv) !== requestedClass) continue;
    if (!affinityOk) continue;
    if (opts2.node) {
      const have = new Set(pv.spec?.accessModes ?? []);
      if (!(claim.spec?.accessModes ?? []).every((m) => have.has(m))) continue;
    }
    if (!smallest || qty < smallestQty) {
      smallest = pv;
      smallestQty = qty;
    }
  }
  return smallest;
}
function findBestMatchForClaim(claim, volumes, delayBinding = false) {
  const requested = claim.spec?.accessModes ?? [];
  const sets = /* @__PURE__ */ new Map();
  for (const pv of volumes) {
    const modes = [...new Set(pv.spec?.accessModes ?? [])].sort();
    const key3 = modes.join(",");
    if (!sets.has(key3)) sets.set(key3, { modes, pvs: [] });
    sets.get(key3).pvs.push(pv);
  }
  const candidates = [...sets.values()].filter((s) => requested.every((m) => s.modes.includes(m))).sort((a, b) => a.modes.length - b.modes.length || (a.modes.join(",") < b.modes.join(",") ? -1 : 1));
  for (const c of candidates) {
    const best = findMatchingVolume(claim, c.pvs, { delayBinding });
    if (best) return best;
  }
  return void 0;
}

// src/sim/controllers/persistentvolume.ts
var PV_COMPONENT = "persistentvolume-controller";
var BIND_COMPLETED = "pv.kubernetes.io/bind-completed";
var BOUND_BY_CONTROLLER = "pv.kubernetes.io/bound-by-controller";
var PROVISIONED_BY = "pv.kubernetes.io/provisioned-by";
var STORAGE_PROVISIONER = "volume.kubernetes.io/storage-provisioner";
var BETA_STORAGE_PROVISIONER = "volume.beta.kubernetes.io/storage-provisioner";
var SIMULATED_PROVISIONERS = /* @__PURE__ */ new Set(["k8s.io/minikube-hostpath", "rancher.io/local-path", "docker.io/hostpath", "microk8s.io/hostpath", "kubernetes.io/host-path"]);
var PVS = "persistentvolumes";
var PVCS = "persistentvolumeclaims";
var PersistentVolumeController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = PV_COMPONENT;
  claims = /* @__PURE__ */ new Set();
  volumes = /* @__PURE__ */ new Set();
  observe(ev) {
    const o = ev.object;
    if (ev.resource === PVCS) {
      this.claims.add(`${o.metadata.namespace}/${o.metadata.name}`);
      const vol = o.spec?.volumeName;
      if (vol) this.volumes.add(vol);
    } else if (ev.resource === PVS) {
      this.volumes.add(o.metadata.name);
      if (ev.type !== "DELETED" && o.status?.phase === "Available") for (const c of this.pendingClaims()) this.claims.add(c);
      const ref = o.spec?.claimRef;
      if (ref) this.claims.add(`${ref.namespace}/${ref.name}`);
      const before2 = ev.old?.spec?.claimRef;
      if (before2 && (before2.namespace !== ref?.namespace || before2.name !== ref?.name)) this.claims.add(`${before2.namespace}/${before2.name}`);
    } else if (ev.resource === "storageclasses.storage.k8s.io" && ev.type === "ADDED") {
      for (const c of this.pendingClaims()) this.claims.add(c);
    }
  }
  sync() {
    if (!this.claims.size && !this.volumes.size) return false;
    const claims = [...this.claims];
    const volumes = [...this.volumes];
    this.claims.clear();
    this.volumes.clear();
    for (const v of volumes) this.syncVolume(v);
    for (const c of claims) this.syncClaim(c);
    return true;
  }
  pendingClaims() {
    return this.ctx.api.store.list(PVCS).filter((c) => !c.spec?.volumeName && c.status?.phase !== "Bound").map((c) => `${c.metadata.namespace}/${c.metadata.name}`);
  }
  event(obj, type, reason, message) {
    this.ctx.events.record(obj, type, reason, message, { component: PV_COMPONENT });
  }
  write(obj, status2 = false) {
    const upd = deepCopy(obj);
    delete upd.metadata.resourceVersion;
    return status2 ? this.ctx.api.updateStatus(upd) : this.ctx.api.update(upd);
  }
  setVolumePhase(pv, phase) {
    if (pv.status?.phase === phase) return pv;
    const upd = deepCopy(pv);
    upd.status = { ...upd.status ?? {}, phase, lastPhaseTransitionTime: this.ctx.clock.isoNow() };
    return this.write(upd, true);
  }
  syncClaim(key3) {
    const [ns, name] = key3.split("/");
    const claim = this.ctx.api.store.get(PVCS, ns, name);
    if (!claim || claim.metadata.deletionTimestamp) return;
    if (claim.metadata.annotations?.[BIND_COMPLETED] !== "yes") this.syncUnboundClaim(claim);
    else this.syncBoundClaim(claim);
  }
  syncUnboundClaim(claim) {
    const api = this.ctx.api;
    if (!claim.spec?.volumeName) {
      const className = claimClass(claim);
      const sc = className ? api.tryGet("storageclasses", void 0, className) : void 0;
      const delayBinding = sc?.volumeBindingMode === "WaitForFirstConsumer";
      const volume2 = findBestMatchForClaim(claim, api.store.list(PVS), delayBinding);
      if (volume2) return this.bind(volume2, claim);
      if (delayBinding && !claim.metadata.annotations?.[SELECTED_NODE_ANNOTATION]) {
        this.event(claim, "Normal", "WaitForFirstConsumer", "waiting for first consumer to be created before binding");
      } else if (className) {
        this.provision(claim, className, sc);
      } else {
        this.event(claim, "Normal", "FailedBinding", "no persistent volumes available for this claim and no storage class is set");
      }
      return;
    }
    const volume = api.store.get(PVS, void 0, claim.spec.volumeName);
    if (!volume) return;
    if (!volume.spec?.claimRef || isVolumeBoundToClaim(volume, claim)) return this.bind(volume, claim);
    this.event(claim, "Warning", "FailedBinding", `volume "${volume.metadata.name}" already bound to a different claim.`);
  }
  syncBoundClaim(claim) {
    const name = claim.spec?.volumeName;
    const lost = (message) => {
      if (claim.status?.phase === "Lost") return;
      const upd = deepCopy(claim);
      upd.status = { ...upd.status ?? {}, phase: "Lost" };
      this.write(upd, true);
      this.event(claim, "Warning", "ClaimLost", message);
    };
    if (!name) return lost("Bound claim has lost reference to PersistentVolume. Data on the volume is lost!");
    const volume = this.ctx.api.store.get(PVS, void 0, name);
    if (!volume) return lost("Bound claim has lost its PersistentVolume. Data on the volume is lost!");
    if (!volume.spec?.claimRef || isVolumeBoundToClaim(volume, claim)) return this.bind(volume, claim);
    this.event(claim, "Warning", "ClaimMisbound", "Two claims are bound to the same volume, this one is bound incorrectly");
  }
  /** bind: claimRef on the volume, Bound phase, volumeName and annotations on the claim, claim status. */
  bind(volume, claim) {
    let pv = volume;
    if (!isVolumeBoundToClaim(pv, claim) || !pv.spec.claimRef.uid) {
      const upd = deepCopy(pv);
      const byController = !upd.spec.claimRef;
      upd.spec.claimRef = { kind: "PersistentVolumeClaim", namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: "v1", resourceVersion: claim.metadata.resourceVersion };
      if (byController) upd.metadata.annotations = { ...upd.metadata.annotations ?? {}, [BOUND_BY_CONTROLLER]: "yes" };
      pv = this.write(upd);
    }
    pv = this.setVolumePhase(pv, "Bound");
    let pvc = claim;
    const ann = pvc.metadata.annotations ?? {};
    if (pvc.spec?.volumeName !== pv.metadata.name || ann[BIND_COMPLETED] !== "yes") {
      const upd = deepCopy(pvc);
      const byController = !upd.spec.volumeName;
      upd.spec.volumeName = pv.metadata.name;
      upd.metadata.annotations = { ...ann, [BIND_COMPLETED]: "yes", ...byController ? { [BOUND_BY_CONTROLLER]: "yes" } : {} };
      pvc = this.write(upd);
    }
    if (pvc.status?.phase !== "Bound") {
      const upd = deepCopy(pvc);
      upd.status = { ...upd.status ?? {}, phase: "Bound", accessModes: [...pv.spec?.accessModes ?? []], capacity: { ...pv.spec?.capacity ?? {} } };
      this.write(upd, true);
    }
  }
  /** provisionClaim: simulated hostPath provisioners create the volume; others are external. */
  provision(claim, className, sc) {
    if (!sc) {
      this.event(claim, "Warning", "ProvisioningFailed", `storageclass.storage.k8s.io "${className}" not found`);
      return;
    }
    const provisioner = sc.provisioner ?? "";
    const ann = claim.metadata.annotations ?? {};
    let pvc = claim;
    if (ann[STORAGE_PROVISIONER] !== provisioner) {
      const upd = deepCopy(claim);
      upd.metadata.annotations = { ...ann, [STORAGE_PROVISIONER]: provisioner, [BETA_STORAGE_PROVISIONER]: provisioner };
      pvc = this.write(upd);
    }
    this.event(
      pvc,
      "Normal",
      "ExternalProvisioning",
      `Waiting for a volume to be created either by the external provisioner '${provisioner}' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.`
    );
    if (!SIMULATED_PROVISIONERS.has(provisioner)) return;
    const name = `pvc-${pvc.metadata.uid}`;
    const node2 = pvc.metadata.annotations?.[SELECTED_NODE_ANNOTATION];
    this.ctx.events.record(pvc, "Normal", "Provisioning", `External provisioner is provisioning volume for claim "${pvc.metadata.namespace}/${pvc.metadata.name}"`, { component: provisioner });
    try {
      this.ctx.api.create({
        apiVersion: "v1",
        kind: "PersistentVolume",
        metadata: { name, annotations: { [PROVISIONED_BY]: provisioner } },
        spec: {
          accessModes: [...pvc.spec?.accessModes ?? []],
          capacity: { storage: pvc.spec?.resources?.requests?.storage },
          claimRef: { kind: "PersistentVolumeClaim", namespace: pvc.metadata.namespace, name: pvc.metadata.name, uid: pvc.metadata.uid, apiVersion: "v1", resourceVersion: pvc.metadata.resourceVersion },
          hostPath: { path: `/tmp/hostpath-provisioner/${pvc.metadata.namespace}/${pvc.metadata.name}`, type: "" },
          // a node-local provisioner pins the volume to the node the scheduler chose
          ...node2 && provisioner === "rancher.io/local-path" ? { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: "kubernetes.io/hostname", operator: "In", values: [node2] }] }] } } } : {},
          persistentVolumeReclaimPolicy: sc.reclaimPolicy ?? "Delete",
          storageClassName: className,
          volumeMode: pvc.spec?.volumeMode ?? "Filesystem"
        }
      });
    } catch (e) {
      if (e instanceof ApiError && e.reason === "AlreadyExists") return;
      throw e;
    }
    this.ctx.events.record(pvc, "Normal", "ProvisioningSucceeded", `Successfully provisioned volume ${name}`, { component: provisioner });
  }
  /** syncVolume: Available without a claim, Released (then reclaimed) when the claim is gone. */
  syncVolume(name) {
    const pv = this.ctx.api.store.get(PVS, void 0, name);
    if (!pv) return;
    const ref = pv.spec?.claimRef;
    if (!ref || !ref.uid) {
      if (pv.status?.phase !== "Available" && pv.status?.phase !== "Released" && pv.status?.phase !== "Failed") this.setVolumePhase(pv, "Available");
      return;
    }
    const claim = this.ctx.api.store.get(PVCS, ref.namespace, ref.name);
    if (!claim || claim.metadata.uid !== ref.uid) {
      if (pv.status?.phase === "Released" || pv.status?.phase === "Failed") return;
      const released = this.setVolumePhase(pv, "Released");
      if (!pv.metadata.deletionTimestamp) this.reclaim(released);
      return;
    }
    if (claim.spec?.volumeName === pv.metadata.name) {
      this.setVolumePhase(pv, "Bound");
    } else if (claim.spec?.volumeName && pv.metadata.annotations?.[BOUND_BY_CONTROLLER] === "yes") {
      const upd = deepCopy(pv);
      delete upd.spec.claimRef;
      if (upd.metadata.annotations) delete upd.metadata.annotations[BOUND_BY_CONTROLLER];
      this.setVolumePhase(this.write(upd), "Available");
    }
  }
  /** reclaimVolume: Retain keeps it Released, Delete removes it, Recycle scrubs it back to Available. */
  reclaim(pv) {
    const policy = pv.spec?.persistentVolumeReclaimPolicy ?? "Retain";
    if (policy === "Delete") {
      try {
        this.ctx.api.delete(PVS, void 0, pv.metadata.name);
      } catch (e) {
        if (!(e instanceof ApiError && e.reason === "NotFound")) throw e;
      }
    } else if (policy === "Recycle") {
      this.ctx.cluster.services[STORAGE_SERVICE]?.wipe(volumeDataKey(pv, pv.metadata.name));
      const upd = deepCopy(pv);
      delete upd.spec.claimRef;
      if (upd.metadata.annotations) delete upd.metadata.annotations[BOUND_BY_CONTROLLER];
      const freed = this.write(upd);
      this.event(freed, "Normal", "VolumeRecycled", "Volume recycled");
      this.setVolumePhase(freed, "Available");
    }
  }
};

// src/sim/controllers/storage-protection.ts
var PVCS2 = "persistentvolumeclaims";
var PVS2 = "persistentvolumes";
function podUsesClaim(pod, claim) {
  if (!pod.spec?.nodeName) return false;
  const phase = pod.status?.phase;
  if (phase === "Succeeded" || phase === "Failed") return false;
  return (pod.spec.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === claim);
}
var StorageProtectionController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "storage-protection-controller";
  claims = /* @__PURE__ */ new Set();
  volumes = /* @__PURE__ */ new Set();
  observe(ev) {
    const o = ev.object;
    if (ev.resource === PVCS2 && o.metadata.deletionTimestamp) this.claims.add(`${o.metadata.namespace}/${o.metadata.name}`);
    else if (ev.resource === PVS2 && o.metadata.deletionTimestamp) this.volumes.add(o.metadata.name);
    else if (ev.resource === PVS2 && ev.old?.metadata.deletionTimestamp) this.volumes.add(o.metadata.name);
    else if (ev.resource === "pods") {
      for (const v of o.spec?.volumes ?? []) {
        const c = v.persistentVolumeClaim?.claimName;
        if (c) this.claims.add(`${o.metadata.namespace}/${c}`);
      }
    }
  }
  sync() {
    if (!this.claims.size && !this.volumes.size) return false;
    const claims = [...this.claims];
    const volumes = [...this.volumes];
    this.claims.clear();
    this.volumes.clear();
    const api = this.ctx.api;
    for (const key3 of claims) {
      const [ns, name] = key3.split("/");
      const pvc = api.store.get(PVCS2, ns, name);
      if (!pvc?.metadata.deletionTimestamp || !(pvc.metadata.finalizers ?? []).includes(PVC_PROTECTION_FINALIZER)) continue;
      if (api.store.list("pods", ns).some((p) => podUsesClaim(p, name))) continue;
      this.dropFinalizer(PVCS2, pvc, PVC_PROTECTION_FINALIZER);
    }
    for (const name of volumes) {
      const pv = api.store.get(PVS2, void 0, name);
      if (!pv?.metadata.deletionTimestamp || !(pv.metadata.finalizers ?? []).includes(PV_PROTECTION_FINALIZER)) continue;
      if (pv.status?.phase === "Bound") continue;
      this.dropFinalizer(PVS2, pv, PV_PROTECTION_FINALIZER);
    }
    return true;
  }
  dropFinalizer(resource, obj, finalizer) {
    const upd = deepCopy(obj);
    delete upd.metadata.resourceVersion;
    upd.metadata.finalizers = (upd.metadata.finalizers ?? []).filter((f) => f !== finalizer);
    if (!upd.metadata.finalizers.length) delete upd.metadata.finalizers;
    try {
      this.ctx.api.update(upd);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (resource === PVCS2) this.claims.add(`${obj.metadata.namespace}/${obj.metadata.name}`);
      else this.volumes.add(obj.metadata.name);
    }
  }
};

// src/sim/controllers/install-workloads.ts
function installWorkloadControllers(cluster2) {
  addWorkloadIndexes(cluster2.api.store);
  cluster2.addComponent(new DeploymentController(cluster2.ctx));
  cluster2.addComponent(new ReplicaSetController(cluster2.ctx));
  cluster2.addComponent(new ReplicaSetController(cluster2.ctx, REPLICATION_CONTROLLER_KIND));
  cluster2.addComponent(new StatefulSetController(cluster2.ctx));
  cluster2.addComponent(new JobController(cluster2.ctx));
  cluster2.addComponent(new PersistentVolumeController(cluster2.ctx));
  cluster2.addComponent(new StorageProtectionController(cluster2.ctx));
}

// src/sim/scheduler/plugins.ts
function tolerates(t, taint) {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== "Exists") return false;
  if (t.operator === "Exists") return true;
  return (t.value ?? "") === (taint.value ?? "");
}
function untoleratedTaint(tolerations, taints, effects) {
  return taints.find((taint) => effects.includes(taint.effect) && !tolerations.some((t) => tolerates(t, taint)));
}
function termMatches(term, node2) {
  const labels = node2.metadata.labels ?? {};
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (!exprs.length && !fields.length) return false;
  const op = (r2, l) => r2.operator === "Gt" ? matchesRequirement({ ...r2, operator: "GreaterThan" }, l) : r2.operator === "Lt" ? matchesRequirement({ ...r2, operator: "LessThan" }, l) : matchesRequirement(r2, l);
  return exprs.every((r2) => op(r2, labels)) && fields.every((r2) => op(r2, { "metadata.name": node2.metadata.name }));
}
function nodeAffinityMatches(pod, node2) {
  const labels = node2.metadata.labels ?? {};
  for (const [k, v] of Object.entries(pod.spec?.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const req = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (req?.nodeSelectorTerms) return req.nodeSelectorTerms.some((t) => termMatches(t, node2));
  return true;
}
var unresolvable = (reason) => ({ reasons: [reason], resolvable: false });
var FILTERS = [
  {
    name: "NodeUnschedulable",
    filter: (pod, _req, info) => {
      if (!info.node.spec?.unschedulable) return void 0;
      const ok4 = (pod.spec?.tolerations ?? []).some((t) => tolerates(t, { key: "node.kubernetes.io/unschedulable", effect: "NoSchedule" }));
      return ok4 ? void 0 : unresolvable("node(s) were unschedulable");
    }
  },
  {
    name: "NodeName",
    filter: (pod, _req, info) => pod.spec?.nodeName && pod.spec.nodeName !== info.node.metadata.name ? unresolvable("node(s) didn't match the requested node name") : void 0
  },
  {
    name: "TaintToleration",
    filter: (pod, _req, info) => {
      const t = untoleratedTaint(pod.spec?.tolerations ?? [], info.node.spec?.taints ?? [], ["NoSchedule", "NoExecute"]);
      return t ? unresolvable(`node(s) had untolerated taint {${t.key}: ${t.value ?? ""}}`) : void 0;
    }
  },
  {
    name: "NodeAffinity",
    filter: (pod, _req, info) => nodeAffinityMatches(pod, info.node) ? void 0 : unresolvable("node(s) didn't match Pod's node affinity/selector")
  },
  {
    name: "NodePorts",
    filter: (_pod, req, info) => {
      for (const p of req.ports) {
        const [proto, ip, port] = p.split("/");
        const clash = [...info.ports.keys()].some((q) => {
          const [qp, qip, qport] = q.split("/");
          return qp === proto && qport === port && (qip === ip || qip === "0.0.0.0" || ip === "0.0.0.0");
        });
        if (clash) return { reasons: ["node(s) didn't have free ports for the requested pod ports"], resolvable: true };
      }
      return void 0;
    }
  },
  {
    name: "NodeResourcesFit",
    filter: (_pod, req, info) => {
      const reasons = [];
      if (info.pods + 1 > info.allocPods) reasons.push("Too many pods");
      if (req.cpu > 0 && info.cpu + req.cpu > info.allocCpu) reasons.push("Insufficient cpu");
      if (req.memory > 0 && info.memory + req.memory > info.allocMemory) reasons.push("Insufficient memory");
      return reasons.length ? { reasons, resolvable: true } : void 0;
    }
  }
];

// src/sim/controllers/daemonset.ts
var SOURCE = { component: "daemonset-controller" };
function daemonTolerations(hostNetwork) {
  const t = [
    { key: "node.kubernetes.io/not-ready", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute" },
    { key: "node.kubernetes.io/disk-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/memory-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/pid-pressure", operator: "Exists", effect: "NoSchedule" },
    { key: "node.kubernetes.io/unschedulable", operator: "Exists", effect: "NoSchedule" }
  ];
  if (hostNetwork) t.push({ key: "node.kubernetes.io/network-unavailable", operator: "Exists", effect: "NoSchedule" });
  return t;
}
function templateHash(template) {
  let h = 2166136261;
  for (const ch of JSON.stringify(template)) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return String(h).split("").map((d) => NAME_ALPHABET[d.charCodeAt(0) % NAME_ALPHABET.length]).join("");
}
function isReady(p) {
  return (p.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
}
function podNode(p) {
  const terms = p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? [];
  for (const t of terms) for (const f of t.matchFields ?? []) if (f.key === "metadata.name") return f.values?.[0];
  return p.spec?.nodeName || void 0;
}
var DaemonSetController = class {
  constructor(ctx) {
    this.ctx = ctx;
    ctx.api.store.addIndex("daemonsets.apps", "all", () => ["*"]);
  }
  ctx;
  name = "daemonset-controller";
  dirty = /* @__PURE__ */ new Set();
  byUid = /* @__PURE__ */ new Map();
  observe(ev) {
    if (ev.resource === "daemonsets.apps") {
      const k = `${ev.object.metadata.namespace}/${ev.object.metadata.name}`;
      if (ev.type === "DELETED") this.byUid.delete(ev.object.metadata.uid);
      else this.byUid.set(ev.object.metadata.uid, k);
      this.dirty.add(k);
    } else if (ev.resource === "nodes") {
      for (const k of this.byUid.values()) this.dirty.add(k);
    } else if (ev.resource === "pods") {
      for (const r2 of ev.object.metadata.ownerReferences ?? []) {
        const k = r2.kind === "DaemonSet" ? this.byUid.get(r2.uid) : void 0;
        if (k) this.dirty.add(k);
      }
    }
  }
  sync() {
    if (!this.dirty.size) return false;
    const keys = [...this.dirty];
    this.dirty.clear();
    for (const k of keys) this.reconcile(k);
    return true;
  }
  reconcile(key3) {
    const [ns, name] = key3.split("/");
    const ds = this.ctx.api.tryGet("daemonsets.apps", ns, name);
    if (!ds || ds.metadata.deletionTimestamp) return;
    const api = this.ctx.api;
    const gen = String(ds.metadata.generation ?? 1);
    const hash2 = templateHash(ds.spec.template);
    const pods = api.store.byIndex("pods", "owner", ds.metadata.uid).filter((p) => !p.metadata.deletionTimestamp);
    const byNode = /* @__PURE__ */ new Map();
    for (const p of pods) {
      const n = podNode(p) ?? "";
      byNode.set(n, [...byNode.get(n) ?? [], p]);
    }
    const hostNetwork = !!ds.spec.template.spec?.hostNetwork;
    const tolerations = [...ds.spec.template.spec?.tolerations ?? [], ...daemonTolerations(hostNetwork)];
    let desired = 0;
    let current = 0;
    let misscheduled = 0;
    let ready = 0;
    let updated = 0;
    const old = [];
    for (const node2 of api.list("nodes")) {
      const probe2 = { apiVersion: "v1", kind: "Pod", metadata: {}, spec: ds.spec.template.spec };
      const should = nodeAffinityMatches(probe2, node2) && !untoleratedTaint(tolerations, node2.spec?.taints ?? [], ["NoSchedule", "NoExecute"]);
      const mine = byNode.get(node2.metadata.name) ?? [];
      byNode.delete(node2.metadata.name);
      if (should) {
        desired++;
        const live = mine.filter((p) => p.status?.phase !== "Failed");
        for (const p of mine) if (p.status?.phase === "Failed") this.deletePod(ds, p);
        if (!live.length) this.createPod(ds, node2.metadata.name, gen, hash2, hostNetwork);
        else {
          current++;
          for (const extra of live.slice(1)) this.deletePod(ds, extra);
          const p = live[0];
          if (isReady(p)) ready++;
          if (p.metadata.labels?.["controller-revision-hash"] === hash2) updated++;
          else old.push(p);
        }
      } else if (mine.length) {
        misscheduled++;
        for (const p of mine) this.deletePod(ds, p);
      }
    }
    for (const rest of byNode.values()) for (const p of rest) this.deletePod(ds, p);
    if (old.length && (ds.spec.updateStrategy?.type ?? "RollingUpdate") === "RollingUpdate" && current - ready === 0) this.deletePod(ds, old[0]);
    const status2 = {
      currentNumberScheduled: current,
      desiredNumberScheduled: desired,
      numberMisscheduled: misscheduled,
      numberReady: ready,
      observedGeneration: ds.metadata.generation ?? 1,
      updatedNumberScheduled: updated,
      numberAvailable: ready
    };
    if (desired - ready > 0) status2.numberUnavailable = desired - ready;
    if (ready === 0) delete status2.numberAvailable;
    if (updated === 0) delete status2.updatedNumberScheduled;
    if (JSON.stringify(status2) !== JSON.stringify(ds.status ?? {})) {
      const upd = deepCopy(ds);
      upd.status = status2;
      api.updateStatus(upd);
    }
  }
  createPod(ds, node2, gen, hash2, hostNetwork) {
    const tpl = deepCopy(ds.spec.template);
    const spec = tpl.spec ?? {};
    const tolerations = [...spec.tolerations ?? []];
    for (const t of daemonTolerations(hostNetwork)) if (!tolerations.some((x) => x.key === t.key && x.effect === t.effect)) tolerations.push(t);
    spec.tolerations = tolerations;
    spec.affinity = {
      ...spec.affinity ?? {},
      nodeAffinity: {
        ...spec.affinity?.nodeAffinity ?? {},
        requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: "metadata.name", operator: "In", values: [node2] }] }] }
      }
    };
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        generateName: `${ds.metadata.name}-`,
        namespace: ds.metadata.namespace,
        labels: { ...tpl.metadata?.labels ?? {}, "controller-revision-hash": hash2, "pod-template-generation": gen },
        ...tpl.metadata?.annotations ? { annotations: tpl.metadata.annotations } : {},
        ownerReferences: [{ apiVersion: "apps/v1", kind: "DaemonSet", name: ds.metadata.name, uid: ds.metadata.uid, controller: true, blockOwnerDeletion: true }]
      },
      spec
    };
    let created;
    try {
      created = this.ctx.api.create(pod);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      this.ctx.events.record(ds, "Warning", "FailedCreate", `Error creating: ${e.message}`, SOURCE);
      return;
    }
    this.ctx.events.record(ds, "Normal", "SuccessfulCreate", `Created pod: ${created.metadata.name}`, SOURCE);
  }
  deletePod(ds, p) {
    if (p.metadata.deletionTimestamp) return;
    this.ctx.api.delete("pods", p.metadata.namespace, p.metadata.name);
    this.ctx.events.record(ds, "Normal", "SuccessfulDelete", `Deleted pod: ${p.metadata.name}`, SOURCE);
  }
};

// src/sim/scheduler/fit-error.ts
function histogram(reasons) {
  const counts = /* @__PURE__ */ new Map();
  for (const r2 of reasons) counts.set(r2, (counts.get(r2) ?? 0) + 1);
  return [...counts.entries()].map(([r2, n]) => `${n} ${r2}`).sort((a, b) => a < b ? -1 : a > b ? 1 : 0).join(", ");
}
function fitErrorMessage(numNodes, verdicts, opts2 = {}) {
  let msg = `0/${numNodes} nodes are available:`;
  if (opts2.preFilterMsg) msg += ` ${opts2.preFilterMsg}.`;
  else {
    const h = histogram(verdicts.flatMap((v) => v.reasons));
    if (h) msg += ` ${h}.`;
  }
  let preemption;
  if (opts2.preemptionNever) preemption = "preemption: not eligible due to preemptionPolicy=Never.";
  else {
    const per = opts2.preFilterMsg ? Array.from({ length: numNodes }, () => "Preemption is not helpful for scheduling") : verdicts.map((v) => v.resolvable ? "No preemption victims found for incoming pod" : "Preemption is not helpful for scheduling");
    preemption = `preemption: 0/${numNodes} nodes are available: ${histogram(per)}.`;
  }
  return `${msg} no new claims to deallocate, ${preemption}`;
}

// src/sim/scheduler/node-info.ts
var DEFAULT_CPU = 100;
var DEFAULT_MEM = 200 * 1024 * 1024;
function containerReq(c) {
  const r2 = c.resources?.requests ?? {};
  const l = c.resources?.limits ?? {};
  return { cpu: milliCpu(r2.cpu ?? l.cpu), memory: bytes(r2.memory ?? l.memory) };
}
function podRequest(pod) {
  let cpu = 0;
  let memory = 0;
  let nzCpu = 0;
  let nzMemory = 0;
  const ports = [];
  for (const c of pod.spec?.containers ?? []) {
    const r2 = containerReq(c);
    cpu += r2.cpu;
    memory += r2.memory;
    nzCpu += r2.cpu || DEFAULT_CPU;
    nzMemory += r2.memory || DEFAULT_MEM;
    for (const p of c.ports ?? []) if (p.hostPort) ports.push(`${p.protocol ?? "TCP"}/${p.hostIP ?? "0.0.0.0"}/${p.hostPort}`);
  }
  for (const c of pod.spec?.initContainers ?? []) {
    const r2 = containerReq(c);
    cpu = Math.max(cpu, r2.cpu);
    memory = Math.max(memory, r2.memory);
  }
  return { cpu, memory, nzCpu, nzMemory, ports };
}
function newNodeInfo(node2) {
  const a = node2.status?.allocatable ?? {};
  return {
    node: node2,
    allocCpu: milliCpu(a.cpu ?? "0"),
    allocMemory: bytes(a.memory ?? "0"),
    allocPods: Number(a.pods ?? 110),
    cpu: 0,
    memory: 0,
    nzCpu: 0,
    nzMemory: 0,
    pods: 0,
    ports: /* @__PURE__ */ new Map(),
    owners: /* @__PURE__ */ new Map()
  };
}
function controllerUid(pod) {
  return (pod.metadata.ownerReferences ?? []).find((r2) => r2.controller)?.uid;
}
function account(info, pod, req, sign2) {
  info.cpu += sign2 * req.cpu;
  info.memory += sign2 * req.memory;
  info.nzCpu += sign2 * req.nzCpu;
  info.nzMemory += sign2 * req.nzMemory;
  info.pods += sign2;
  for (const p of req.ports) {
    const n = (info.ports.get(p) ?? 0) + sign2;
    if (n > 0) info.ports.set(p, n);
    else info.ports.delete(p);
  }
  const owner = controllerUid(pod);
  if (owner) {
    const n = (info.owners.get(owner) ?? 0) + sign2;
    if (n > 0) info.owners.set(owner, n);
    else info.owners.delete(owner);
  }
}

// src/sim/scheduler/volumes.ts
function volumePreFilter(api, pod) {
  const ns = pod.metadata.namespace ?? "default";
  let unboundImmediate = false;
  for (const v of pod.spec?.volumes ?? []) {
    const claim = v.persistentVolumeClaim?.claimName;
    if (!claim) continue;
    const pvc = api.tryGet("persistentvolumeclaims", ns, claim);
    if (!pvc) return `persistentvolumeclaim "${claim}" not found`;
    if (pvc.metadata.deletionTimestamp) return `persistentvolumeclaim "${claim}" is being deleted`;
    if (pvc.status?.phase === "Bound" || pvc.spec?.volumeName) continue;
    const className = pvc.spec?.storageClassName;
    const sc = className ? api.tryGet("storageclasses", void 0, className) : void 0;
    if (sc?.volumeBindingMode !== "WaitForFirstConsumer") unboundImmediate = true;
  }
  return unboundImmediate ? "pod has unbound immediate PersistentVolumeClaims" : void 0;
}
var BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
var NODE_CONFLICT = "node(s) had volume node affinity conflict";
var NO_PROVISIONER = "kubernetes.io/no-provisioner";
function podClaims(api, pod) {
  const ns = pod.metadata.namespace ?? "default";
  const out = [];
  for (const v of pod.spec?.volumes ?? []) {
    const name = v.persistentVolumeClaim?.claimName;
    const pvc = name ? api.tryGet("persistentvolumeclaims", ns, name) : void 0;
    if (pvc) out.push(pvc);
  }
  return out;
}
function volumeFilter(api, pod, node2) {
  const decision = { bind: [], provision: [] };
  const taken = /* @__PURE__ */ new Set();
  const reasons = /* @__PURE__ */ new Set();
  for (const pvc of podClaims(api, pod)) {
    const pvName = pvc.spec?.volumeName;
    if (pvName) {
      const pv2 = api.tryGet("persistentvolumes", void 0, pvName);
      if (pv2 && !nodeAffinityAllows(pv2, node2)) reasons.add(NODE_CONFLICT);
      continue;
    }
    const pv = findMatchingVolume(pvc, api.store.list("persistentvolumes"), { node: node2, excluded: taken, delayBinding: true });
    if (pv) {
      taken.add(pv.metadata.name);
      decision.bind.push({ pv, claim: pvc });
      continue;
    }
    const sc = api.tryGet("storageclasses", void 0, claimClass(pvc));
    if (!sc || sc.provisioner === NO_PROVISIONER) reasons.add(BIND_CONFLICT);
    else decision.provision.push(pvc);
  }
  return reasons.size ? { reasons: [...reasons] } : { reasons: [], decision };
}
function volumePreBind(api, decision, node2) {
  for (const { pv, claim } of decision.bind) {
    const upd = deepCopy(pv);
    delete upd.metadata.resourceVersion;
    upd.spec.claimRef = { kind: "PersistentVolumeClaim", namespace: claim.metadata.namespace, name: claim.metadata.name, uid: claim.metadata.uid, apiVersion: "v1", resourceVersion: claim.metadata.resourceVersion };
    upd.metadata.annotations = { ...upd.metadata.annotations ?? {}, [BOUND_BY_CONTROLLER]: "yes" };
    api.update(upd);
  }
  for (const claim of decision.provision) {
    const upd = deepCopy(claim);
    delete upd.metadata.resourceVersion;
    upd.metadata.annotations = { ...upd.metadata.annotations ?? {}, [SELECTED_NODE_ANNOTATION]: node2 };
    api.update(upd);
  }
}

// src/sim/scheduler/scheduler.ts
var SCHEDULER = "default-scheduler";
var key2 = (p) => `${p.metadata.namespace}/${p.metadata.name}`;
function wantsScheduling(p) {
  const s = p.spec ?? {};
  const phase = p.status?.phase;
  return !s.nodeName && (s.schedulerName ?? SCHEDULER) === SCHEDULER && !p.metadata.deletionTimestamp && phase !== "Succeeded" && phase !== "Failed" && !(s.schedulingGates ?? []).length;
}
function feasibleToFind(all) {
  if (all < 100) return all;
  const pct = Math.max(5, 50 - Math.floor(all / 125));
  return Math.max(100, Math.floor(all * pct / 100));
}
var Scheduler = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.rng = ctx.rng.fork("scheduler");
  }
  ctx;
  name = "scheduler";
  nodes = /* @__PURE__ */ new Map();
  nodeOrder = [];
  assigned = /* @__PURE__ */ new Map();
  active = /* @__PURE__ */ new Set();
  unschedulable = /* @__PURE__ */ new Set();
  nextStart = 0;
  rng;
  flushTimer;
  /** Pods left unschedulable are tried again after podMaxInUnschedulablePodsDuration (5 minutes). */
  armFlush() {
    if (this.flushTimer !== void 0) return;
    this.flushTimer = this.ctx.clock.after(5 * 6e4, () => {
      this.flushTimer = void 0;
      if (this.unschedulable.size) this.retryAll();
    }, "scheduler-flush");
  }
  observe(ev) {
    if (ev.resource === "nodes") {
      const name = ev.object.metadata.name;
      if (ev.type === "DELETED") {
        this.nodes.delete(name);
        this.nodeOrder = this.nodeOrder.filter((n) => n !== name);
      } else {
        const old = this.nodes.get(name);
        const info = newNodeInfo(ev.object);
        if (old) {
          for (const f of ["cpu", "memory", "nzCpu", "nzMemory", "pods"]) info[f] = old[f];
          info.ports = old.ports;
          info.owners = old.owners;
        } else this.nodeOrder.push(name);
        this.nodes.set(name, info);
        if (!old || JSON.stringify([old.node.spec, old.node.metadata.labels, old.node.status?.allocatable]) !== JSON.stringify([ev.object.spec, ev.object.metadata.labels, ev.object.status?.allocatable])) this.retryAll();
      }
      return;
    }
    if (ev.resource === "persistentvolumeclaims") {
      if (ev.type !== "DELETED") this.retryAll();
      return;
    }
    if (ev.resource !== "pods") return;
    const p = ev.object;
    const k = key2(p);
    const prev = this.assigned.get(k);
    const live = ev.type !== "DELETED" && !!p.spec?.nodeName && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed";
    if (prev && (!live || prev.pod.metadata.uid !== p.metadata.uid)) {
      const info = this.nodes.get(prev.node);
      if (info) account(info, prev.pod, prev.req, -1);
      this.assigned.delete(k);
      this.retryAll();
    }
    if (live && !this.assigned.has(k)) {
      const req = podRequest(p);
      const info = this.nodes.get(p.spec.nodeName);
      if (info) account(info, p, req, 1);
      this.assigned.set(k, { node: p.spec.nodeName, req, pod: p });
    }
    if (ev.type === "DELETED" || !wantsScheduling(p)) {
      this.active.delete(k);
      this.unschedulable.delete(k);
      return;
    }
    if (ev.type === "ADDED") this.active.add(k);
    else if (this.unschedulable.has(k) && JSON.stringify(ev.old?.spec) !== JSON.stringify(p.spec)) {
      this.unschedulable.delete(k);
      this.active.add(k);
    } else if (!this.unschedulable.has(k)) this.active.add(k);
  }
  retryAll() {
    for (const k of this.unschedulable) this.active.add(k);
    this.unschedulable.clear();
  }
  sync() {
    if (!this.active.size) return false;
    const pods = [];
    for (const k of this.active) {
      const [ns, name] = k.split("/");
      const p = this.ctx.api.tryGet("pods", ns, name);
      if (p && wantsScheduling(p)) pods.push(p);
    }
    this.active.clear();
    pods.sort((a, b) => (b.spec?.priority ?? 0) - (a.spec?.priority ?? 0));
    for (const p of pods) this.schedule(p);
    return pods.length > 0;
  }
  schedule(pod) {
    const all = this.nodeOrder.length;
    const req = podRequest(pod);
    const pre = volumePreFilter(this.ctx.api, pod);
    if (pre) {
      this.fail(pod, fitErrorMessage(all, [], { preFilterMsg: pre, preemptionNever: pod.spec?.preemptionPolicy === "Never" }));
      return;
    }
    const want = feasibleToFind(all);
    const feasible = [];
    const verdicts = [];
    const decisions = /* @__PURE__ */ new Map();
    let processed = 0;
    for (; processed < all && feasible.length < want; processed++) {
      const info = this.nodes.get(this.nodeOrder[(this.nextStart + processed) % all]);
      let verdict;
      for (const f of FILTERS) {
        const r2 = f.filter(pod, req, info);
        if (r2) {
          verdict = r2;
          break;
        }
      }
      if (!verdict) {
        const v = volumeFilter(this.ctx.api, pod, info.node);
        if (v.decision) decisions.set(info.node.metadata.name, v.decision);
        else verdict = { reasons: v.reasons, resolvable: false };
      }
      if (verdict) verdicts.push(verdict);
      else feasible.push(info);
    }
    this.nextStart = all ? (this.nextStart + processed) % all : 0;
    if (!feasible.length) {
      this.fail(pod, fitErrorMessage(all, verdicts, { preemptionNever: pod.spec?.preemptionPolicy === "Never" }));
      return;
    }
    const chosen = this.select(pod, req, feasible);
    const decision = decisions.get(chosen.node.metadata.name);
    if (decision) {
      try {
        volumePreBind(this.ctx.api, decision, chosen.node.metadata.name);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        this.active.add(key2(pod));
        return;
      }
    }
    this.bind(pod, chosen);
  }
  /** Weighted scores; ties broken by the seeded generator (reservoir sampling, as upstream). */
  select(pod, req, nodes2) {
    if (nodes2.length === 1) return nodes2[0];
    const tolerations = pod.spec?.tolerations ?? [];
    const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
    const owner = (pod.metadata.ownerReferences ?? []).find((r2) => r2.controller)?.uid;
    const raw = nodes2.map((n) => {
      const cpuFrac = n.allocCpu ? Math.min(1, (n.nzCpu + req.nzCpu) / n.allocCpu) : 1;
      const memFrac = n.allocMemory ? Math.min(1, (n.nzMemory + req.nzMemory) / n.allocMemory) : 1;
      const least = Math.floor(((1 - cpuFrac) * 100 + (1 - memFrac) * 100) / 2);
      const balanced = Math.floor((1 - Math.abs(cpuFrac - memFrac) / 2) * 100);
      const intolerable = (n.node.spec?.taints ?? []).filter((t) => t.effect === "PreferNoSchedule" && !tolerations.some((x) => tolerates(x, t))).length;
      let aff = 0;
      for (const p of preferred) if (termMatches(p.preference, n.node)) aff += p.weight ?? 0;
      const same = owner ? n.owners.get(owner) ?? 0 : 0;
      return { n, least, balanced, intolerable, aff, same };
    });
    const maxTaint = Math.max(...raw.map((r2) => r2.intolerable));
    const maxAff = Math.max(...raw.map((r2) => r2.aff));
    const maxSame = Math.max(...raw.map((r2) => r2.same));
    let best;
    let bestScore = -1;
    let ties = 0;
    for (const r2 of raw) {
      const taint = maxTaint ? Math.floor(100 - r2.intolerable * 100 / maxTaint) : 100;
      const aff = maxAff ? Math.floor(r2.aff * 100 / maxAff) : 0;
      const spread = maxSame ? Math.floor((maxSame - r2.same) * 100 / maxSame) : 100;
      const score = r2.least + r2.balanced + 3 * taint + 2 * aff + 2 * spread;
      if (score > bestScore) {
        best = r2.n;
        bestScore = score;
        ties = 1;
      } else if (score === bestScore && this.rng.int(++ties) === 0) best = r2.n;
    }
    return best;
  }
  bind(pod, info) {
    const node2 = info.node.metadata.name;
    const upd = { ...pod, metadata: { ...pod.metadata }, spec: { ...pod.spec, nodeName: node2 } };
    let bound;
    try {
      bound = this.ctx.api.update(upd);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      upd.metadata.resourceVersion = this.ctx.api.store.nextResourceVersion();
      this.ctx.api.store.put("pods", upd, "MODIFIED");
      bound = upd;
    }
    const req = podRequest(bound);
    account(info, bound, req, 1);
    this.assigned.set(key2(bound), { node: node2, req, pod: bound });
    this.setCondition(bound, { type: "PodScheduled", status: "True" });
    this.ctx.events.record(bound, "Normal", "Scheduled", `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node2}`, { component: SCHEDULER });
  }
  fail(pod, message) {
    this.unschedulable.add(key2(pod));
    this.armFlush();
    this.setCondition(pod, { type: "PodScheduled", status: "False", reason: "Unschedulable", message });
    this.ctx.events.record(pod, "Warning", "FailedScheduling", message, { component: SCHEDULER });
  }
  setCondition(pod, c) {
    const cur = this.ctx.api.tryGet("pods", pod.metadata.namespace, pod.metadata.name);
    if (!cur) return;
    const conds = cur.status?.conditions ?? [];
    const old = conds.find((x) => x.type === c.type);
    if (old && old.status === c.status && old.reason === c.reason && old.message === c.message) return;
    const upd = { ...cur, status: cur.status ? { ...cur.status } : { phase: "Pending" } };
    upd.status.phase ??= "Pending";
    const time2 = old && old.status === c.status ? old.lastTransitionTime : this.ctx.clock.isoNow();
    const cond = { type: c.type, status: c.status, lastProbeTime: null, lastTransitionTime: time2, ...c.reason ? { reason: c.reason } : {}, ...c.message ? { message: c.message } : {} };
    upd.status.conditions = [...conds.filter((x) => x.type !== c.type), cond];
    this.ctx.api.updateStatus(upd);
  }
};

// src/sim/scheduler/taint-eviction.ts
var SOURCE2 = { component: "taint-eviction-controller" };
var TaintEvictionController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "taint-eviction-controller";
  dirtyNodes = /* @__PURE__ */ new Set();
  timers = /* @__PURE__ */ new Map();
  observe(ev) {
    if (ev.resource === "nodes" && ev.type !== "DELETED") {
      const now = JSON.stringify((ev.object.spec?.taints ?? []).filter((t) => t.effect === "NoExecute"));
      const before2 = JSON.stringify((ev.old?.spec?.taints ?? []).filter((t) => t.effect === "NoExecute"));
      if (now !== before2 || ev.type === "ADDED" && now !== "[]") this.dirtyNodes.add(ev.object.metadata.name);
    } else if (ev.resource === "pods" && ev.type !== "DELETED" && ev.object.spec?.nodeName && !ev.old?.spec?.nodeName) {
      const node2 = this.ctx.api.tryGet("nodes", void 0, ev.object.spec.nodeName);
      if ((node2?.spec?.taints ?? []).some((t) => t.effect === "NoExecute")) this.dirtyNodes.add(node2.metadata.name);
    }
  }
  sync() {
    if (!this.dirtyNodes.size) return false;
    const nodes2 = [...this.dirtyNodes];
    this.dirtyNodes.clear();
    for (const n of nodes2) this.reconcile(n);
    return true;
  }
  reconcile(nodeName) {
    const node2 = this.ctx.api.tryGet("nodes", void 0, nodeName);
    const taints = (node2?.spec?.taints ?? []).filter((t) => t.effect === "NoExecute");
    for (const pod of this.ctx.api.store.byIndex("pods", "nodeName", nodeName)) {
      const k = `${pod.metadata.namespace}/${pod.metadata.name}`;
      const prev = this.timers.get(k);
      if (prev !== void 0) {
        this.ctx.clock.cancel(prev);
        this.timers.delete(k);
      }
      if (pod.metadata.deletionTimestamp || !taints.length) continue;
      const tolerations = pod.spec?.tolerations ?? [];
      let wait = Infinity;
      let evict = false;
      for (const taint of taints) {
        const matching = tolerations.filter((t) => tolerates(t, taint));
        if (!matching.length) {
          evict = true;
          wait = 0;
          break;
        }
        for (const t of matching) if (t.tolerationSeconds !== void 0) wait = Math.min(wait, Math.max(0, t.tolerationSeconds) * 1e3);
      }
      if (!evict && wait === Infinity) continue;
      const run2 = () => {
        this.timers.delete(k);
        this.evict(pod);
      };
      if (wait === 0) run2();
      else this.timers.set(k, this.ctx.clock.after(wait, run2, "taint-eviction"));
    }
  }
  evict(pod) {
    const cur = this.ctx.api.tryGet("pods", pod.metadata.namespace, pod.metadata.name);
    if (!cur || cur.metadata.uid !== pod.metadata.uid || cur.metadata.deletionTimestamp) return;
    this.ctx.events.record(cur, "Normal", "TaintManagerEviction", `Marking for deletion Pod ${cur.metadata.namespace}/${cur.metadata.name}`, SOURCE2);
    this.ctx.api.delete("pods", cur.metadata.namespace, cur.metadata.name);
  }
};

// src/sim/kubelet/heartbeat.ts
var REPORT_EVERY_MS = 5 * 6e4;
function renewLease(cluster2, node2, now, micro) {
  const api = cluster2.api;
  if (!api.tryGet("namespaces", void 0, "kube-node-lease")) return;
  const lease = api.tryGet("leases.coordination.k8s.io", "kube-node-lease", node2);
  if (!lease) {
    const owner = api.tryGet("nodes", void 0, node2);
    try {
      api.create({
        apiVersion: "coordination.k8s.io/v1",
        kind: "Lease",
        metadata: { name: node2, namespace: "kube-node-lease", ownerReferences: owner ? [{ apiVersion: "v1", kind: "Node", name: node2, uid: owner.metadata.uid }] : [] },
        spec: { holderIdentity: node2, leaseDurationSeconds: 40, renewTime: micro }
      });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return;
  }
  const upd = deepCopy(lease);
  upd.spec = { ...upd.spec, renewTime: micro };
  api.update(upd);
  void now;
}
function heartbeat(cluster2, down = /* @__PURE__ */ new Set()) {
  const api = cluster2.api;
  const now = cluster2.clock.isoNow();
  const micro = new Date(cluster2.clock.now()).toISOString().replace("Z", "000Z");
  for (const cfg of cluster2.config.nodes) {
    const node2 = api.tryGet("nodes", void 0, cfg.name);
    if (!node2?.status?.conditions || down.has(cfg.name)) continue;
    const upd = deepCopy(node2);
    for (const c of upd.status.conditions) c.lastHeartbeatTime = now;
    api.updateStatus(upd);
    renewLease(cluster2, cfg.name, now, micro);
  }
}
function startHeartbeat(cluster2, down = /* @__PURE__ */ new Set()) {
  const tick2 = () => {
    heartbeat(cluster2, down);
    cluster2.clock.after(REPORT_EVERY_MS, tick2, "node-heartbeat");
  };
  cluster2.clock.after(0, tick2, "node-heartbeat");
}

// src/sim/images/types.ts
var BUSYBOX_APPLETS = [
  "sh",
  "ash",
  "ls",
  "cat",
  "echo",
  "touch",
  "mkdir",
  "rm",
  "rmdir",
  "env",
  "printenv",
  "ps",
  "id",
  "whoami",
  "hostname",
  "wget",
  "nslookup",
  "date",
  "chown",
  "chmod",
  "sleep",
  "tail",
  "head",
  "grep",
  "wc",
  "df",
  "mount",
  "true",
  "false",
  "pwd",
  "cp",
  "mv",
  "test",
  "[",
  "uname",
  "kill",
  "ln",
  "sort",
  "uniq",
  "tee",
  "which",
  "basename",
  "dirname",
  "expr",
  "seq",
  "yes",
  "nc",
  "ping",
  "top",
  "free",
  "du",
  "find",
  "sed",
  "awk",
  "cut",
  "tr",
  "xargs",
  "base64",
  "md5sum",
  "stat"
];
var DEBIAN_TOOLS = [
  "sh",
  "bash",
  "ls",
  "cat",
  "echo",
  "touch",
  "mkdir",
  "rm",
  "rmdir",
  "env",
  "printenv",
  "id",
  "whoami",
  "hostname",
  "date",
  "chown",
  "chmod",
  "sleep",
  "tail",
  "head",
  "grep",
  "wc",
  "df",
  "mount",
  "true",
  "false",
  "pwd",
  "cp",
  "mv",
  "test",
  "[",
  "uname",
  "kill",
  "ln",
  "sort",
  "uniq",
  "tee",
  "which",
  "basename",
  "dirname",
  "expr",
  "seq",
  "yes",
  "du",
  "find",
  "sed",
  "cut",
  "tr",
  "xargs",
  "base64",
  "md5sum",
  "stat"
];

// src/sim/images/busybox.ts
var BUSYBOX_IMAGES = [
  {
    repo: "docker.io/library/busybox",
    tags: [/^(latest|stable|musl|glibc|uclibc|\d+(\.\d+){0,2}(-(musl|glibc|uclibc))?)$/],
    size: 2223685,
    user: { uid: 0, gid: 0, name: "root" },
    entrypoint: [],
    cmd: ["sh"],
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
    flavor: "busybox",
    binaries: [...BUSYBOX_APPLETS, "busybox"]
  },
  {
    repo: "docker.io/library/alpine",
    tags: [/^(latest|edge|\d+(\.\d+){0,2})$/],
    size: 3802452,
    user: { uid: 0, gid: 0, name: "root" },
    entrypoint: [],
    cmd: ["/bin/sh"],
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
    flavor: "busybox",
    binaries: [...BUSYBOX_APPLETS, "busybox", "apk"],
    files: { "/etc/alpine-release": "3.22.1\n", "/etc/os-release": 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.1\nPRETTY_NAME="Alpine Linux v3.22"\n' }
  }
];

// src/sim/images/util.ts
var DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
var pad = (n, w = 2, c = "0") => String(n).padStart(w, c);
function unixDate(ms) {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate(), 2, " ")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}
function clfDate(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}
function lsDate(ms) {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate(), 2, " ")} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
function redisDate(ms) {
  const d = new Date(ms);
  return `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

// src/sim/images/fortune.ts
var FORTUNES = [
  "A journey of a thousand pods begins with a single apply.",
  "Today is a good day to read the events.",
  "You will be scheduled onto a node with plenty of memory.",
  "He who labels well selects well.",
  "A liveness probe a day keeps the stuck process away.",
  "Patience: the image is still being pulled.",
  "Your ReplicaSet will never leave you alone.",
  "Every Service needs an endpoint to call home.",
  "Do not fear the CrashLoopBackOff; read the logs.",
  "The best time to add resource requests was yesterday.",
  "Small containers have few surprises.",
  "A ConfigMap changed is a restart postponed."
];
var HTML = "/var/htdocs/index.html";
function fortuneLoop(intervalFrom) {
  return (ctx) => {
    let interval = 10;
    if (intervalFrom === "env") interval = Number(ctx.env.INTERVAL) || 10;
    if (intervalFrom === "args") interval = Number(ctx.argv[1]) || 10;
    if (intervalFrom !== "fixed") ctx.log(`Configured to generate new fortune every ${interval} seconds`);
    ctx.fs.mkdirp("/var/htdocs");
    const write = () => {
      ctx.log(`${unixDate(ctx.now())} Writing fortune to ${HTML}`);
      ctx.fs.write(HTML, FORTUNES[ctx.random(FORTUNES.length)] + "\n");
    };
    write();
    ctx.every(interval * 1e3, write);
    return { sigterm: "ignore" };
  };
}
var base = {
  repo: "docker.io/luksa/fortune",
  user: { uid: 0, gid: 0, name: "root" },
  entrypoint: ["/bin/fortuneloop.sh"],
  env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
  flavor: "gnu",
  binaries: [...DEBIAN_TOOLS, "fortune", "fortuneloop.sh", "ps"],
  files: { "/bin/fortuneloop.sh": "#!/bin/bash\n# writes a fortune to /var/htdocs/index.html in a loop\n" }
};
var FORTUNE_IMAGES = [
  { ...base, tags: ["latest"], size: 49870212, cmd: [], daemons: { "fortuneloop.sh": fortuneLoop("fixed") } },
  { ...base, tags: ["env"], size: 49870340, cmd: [], daemons: { "fortuneloop.sh": fortuneLoop("env") } },
  { ...base, tags: ["args"], size: 49870351, cmd: ["10"], daemons: { "fortuneloop.sh": fortuneLoop("args") } }
];

// src/sim/images/kubia.ts
var base2 = {
  user: { uid: 0, gid: 0, name: "root" },
  entrypoint: ["node", "app.js"],
  cmd: [],
  env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", NODE_VERSION: "7.10.1", NPM_CONFIG_LOGLEVEL: "info" },
  flavor: "gnu",
  binaries: [...DEBIAN_TOOLS, "node", "npm", "curl", "wget", "ps", "ping"]
};
function kubiaServer(answer) {
  return (ctx) => {
    let count = 0;
    ctx.log("Kubia server starting...");
    return {
      sigterm: "ignore",
      http: {
        8080: (req) => {
          ctx.log(`Received request from ::ffff:${req.clientIP}`);
          count++;
          return answer(count, ctx.hostname);
        }
      }
    };
  };
}
var APP = "/app.js";
var v1 = (_n, host2) => ({ status: 200, body: `You've hit ${host2}
` });
var v2 = (_n, host2) => ({ status: 200, body: `This is v2 running in pod ${host2}
` });
var v3 = (n, host2) => n >= 5 ? { status: 500, body: `Some internal error has occurred! This is pod ${host2}
` } : { status: 200, body: `This is v3 running in pod ${host2}
` };
var unhealthy = (n, host2) => n > 5 ? { status: 500, body: "I'm not well. Please restart me!" } : { status: 200, body: `You've hit ${host2}
` };
var KUBIA_IMAGES = [
  { ...base2, repo: "docker.io/luksa/kubia", tags: ["latest", "v1"], size: 264061530, files: { [APP]: "// kubia v1\n" }, daemons: { node: kubiaServer(v1) } },
  { ...base2, repo: "docker.io/luksa/kubia", tags: ["v2"], size: 264063114, files: { [APP]: "// kubia v2\n" }, daemons: { node: kubiaServer(v2) } },
  { ...base2, repo: "docker.io/luksa/kubia", tags: ["v3"], size: 264064275, files: { [APP]: "// kubia v3\n" }, daemons: { node: kubiaServer(v3) } },
  {
    ...base2,
    repo: "docker.io/luksa/kubia-unhealthy",
    tags: ["latest"],
    size: 264062018,
    files: { [APP]: "// kubia-unhealthy\n" },
    daemons: { node: kubiaServer(unhealthy) }
  }
];

// src/sim/images/nginx.ts
var VERSION = "1.29.1";
var NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
var DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;
function errorPage(status2, text) {
  return `<html>\r
<head><title>${status2} ${text}</title></head>\r
<body>\r
<center><h1>${status2} ${text}</h1></center>\r
<hr><center>nginx/${VERSION}</center>\r
</body>\r
</html>\r
`;
}
function readConf(fs) {
  const ports = /* @__PURE__ */ new Set();
  let root2 = "";
  for (const f of fs.list("/etc/nginx/conf.d") ?? []) {
    if (!f.endsWith(".conf")) continue;
    const text = fs.read(`/etc/nginx/conf.d/${f}`) ?? "";
    for (const m of text.matchAll(/^\s*listen\s+(\d+)/gm)) ports.add(Number(m[1]));
    const r2 = /^\s*root\s+([^;\s]+)\s*;/m.exec(text);
    if (r2 && !root2) root2 = r2[1];
  }
  return { ports: ports.size ? [...ports] : [], root: root2 || "/usr/share/nginx/html" };
}
function nginxServer(ctx, startLines = true) {
  const conf = readConf(ctx.fs);
  if (startLines) {
    ctx.log("/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration");
    ctx.log("/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/");
    ctx.log("/docker-entrypoint.sh: Configuration complete; ready for start up");
  }
  const handler = (req) => {
    const root2 = readConf(ctx.fs).root;
    let path2 = decodeURIComponent(req.path.split("?")[0] || "/");
    if (path2.endsWith("/")) path2 += "index.html";
    const body = ctx.fs.read(root2 + path2);
    const dirIndex = body === void 0 ? ctx.fs.read(`${root2}${path2}/index.html`) : void 0;
    let resp;
    if (body !== void 0) resp = { status: 200, body };
    else if (dirIndex !== void 0) resp = { status: 301, body: errorPage(301, "Moved Permanently") };
    else resp = { status: 404, body: errorPage(404, "Not Found") };
    resp.headers = { Server: `nginx/${VERSION}`, "Content-Type": resp.status === 200 ? "text/html" : "text/html" };
    const ua = req.headers["user-agent"] ?? req.headers["User-Agent"] ?? "-";
    ctx.log(`${req.clientIP} - - [${clfDate(ctx.now())}] "${req.method} ${req.path} HTTP/1.1" ${resp.status} ${resp.body.length} "-" "${ua}" "-"`);
    return resp;
  };
  const http = {};
  for (const p of conf.ports.length ? conf.ports : [80]) http[p] = handler;
  return { sigterm: "exit", http, extraProcs: ["nginx: worker process"] };
}
var DEBIAN_TAG = /^(latest|stable|mainline|perl|bookworm|trixie|\d+(\.\d+){0,2}(-(perl|bookworm|trixie|bullseye))?)$/;
var ALPINE_TAG = /^(alpine|alpine-slim|stable-alpine|mainline-alpine|alpine-perl|\d+(\.\d+){0,2}-alpine(\d+(\.\d+)*)?(-slim|-perl)?)$/;
var files = {
  "/usr/share/nginx/html/index.html": NGINX_WELCOME,
  "/usr/share/nginx/html/50x.html": "<!DOCTYPE html>\n<html>\n<head>\n<title>Error</title>\n</head>\n<body>\n<h1>An error occurred.</h1>\n</body>\n</html>\n",
  "/etc/nginx/conf.d/default.conf": DEFAULT_CONF,
  "/etc/nginx/nginx.conf": "user  nginx;\nworker_processes  auto;\n\nevents {\n    worker_connections  1024;\n}\n\nhttp {\n    include /etc/nginx/conf.d/*.conf;\n}\n",
  "/docker-entrypoint.sh": '#!/bin/sh\nexec "$@"\n'
};
var common = {
  repo: "docker.io/library/nginx",
  user: { uid: 0, gid: 0, name: "root" },
  entrypoint: ["/docker-entrypoint.sh"],
  cmd: ["nginx", "-g", "daemon off;"],
  env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", NGINX_VERSION: VERSION },
  wrappers: ["docker-entrypoint.sh"],
  files,
  dirs: ["/var/cache/nginx", "/var/log/nginx"],
  daemons: { nginx: (ctx) => nginxServer(ctx) }
};
var NGINX_IMAGES = [
  { ...common, tags: [DEBIAN_TAG], size: 72225394, flavor: "gnu", binaries: [...DEBIAN_TOOLS, "nginx", "curl"] },
  { ...common, tags: [ALPINE_TAG], size: 21492308, flavor: "busybox", binaries: [...BUSYBOX_APPLETS, "nginx", "curl"] },
  // the Kubernetes docs' StatefulSet examples (web / nginx / www): nginx on a slim Debian, started directly
  { ...common, repo: "registry.k8s.io/nginx-slim", tags: [/^0\.\d+$/], size: 19372214, entrypoint: [], wrappers: [], flavor: "gnu", binaries: [...DEBIAN_TOOLS, "nginx"] }
];

// src/sim/images/stress-util.ts
function parseQuantityBytes(s) {
  const m = /^(\d+(?:\.\d+)?)([kKmMgGtT]i?)?[bB]?$/.exec(s.trim());
  if (!m) return void 0;
  const unit = (m[2] ?? "").toUpperCase().replace("I", "");
  const mult = { "": 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
  return Number(m[1]) * mult[unit];
}

// src/sim/images/misc.ts
var myapp = (version) => ({
  repo: "docker.io/ikubernetes/myapp",
  tags: [version],
  size: 6354234,
  user: { uid: 0, gid: 0, name: "root" },
  entrypoint: [],
  cmd: ["nginx", "-g", "daemon off;"],
  env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", NGINX_VERSION: "1.12.2" },
  flavor: "busybox",
  binaries: [...BUSYBOX_APPLETS, "nginx"],
  files: {
    "/usr/share/nginx/html/index.html": `Hello MyApp | Version: ${version} | <a href="hostname.html">Pod Name</a>
`,
    "/etc/nginx/conf.d/default.conf": "server {\n    listen       80;\n    root   /usr/share/nginx/html;\n}\n"
  },
  daemons: {
    nginx: (ctx) => {
      ctx.fs.write("/usr/share/nginx/html/hostname.html", `${ctx.hostname}
`);
      return nginxServer(ctx, false);
    }
  }
});
function stress(ctx) {
  const a = ctx.argv;
  let vm = 0;
  let bytes2 = 256 * 2 ** 20;
  let timeout;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === "--vm" || a[i] === "-m") vm = Number(a[++i]);
    else if (a[i] === "--vm-bytes") bytes2 = parseQuantityBytes(a[++i] ?? "") ?? bytes2;
    else if (a[i] === "--timeout" || a[i] === "-t") timeout = Number(String(a[++i]).replace(/s$/, "")) * 1e3;
  }
  ctx.log(`stress: info: [1] dispatching hogs: 0 cpu, 0 io, ${vm} vm, 0 hdd`);
  const total = vm * bytes2;
  if (ctx.memoryLimit !== void 0 && total > ctx.memoryLimit) {
    ctx.after(1e3, () => ctx.exit(137, "OOMKilled"));
  } else if (timeout !== void 0) {
    ctx.after(timeout, () => {
      ctx.log(`stress: info: [1] successful run completed in ${timeout / 1e3}s`);
      ctx.exit(0);
    });
  }
  return { sigterm: "ignore", extraProcs: Array.from({ length: vm }, () => a.join(" ")) };
}
var PATH_ENV = { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" };
var root = { uid: 0, gid: 0, name: "root" };
var MISC_IMAGES = [
  {
    repo: "docker.io/luksa/ssd-monitor",
    tags: ["latest"],
    size: 1247932,
    user: root,
    entrypoint: ["/bin/sh", "-c", 'while true; do echo "SSD OK"; sleep 5; done'],
    cmd: [],
    env: PATH_ENV,
    flavor: "busybox",
    binaries: [...BUSYBOX_APPLETS]
  },
  {
    repo: "docker.io/luksa/batch-job",
    tags: ["latest"],
    size: 1248016,
    user: root,
    entrypoint: ["/bin/sh", "-c", 'echo "$(date) Batch job starting"; sleep 120; echo "$(date) Finished succesfully"'],
    cmd: [],
    env: PATH_ENV,
    flavor: "busybox",
    binaries: [...BUSYBOX_APPLETS]
  },
  {
    repo: "docker.io/tutum/dnsutils",
    tags: ["latest"],
    size: 74593420,
    user: root,
    entrypoint: [],
    cmd: ["bash"],
    env: PATH_ENV,
    flavor: "gnu",
    binaries: [...DEBIAN_TOOLS, "nslookup", "dig", "host", "ps"]
  },
  {
    repo: "docker.io/curlimages/curl",
    tags: [/^(latest|\d+(\.\d+){0,2})$/],
    size: 11382318,
    user: { uid: 100, gid: 101, name: "curl_user" },
    entrypoint: ["/entrypoint.sh"],
    cmd: ["curl"],
    env: PATH_ENV,
    flavor: "busybox",
    wrappers: ["entrypoint.sh"],
    binaries: [...BUSYBOX_APPLETS, "curl", "entrypoint.sh"],
    files: { "/entrypoint.sh": '#!/bin/sh\nexec "$@"\n' }
  },
  myapp("v1"),
  myapp("v2"),
  {
    repo: "k8s.gcr.io/test-webserver",
    tags: ["latest"],
    size: 4534272,
    user: { uid: 0, gid: 0, name: "root" },
    entrypoint: ["/test-webserver"],
    cmd: [],
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
    flavor: "none",
    binaries: ["test-webserver"],
    daemons: {
      "test-webserver": (ctx) => ({
        sigterm: "exit",
        http: { 80: (req) => ({ status: 200, body: req.path === "/" ? `Hello from ${ctx.hostname}
` : "ok\n" }) }
      })
    }
  },
  {
    repo: "docker.io/polinux/stress",
    tags: ["latest"],
    size: 4041123,
    user: { uid: 0, gid: 0, name: "root" },
    entrypoint: [],
    cmd: ["stress", "--help"],
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
    flavor: "busybox",
    binaries: [...BUSYBOX_APPLETS, "stress"],
    daemons: { stress }
  }
];

// src/sim/images/mysql.ts
var STATE = "/var/lib/mysql/.sim-state.json";
function load(fs) {
  const t = fs.read(STATE);
  return t ? JSON.parse(t) : void 0;
}
function mysqld(ctx) {
  let st = load(ctx.fs);
  if (!st) {
    const pw = ctx.env.MYSQL_ROOT_PASSWORD;
    if (pw === void 0 && ctx.env.MYSQL_ALLOW_EMPTY_PASSWORD === void 0 && ctx.env.MYSQL_RANDOM_ROOT_PASSWORD === void 0) {
      ctx.log("error: database is uninitialized and password option is not specified ");
      ctx.log("  You need to specify one of MYSQL_ROOT_PASSWORD, MYSQL_ALLOW_EMPTY_PASSWORD and MYSQL_RANDOM_ROOT_PASSWORD");
      ctx.exit(1);
      return { sigterm: "exit" };
    }
    ctx.log("Initializing database");
    st = { password: pw ?? "", dbs: { information_schema: {}, mysql: {}, performance_schema: {} } };
    if (ctx.env.MYSQL_DATABASE) st.dbs[ctx.env.MYSQL_DATABASE] = {};
    ctx.fs.mkdirp("/var/lib/mysql/mysql");
    ctx.fs.write(STATE, JSON.stringify(st));
    ctx.log("Database initialized");
    ctx.log("MySQL init process done. Ready for start up.");
  }
  ctx.log("2026-01-01 08:00:00 1 [Note] mysqld (mysqld 5.6.51) starting as process 1 ...");
  ctx.log("2026-01-01 08:00:00 1 [Note] InnoDB: 5.6.51 started; log sequence number 1625977");
  ctx.log("2026-01-01 08:00:00 1 [Note] mysqld: ready for connections.");
  ctx.log("Version: '5.6.51'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server (GPL)");
  ctx.fs.mkdirp("/var/run/mysqld");
  ctx.fs.write("/var/run/mysqld/mysqld.sock", "");
  return { sigterm: "exit", tcp: [3306] };
}
function statements(sql) {
  const out = [];
  let cur = "";
  let q = "";
  for (const ch of sql) {
    if (q) {
      if (ch === q) q = "";
    } else if (ch === "'" || ch === '"') q = ch;
    else if (ch === ";") {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
function values(list) {
  return [...list.matchAll(/'([^']*)'|"([^"]*)"|([^,\s]+)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}
function run(st, sql, dbIn) {
  let db = dbIn;
  let out = "";
  for (const s of statements(sql)) {
    let m;
    const need = () => {
      if (!db) throw new Error("ERROR 1046 (3D000) at line 1: No database selected");
      return st.dbs[db];
    };
    try {
      if (/^show\s+databases$/i.test(s)) out += "Database\n" + Object.keys(st.dbs).sort().map((d) => `${d}
`).join("");
      else if (m = /^create\s+database\s+(?:if\s+not\s+exists\s+)?`?(\w+)`?$/i.exec(s)) {
        if (st.dbs[m[1]] && !/if\s+not/i.test(s)) throw new Error(`ERROR 1007 (HY000) at line 1: Can't create database '${m[1]}'; database exists`);
        st.dbs[m[1]] ??= {};
      } else if (m = /^use\s+`?(\w+)`?$/i.exec(s)) {
        if (!st.dbs[m[1]]) throw new Error(`ERROR 1049 (42000) at line 1: Unknown database '${m[1]}'`);
        db = m[1];
      } else if (/^show\s+tables$/i.test(s)) {
        const t = Object.keys(need()).sort();
        if (t.length) out += `Tables_in_${db}
` + t.map((x) => `${x}
`).join("");
      } else if (m = /^create\s+table\s+(?:if\s+not\s+exists\s+)?`?(\w+)`?\s*\((.*)\)$/is.exec(s)) {
        const cols = m[2].split(",").map((c) => c.trim().split(/\s+/)[0].replace(/`/g, "")).filter((c) => c && !/^(primary|key|unique|index)$/i.test(c));
        need()[m[1]] ??= { cols, rows: [] };
      } else if (m = /^insert\s+(?:into\s+)?`?(\w+)`?(?:\s*\([^)]*\))?\s+values\s*(.*)$/is.exec(s)) {
        const t = need()[m[1]];
        if (!t) throw new Error(`ERROR 1146 (42S02) at line 1: Table '${db}.${m[1]}' doesn't exist`);
        for (const g of m[2].matchAll(/\(([^)]*)\)/g)) t.rows.push(values(g[1]));
      } else if (m = /^select\s+\*\s+from\s+(?:`?(\w+)`?\.)?`?(\w+)`?$/i.exec(s)) {
        const inDb = m[1] ?? db;
        if (m[1] && !st.dbs[m[1]]) throw new Error(`ERROR 1049 (42000) at line 1: Unknown database '${m[1]}'`);
        const t = m[1] ? st.dbs[m[1]][m[2]] : need()[m[2]];
        if (!t) throw new Error(`ERROR 1146 (42S02) at line 1: Table '${inDb}.${m[2]}' doesn't exist`);
        if (t.rows.length) out += t.cols.join("	") + "\n" + t.rows.map((r2) => r2.join("	") + "\n").join("");
      } else if (m = /^drop\s+table\s+`?(\w+)`?$/i.exec(s)) delete need()[m[1]];
      else if (m = /^drop\s+database\s+`?(\w+)`?$/i.exec(s)) delete st.dbs[m[1]];
      else throw new Error(`ERROR 1064 (42000) at line 1: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near '${s.slice(0, 40)}' at line 1`);
    } catch (e) {
      return { out, err: e.message, db };
    }
  }
  return { out, db };
}
var mysqlClient = (argv, io) => {
  let host2;
  let password;
  let user = "root";
  let sql;
  let db;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-h") host2 = argv[++i];
    else if (a.startsWith("-h")) host2 = a.slice(2);
    else if (a.startsWith("--host=")) host2 = a.slice(7);
    else if (a === "-u") user = argv[++i] ?? user;
    else if (a.startsWith("-u")) user = a.slice(2);
    else if (a.startsWith("-p")) password = a.slice(2);
    else if (a.startsWith("--password=")) password = a.slice(11);
    else if (a === "-e") sql = argv[++i];
    else if (a.startsWith("--execute=")) sql = a.slice(10);
    else if (!a.startsWith("-")) db = a;
  }
  let out = password ? "Warning: Using a password on the command line interface can be insecure.\n" : "";
  const conn = host2 ? io.connect(host2, 3306) : io.fs.exists("/var/run/mysqld/mysqld.sock") ? { fs: io.fs } : void 0;
  if (!conn || "error" in conn) {
    if (!host2) return { out: out + "ERROR 2002 (HY000): Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)\n", code: 1 };
    const unknown = conn && "error" in conn && conn.error === "resolve";
    return {
      out: out + (unknown ? `ERROR 2005 (HY000): Unknown MySQL server host '${host2}' (-2)
` : `ERROR 2003 (HY000): Can't connect to MySQL server on '${host2}' (111)
`),
      code: 1
    };
  }
  const st = load(conn.fs);
  if (!st || (password ?? "") !== st.password) {
    return { out: out + `ERROR 1045 (28000): Access denied for user '${user}'@'localhost' (using password: ${password ? "YES" : "NO"})
`, code: 1 };
  }
  if (db && !st.dbs[db]) return { out: out + `ERROR 1049 (42000): Unknown database '${db}'
`, code: 1 };
  const text = sql ?? io.stdin ?? "";
  const r2 = run(st, text, db);
  conn.fs.write(STATE, JSON.stringify(st));
  out += r2.out;
  if (r2.err) return { out: out + r2.err + "\n", code: 1 };
  return { out, code: 0 };
};
var MYSQL_IMAGES = [
  {
    repo: "docker.io/library/mysql",
    tags: [/^5\.(6|7)(\.\d+)?$/, /^(latest|8(\.\d+){0,2}|9(\.\d+){0,2}|lts)$/],
    size: 103462813,
    user: { uid: 0, gid: 0, name: "root" },
    entrypoint: ["docker-entrypoint.sh"],
    cmd: ["mysqld"],
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", MYSQL_MAJOR: "5.6", MYSQL_VERSION: "5.6.51-1debian9" },
    flavor: "gnu",
    wrappers: ["docker-entrypoint.sh"],
    binaries: [...DEBIAN_TOOLS, "mysqld", "mysql", "mysqladmin", "mysqldump", "docker-entrypoint.sh"],
    dirs: ["/var/lib/mysql", "/var/run/mysqld"],
    daemons: { mysqld },
    tools: { mysql: mysqlClient }
  }
];

// src/sim/images/ref.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
function parseImageRef(raw) {
  let rest = raw.trim();
  if (rest === "") return { error: `couldn't parse image reference "${raw}": invalid reference format` };
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = "";
  const lastColon = rest.lastIndexOf(":");
  if (lastColon > rest.lastIndexOf("/")) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return { error: `couldn't parse image reference "${raw}": invalid reference format` };
  }
  const parts = rest.split("/");
  let domain = "docker.io";
  if (parts.length > 1 && (parts[0].includes(".") || parts[0].includes(":") || parts[0] === "localhost")) {
    domain = parts.shift();
  }
  if (domain === "docker.io" && parts.length === 1) parts.unshift("library");
  const path2 = parts.join("/");
  if (path2 !== path2.toLowerCase()) {
    return { error: `couldn't parse image reference "${raw}": invalid reference format: repository name (${path2}) must be lowercase` };
  }
  if (!parts.every((p) => COMPONENT.test(p))) return { error: `couldn't parse image reference "${raw}": invalid reference format` };
  if (!tag && !digest) tag = "latest";
  return { raw, domain, path: path2, tag, digest };
}
function qualified(ref) {
  return `${ref.domain}/${ref.path}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
function repoOf(ref) {
  return `${ref.domain}/${ref.path}`;
}
function defaultPullPolicy(image) {
  const r2 = parseImageRef(image);
  if ("error" in r2) return "IfNotPresent";
  if (r2.digest) return "IfNotPresent";
  return r2.tag === "latest" ? "Always" : "IfNotPresent";
}

// src/sim/images/redis.ts
var DUMP = "/data/dump.rdb";
function load2(fs) {
  try {
    return JSON.parse(fs.read(DUMP) ?? "{}");
  } catch {
    return {};
  }
}
var redisCli = (argv, io) => {
  let host2 = "127.0.0.1";
  let port = 6379;
  const words = [];
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === "-h") host2 = argv[++i] ?? host2;
    else if (argv[i] === "-p") port = Number(argv[++i] ?? port);
    else words.push(argv[i]);
  }
  const conn = io.connect(host2, port);
  if ("error" in conn) return { out: `Could not connect to Redis at ${host2}:${port}: Connection refused
`, code: 1 };
  const cmds = words.length ? [words] : (io.stdin ?? "").split("\n").filter((l) => l.trim()).map((l) => l.trim().split(/\s+/));
  let out = "";
  for (const [cmd, ...a] of cmds) {
    const data = load2(conn.fs);
    const c = (cmd ?? "").toUpperCase();
    if (c === "PING") out += "PONG\n";
    else if (c === "SET" && a.length >= 2) {
      data[a[0]] = a[1];
      out += "OK\n";
    } else if (c === "GET" && a.length === 1) out += a[0] in data ? `${data[a[0]]}
` : "\n";
    else if (c === "DEL") {
      let n = 0;
      for (const k of a) if (k in data) delete data[k], n++;
      out += `${n}
`;
    } else if (c === "INCR" && a.length === 1) {
      data[a[0]] = String(Number(data[a[0]] ?? 0) + 1);
      out += `${data[a[0]]}
`;
    } else if (c === "KEYS") out += Object.keys(data).sort().map((k) => `${k}
`).join("");
    else if (c === "DBSIZE") out += `${Object.keys(data).length}
`;
    else out += `ERR unknown command '${cmd}', with args beginning with: ${a.map((x) => `'${x}' `).join("")}
`;
    conn.fs.write(DUMP, JSON.stringify(data));
  }
  return { out, code: 0 };
};
function redisServer(ctx) {
  const t = redisDate(ctx.now());
  ctx.log(`1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`);
  ctx.log(`1:C ${t} * Redis version=8.2.1, bits=64, commit=00000000, modified=1, pid=1, just started`);
  ctx.log(`1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`);
  ctx.log(`1:M ${t} * Running mode=standalone, port=6379.`);
  ctx.log(`1:M ${t} * Server initialized`);
  ctx.log(`1:M ${t} * Ready to accept connections tcp`);
  ctx.fs.mkdirp("/data");
  return { sigterm: "exit", tcp: [6379] };
}
var REDIS_IMAGES = [
  {
    repo: "docker.io/library/redis",
    tags: [/^(latest|alpine|bookworm|\d+(\.\d+){0,2}(-(alpine|bookworm))?)$/],
    size: 52616342,
    user: { uid: 0, gid: 0, name: "root" },
    entrypoint: ["docker-entrypoint.sh"],
    cmd: ["redis-server"],
    workingDir: "/data",
    env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", REDIS_VERSION: "8.2.1" },
    flavor: "gnu",
    wrappers: ["docker-entrypoint.sh"],
    binaries: [...DEBIAN_TOOLS, "redis-server", "redis-cli", "docker-entrypoint.sh"],
    dirs: ["/data"],
    daemons: { "redis-server": redisServer },
    tools: { "redis-cli": redisCli }
  }
];

// src/sim/images/system.ts
var ok = () => ({ status: 200, body: "ok" });
var distroless = (repo, tag, size, bin, extra = {}, ports = []) => ({
  repo,
  tags: [tag],
  size,
  user: { uid: 0, gid: 0, name: "root" },
  entrypoint: [`/usr/local/bin/${bin}`],
  cmd: [],
  env: { PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin" },
  flavor: "none",
  binaries: [bin],
  daemons: { [bin]: () => ({ sigterm: "exit", http: Object.fromEntries(ports.map((p) => [p, ok])) }) },
  ...extra
});
var COREDNS_VERSION = "v1.12.1";
function coredns(ctx) {
  ctx.log(".:53");
  ctx.log(`[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908`);
  ctx.log(`CoreDNS-${COREDNS_VERSION.slice(1)}`);
  ctx.log("linux/amd64, go1.24.1, 707c7c1");
  const ok4 = () => ({ status: 200, body: "OK" });
  return {
    sigterm: "exit",
    tcp: [53],
    http: { 8080: ok4, 8181: ok4, 9153: () => ({ status: 200, body: "# HELP coredns_build_info A metric with a constant '1' value.\n" }) }
  };
}
var minor = KUBERNETES_VERSION;
function kubeProxy(ctx) {
  const d = new Date(ctx.now());
  const p = (n) => String(n).padStart(2, "0");
  const t = `I${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.000000       1`;
  const node2 = ctx.env.NODE_NAME ?? "";
  ctx.log(`${t} server_linux.go:53] "Using iptables proxy"`);
  ctx.log(`${t} server.go:715] "Successfully retrieved node IP(s)" IPs=["${ctx.podIP}"]`);
  ctx.log(`${t} server_linux.go:132] "Using iptables Proxier"`);
  ctx.log(`${t} server.go:553] "Version info" version="${KUBERNETES_VERSION}"`);
  ctx.log(`${t} config.go:199] "Starting service config controller"`);
  ctx.log(`${t} config.go:105] "Starting endpoint slice config controller"`);
  ctx.log(`${t} config.go:329] "Starting node config controller" node="${node2}"`);
  ctx.log(`${t} shared_informer.go:356] "Caches are synced" controller="service config"`);
  const ok4 = () => ({ status: 200, body: "ok" });
  return { sigterm: "exit", http: { 10249: ok4, 10256: ok4 } };
}
var SYSTEM_IMAGES = [
  { ...distroless("registry.k8s.io/coredns/coredns", /^v1\.\d+\.\d+$/, 22384805, "coredns"), entrypoint: ["/coredns"], daemons: { coredns } },
  distroless("registry.k8s.io/kube-proxy", /^v1\.\d+\.\d+$/, 30916240, "kube-proxy", { binaries: ["kube-proxy", "iptables", "ip6tables", "conntrack"], daemons: { "kube-proxy": kubeProxy } }),
  { ...distroless("registry.k8s.io/pause", /^3\.\d+(\.\d+)?$/, 320448, "pause"), entrypoint: ["/pause"], daemons: { pause: () => ({ sigterm: "exit" }) } },
  distroless("registry.k8s.io/etcd", /^3\.\d+\.\d+-0$/, 22876530, "etcd", { binaries: ["etcd", "etcdctl", "etcdutl"] }, [2379, 2380, 2381]),
  distroless("registry.k8s.io/kube-apiserver", minor, 27385464, "kube-apiserver", {}, [6443]),
  distroless("registry.k8s.io/kube-controller-manager", minor, 22819474, "kube-controller-manager", {}, [10257]),
  distroless("registry.k8s.io/kube-scheduler", minor, 17385568, "kube-scheduler", {}, [10259])
];

// src/sim/images/catalog.ts
var CATALOG = [
  ...KUBIA_IMAGES,
  ...FORTUNE_IMAGES,
  ...NGINX_IMAGES,
  ...BUSYBOX_IMAGES,
  ...REDIS_IMAGES,
  ...MYSQL_IMAGES,
  ...MISC_IMAGES,
  ...SYSTEM_IMAGES
];
var byRepo = /* @__PURE__ */ new Map();
for (const def2 of CATALOG) {
  const list = byRepo.get(def2.repo) ?? [];
  list.push(def2);
  byRepo.set(def2.repo, list);
}
var tagMatches = (def2, tag) => def2.tags.some((t) => typeof t === "string" ? t === tag : t.test(tag));
function resolveImage(image) {
  const ref = parseImageRef(image);
  if ("error" in ref) return { ok: false, invalid: ref.error };
  const q = qualified(ref);
  const defs = byRepo.get(repoOf(ref));
  if (!defs) {
    const why = ref.domain === "docker.io" ? "pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed" : `${q}: not found`;
    return { ok: false, ref, error: `failed to pull and unpack image "${q}": failed to resolve reference "${q}": ${why}` };
  }
  const def2 = ref.digest ? defs[0] : defs.find((d) => tagMatches(d, ref.tag));
  if (!def2) return { ok: false, ref, error: `failed to pull and unpack image "${q}": failed to resolve reference "${q}": ${q}: not found` };
  return { ok: true, ref, def: def2, digest: digestOf(repoOf(ref), ref.tag, def2.size) };
}
function digestOf(repo, tag, size) {
  let h1 = 2166136261;
  let h2 = size >>> 0;
  const s = `${repo}:${tag}`;
  let hex = "";
  for (let round = 0; hex.length < 64; round++) {
    for (let i = 0; i < s.length; i++) {
      h1 = Math.imul(h1 ^ s.charCodeAt(i), 16777619) >>> 0;
      h2 = Math.imul(h2 ^ s.charCodeAt(i) + round, 2246822519) >>> 0;
    }
    hex += ((h1 ^ h2) >>> 0).toString(16).padStart(8, "0");
  }
  return `sha256:${hex.slice(0, 64)}`;
}

// src/sim/kubelet/registry.ts
function kubeletOf(cluster2) {
  return cluster2.services.kubelet;
}

// src/sim/kubelet/exec/host.ts
function shellKind(def2, argv0) {
  if (argv0.endsWith("bash")) return "bash";
  return def2.flavor === "gnu" ? "dash" : "ash";
}
var USERS = { 0: "root", 1: "bin", 2: "daemon", 405: "guest", 65534: "nobody" };
var GROUPS = { 0: "root", 1: "bin", 2: "daemon", 3: "sys", 4: "adm", 6: "disk", 10: "wheel", 11: "floppy", 20: "dialout", 26: "tape", 27: "video", 100: "users", 65534: "nogroup" };
function userName(uid) {
  return USERS[uid];
}
function groupName(gid) {
  return GROUPS[gid];
}
function primaryGroup(uid) {
  return uid === 405 ? 100 : uid === 65534 ? 65534 : uid <= 2 ? uid : 0;
}

// src/sim/kubelet/security.ts
var ROOT_GROUPS_BUSYBOX = [0, 1, 2, 3, 4, 6, 10, 11, 20, 26, 27];
function effectiveUser(pod, c) {
  const psc = pod.spec?.securityContext ?? {};
  const csc = c.spec.securityContext ?? {};
  const imgUid = c.def?.user.uid ?? 0;
  const uid = csc.runAsUser ?? psc.runAsUser ?? imgUid;
  const gid = csc.runAsGroup ?? psc.runAsGroup ?? (uid === imgUid ? c.def?.user.gid ?? primaryGroup(uid) : primaryGroup(uid));
  const extra = [...psc.supplementalGroups ?? []];
  if (psc.fsGroup !== void 0) extra.unshift(psc.fsGroup);
  let groups = extra;
  if (uid === 0 && !extra.length) groups = c.def?.flavor === "busybox" ? ROOT_GROUPS_BUSYBOX : [0];
  else if (extra.length && uid === 0) groups = [0, ...extra];
  return { uid, gid, groups };
}
var DEFAULT_CAPS = ["CHOWN", "DAC_OVERRIDE", "FSETID", "FOWNER", "MKNOD", "NET_RAW", "SETGID", "SETUID", "SETFCAP", "SETPCAP", "NET_BIND_SERVICE", "SYS_CHROOT", "KILL", "AUDIT_WRITE"];
function capabilities(c, uid = 0) {
  const sc = c.spec.securityContext ?? {};
  const strip = (x) => x.replace(/^CAP_/, "");
  const drop = (sc.capabilities?.drop ?? []).map(strip);
  const caps = new Set(drop.includes("ALL") ? [] : DEFAULT_CAPS.filter((x) => !drop.includes(x)));
  for (const a of sc.capabilities?.add ?? []) caps.add(strip(a));
  if (uid !== 0 && !sc.privileged) caps.clear();
  return { caps, privileged: !!sc.privileged };
}
function verifyNonRoot(pod, c) {
  const psc = pod.spec?.securityContext ?? {};
  const csc = c.spec.securityContext ?? {};
  const nonRoot = csc.runAsNonRoot ?? psc.runAsNonRoot;
  if (!nonRoot) return void 0;
  const who = `(pod: "${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})", container: ${c.name})`;
  const runAs = csc.runAsUser ?? psc.runAsUser;
  if (runAs !== void 0) return runAs === 0 ? `container's runAsUser breaks non-root policy ${who}` : void 0;
  const u = c.def?.user;
  if (!u || u.uid === 0) return `container has runAsNonRoot and image will run as root ${who}`;
  if (u.uid === void 0) return `container has runAsNonRoot and image has non-numeric user (${u.name}), cannot verify user is non-root ${who}`;
  return void 0;
}

// src/sim/kubelet/rootfs.ts
var DEVICES = ["core", "fd", "full", "mqueue", "null", "ptmx", "pts", "random", "shm", "stderr", "stdin", "stdout", "termination-log", "tty", "urandom", "zero"];
var PRIVILEGED_DEVICES = [
  ...DEVICES,
  "autofs",
  "bsg",
  "btrfs-control",
  "cpu",
  "cpu_dma_latency",
  "dm-0",
  "fuse",
  "hpet",
  "input",
  "kmsg",
  "loop-control",
  "loop0",
  "loop1",
  "mapper",
  "mem",
  "net",
  "nvram",
  "port",
  "rtc0",
  "sda",
  "sda1",
  "sg0",
  "snapshot",
  "tty0",
  "tty1",
  "ttyS0",
  "ttyS1",
  "uhid",
  "uinput",
  "vcs",
  "vda",
  "vhost-net",
  "watchdog"
];
var BASE_DIRS = ["/bin", "/dev", "/etc", "/home", "/lib", "/media", "/mnt", "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/usr/bin", "/usr/local/bin", "/usr/sbin", "/var/log", "/var/run"];
function podHostname(rt) {
  if (rt.pod.spec?.hostNetwork) return rt.node;
  return (rt.pod.spec?.hostname ?? rt.name).slice(0, 63);
}
function hostsFile(rt) {
  let s = "# Kubernetes-managed hosts file.\n127.0.0.1	localhost\n::1	localhost ip6-localhost ip6-loopback\nfe00::0	ip6-localnet\nfe00::0	ip6-mcastprefix\nfe00::1	ip6-allnodes\nfe00::2	ip6-allrouters\n";
  const host2 = podHostname(rt);
  const sub = rt.pod.spec?.subdomain;
  s += sub ? `${rt.ip}	${host2}.${sub}.${rt.ns}.svc.cluster.local	${host2}
` : `${rt.ip}	${host2}
`;
  const aliases = rt.pod.spec?.hostAliases ?? [];
  if (aliases.length) {
    s += "\n# Entries added by HostAliases.\n";
    for (const a of aliases) s += `${a.ip}	${(a.hostnames ?? []).join("	")}
`;
  }
  return s;
}
function resolvConf(rt) {
  const policy = rt.pod.spec?.dnsPolicy ?? "ClusterFirst";
  const hostNet = !!rt.pod.spec?.hostNetwork;
  if (policy === "Default" || policy === "ClusterFirst" && hostNet) return "nameserver 192.168.0.1\nsearch localdomain\n";
  if (policy === "None") {
    const c = rt.pod.spec?.dnsConfig ?? {};
    let s = "";
    if (c.searches?.length) s += `search ${c.searches.join(" ")}
`;
    for (const n of c.nameservers ?? []) s += `nameserver ${n}
`;
    if (c.options?.length) s += `options ${c.options.map((o) => o.value ? `${o.name}:${o.value}` : o.name).join(" ")}
`;
    return s;
  }
  return `search ${rt.ns}.svc.cluster.local svc.cluster.local cluster.local
nameserver 10.96.0.10
options ndots:5
`;
}
function nodeRootfs(k, rt, c) {
  const now = k.ctx.clock.now();
  const created = Date.parse(rt.startTime ?? new Date(now).toISOString());
  const root2 = new Tree(created);
  for (const d of BASE_DIRS) root2.mkdirs(d.split("/").filter(Boolean), created);
  root2.mkdirs(["tmp"], created, 1023);
  root2.node(["tmp"]).mode = 1023;
  const def2 = c.def;
  for (const d of def2?.dirs ?? []) root2.mkdirs(d.split("/").filter(Boolean), created);
  for (const [p, content] of Object.entries(def2?.files ?? {})) root2.put(p, content, created, p.endsWith(".sh") ? 493 : 420);
  if (def2 && def2.flavor !== "none") {
    root2.put("/etc/passwd", "root:x:0:0:root:/root:/bin/sh\nbin:x:1:1:bin:/bin:/sbin/nologin\ndaemon:x:2:2:daemon:/sbin:/sbin/nologin\nguest:x:405:100:guest:/dev/null:/sbin/nologin\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n", created);
    root2.put("/etc/group", "root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nusers:x:100:games\nnogroup:x:65534:\n", created);
  }
  const etc = new Tree(created);
  etc.put("hosts", hostsFile(rt), created);
  etc.put("hostname", podHostname(rt) + "\n", created);
  etc.put("resolv.conf", resolvConf(rt), created);
  const mounts2 = [
    { path: "/etc/hosts", tree: etc, sub: "hosts", readOnly: false, source: "/dev/sda1", fstype: "ext4" },
    { path: "/etc/hostname", tree: etc, sub: "hostname", readOnly: false, source: "/dev/sda1", fstype: "ext4" },
    { path: "/etc/resolv.conf", tree: etc, sub: "resolv.conf", readOnly: false, source: "/dev/sda1", fstype: "ext4" }
  ];
  for (const m of c.spec.volumeMounts ?? []) {
    const vol = rt.volumes.get(m.name);
    if (!vol) continue;
    const sub = realSub(vol.tree, m.subPath ?? "");
    if (sub && !vol.tree.node(sub.split("/").filter(Boolean))) vol.tree.mkdirs(sub.split("/").filter(Boolean), now);
    mounts2.push({ path: m.mountPath.replace(/\/+$/, "") || "/", tree: vol.tree, sub, readOnly: !!m.readOnly || !!vol.readOnly, source: vol.source, fstype: vol.fstype });
    root2.mkdirs(m.mountPath.split("/").filter(Boolean).slice(0, -1), created);
  }
  const u = effectiveUser(rt.pod, c);
  const devs = c.spec.securityContext?.privileged ? PRIVILEGED_DEVICES : DEVICES;
  for (const d of devs) root2.put(`/dev/${d}`, "", created, 438);
  return new ContainerFs(root2, mounts2, () => k.ctx.clock.now(), { uid: u.uid, gid: u.gid }, !!c.spec.securityContext?.readOnlyRootFilesystem);
}
function realSub(tree, sub) {
  const out = [];
  const parts = sub.split("/").filter(Boolean);
  for (let i = 0, guard = 0; i < parts.length && guard < 32; i++, guard++) {
    const n = tree.node([...out, parts[i]]);
    if (n?.type === "link") {
      parts.splice(i + 1, 0, ...n.target.split("/").filter(Boolean));
      continue;
    }
    out.push(parts[i]);
  }
  return out.join("/");
}

// src/sim/kubelet/node-procs.ts
var NODE_DAEMONS = [
  "/sbin/init",
  "/lib/systemd/systemd-journald",
  "/lib/systemd/systemd-udevd",
  "/usr/sbin/sshd -D",
  "/usr/bin/containerd",
  "/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///run/containerd/containerd.sock"
];
var PID_GAP = 11;
function containerCmd(c) {
  const argv = c.proc?.argv ?? [];
  return (argv[0]?.endsWith(".sh") ? ["/bin/bash", ...argv] : argv).join(" ");
}
function nodeProcesses(pods, node2) {
  const lines2 = NODE_DAEMONS.map((cmd, i) => ({ pid: i === 0 ? 1 : 300 + i * PID_GAP, user: "root", cmd }));
  let pid = 1e3;
  const onNode = [...pods].filter((rt) => rt.node === node2 && rt.sandboxReady);
  for (const rt of onNode) {
    lines2.push({ pid: pid += PID_GAP, user: "root", cmd: `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${rt.uid.replace(/-/g, "")} -address /run/containerd/containerd.sock` });
    lines2.push({ pid: pid += PID_GAP, user: "65535", cmd: "/pause" });
    for (const c of rt.containers) {
      if (!c.proc?.alive) continue;
      const uid = effectiveUser(rt.pod, c).uid;
      lines2.push({ pid: pid += PID_GAP, user: userName(uid) ?? String(uid), cmd: containerCmd(c) });
    }
  }
  return lines2;
}

// src/sim/kubelet/exec/host-factory.ts
function makeHost(k, rt, c) {
  const user = effectiveUser(rt.pod, c);
  const { caps, privileged } = capabilities(c, user.uid);
  return {
    cluster: k.ctx.cluster,
    get fs() {
      return k.fsOf(rt, c);
    },
    def: c.def,
    pod: rt.pod,
    container: c.name,
    hostname: podHostname(rt),
    podIP: rt.ip,
    user,
    caps,
    privileged,
    procs: () => {
      if (rt.pod.spec?.hostPID) return nodeProcesses(k.pods.values(), rt.node);
      const who = userName(user.uid) ?? String(user.uid);
      const argv = c.proc?.argv ?? [];
      const script = argv[0]?.endsWith(".sh") ? ["/bin/bash", ...argv] : argv;
      const list = [{ pid: 1, user: who, cmd: script.join(" ") }];
      (c.proc?.program?.extraProcs ?? []).forEach((cmd, i) => list.push({ pid: 7 + i, user: who, cmd }));
      return list;
    },
    now: () => k.ctx.clock.now(),
    clockOffset: c.clockOffset
  };
}

// src/sim/kubelet/exec/paths.ts
function basename(p) {
  const s = p.replace(/\/+$/, "");
  return s.slice(s.lastIndexOf("/") + 1) || "/";
}

// src/sim/controllers/service-pods.ts
var POD_LABEL_INDEX = "netLabel";
function addPodLabelIndex(api) {
  if (api.store.hasIndex("pods", POD_LABEL_INDEX)) return;
  api.store.addIndex(
    "pods",
    POD_LABEL_INDEX,
    (o) => Object.entries(o.metadata.labels ?? {}).map(([k, v]) => `${o.metadata.namespace}\0${k}=${v}`)
  );
}
function isPodReady2(pod) {
  return (pod.status?.conditions ?? []).some((c) => c.type === "Ready" && c.status === "True");
}
function podIP(pod) {
  return pod.status?.podIP || pod.status?.podIPs?.[0]?.ip || void 0;
}
function shouldPodBeInEndpoints(pod, includeTerminating) {
  const phase = pod.status?.phase;
  if (phase === "Succeeded" || phase === "Failed") return false;
  if (!podIP(pod)) return false;
  if (!includeTerminating && pod.metadata.deletionTimestamp) return false;
  return true;
}
function endpointHostname(pod, svc) {
  const h = pod.spec?.hostname;
  if (h && pod.spec?.subdomain === svc.metadata.name && pod.metadata.namespace === svc.metadata.namespace) return h;
  return void 0;
}
function findPort(pod, svcPort) {
  const target = svcPort.targetPort ?? svcPort.port;
  if (typeof target === "number") return target;
  const protocol = svcPort.protocol ?? "TCP";
  const containers2 = [
    ...pod.spec?.containers ?? [],
    ...(pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === "Always")
  ];
  for (const c of containers2) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? "TCP") === protocol) return p.containerPort;
  }
  return void 0;
}
var signatures = /* @__PURE__ */ new WeakMap();
function podEndpointSignature(pod) {
  if (!pod) return "";
  let sig = signatures.get(pod);
  if (sig === void 0) {
    sig = computeSignature(pod);
    signatures.set(pod, sig);
  }
  return sig;
}
function computeSignature(pod) {
  const ports = [...pod.spec?.containers ?? [], ...pod.spec?.initContainers ?? []].map((c) => c.ports ?? []);
  return JSON.stringify([
    pod.metadata.uid,
    pod.metadata.labels ?? {},
    podIP(pod) ?? "",
    pod.status?.phase ?? "",
    isPodReady2(pod),
    !!pod.metadata.deletionTimestamp,
    pod.spec?.nodeName ?? "",
    pod.spec?.hostname ?? "",
    pod.spec?.subdomain ?? "",
    ports
  ]);
}
function serviceSelector(svc) {
  const sel = svc.spec?.selector;
  if (!sel || Object.keys(sel).length === 0) return void 0;
  return sel;
}
function podsForService(api, svc) {
  const sel = serviceSelector(svc);
  if (!sel) return [];
  const ns = svc.metadata.namespace;
  const pairs = Object.entries(sel);
  if (pairs.length === 1) return api.store.byIndex("pods", POD_LABEL_INDEX, `${ns}\0${pairs[0][0]}=${pairs[0][1]}`);
  let best;
  for (const [k, v] of pairs) {
    const cand = api.store.byIndex("pods", POD_LABEL_INDEX, `${ns}\0${k}=${v}`);
    if (!best || cand.length < best.length) best = cand;
    if (cand.length === 0) return [];
  }
  return (best ?? []).filter((p) => {
    const l = p.metadata.labels ?? {};
    for (const [k, v] of Object.entries(sel)) if (l[k] !== v) return false;
    return true;
  });
}
var ServiceSelectorIndex = class {
  byPair = /* @__PURE__ */ new Map();
  pairOf = /* @__PURE__ */ new Map();
  update(svc, key3) {
    const prev = this.pairOf.get(key3);
    if (prev !== void 0) {
      this.byPair.get(prev)?.delete(key3);
      this.pairOf.delete(key3);
    }
    const sel = svc ? serviceSelector(svc) : void 0;
    if (!svc || !sel) return;
    const k = Object.keys(sel).sort()[0];
    const pair = `${svc.metadata.namespace}\0${k}=${sel[k]}`;
    let s = this.byPair.get(pair);
    if (!s) this.byPair.set(pair, s = /* @__PURE__ */ new Set());
    s.add(key3);
    this.pairOf.set(key3, pair);
  }
  /** Keys (`ns/name`) of services whose first selector pair the labels carry. */
  candidates(namespace, labels, out) {
    for (const [k, v] of Object.entries(labels ?? {})) {
      const s = this.byPair.get(`${namespace}\0${k}=${v}`);
      if (s) for (const key3 of s) out.add(key3);
    }
  }
};
var ServiceTracker = class {
  constructor(ownResource) {
    this.ownResource = ownResource;
  }
  ownResource;
  dirty = /* @__PURE__ */ new Set();
  index = new ServiceSelectorIndex();
  /** Resource versions this controller wrote itself: their echo needs no resync. */
  written = /* @__PURE__ */ new Set();
  observe(ev) {
    const o = ev.object;
    if (ev.resource === "services") {
      const key3 = `${o.metadata.namespace}/${o.metadata.name}`;
      this.index.update(ev.type === "DELETED" ? void 0 : o, key3);
      this.dirty.add(key3);
    } else if (ev.resource === "pods") {
      if (ev.type === "MODIFIED" && podEndpointSignature(ev.old) === podEndpointSignature(o)) return;
      const ns = o.metadata.namespace;
      this.index.candidates(ns, o.metadata.labels, this.dirty);
      if (ev.old && ev.old.metadata.labels !== o.metadata.labels) this.index.candidates(ns, ev.old.metadata.labels, this.dirty);
    } else if (ev.resource === this.ownResource) {
      if (ev.type !== "DELETED" && this.written.delete(o.metadata.resourceVersion ?? "")) return;
      if (this.ownResource === "endpoints" && ev.type !== "DELETED") return;
      const svcName = this.ownResource === "endpoints" ? o.metadata.name : o.metadata.labels?.["kubernetes.io/service-name"];
      if (svcName) this.dirty.add(`${o.metadata.namespace}/${svcName}`);
    }
  }
  /** Take the dirty set (sorted, for deterministic writes). */
  drain() {
    const keys = [...this.dirty].sort();
    this.dirty.clear();
    return keys;
  }
};

// src/sim/kubelet/serve.ts
var CLIENT_IP_HEADER = "X-Sim-Client-IP";
function serveLocal(k, rt, port, req) {
  for (const c of rt.containers) {
    const h = c.proc?.alive ? c.proc.program?.http?.[port] : void 0;
    if (h) return h(req);
  }
  return void 0;
}
function pathOf(url) {
  const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url);
  if (m) return m[1] ?? "/";
  return url.startsWith("/") ? url : "/";
}
function serveHttp(cluster2, podIP2, port, req) {
  const k = kubeletOf(cluster2);
  if (!k) return { refused: true };
  for (const rt of k.podsAt(podIP2)) {
    if (!rt.sandboxReady) continue;
    const headers = { ...req.headers };
    const client = headers[CLIENT_IP_HEADER] ?? `${k.nodes.get(rt.node)?.cidrPrefix ?? "10.244.0"}.1`;
    delete headers[CLIENT_IP_HEADER];
    const r2 = serveLocal(k, rt, port, { method: req.method, path: pathOf(req.url), headers, clientIP: client });
    if (r2) return { status: r2.status, body: r2.body, headers: r2.headers };
  }
  const node2 = [...k.nodes.values()].find((n) => n.ip === podIP2);
  if (node2) {
    for (const rt of k.pods.values()) {
      if (rt.node !== node2.name || !rt.sandboxReady || rt.pod.spec?.hostNetwork) continue;
      for (const c of rt.containers) {
        const p = (c.spec.ports ?? []).find((x) => x.hostPort === port);
        if (!p) continue;
        const headers = { ...req.headers };
        const client = headers[CLIENT_IP_HEADER] ?? `${node2.cidrPrefix}.1`;
        delete headers[CLIENT_IP_HEADER];
        const r2 = serveLocal(k, rt, p.containerPort, { method: req.method, path: pathOf(req.url), headers, clientIP: client });
        if (r2) return { status: r2.status, body: r2.body, headers: r2.headers };
      }
    }
  }
  return { refused: true };
}

// src/sim/apiserver/auth/rules.ts
var ALL = "*";
function verbMatches(rule, verb) {
  return (rule.verbs ?? []).some((v) => v === ALL || v === verb);
}
function apiGroupMatches(rule, group) {
  return (rule.apiGroups ?? []).some((g) => g === ALL || g === group);
}
function resourceMatches(rule, combined, subresource) {
  for (const r2 of rule.resources ?? []) {
    if (r2 === ALL || r2 === combined) return true;
    if (subresource && r2.length === subresource.length + 2 && r2.startsWith("*/") && r2.endsWith(subresource)) return true;
  }
  return false;
}
function resourceNameMatches(rule, name) {
  const names = rule.resourceNames ?? [];
  return names.length === 0 || names.includes(name);
}
function nonResourceURLMatches(rule, path2) {
  for (const u of rule.nonResourceURLs ?? []) {
    if (u === ALL || u === path2) return true;
    if (u.endsWith("*") && path2.startsWith(u.replace(/\*+$/, ""))) return true;
  }
  return false;
}
function ruleAllows(req, rule) {
  if (req.resourceRequest) {
    const sub = req.subresource ?? "";
    const combined = sub ? `${req.resource ?? ""}/${sub}` : req.resource ?? "";
    return verbMatches(rule, req.verb) && apiGroupMatches(rule, req.apiGroup ?? "") && resourceMatches(rule, combined, sub) && resourceNameMatches(rule, req.name ?? "");
  }
  return verbMatches(rule, req.verb) && nonResourceURLMatches(rule, req.path ?? "");
}

// src/sim/apiserver/auth/rbac.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
function subjectMatches(subject, user, bindingNamespace) {
  switch (subject?.kind) {
    case "User":
      return user.name === subject.name;
    case "Group":
      return user.groups.includes(subject.name);
    case "ServiceAccount": {
      const ns = subject.namespace || bindingNamespace;
      return !!ns && serviceAccountUsername(ns, subject.name) === user.name;
    }
    default:
      return false;
  }
}
function roleRules(api, binding, namespace) {
  const ref = binding.roleRef ?? {};
  if (ref.kind === "ClusterRole") {
    const cr = api.tryGet(`clusterroles.${RBAC_GROUP}`, void 0, ref.name ?? "");
    return cr ? { rules: cr.rules ?? [] } : { rules: [], error: `clusterrole.${RBAC_GROUP} "${ref.name}" not found` };
  }
  if (ref.kind === "Role" && namespace) {
    const r2 = api.tryGet(`roles.${RBAC_GROUP}`, namespace, ref.name ?? "");
    return r2 ? { rules: r2.rules ?? [] } : { rules: [], error: `role.${RBAC_GROUP} "${ref.name}" not found` };
  }
  return { rules: [], error: `unsupported role reference kind: "${ref.kind ?? ""}"` };
}
function visitBindings(api, user, namespace, visit) {
  const applies = (b, ns) => (b.subjects ?? []).some((s) => subjectMatches(s, user, ns));
  for (const b of api.list(`clusterrolebindings.${RBAC_GROUP}`)) {
    if (!applies(b, "")) continue;
    if (!visit({ binding: b, ...roleRules(api, b, "") })) return;
  }
  if (!namespace) return;
  for (const b of api.list(`rolebindings.${RBAC_GROUP}`, namespace)) {
    if (!applies(b, namespace)) continue;
    if (!visit({ binding: b, ...roleRules(api, b, namespace) })) return;
  }
}
function authorize(api, user, req) {
  if (user.groups.includes(SYSTEM_MASTERS)) return { allowed: true, reason: "" };
  const errors = [];
  let allowed = false;
  visitBindings(api, user, req.namespace ?? "", (g) => {
    if (g.error) errors.push(g.error);
    if (g.rules.some((r2) => ruleAllows(req, r2))) allowed = true;
    return !allowed;
  });
  if (allowed) return { allowed, reason: "" };
  const reason = errors.length === 0 ? "" : `RBAC: ${errors.length === 1 ? errors[0] : `[${errors.join(", ")}]`}`;
  return { allowed, reason };
}

// src/sim/apiserver/auth/forbidden.ts
function forbidden2(user, req, reason = "") {
  let msg;
  if (!req.resourceRequest) {
    msg = `User "${user}" cannot ${req.verb} path "${req.path ?? ""}"`;
  } else {
    const resource = req.subresource ? `${req.resource}/${req.subresource}` : req.resource ?? "";
    const scope = req.namespace ? `in the namespace "${req.namespace}"` : "at the cluster scope";
    msg = `User "${user}" cannot ${req.verb} resource "${resource}" in API group "${req.apiGroup ?? ""}" ${scope}`;
  }
  if (reason) msg += `: ${reason}`;
  const qualified2 = req.apiGroup ? `${req.resource}.${req.apiGroup}` : req.resource ?? "";
  const subject = !req.resourceRequest ? "" : req.name ? `${qualified2} "${req.name}"` : qualified2;
  const full = req.resourceRequest ? `${subject} is forbidden: ${msg}` : `forbidden: ${msg}`;
  return new ApiError(403, "Forbidden", full, [], { kind: req.resource, group: req.apiGroup, name: req.name });
}

// src/sim/controllers/endpoints.ts
var MAX_ENDPOINTS_CAPACITY = 1e3;
var OVER_CAPACITY_ANNOTATION = "endpoints.kubernetes.io/over-capacity";
var TRIGGER_TIME_ANNOTATION = "endpoints.kubernetes.io/last-change-trigger-time";
var HEADLESS_LABEL = "service.kubernetes.io/headless";
var addrKey = (a) => `${a.ip}\0${a.targetRef.uid}`;
var byIPAndUID = (a, b) => a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : a.targetRef.uid < b.targetRef.uid ? -1 : a.targetRef.uid > b.targetRef.uid ? 1 : 0;
function computeSubsets(svc, pods) {
  const publishNotReady = !!svc.spec?.publishNotReadyAddresses;
  const svcPorts = svc.spec?.ports ?? [];
  const headless = svc.spec?.clusterIP === "None";
  const portAddrs = /* @__PURE__ */ new Map();
  const addrs = /* @__PURE__ */ new Map();
  const add = (port, a, ready) => {
    const pk = port ? JSON.stringify([port.name ?? "", port.port, port.protocol, port.appProtocol ?? ""]) : "";
    let e = portAddrs.get(pk);
    if (!e) portAddrs.set(pk, e = { port, addrs: /* @__PURE__ */ new Map() });
    const ak = addrKey(a);
    addrs.set(ak, a);
    e.addrs.set(ak, ready);
  };
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publishNotReady)) continue;
    const a = {
      ip: podIP(pod),
      targetRef: { kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid }
    };
    const hostname2 = endpointHostname(pod, svc);
    if (hostname2) a.hostname = hostname2;
    if (pod.spec?.nodeName) a.nodeName = pod.spec.nodeName;
    const ready = publishNotReady || isPodReady2(pod);
    if (svcPorts.length === 0) {
      if (headless) add(null, a, ready);
      continue;
    }
    for (const sp of svcPorts) {
      const num = findPort(pod, sp);
      if (num === void 0) continue;
      const ep = { port: num, protocol: sp.protocol ?? "TCP" };
      if (sp.name) ep.name = sp.name;
      if (sp.appProtocol) ep.appProtocol = sp.appProtocol;
      add(ep, a, ready);
    }
  }
  const groups = /* @__PURE__ */ new Map();
  for (const { port, addrs: set } of portAddrs.values()) {
    const key3 = [...set.entries()].map(([k, r2]) => `${k}:${r2}`).sort().join("|");
    let g = groups.get(key3);
    if (!g) groups.set(key3, g = { ports: [], addrs: set });
    if (port) g.ports.push(port);
  }
  const subsets = [];
  for (const g of groups.values()) {
    const ready = [];
    const notReady = [];
    for (const [k, r2] of g.addrs) (r2 ? ready : notReady).push(addrs.get(k));
    const s = {};
    if (ready.length) s.addresses = ready.sort(byIPAndUID);
    if (notReady.length) s.notReadyAddresses = notReady.sort(byIPAndUID);
    if (g.ports.length) s.ports = g.ports;
    subsets.push(s);
  }
  const first = (s) => (s.addresses ?? s.notReadyAddresses ?? [])[0]?.ip ?? "";
  return subsets.sort((a, b) => first(a) < first(b) ? -1 : first(a) > first(b) ? 1 : 0);
}
function countAddresses(subsets) {
  return subsets.reduce((n, s) => n + (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0), 0);
}
function truncateSubsets(subsets, max = MAX_ENDPOINTS_CAPACITY) {
  const total = countAddresses(subsets);
  if (total <= max) return subsets;
  let left = max;
  return subsets.map((s, i) => {
    const size = (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0);
    const share = i === subsets.length - 1 ? left : Math.min(left, Math.floor(size / total * max));
    left -= share;
    const ready = (s.addresses ?? []).slice(0, share);
    const notReady = (s.notReadyAddresses ?? []).slice(0, share - ready.length);
    const out = {};
    if (ready.length) out.addresses = ready;
    if (notReady.length) out.notReadyAddresses = notReady;
    if (s.ports) out.ports = s.ports;
    return out;
  });
}
var EndpointsController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "endpoints-controller";
  tracker = new ServiceTracker("endpoints");
  /** What we last wrote per service: resourceVersion and serialized subsets, to skip re-serializing. */
  lastWritten = /* @__PURE__ */ new Map();
  observe(ev) {
    this.tracker.observe(ev);
  }
  sync() {
    if (this.tracker.dirty.size === 0) return false;
    let worked = false;
    for (const key3 of this.tracker.drain()) if (this.syncService(key3)) worked = true;
    return worked;
  }
  syncService(key3) {
    const api = this.ctx.api;
    const [ns, name] = key3.split("/");
    const svc = api.tryGet("services", ns, name);
    const existing = api.tryGet("endpoints", ns, name);
    if (!svc) {
      this.lastWritten.delete(key3);
      if (!existing) return false;
      api.delete("endpoints", ns, name);
      return true;
    }
    if (svc.spec?.type === "ExternalName" || !serviceSelector(svc)) return false;
    let subsets = computeSubsets(svc, podsForService(api, svc));
    const overCapacity = countAddresses(subsets) > MAX_ENDPOINTS_CAPACITY;
    if (overCapacity) subsets = truncateSubsets(subsets);
    const labels = { ...svc.metadata.labels ?? {} };
    if (svc.spec?.clusterIP === "None") labels[HEADLESS_LABEL] = "";
    const annotations = { ...existing?.metadata.annotations ?? {} };
    delete annotations[OVER_CAPACITY_ANNOTATION];
    if (overCapacity) annotations[OVER_CAPACITY_ANNOTATION] = "truncated";
    const desiredJson = JSON.stringify(subsets);
    const last = this.lastWritten.get(key3);
    const existingJson = existing ? last && last.rv === existing.metadata.resourceVersion ? last.subsets : JSON.stringify(existing.subsets ?? []) : "";
    const same = existing && existingJson === desiredJson && JSON.stringify(existing.metadata.labels ?? {}) === JSON.stringify(labels) && (existing.metadata.annotations?.[OVER_CAPACITY_ANNOTATION] ?? "") === (annotations[OVER_CAPACITY_ANNOTATION] ?? "");
    if (same) return false;
    annotations[TRIGGER_TIME_ANNOTATION] = this.ctx.clock.isoNow();
    const obj = existing ? deepCopy(existing) : { apiVersion: "v1", kind: "Endpoints", metadata: { name, namespace: ns } };
    obj.metadata.labels = labels;
    if (Object.keys(labels).length === 0) delete obj.metadata.labels;
    obj.metadata.annotations = annotations;
    if (subsets.length) obj.subsets = subsets;
    else delete obj.subsets;
    try {
      const written = existing ? api.update(obj, { owned: true }) : api.create(obj);
      this.tracker.written.add(written.metadata.resourceVersion ?? "");
      this.lastWritten.set(key3, { rv: written.metadata.resourceVersion ?? "", subsets: desiredJson });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return true;
  }
};

// src/sim/controllers/endpointslice.ts
var SLICE_RESOURCE = "endpointslices.discovery.k8s.io";
var SERVICE_NAME_LABEL = "kubernetes.io/service-name";
var MANAGED_BY_LABEL = "endpointslice.kubernetes.io/managed-by";
var SLICE_CONTROLLER = "endpointslice-controller.k8s.io";
var MIRROR_CONTROLLER = "endpointslicemirroring-controller.k8s.io";
var SKIP_MIRROR_LABEL = "endpointslice.kubernetes.io/skip-mirror";
var SLICE_SERVICE_INDEX = "serviceName";
var MAX_ENDPOINTS_PER_SLICE = 100;
function addSliceIndex(api) {
  if (api.store.hasIndex(SLICE_RESOURCE, SLICE_SERVICE_INDEX)) return;
  api.store.addIndex(SLICE_RESOURCE, SLICE_SERVICE_INDEX, (o) => {
    const svc = o.metadata.labels?.[SERVICE_NAME_LABEL];
    return svc ? [`${o.metadata.namespace}/${svc}`] : [];
  });
}
function slicesForService(api, namespace, service2) {
  return api.store.byIndex(SLICE_RESOURCE, SLICE_SERVICE_INDEX, `${namespace}/${service2}`).sort((a, b) => a.metadata.name < b.metadata.name ? -1 : 1);
}
var byFirstAddress = (a, b) => a.addresses[0] < b.addresses[0] ? -1 : a.addresses[0] > b.addresses[0] ? 1 : 0;
function chunk(groups) {
  const out = [];
  for (const [portsKey, g] of [...groups.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const eps = g.endpoints.sort(byFirstAddress);
    for (let i = 0; i < eps.length; i += MAX_ENDPOINTS_PER_SLICE) {
      out.push({ portsKey, ports: g.ports, endpoints: eps.slice(i, i + MAX_ENDPOINTS_PER_SLICE) });
    }
  }
  return out;
}
function desiredSlicesFromPods(api, svc, pods) {
  const publishNotReady = !!svc.spec?.publishNotReadyAddresses;
  const groups = /* @__PURE__ */ new Map();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports = [];
    for (const sp of svc.spec?.ports ?? []) {
      const num = findPort(pod, sp);
      if (num === void 0) continue;
      const p = { name: sp.name ?? "", port: num, protocol: sp.protocol ?? "TCP" };
      if (sp.appProtocol) p.appProtocol = sp.appProtocol;
      ports.push(p);
    }
    const serving = isPodReady2(pod);
    const terminating = !!pod.metadata.deletionTimestamp;
    const ep = {
      addresses: [podIP(pod)],
      conditions: { ready: publishNotReady || serving && !terminating, serving, terminating }
    };
    const hostname2 = endpointHostname(pod, svc);
    if (hostname2) ep.hostname = hostname2;
    if (pod.spec?.nodeName) {
      ep.nodeName = pod.spec.nodeName;
      const zone = api.tryGet("nodes", void 0, pod.spec.nodeName)?.metadata.labels?.["topology.kubernetes.io/zone"];
      if (zone) ep.zone = zone;
    }
    ep.targetRef = { kind: "Pod", name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid };
    const key3 = JSON.stringify(ports);
    let g = groups.get(key3);
    if (!g) groups.set(key3, g = { ports: ports.length ? ports : null, endpoints: [] });
    g.endpoints.push(ep);
  }
  const out = chunk(groups);
  return out.length ? out : [{ portsKey: "", ports: null, endpoints: null }];
}
function desiredSlicesFromEndpoints(ep) {
  const groups = /* @__PURE__ */ new Map();
  for (const s of ep.subsets ?? []) {
    const ports = (s.ports ?? []).map((p) => ({ name: p.name ?? "", port: p.port, protocol: p.protocol ?? "TCP" }));
    const key3 = JSON.stringify(ports);
    let g = groups.get(key3);
    if (!g) groups.set(key3, g = { ports: ports.length ? ports : null, endpoints: [] });
    const add = (a, ready) => {
      const e = { addresses: [a.ip], conditions: { ready } };
      if (a.hostname) e.hostname = a.hostname;
      if (a.nodeName) e.nodeName = a.nodeName;
      if (a.targetRef) e.targetRef = a.targetRef;
      g.endpoints.push(e);
    };
    for (const a of s.addresses ?? []) add(a, true);
    for (const a of s.notReadyAddresses ?? []) add(a, false);
  }
  return chunk(groups);
}
var EndpointSliceController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "endpointslice-controller";
  tracker = new ServiceTracker(SLICE_RESOURCE);
  /** Per slice (`ns/name`): the resourceVersion and serialized content we last wrote. */
  lastWritten = /* @__PURE__ */ new Map();
  observe(ev) {
    this.tracker.observe(ev);
    if (ev.resource === "endpoints") this.tracker.dirty.add(`${ev.object.metadata.namespace}/${ev.object.metadata.name}`);
  }
  sync() {
    if (this.tracker.dirty.size === 0) return false;
    let worked = false;
    for (const key3 of this.tracker.drain()) if (this.syncService(key3)) worked = true;
    return worked;
  }
  syncService(key3) {
    const api = this.ctx.api;
    const [ns, name] = key3.split("/");
    const svc = api.tryGet("services", ns, name);
    const existing = slicesForService(api, ns, name);
    let desired = [];
    let manager = SLICE_CONTROLLER;
    let owner;
    if (svc && svc.spec?.type !== "ExternalName" && serviceSelector(svc)) {
      desired = desiredSlicesFromPods(api, svc, podsForService(api, svc));
      owner = svc;
    } else if (svc && !serviceSelector(svc)) {
      const ep = api.tryGet("endpoints", ns, name);
      if (ep && ep.metadata.labels?.[SKIP_MIRROR_LABEL] !== "true") {
        desired = desiredSlicesFromEndpoints(ep);
        manager = MIRROR_CONTROLLER;
        owner = ep;
      }
    }
    const ours = existing.filter((s) => {
      const m = s.metadata.labels?.[MANAGED_BY_LABEL];
      return m === SLICE_CONTROLLER || m === MIRROR_CONTROLLER;
    });
    const labels = {};
    for (const [k, v] of Object.entries(owner?.metadata.labels ?? {})) {
      if (k !== SERVICE_NAME_LABEL && k !== MANAGED_BY_LABEL && k !== SKIP_MIRROR_LABEL) labels[k] = v;
    }
    if (svc?.spec?.clusterIP === "None") labels[HEADLESS_LABEL] = "";
    labels[SERVICE_NAME_LABEL] = name;
    labels[MANAGED_BY_LABEL] = manager;
    let worked = false;
    const unused = [...ours];
    for (const d of desired) {
      let i = unused.findIndex((s) => JSON.stringify(s.ports ?? []) === JSON.stringify(d.ports ?? []));
      if (i < 0) i = unused.length ? 0 : -1;
      const cur = i >= 0 ? unused.splice(i, 1)[0] : void 0;
      if (this.write(cur, d, labels, owner, ns, name)) worked = true;
    }
    for (const s of unused) {
      try {
        this.lastWritten.delete(`${ns}/${s.metadata.name}`);
        api.delete(SLICE_RESOURCE, ns, s.metadata.name);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
      }
      worked = true;
    }
    return worked;
  }
  write(cur, d, labels, owner, ns, svcName) {
    const api = this.ctx.api;
    const desired = JSON.stringify([d.endpoints, d.ports, labels]);
    if (cur) {
      const last = this.lastWritten.get(`${ns}/${cur.metadata.name}`);
      const current = last && last.rv === cur.metadata.resourceVersion ? last.json : JSON.stringify([cur.endpoints ?? null, cur.ports ?? null, cur.metadata.labels ?? {}]);
      if (current === desired) return false;
    }
    const obj = cur ? deepCopy(cur) : {
      apiVersion: "discovery.k8s.io/v1",
      kind: "EndpointSlice",
      metadata: {
        generateName: `${svcName}-`,
        namespace: ns,
        ownerReferences: [
          { apiVersion: "v1", kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }
        ]
      },
      addressType: "IPv4"
    };
    obj.metadata.labels = labels;
    obj.metadata.annotations = { ...obj.metadata.annotations ?? {}, [TRIGGER_TIME_ANNOTATION]: this.ctx.clock.isoNow() };
    obj.endpoints = d.endpoints;
    obj.ports = d.ports;
    try {
      const written = cur ? api.update(obj, { owned: true }) : api.create(obj);
      this.tracker.written.add(written.metadata.resourceVersion ?? "");
      this.lastWritten.set(`${ns}/${written.metadata.name}`, { rv: written.metadata.resourceVersion ?? "", json: desired });
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    return true;
  }
};

// src/sim/network/bootstrap.ts
var API_SERVER_PORT = 6443;
var KUBE_DNS_OFFSET = 10;
function serviceIP(cidrBase, offset) {
  const [a, b, c, d] = cidrBase.split("/")[0].split(".").map(Number);
  const n = (a << 24 >>> 0) + (b << 16) + (c << 8) + d + offset;
  return [n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255].join(".");
}
function bootstrapServices(serviceCIDR) {
  return [
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "kubernetes", namespace: "default", labels: { component: "apiserver", provider: "kubernetes" } },
      spec: {
        clusterIP: serviceIP(serviceCIDR, 1),
        ports: [{ name: "https", port: 443, protocol: "TCP", targetPort: API_SERVER_PORT }],
        sessionAffinity: "None",
        type: "ClusterIP"
      }
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: {
        name: "kube-dns",
        namespace: "kube-system",
        labels: { "k8s-app": "kube-dns", "kubernetes.io/cluster-service": "true", "kubernetes.io/name": "CoreDNS" },
        annotations: { "prometheus.io/port": "9153", "prometheus.io/scrape": "true" }
      },
      spec: {
        clusterIP: serviceIP(serviceCIDR, KUBE_DNS_OFFSET),
        ports: [
          { name: "dns", port: 53, protocol: "UDP", targetPort: 53 },
          { name: "dns-tcp", port: 53, protocol: "TCP", targetPort: 53 },
          { name: "metrics", port: 9153, protocol: "TCP", targetPort: 9153 }
        ],
        selector: { "k8s-app": "kube-dns" },
        sessionAffinity: "None",
        type: "ClusterIP"
      }
    }
  ];
}
var INGRESS_CLASS = {
  apiVersion: "networking.k8s.io/v1",
  kind: "IngressClass",
  metadata: {
    name: "nginx",
    annotations: { "ingressclass.kubernetes.io/is-default-class": "true" },
    labels: {
      "app.kubernetes.io/component": "controller",
      "app.kubernetes.io/instance": "ingress-nginx",
      "app.kubernetes.io/name": "ingress-nginx"
    }
  },
  spec: { controller: "k8s.io/ingress-nginx" }
};
function nodeInternalIP(node2) {
  return (node2?.status?.addresses ?? []).find((a) => a.type === "InternalIP")?.address;
}
var NetworkBootstrap = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.pending = [...bootstrapServices(ctx.config.serviceCIDR), INGRESS_CLASS];
  }
  ctx;
  name = "network-bootstrap";
  pending;
  nodesChanged = true;
  observe(ev) {
    if (ev.resource === "nodes") this.nodesChanged = true;
    if (ev.resource === "endpoints" && ev.object.metadata.name === "kubernetes" && ev.object.metadata.namespace === "default") this.nodesChanged = true;
  }
  sync() {
    let worked = false;
    if (this.pending.length) {
      this.pending = this.pending.filter((obj) => {
        try {
          this.ctx.api.create(obj);
          worked = true;
          return false;
        } catch (e) {
          if (!(e instanceof ApiError)) throw e;
          return e.reason !== "AlreadyExists";
        }
      });
    }
    if (this.nodesChanged) {
      this.nodesChanged = false;
      if (this.reconcileApiEndpoints()) worked = true;
    }
    return worked;
  }
  masterIPs() {
    const api = this.ctx.api;
    const names = new Set(this.ctx.config.nodes.filter((n) => n.controlPlane).map((n) => n.name));
    const ips = [];
    for (const node2 of api.list("nodes")) {
      const labels = node2.metadata.labels ?? {};
      if (!names.has(node2.metadata.name) && !("node-role.kubernetes.io/control-plane" in labels)) continue;
      const ip = nodeInternalIP(node2);
      if (ip) ips.push(ip);
    }
    return ips.sort();
  }
  reconcileApiEndpoints() {
    const api = this.ctx.api;
    if (!api.tryGet("services", "default", "kubernetes")) return false;
    const ips = this.masterIPs();
    if (ips.length === 0) return false;
    let worked = false;
    const subsets = [{ addresses: ips.map((ip) => ({ ip })), ports: [{ name: "https", port: API_SERVER_PORT, protocol: "TCP" }] }];
    const ep = api.tryGet("endpoints", "default", "kubernetes");
    if (!ep || JSON.stringify(ep.subsets) !== JSON.stringify(subsets)) {
      const obj = ep ? deepCopy(ep) : { apiVersion: "v1", kind: "Endpoints", metadata: { name: "kubernetes", namespace: "default", labels: { "endpointslice.kubernetes.io/skip-mirror": "true" } } };
      obj.subsets = subsets;
      if (ep) api.update(obj);
      else api.create(obj);
      worked = true;
    }
    const endpoints = ips.map((ip) => ({ addresses: [ip], conditions: { ready: true } }));
    const ports = [{ name: "https", port: API_SERVER_PORT, protocol: "TCP" }];
    const slice = api.tryGet(SLICE_RESOURCE, "default", "kubernetes");
    if (!slice || JSON.stringify(slice.endpoints) !== JSON.stringify(endpoints)) {
      const obj = slice ? deepCopy(slice) : {
        apiVersion: "discovery.k8s.io/v1",
        kind: "EndpointSlice",
        metadata: { name: "kubernetes", namespace: "default", labels: { [SERVICE_NAME_LABEL]: "kubernetes" } },
        addressType: "IPv4"
      };
      obj.endpoints = endpoints;
      obj.ports = ports;
      if (slice) api.update(obj);
      else api.create(obj);
      worked = true;
    }
    return worked;
  }
};

// src/sim/network/state.ts
var LB_POOL = ["192.168.0.240", "192.168.0.250"];
var INGRESS_IP = LB_POOL[0];
var CLUSTER_DOMAIN = "cluster.local";
function getNetwork(cluster2) {
  return cluster2.services.network;
}

// src/sim/network/lookups.ts
var POD_IP_INDEX = "podIP";
function podPeer(cluster2, pod) {
  return {
    ip: podIP(pod) ?? "",
    pod: {
      namespace: pod.metadata.namespace,
      labels: pod.metadata.labels ?? {},
      ports: (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? [])
    },
    namespaceLabels: namespaceLabels2(cluster2, pod.metadata.namespace)
  };
}
function namespaceLabels2(cluster2, ns) {
  return { "kubernetes.io/metadata.name": ns, ...cluster2.api.tryGet("namespaces", void 0, ns)?.metadata.labels ?? {} };
}
function ingressPeer() {
  return {
    ip: INGRESS_IP,
    pod: { namespace: "ingress-nginx", labels: { "app.kubernetes.io/name": "ingress-nginx", "app.kubernetes.io/component": "controller" } },
    namespaceLabels: { "kubernetes.io/metadata.name": "ingress-nginx" }
  };
}
function podByIP(cluster2, ip, port) {
  const pods = cluster2.api.store.byIndex("pods", POD_IP_INDEX, ip).filter((p) => !["Succeeded", "Failed"].includes(p.status?.phase));
  if (pods.length < 2 || port === void 0) return pods[0];
  const declares = (p) => (p.spec?.containers ?? []).some((c) => (c.ports ?? []).some((cp2) => cp2.containerPort === port));
  return pods.find(declares) ?? pods.find((p) => !p.spec?.hostNetwork) ?? pods[0];
}
function isControlPlaneIP(cluster2, ip) {
  const node2 = nodeByIP(cluster2, ip);
  if (!node2) return false;
  return cluster2.config.nodes.some((n) => n.controlPlane && n.name === node2.metadata.name) || "node-role.kubernetes.io/control-plane" in (node2.metadata.labels ?? {});
}
function serviceEndpoints(cluster2, svc, svcPort) {
  const out = [];
  for (const s of slicesForService(cluster2.api, svc.metadata.namespace, svc.metadata.name)) {
    const p = (s.ports ?? []).find((x) => (x.name ?? "") === (svcPort.name ?? "") && (x.protocol ?? "TCP") === (svcPort.protocol ?? "TCP"));
    if (!p) continue;
    for (const ep of s.endpoints ?? []) {
      if (ep.conditions?.ready === false) continue;
      for (const ip of ep.addresses ?? []) out.push({ ip, port: p.port, nodeName: ep.nodeName });
    }
  }
  return out.sort((a, b) => a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
}
function headerValue(headers, name) {
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() === name) return v;
  return void 0;
}
function nodeByIP(cluster2, ip) {
  return cluster2.api.list("nodes").find((n) => nodeInternalIP(n) === ip);
}

// src/sim/network/apiserver-http.ts
var JSON_HEADERS = { "Content-Type": "application/json" };
var pretty = (v) => `${JSON.stringify(v, null, 2)}
`;
function status(code, reason, message, details = {}) {
  const body = code === 401 ? { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code } : { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, details, code };
  return { status: code, body: pretty(body), headers: JSON_HEADERS };
}
function statusOf(e) {
  const details = {};
  if (e.details.name) details.name = e.details.name;
  if (e.details.group) details.group = e.details.group;
  if (e.details.kind) details.kind = e.details.kind;
  return status(e.code, e.reason, e.message, details);
}
function parseResourcePath(p) {
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))\/(.*)$/.exec(p.replace(/\/+$/, ""));
  if (!m) return void 0;
  const group = m[2] ?? "";
  const version = m[1] ?? m[3];
  const seg = m[4].split("/").filter(Boolean);
  let namespace;
  if (seg[0] === "namespaces" && seg.length >= 3) {
    namespace = seg[1];
    seg.splice(0, 2);
  }
  if (!seg.length) return void 0;
  return { group, version, namespace, resource: seg[0], name: seg[1], subresource: seg[2] };
}
function verbOf(method, named, query) {
  switch (method.toUpperCase()) {
    case "GET":
    case "HEAD":
      return named ? "get" : /(^|&)watch=(true|1)/.test(query) ? "watch" : "list";
    case "POST":
      return "create";
    case "PUT":
      return "update";
    case "PATCH":
      return "patch";
    case "DELETE":
      return named ? "delete" : "deletecollection";
    default:
      return method.toLowerCase();
  }
}
function authenticate(cluster2, req) {
  const h = headerValue(req.headers, "authorization");
  if (h === void 0) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
  if (!m) return "unauthorized";
  return authenticateToken(cluster2.api, m[1], cluster2.now()) ?? "unauthorized";
}
function nonResource(cluster2, path2) {
  const text = (body) => ({ status: 200, body, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  if (path2 === "/healthz" || path2 === "/livez" || path2 === "/readyz") return text("ok");
  if (path2 === "/version" || path2 === "/version/") {
    const [major, minor2] = KUBERNETES_VERSION.replace(/^v/, "").split(".");
    return { status: 200, body: pretty({ major, minor: minor2, gitVersion: KUBERNETES_VERSION, gitTreeState: "clean", goVersion: "go1.24.6", compiler: "gc", platform: "linux/amd64" }), headers: JSON_HEADERS };
  }
  if (path2 === "/api" || path2 === "/api/") {
    const cp2 = cluster2.config.nodes.find((n) => n.controlPlane);
    const ip = nodeInternalIP(cluster2.api.tryGet("nodes", void 0, cp2?.name ?? "")) ?? "";
    return { status: 200, body: pretty({ kind: "APIVersions", versions: ["v1"], serverAddressByClientCIDRs: [{ clientCIDR: "0.0.0.0/0", serverAddress: `${ip}:6443` }] }), headers: JSON_HEADERS };
  }
  return { status: 404, body: "404 page not found\n", headers: { "Content-Type": "text/plain; charset=utf-8" } };
}
function listBody(cluster2, kind, apiVersion, items) {
  const stripped = items.map(({ kind: _k, apiVersion: _a, ...rest }) => rest);
  return pretty({ kind: `${kind}List`, apiVersion, metadata: { resourceVersion: cluster2.api.store.currentResourceVersion() }, items: stripped });
}
function apiServerAnswer(cluster2, scheme, req, fullPath) {
  if (scheme !== "https") return { status: 400, body: "Client sent an HTTP request to an HTTPS server.\n", headers: { "Content-Type": "text/plain; charset=utf-8" } };
  const [path2, query = ""] = fullPath.split("?", 2);
  const user = authenticate(cluster2, req);
  if (user === "unauthorized") return status(401, "Unauthorized", "Unauthorized");
  const parsed = parseResourcePath(path2);
  const attrs = parsed ? {
    resourceRequest: true,
    verb: verbOf(req.method, !!parsed.name, query),
    apiGroup: parsed.group,
    resource: parsed.resource,
    subresource: parsed.subresource,
    name: parsed.name,
    namespace: parsed.namespace ?? ""
  } : { resourceRequest: false, verb: req.method.toLowerCase(), path: path2 };
  const d = authorize(cluster2.api, user, attrs);
  if (!d.allowed) return statusOf(forbidden2(user.name, attrs, d.reason));
  if (!parsed) return nonResource(cluster2, path2);
  const rt = findByKey(parsed.group ? `${parsed.resource}.${parsed.group}` : parsed.resource);
  if (!rt || apiVersionOf(rt) !== (parsed.group ? `${parsed.group}/${parsed.version}` : parsed.version) || parsed.namespace !== void 0 && !rt.namespaced) {
    return status(404, "NotFound", "the server could not find the requested resource");
  }
  if (attrs.verb !== "get" && attrs.verb !== "list") {
    return status(405, "MethodNotAllowed", "the server does not allow this method on the requested resource");
  }
  if (parsed.subresource) return status(404, "NotFound", "the server could not find the requested resource");
  try {
    if (parsed.name) {
      const obj = cluster2.api.get(rt, parsed.namespace, parsed.name);
      const { kind, apiVersion, ...rest } = obj;
      return { status: 200, body: pretty({ kind, apiVersion, ...rest }), headers: JSON_HEADERS };
    }
    return { status: 200, body: listBody(cluster2, rt.kind, apiVersionOf(rt), cluster2.api.list(rt, parsed.namespace)), headers: JSON_HEADERS };
  } catch (e) {
    if (e instanceof ApiError) return statusOf(e);
    throw e;
  }
}

// src/sim/network/ip.ts
function parseIPv4(text) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return void 0;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const b = Number(m[i]);
    if (b > 255) return void 0;
    n = n * 256 + b;
  }
  return n;
}
function formatIPv4(n) {
  return [n >>> 24 & 255, n >>> 16 & 255, n >>> 8 & 255, n & 255].join(".");
}
function isIPv42(text) {
  return parseIPv4(text) !== void 0;
}
function parseCidr(text) {
  const [ip, bitsText] = text.split("/");
  const base3 = parseIPv4(ip);
  const bits = Number(bitsText);
  if (base3 === void 0 || !Number.isInteger(bits) || bits < 0 || bits > 32) throw new Error(`invalid CIDR ${text}`);
  const size = 2 ** (32 - bits);
  return { text, base: base3 - base3 % size, bits, size };
}
function cidrContains(c, ip) {
  return ip >= c.base && ip < c.base + c.size;
}
function ipInCidr(ip, cidr) {
  const n = parseIPv4(ip);
  if (n === void 0) return false;
  try {
    return cidrContains(parseCidr(cidr.includes("/") ? cidr : `${cidr}/32`), n);
  } catch {
    return false;
  }
}

// src/sim/network/dns.ts
function searchPath(namespace) {
  return [`${namespace}.svc.${CLUSTER_DOMAIN}`, `svc.${CLUSTER_DOMAIN}`, CLUSTER_DOMAIN];
}
function endpointRecords(cluster2, svc) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const publish = !!svc.spec?.publishNotReadyAddresses;
  for (const s of slicesForService(cluster2.api, svc.metadata.namespace, svc.metadata.name)) {
    for (const ep of s.endpoints ?? []) {
      if (!publish && ep.conditions?.ready === false) continue;
      for (const ip of ep.addresses ?? []) {
        if (seen.has(ip)) continue;
        seen.add(ip);
        out.push({ ip, hostname: ep.hostname });
      }
    }
  }
  return out.sort((a, b) => a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);
}
function lookupClusterName(cluster2, fqdn, depth = 0) {
  const name = fqdn.toLowerCase().replace(/\.$/, "");
  const suffix = `.${CLUSTER_DOMAIN}`;
  if (!name.endsWith(suffix) || depth > 8) return void 0;
  const labels = name.slice(0, -suffix.length).split(".");
  const api = cluster2.api;
  if (labels.length === 3 && labels[2] === "pod") {
    const ip = labels[0].replace(/-/g, ".");
    return isIPv42(ip) ? { name, addresses: [ip] } : void 0;
  }
  if (labels[labels.length - 1] !== "svc") return void 0;
  if (labels.length === 3) {
    const [svcName, ns] = labels;
    const svc = api.tryGet("services", ns, svcName);
    if (!svc) return void 0;
    if (svc.spec?.type === "ExternalName") {
      const target = String(svc.spec.externalName ?? "").replace(/\.$/, "");
      const next = lookupClusterName(cluster2, target, depth + 1);
      return { name, cname: target, addresses: next?.addresses ?? [] };
    }
    if (svc.spec?.clusterIP === "None") {
      const recs = endpointRecords(cluster2, svc);
      return recs.length ? { name, addresses: shuffle(cluster2, recs.map((r2) => r2.ip)) } : void 0;
    }
    return svc.spec?.clusterIP ? { name, addresses: [svc.spec.clusterIP] } : void 0;
  }
  if (labels.length === 4) {
    const [host2, svcName, ns] = labels;
    const svc = api.tryGet("services", ns, svcName);
    if (!svc || svc.spec?.clusterIP !== "None") return void 0;
    const hit = endpointRecords(cluster2, svc).find((r2) => r2.hostname ? r2.hostname === host2 : r2.ip.replace(/\./g, "-") === host2);
    return hit ? { name, addresses: [hit.ip] } : void 0;
  }
  return void 0;
}
function shuffle(cluster2, ips) {
  const rng = getNetwork(cluster2)?.dnsRng;
  if (!rng || ips.length < 2) return ips;
  const out = [...ips];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
function hostsFileLookup(cluster2, name) {
  if (name === "localhost") return { name, addresses: ["127.0.0.1"] };
  const ip = nodeInternalIP(cluster2.api.tryGet("nodes", void 0, name));
  return ip ? { name, addresses: [ip] } : void 0;
}
function clusterDnsUp(cluster2) {
  const pods = cluster2.api.list("pods", "kube-system").filter((p) => p.metadata.labels?.["k8s-app"] === "kube-dns");
  return pods.length === 0 || pods.some((p) => isPodReady2(p) && !!podIP(p));
}
function lookup(cluster2, origin, rawName) {
  const absolute = rawName.endsWith(".");
  const name = rawName.toLowerCase().replace(/\.$/, "");
  if (isIPv42(name)) return { name, addresses: [name] };
  if (origin.kind === "outside") return hostsFileLookup(cluster2, name);
  const pod = cluster2.api.tryGet("pods", origin.namespace, origin.pod);
  if (pod && (name === pod.metadata.name || name === pod.spec?.hostname) && podIP(pod)) return { name, addresses: [podIP(pod)] };
  if (name === "localhost") return { name, addresses: ["127.0.0.1"] };
  const policy = pod?.spec?.dnsPolicy ?? "ClusterFirst";
  if (policy === "Default" || policy === "ClusterFirst" && pod?.spec?.hostNetwork) return hostsFileLookup(cluster2, name);
  const dns = cluster2.api.tryGet("services", "kube-system", "kube-dns")?.spec?.clusterIP;
  const dots = name.split(".").length - 1;
  const candidates = absolute || dots >= 5 ? [name] : [...searchPath(origin.namespace).map((s) => `${name}.${s}`), name];
  for (const c of candidates) {
    const hit = lookupClusterName(cluster2, c);
    if (hit) return { ...hit, server: dns };
  }
  return void 0;
}
function srvRecords(cluster2, fqdn) {
  const name = fqdn.toLowerCase().replace(/\.$/, "");
  const suffix = `.svc.${CLUSTER_DOMAIN}`;
  if (!name.endsWith(suffix)) return void 0;
  let labels = name.slice(0, -suffix.length).split(".");
  let portName;
  let proto;
  if (labels.length === 4 && labels[0].startsWith("_") && labels[1].startsWith("_")) {
    portName = labels[0].slice(1);
    proto = labels[1].slice(1).toUpperCase();
    labels = labels.slice(2);
  }
  if (labels.length !== 2) return void 0;
  const [svcName, ns] = labels;
  const svc = cluster2.api.tryGet("services", ns, svcName);
  if (!svc || svc.spec?.type === "ExternalName") return void 0;
  const ports = (svc.spec?.ports ?? []).filter(
    (p) => (portName === void 0 || p.name === portName) && (proto === void 0 || (p.protocol ?? "TCP") === proto)
  );
  const base3 = `${svcName}.${ns}.svc.${CLUSTER_DOMAIN}`;
  const targets = svc.spec?.clusterIP === "None" ? endpointRecords(cluster2, svc).map((r2) => `${r2.hostname ?? r2.ip.replace(/\./g, "-")}.${base3}`) : svc.spec?.clusterIP ? [base3] : [];
  const out = [];
  for (const t of targets) for (const p of ports) out.push({ priority: 0, weight: 0, port: p.port, target: t });
  for (const r2 of out) r2.weight = Math.floor(100 / out.length);
  return out.length ? out : void 0;
}
function lookupSrv(cluster2, namespace, rawName) {
  const name = rawName.toLowerCase().replace(/\.$/, "");
  const dots = name.split(".").length - 1;
  const candidates = rawName.endsWith(".") || dots >= 5 ? [name] : [...searchPath(namespace).map((s) => `${name}.${s}`), name];
  for (const c of candidates) {
    const records = srvRecords(cluster2, c);
    if (records) return { name: c, records };
  }
  return void 0;
}

// src/sim/network/ingress.ts
function nginxErrorPage(status2, reason) {
  return `<html>\r
<head><title>${status2} ${reason}</title></head>\r
<body>\r
<center><h1>${status2} ${reason}</h1></center>\r
<hr><center>nginx</center>\r
</body>\r
</html>\r
`;
}
var INGRESS_CONTROLLER = "k8s.io/ingress-nginx";
function servedByNginx(cluster2, ing) {
  const legacy = ing.metadata.annotations?.["kubernetes.io/ingress.class"];
  if (legacy) return legacy === "nginx";
  const cls = ing.spec?.ingressClassName;
  if (!cls) return false;
  return cluster2.api.tryGet("ingressclasses.networking.k8s.io", void 0, cls)?.spec?.controller === INGRESS_CONTROLLER;
}
function prefixMatches(rulePath, reqPath) {
  const r2 = rulePath.replace(/\/+$/, "");
  if (r2 === "") return true;
  return reqPath === r2 || reqPath.startsWith(`${r2}/`);
}
function pathMatches(p, reqPath) {
  const rp = p.path ?? "/";
  switch (p.pathType) {
    case "Exact":
      return rp === reqPath;
    case "Prefix":
      return prefixMatches(rp, reqPath);
    default:
      return reqPath.startsWith(rp);
  }
}
function hostMatches(ruleHost, host2) {
  if (ruleHost === host2) return "exact";
  if (ruleHost.startsWith("*.")) {
    const rest = ruleHost.slice(1);
    if (host2.endsWith(rest) && !host2.slice(0, -rest.length).includes(".") && host2.length > rest.length) return "wildcard";
  }
  return void 0;
}
function routeIngress(cluster2, host2, reqPath) {
  const ingresses = cluster2.api.list("ingresses.networking.k8s.io").filter((i) => servedByNginx(cluster2, i) && !i.metadata.deletionTimestamp);
  const h = host2.toLowerCase().replace(/:\d+$/, "");
  for (const kind of ["exact", "wildcard", "none"]) {
    let best;
    for (const ing of ingresses) {
      for (const rule of ing.spec?.rules ?? []) {
        const rh = rule.host ?? "";
        const m = rh ? hostMatches(rh, h) : "none";
        if (m !== kind) continue;
        for (const p of rule.http?.paths ?? []) {
          if (!pathMatches(p, reqPath)) continue;
          const len = (p.path ?? "/").length;
          const exact = p.pathType === "Exact";
          if (!best || len > best.len || len === best.len && exact && !best.exact) {
            best = { route: { ingress: ing, path: p.path ?? "/", backend: p.backend, host: rh }, len, exact };
          }
        }
      }
    }
    if (best) return best.route;
  }
  const withDefault = ingresses.find((i) => i.spec?.defaultBackend);
  return withDefault ? { ingress: withDefault, path: "", backend: withDefault.spec.defaultBackend, host: "" } : void 0;
}
function tlsSecretFor(ing, host2) {
  for (const t of ing.spec?.tls ?? []) {
    if ((t.hosts ?? []).some((th) => hostMatches(th, host2))) return t.secretName ?? null;
  }
  return void 0;
}

// src/sim/network/policy.ts
function policyTypes(np) {
  if (np.spec?.policyTypes?.length) return np.spec.policyTypes;
  return np.spec?.egress ? ["Ingress", "Egress"] : ["Ingress"];
}
function selects(np, pod) {
  if (!pod || np.metadata.namespace !== pod.namespace) return false;
  return matchesSelector(np.spec?.podSelector ?? {}, pod.labels);
}
function peerMatches(peer, policyNs, other) {
  if (peer.ipBlock) {
    if (!ipInCidr(other.ip, peer.ipBlock.cidr)) return false;
    return !(peer.ipBlock.except ?? []).some((c) => ipInCidr(other.ip, c));
  }
  if (!other.pod) return false;
  if (peer.namespaceSelector) {
    if (!matchesSelector(peer.namespaceSelector, other.namespaceLabels ?? {})) return false;
  } else if (other.pod.namespace !== policyNs) {
    return false;
  }
  if (peer.podSelector && !matchesSelector(peer.podSelector, other.pod.labels)) return false;
  return true;
}
function portMatches(entry, port, protocol, dst) {
  if ((entry.protocol ?? "TCP") !== protocol) return false;
  if (entry.port === void 0) return true;
  if (typeof entry.port === "number") {
    return entry.endPort !== void 0 ? port >= entry.port && port <= entry.endPort : port === entry.port;
  }
  const named = (dst.pod?.ports ?? []).find((p) => p.name === entry.port && (p.protocol ?? "TCP") === protocol);
  return named?.containerPort === port;
}
function ruleAllows2(rule, peers, policyNs, other, port, protocol, dst) {
  const ports = rule.ports;
  if (ports?.length && !ports.some((p) => portMatches(p, port, protocol, dst))) return false;
  if (peers?.length && !peers.some((p) => peerMatches(p, policyNs, other))) return false;
  return true;
}
function isTrafficAllowed(policies, src, dst, port, protocol = "TCP", dstNodeIP) {
  if (src.pod) {
    const isolating = policies.filter((np) => policyTypes(np).includes("Egress") && selects(np, src.pod));
    if (isolating.length) {
      const ok4 = isolating.some((np) => (np.spec?.egress ?? []).some((r2) => ruleAllows2(r2, r2.to, np.metadata.namespace, dst, port, protocol, dst)));
      if (!ok4) return { allowed: false, deniedBy: { direction: "Egress", policies: isolating.map((np) => np.metadata.name) } };
    }
  }
  if (dst.pod && !(dstNodeIP && src.ip === dstNodeIP)) {
    const isolating = policies.filter((np) => policyTypes(np).includes("Ingress") && selects(np, dst.pod));
    if (isolating.length) {
      const ok4 = isolating.some((np) => (np.spec?.ingress ?? []).some((r2) => ruleAllows2(r2, r2.from, np.metadata.namespace, src, port, protocol, dst)));
      if (!ok4) return { allowed: false, deniedBy: { direction: "Ingress", policies: isolating.map((np) => np.metadata.name) } };
    }
  }
  return { allowed: true };
}

// src/sim/network/service-alloc.ts
var CLUSTER_IP_INDEX = "clusterIP";
var NODE_PORT_INDEX = "nodePort";
var needsNodePort = (svc) => svc.spec?.type === "NodePort" || svc.spec?.type === "LoadBalancer";
var needsClusterIP = (svc) => svc.spec?.type !== "ExternalName";
var isHeadless = (svc) => svc.spec?.clusterIP === "None" || svc.spec?.clusterIPs?.[0] === "None";
function staticBandSize(size, min, max, step) {
  if (size <= min) return 0;
  const offset = Math.floor(size / step);
  return Math.max(min, Math.min(max, offset));
}
function allocateFromBands(size, offset, rng, isFree) {
  const scan = (lo, hi) => {
    const n = hi - lo;
    if (n <= 0) return void 0;
    const start = rng.int(n);
    for (let k = 0; k < n; k++) {
      const i = lo + (start + k) % n;
      if (isFree(i)) return i;
    }
    return void 0;
  };
  return scan(offset, size) ?? scan(0, offset);
}
function defaultService2(svc) {
  const spec = svc.spec ??= {};
  spec.type ??= "ClusterIP";
  for (const p of spec.ports ?? []) {
    p.protocol ??= "TCP";
    if (p.targetPort === void 0 || p.targetPort === 0 || p.targetPort === "") p.targetPort = p.port;
  }
  spec.sessionAffinity ??= "None";
  if (spec.sessionAffinity === "ClientIP") {
    spec.sessionAffinityConfig ??= {};
    spec.sessionAffinityConfig.clientIP ??= {};
    spec.sessionAffinityConfig.clientIP.timeoutSeconds ??= 10800;
  }
  if (needsNodePort(svc)) spec.externalTrafficPolicy ??= "Cluster";
  if (spec.type !== "ExternalName") spec.internalTrafficPolicy ??= "Cluster";
  if (spec.type === "LoadBalancer") spec.allocateLoadBalancerNodePorts ??= true;
  if (svc.status === void 0) svc.status = { loadBalancer: {} };
}
var ServiceAllocator = class {
  constructor(api, serviceCIDR, nodePortRange, rng) {
    this.api = api;
    this.nodePortRange = nodePortRange;
    this.rng = rng;
    this.cidr = parseCidr(serviceCIDR);
    this.first = this.cidr.base + 1;
    this.count = Math.max(0, this.cidr.size - 2);
    this.ipOffset = staticBandSize(this.cidr.size, 16, 256, 16);
    this.portBase = nodePortRange[0];
    this.portCount = nodePortRange[1] - nodePortRange[0] + 1;
    this.portOffset = staticBandSize(this.portCount, 16, 128, 32);
  }
  api;
  nodePortRange;
  rng;
  cidr;
  /** First and last allocatable address (network and broadcast excluded). */
  first;
  count;
  ipOffset;
  portBase;
  portCount;
  portOffset;
  /** The admission plugin (phase `allocate`) that fills clusterIP(s), ipFamilies and nodePorts. */
  plugin() {
    return {
      name: "ServiceAllocation",
      phase: "allocate",
      resources: ["services"],
      run: (obj, ctx) => this.admit(obj, ctx)
    };
  }
  /**
   * The strategy step before validation (phase `default`): defaults, then on updates the
   * allocated values a PUT omitted are patched back and fields the new type no longer needs dropped.
   */
  preparePlugin() {
    return {
      name: "ServicePrepareForUpdate",
      phase: "default",
      resources: ["services"],
      run: (obj, ctx) => {
        if (ctx.subresource === "status" || ctx.op === "DELETE") return;
        defaultService2(obj);
        if (ctx.op === "UPDATE" && ctx.old) {
          this.patchAllocatedValues(obj, ctx.old);
          this.dropTypeDependentFields(obj, ctx.old);
        }
      }
    };
  }
  /** Band boundaries, for tests and explanations. */
  bands() {
    return {
      staticIPs: [formatIPv4(this.first), formatIPv4(this.first + this.ipOffset - 1)],
      staticPorts: [this.portBase, this.portBase + this.portOffset - 1]
    };
  }
  admit(svc, ctx) {
    if (ctx.subresource === "status") return;
    if (ctx.op === "DELETE") return;
    defaultService2(svc);
    const name = svc.metadata.name ?? "";
    const key3 = `${svc.metadata.namespace}/${name}`;
    if (ctx.op === "CREATE") {
      if (this.api.store.get("services", svc.metadata.namespace, name)) return;
      this.initIPFamilies(svc);
      this.allocClusterIP(svc, key3, ctx);
      if (needsNodePort(svc)) this.allocNodePorts(svc, key3, ctx, void 0);
      return;
    }
    const old = ctx.old;
    this.initIPFamilies(svc);
    const oldIP = old.spec?.clusterIPs?.[0] ?? old.spec?.clusterIP;
    const newIP = svc.spec.clusterIPs?.[0] ?? svc.spec.clusterIP;
    if (needsClusterIP(old) && needsClusterIP(svc) && oldIP && newIP && oldIP !== newIP) {
      throw invalid(ctx.rt, name, [
        { reason: "FieldValueInvalid", field: "spec.clusterIPs[0]", message: `Invalid value: ${JSON.stringify(newIP)}: may not change once set` }
      ]);
    }
    if (!needsClusterIP(old) && needsClusterIP(svc)) this.allocClusterIP(svc, key3, ctx);
    if (needsNodePort(svc)) this.allocNodePorts(svc, key3, ctx, old);
  }
  /** ipFamilies / ipFamilyPolicy as the single-stack IPv4 allocator sets them. */
  initIPFamilies(svc) {
    const spec = svc.spec;
    if (spec.type === "ExternalName") {
      delete spec.ipFamilies;
      delete spec.ipFamilyPolicy;
      return;
    }
    if (spec.clusterIP && !spec.clusterIPs?.length) spec.clusterIPs = [spec.clusterIP];
    if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
    const selectorless = !spec.selector || Object.keys(spec.selector).length === 0;
    spec.ipFamilyPolicy ??= isHeadless(svc) && selectorless ? "RequireDualStack" : "SingleStack";
    if (!spec.ipFamilies?.length) spec.ipFamilies = ["IPv4"];
  }
  allocClusterIP(svc, key3, ctx) {
    const spec = svc.spec;
    if (!needsClusterIP(svc) || isHeadless(svc)) return;
    const requested = spec.clusterIPs?.[0] || spec.clusterIP || void 0;
    if (requested) {
      const n = parseIPv4(requested);
      const fail = (detail) => {
        throw invalid(ctx.rt, svc.metadata.name ?? "", [
          {
            reason: "FieldValueInvalid",
            field: "spec.clusterIPs",
            message: `Invalid value: ${JSON.stringify(spec.clusterIPs ?? [requested])}: failed to allocate IP ${requested}: ${detail}`
          }
        ]);
      };
      if (n === void 0) return;
      if (!cidrContains(this.cidr, n) || n < this.first || n >= this.first + this.count) {
        fail(`provided IP is not in the valid range. The range of valid IPs is ${this.cidr.text}`);
      }
      if (this.ipHolder(requested, key3)) fail("provided IP is already allocated");
      spec.clusterIP = requested;
      spec.clusterIPs = [requested];
      return;
    }
    const idx = allocateFromBands(this.count, this.ipOffset, this.rng, (i) => !this.ipHolder(formatIPv4(this.first + i), key3));
    if (idx === void 0) throw new ApiError(500, "InternalError", "Internal error occurred: failed to allocate a serviceIP: range is full");
    const ip = formatIPv4(this.first + idx);
    spec.clusterIP = ip;
    spec.clusterIPs = [ip];
  }
  allocNodePorts(svc, key3, ctx, old) {
    const ports = svc.spec.ports ?? [];
    const allocate = svc.spec.type === "NodePort" || svc.spec.allocateLoadBalancerNodePorts !== false;
    const byServicePort = /* @__PURE__ */ new Map();
    const taken = /* @__PURE__ */ new Set();
    const causes = [];
    const check = (np, i) => {
      let detail;
      if (np < this.nodePortRange[0] || np > this.nodePortRange[1]) {
        detail = `provided port is not in the valid range. The range of valid ports is ${this.nodePortRange[0]}-${this.nodePortRange[1]}`;
      } else if (taken.has(np) || this.portHolder(np, key3)) {
        detail = "provided port is already allocated";
      }
      if (detail) causes.push({ reason: "FieldValueInvalid", field: `spec.ports[${i}].nodePort`, message: `Invalid value: ${np}: ${detail}` });
      return !detail;
    };
    for (let i = 0; i < ports.length; i++) {
      const p = ports[i];
      const already = byServicePort.get(p.port);
      if (already === void 0) {
        const requested = p.nodePort || ports.slice(i + 1).find((q) => q.port === p.port && q.nodePort)?.nodePort || 0;
        if (requested) {
          if (!check(requested, i)) return this.throwCauses(ctx, svc, causes);
          p.nodePort = requested;
        } else if (allocate) {
          const idx = allocateFromBands(this.portCount, this.portOffset, this.rng, (k) => {
            const np = this.portBase + k;
            return !taken.has(np) && !this.portHolder(np, key3);
          });
          if (idx === void 0) throw new ApiError(500, "InternalError", "Internal error occurred: failed to allocate a nodePort: range is full");
          p.nodePort = this.portBase + idx;
        } else {
          continue;
        }
        byServicePort.set(p.port, p.nodePort);
        taken.add(p.nodePort);
      } else if (!p.nodePort) {
        p.nodePort = already;
      } else if (p.nodePort !== already) {
        if (!check(p.nodePort, i)) return this.throwCauses(ctx, svc, causes);
        taken.add(p.nodePort);
      }
    }
    const wantsHealthCheck = svc.spec.type === "LoadBalancer" && svc.spec.externalTrafficPolicy === "Local";
    if (wantsHealthCheck && !svc.spec.healthCheckNodePort) {
      const prev = old?.spec?.healthCheckNodePort;
      const idx = prev ? prev - this.portBase : allocateFromBands(this.portCount, this.portOffset, this.rng, (k) => !taken.has(this.portBase + k) && !this.portHolder(this.portBase + k, key3));
      if (idx === void 0) throw new ApiError(500, "InternalError", "Internal error occurred: failed to allocate a HealthCheck NodePort 0: range is full");
      svc.spec.healthCheckNodePort = this.portBase + idx;
    } else if (!wantsHealthCheck) {
      delete svc.spec.healthCheckNodePort;
    }
  }
  throwCauses(ctx, svc, causes) {
    throw invalid(ctx.rt, svc.metadata.name ?? "", causes);
  }
  /** Upstream patchAllocatedValues: a PUT that omits allocated values keeps them. */
  patchAllocatedValues(svc, old) {
    const spec = svc.spec;
    if (needsClusterIP(old) && needsClusterIP(svc)) {
      if (!spec.clusterIP && old.spec.clusterIP) spec.clusterIP = old.spec.clusterIP;
      if (!spec.clusterIPs?.length && old.spec.clusterIPs?.length) spec.clusterIPs = [...old.spec.clusterIPs];
    }
    if (needsNodePort(old) && needsNodePort(svc)) {
      const used = new Set((spec.ports ?? []).map((p) => p.nodePort).filter(Boolean));
      const byName = new Map((old.spec.ports ?? []).map((p) => [p.name ?? "", p.nodePort]));
      for (const p of spec.ports ?? []) {
        const prev = byName.get(p.name ?? "");
        if (!p.nodePort && prev && !used.has(prev)) p.nodePort = prev;
      }
    }
  }
  /** Upstream dropTypeDependentFields: fields the old type needed are cleared when the type no longer needs them. */
  dropTypeDependentFields(svc, old) {
    const spec = svc.spec;
    const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    if (needsClusterIP(old) && !needsClusterIP(svc) && same(spec.clusterIPs, old.spec.clusterIPs)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (needsNodePort(old) && !needsNodePort(svc)) {
      const oldPorts = new Map((old.spec.ports ?? []).map((p) => [`${p.port}/${p.protocol}`, p.nodePort]));
      for (const p of spec.ports ?? []) if (p.nodePort && oldPorts.get(`${p.port}/${p.protocol}`) === p.nodePort) delete p.nodePort;
    }
    if (spec.type !== "LoadBalancer") {
      if (old.spec.type === "LoadBalancer" && spec.allocateLoadBalancerNodePorts === old.spec.allocateLoadBalancerNodePorts) delete spec.allocateLoadBalancerNodePorts;
      if (old.spec.type === "LoadBalancer" && spec.loadBalancerClass === old.spec.loadBalancerClass) delete spec.loadBalancerClass;
    }
    const wantsHealthCheck = (o) => o.spec?.type === "LoadBalancer" && o.spec?.externalTrafficPolicy === "Local";
    if (wantsHealthCheck(old) && !wantsHealthCheck(svc) && spec.healthCheckNodePort === old.spec.healthCheckNodePort) delete spec.healthCheckNodePort;
    if (!needsNodePort(svc) && needsNodePort(old) && spec.externalTrafficPolicy === old.spec.externalTrafficPolicy) delete spec.externalTrafficPolicy;
    if (spec.type === "ExternalName" && old.spec.type !== "ExternalName" && spec.internalTrafficPolicy === old.spec.internalTrafficPolicy) delete spec.internalTrafficPolicy;
  }
  /** The other service (ns/name) holding an IP, if any. */
  ipHolder(ip, self) {
    for (const s of this.api.store.byIndex("services", CLUSTER_IP_INDEX, ip)) {
      const k = `${s.metadata.namespace}/${s.metadata.name}`;
      if (k !== self) return k;
    }
    return void 0;
  }
  portHolder(port, self) {
    for (const s of this.api.store.byIndex("services", NODE_PORT_INDEX, String(port))) {
      const k = `${s.metadata.namespace}/${s.metadata.name}`;
      if (k !== self) return k;
    }
    return void 0;
  }
};
function addAllocationIndexes(api) {
  api.store.addIndex(
    "services",
    CLUSTER_IP_INDEX,
    (o) => (o.spec?.clusterIPs ?? (o.spec?.clusterIP ? [o.spec.clusterIP] : [])).filter((ip) => ip && ip !== "None")
  );
  api.store.addIndex("services", NODE_PORT_INDEX, (o) => {
    const out = /* @__PURE__ */ new Set();
    for (const p of o.spec?.ports ?? []) if (p.nodePort) out.add(String(p.nodePort));
    if (o.spec?.healthCheckNodePort) out.add(String(o.spec.healthCheckNodePort));
    return [...out];
  });
}

// src/sim/network/request.ts
var OS_CONNECT_TIMEOUT_MS = 134e3;
function parseUrl(url) {
  const full = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`;
  const m = /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([^#]*)/i.exec(full);
  if (!m) return void 0;
  const scheme = m[1].toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === "https" ? 443 : 80;
  let path2 = m[4] || "/";
  if (!path2.startsWith("/")) path2 = `/${path2}`;
  return { scheme, host: m[2].toLowerCase(), port, path: path2 };
}
var Trip = class {
  constructor(cluster2, origin, req) {
    this.cluster = cluster2;
    this.origin = origin;
    this.req = req;
    if (origin.kind === "pod") {
      this.clientPod = cluster2.api.tryGet("pods", origin.namespace, origin.pod);
      this.clientIP = (this.clientPod && podIP(this.clientPod)) ?? "127.0.0.1";
      this.clientNode = this.clientPod?.spec?.nodeName;
      this.path.push({ kind: "Client", namespace: origin.namespace, name: origin.pod, detail: this.clientIP });
    } else {
      const master = cluster2.config.nodes.find((n) => n.controlPlane)?.name;
      this.clientNode = master;
      this.clientIP = nodeInternalIP(master ? cluster2.api.tryGet("nodes", void 0, master) : void 0) ?? "127.0.0.1";
      this.path.push({ kind: "Client", name: "outside", detail: this.clientIP });
    }
  }
  cluster;
  origin;
  req;
  path = [];
  clientPod;
  clientIP;
  /** The node the client sits on (the prompt is the control-plane node). */
  clientNode;
  url;
  fail(code, message, explanation, elapsedMs = 1) {
    return { body: "", error: { code, message }, path: this.path, target: this.target(), elapsedMs, explanation };
  }
  target() {
    return this.url ? { host: this.url.host, ip: this.ip, port: this.url.port } : void 0;
  }
  ip;
  refused(explanation) {
    return this.fail("refused", `Failed to connect to ${this.url.host} port ${this.url.port} after 1 ms: Could not connect to server`, explanation);
  }
  /** A packet nobody answers: curl waits for the OS (or its own --connect-timeout). */
  dropped(explanation) {
    const t = this.req.connectTimeoutMs;
    if (t !== void 0) {
      return this.fail("timeout", `Failed to connect to ${this.url.host} port ${this.url.port} after ${t + 1} ms: Timeout was reached`, explanation, t + 1);
    }
    const ms = OS_CONNECT_TIMEOUT_MS + (getNetwork(this.cluster)?.proxyRng.int(2e3) ?? 0);
    return this.fail("timeout", `Failed to connect to ${this.url.host} port ${this.url.port} after ${ms} ms: Could not connect to server`, explanation, ms);
  }
  /** The client as NetworkPolicy sees it. */
  clientPeer() {
    if (this.clientPod) return podPeer(this.cluster, this.clientPod);
    return { ip: this.clientIP };
  }
};
function toPod(trip, pod, port, src) {
  const cluster2 = trip.cluster;
  const ip = podIP(pod);
  const nodeIP2 = nodeInternalIP(cluster2.api.tryGet("nodes", void 0, pod.spec?.nodeName ?? ""));
  const verdict = isTrafficAllowed(cluster2.api.list("networkpolicies.networking.k8s.io"), src, podPeer(cluster2, pod), port, "TCP", nodeIP2);
  if (!verdict.allowed) {
    const d = verdict.deniedBy;
    return trip.dropped(`NetworkPolicy ${d.policies.join(", ")} denies ${d.direction === "Ingress" ? "ingress to" : "egress from"} this pod`);
  }
  trip.path.push({ kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, detail: `${ip}:${port}` });
  const res = serveHttp(cluster2, ip, port, trip.req);
  if ("refused" in res) return trip.refused(`nothing listens on ${ip}:${port} in pod ${pod.metadata.name}`);
  return { status: res.status, body: res.body, headers: res.headers, path: trip.path, target: trip.target(), elapsedMs: 1 };
}
function viaService(trip, svc, svcPort, how, entryNode, src) {
  const cluster2 = trip.cluster;
  const net = getNetwork(cluster2);
  trip.path.push({ kind: "Service", namespace: svc.metadata.namespace, name: svc.metadata.name, detail: `${svcPort.port}/${svcPort.protocol ?? "TCP"}` });
  let eps = serviceEndpoints(cluster2, svc, svcPort);
  if (eps.length === 0) return trip.refused(`service ${svc.metadata.name} has no ready endpoints`);
  const localOnly = how === "external" ? svc.spec?.externalTrafficPolicy === "Local" : svc.spec?.internalTrafficPolicy === "Local";
  const node2 = how === "external" ? entryNode : trip.clientNode;
  if (localOnly) {
    eps = eps.filter((e) => e.nodeName === node2);
    if (eps.length === 0) return trip.dropped(`traffic policy Local: no ready endpoint of ${svc.metadata.name} on node ${node2}`);
  }
  let peer = src ?? trip.clientPeer();
  if (how === "external" && !localOnly && entryNode) {
    peer = { ip: nodeInternalIP(cluster2.api.tryGet("nodes", void 0, entryNode)) ?? peer.ip };
  }
  let chosen;
  const affinityKey = `${svc.metadata.uid}|${peer.ip}`;
  if (svc.spec?.sessionAffinity === "ClientIP" && net) {
    const a = net.affinity.get(affinityKey);
    if (a && a.expires > cluster2.now()) chosen = eps.find((e) => e.ip === a.ip);
  }
  chosen ??= net ? eps[net.proxyRng.int(eps.length)] : eps[0];
  if (svc.spec?.sessionAffinity === "ClientIP" && net) {
    const timeout = (svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800) * 1e3;
    net.affinity.set(affinityKey, { ip: chosen.ip, expires: cluster2.now() + timeout });
  }
  trip.path.push({ kind: "Endpoints", namespace: svc.metadata.namespace, name: svc.metadata.name, detail: `${chosen.ip}:${chosen.port}` });
  if (chosen.port === API_SERVER_PORT && isControlPlaneIP(cluster2, chosen.ip)) {
    trip.path.push({ kind: "Node", name: nodeByIP(cluster2, chosen.ip).metadata.name, detail: `${chosen.ip}:${chosen.port} (kube-apiserver)` });
    return { ...apiServerAnswer(cluster2, trip.url.scheme, trip.req, trip.url.path), path: trip.path, target: trip.target(), elapsedMs: 2 };
  }
  const pod = podByIP(cluster2, chosen.ip, chosen.port);
  if (!pod) return trip.dropped(`endpoint ${chosen.ip} belongs to no running pod`);
  return toPod(trip, pod, chosen.port, peer);
}
function tcpPort(svc, pred) {
  return (svc.spec?.ports ?? []).find((p) => (p.protocol ?? "TCP") === "TCP" && pred(p));
}
function viaIngress(trip) {
  const cluster2 = trip.cluster;
  const { url } = trip;
  const hostHeader = headerValue(trip.req.headers, "host") ?? url.host;
  const host2 = hostHeader.toLowerCase().replace(/:\d+$/, "");
  const page = (status2, reason, headers = {}) => ({
    status: status2,
    body: nginxErrorPage(status2, reason),
    headers: { "Content-Type": "text/html", ...headers },
    path: trip.path,
    target: trip.target(),
    elapsedMs: 1
  });
  if (url.port !== 80 && url.port !== 443) return trip.refused("the ingress controller listens on 80 and 443 only");
  const route2 = routeIngress(cluster2, host2, url.path.split("?")[0]);
  trip.path.push({ kind: "Ingress", namespace: route2?.ingress.metadata.namespace, name: route2?.ingress.metadata.name ?? "ingress-nginx", detail: host2 });
  if (!route2) return page(404, "Not Found");
  const secretName = tlsSecretFor(route2.ingress, host2);
  const secret = secretName ? cluster2.api.tryGet("secrets", route2.ingress.metadata.namespace, secretName) : void 0;
  if (url.scheme === "http" && secret?.data?.["tls.crt"] && secret?.data?.["tls.key"]) {
    return page(308, "Permanent Redirect", { Location: `https://${host2}${url.path}` });
  }
  const backend = route2.backend?.service;
  const svc = backend ? cluster2.api.tryGet("services", route2.ingress.metadata.namespace, backend.name) : void 0;
  const want = backend?.port ?? {};
  const svcPort = svc ? tcpPort(svc, (p) => want.name ? p.name === want.name : p.port === want.number) : void 0;
  if (!svc || !svcPort) return page(503, "Service Temporarily Unavailable");
  const res = viaService(trip, svc, svcPort, "cluster", void 0, ingressPeer());
  if (res.error?.code === "refused") return { ...page(svcPortHasEndpoints(cluster2, svc, svcPort) ? 502 : 503, svcPortHasEndpoints(cluster2, svc, svcPort) ? "Bad Gateway" : "Service Temporarily Unavailable"), explanation: res.explanation };
  if (res.error?.code === "timeout") return { ...page(504, "Gateway Time-out"), explanation: res.explanation, elapsedMs: 6e4 };
  return res;
}
function svcPortHasEndpoints(cluster2, svc, svcPort) {
  return serviceEndpoints(cluster2, svc, svcPort).length > 0;
}
function request(cluster2, origin, req) {
  const res = route(cluster2, origin, req);
  const client = res.path[0];
  if (client?.kind === "Client" && res.target) client.to = targetText(res.target);
  cluster2.services.lastTrace = res.path;
  return res;
}
function targetText(t) {
  return t.ip && t.ip !== t.host ? `${t.host}:${t.port} (${t.ip})` : `${t.host}:${t.port}`;
}
function route(cluster2, origin, req) {
  const trip = new Trip(cluster2, origin, req);
  const url = parseUrl(req.url);
  if (!url || !url.host) return { body: "", error: { code: "resolve", message: `URL rejected: Bad hostname` }, path: trip.path };
  trip.url = url;
  const defaultPort = url.scheme === "https" ? 443 : 80;
  if (!headerValue(req.headers, "host")) {
    trip.req = { ...req, headers: { Host: url.port === defaultPort ? url.host : `${url.host}:${url.port}`, ...req.headers } };
  }
  if (url.scheme !== "http" && url.scheme !== "https") {
    return trip.fail("unreachable", `Protocol "${url.scheme}" not supported`);
  }
  let ip = url.host;
  if (!isIPv42(ip)) {
    if (origin.kind === "pod" && ip !== "localhost" && !clusterDnsUp(cluster2)) {
      return trip.fail("resolve", `Could not resolve host: ${url.host}`, "no CoreDNS pod is ready", 1e4);
    }
    if (origin.kind === "pod" && trip.clientPod && !dnsEgressAllowed(cluster2, trip)) {
      return trip.fail("resolve", `Could not resolve host: ${url.host}`, "a NetworkPolicy blocks egress to kube-dns (UDP 53)", 1e4);
    }
    const ans = lookup(cluster2, origin, url.host);
    if (!ans || ans.addresses.length === 0) {
      return trip.fail("resolve", `Could not resolve host: ${url.host}`, ans?.cname ? `${url.host} is an alias for ${ans.cname}, which is outside the cluster` : void 0);
    }
    ip = ans.addresses[0];
    trip.path.push({ kind: "DNS", name: ans.name, detail: ans.cname ? `CNAME ${ans.cname} \u2192 ${ip}` : ip });
  }
  trip.ip = ip;
  return deliver(trip, ip);
}
function deliver(trip, ip) {
  const { cluster: cluster2, url, origin } = trip;
  const port = url.port;
  if (ip.startsWith("127.")) {
    if (origin.kind === "pod") {
      const self = trip.clientPod;
      if (!self || !podIP(self)) return trip.refused();
      const res = serveHttp(cluster2, podIP(self), port, trip.req);
      trip.path.push({ kind: "Pod", namespace: self.metadata.namespace, name: self.metadata.name, detail: `127.0.0.1:${port}` });
      return "refused" in res ? trip.refused() : { status: res.status, body: res.body, headers: res.headers, path: trip.path, target: trip.target(), elapsedMs: 1 };
    }
    return toNode(trip, trip.clientNode);
  }
  const svc = cluster2.api.store.byIndex("services", CLUSTER_IP_INDEX, ip)[0];
  if (svc) {
    const sp = tcpPort(svc, (p) => p.port === port);
    if (!sp) return trip.dropped(`service ${svc.metadata.name} has no port ${port}`);
    return viaService(trip, svc, sp, "cluster");
  }
  if (ip === INGRESS_IP) return viaIngress(trip);
  const node2 = nodeByIP(cluster2, ip);
  if (node2 && port === API_SERVER_PORT && isControlPlaneIP(cluster2, ip)) {
    trip.path.push({ kind: "Node", name: node2.metadata.name, detail: `${ip}:${port} (kube-apiserver)` });
    return { ...apiServerAnswer(cluster2, url.scheme, trip.req, url.path), path: trip.path, target: trip.target(), elapsedMs: 2 };
  }
  if (node2) return toNode(trip, node2.metadata.name);
  const pod = podByIP(cluster2, ip, port);
  if (pod) return toPod(trip, pod, port, trip.clientPeer());
  for (const s of cluster2.api.list("services")) {
    const lb = (s.status?.loadBalancer?.ingress ?? []).some((i) => i.ip === ip);
    const ext = (s.spec?.externalIPs ?? []).includes(ip);
    if (!lb && !ext) continue;
    const sp = tcpPort(s, (p) => p.port === port);
    if (!sp) return trip.dropped(`service ${s.metadata.name} has no port ${port}`);
    if (lb) trip.path.push({ kind: "External", name: "load-balancer", detail: ip });
    return viaService(trip, s, sp, "external", lb ? firstWorker(cluster2) : trip.clientNode);
  }
  return trip.dropped(`no host answers at ${ip}`);
}
function firstWorker(cluster2) {
  return cluster2.config.nodes.find((n) => !n.controlPlane)?.name ?? cluster2.config.nodes[0]?.name;
}
function toNode(trip, nodeName) {
  const { cluster: cluster2, url } = trip;
  trip.path.push({ kind: "Node", name: nodeName ?? "localhost", detail: `${trip.ip}:${url.port}` });
  for (const s of cluster2.api.store.byIndex("services", NODE_PORT_INDEX, String(url.port))) {
    const sp = tcpPort(s, (p) => p.nodePort === url.port);
    if (sp) return viaService(trip, s, sp, "external", nodeName);
  }
  const ip = nodeInternalIP(cluster2.api.tryGet("nodes", void 0, nodeName ?? ""));
  if (ip) {
    for (const pod of cluster2.api.store.byIndex("pods", POD_IP_INDEX, ip)) {
      if (!pod.spec?.hostNetwork || ["Succeeded", "Failed"].includes(pod.status?.phase)) continue;
      const res = serveHttp(cluster2, ip, url.port, trip.req);
      if ("refused" in res) break;
      trip.path.push({ kind: "Pod", namespace: pod.metadata.namespace, name: pod.metadata.name, detail: `${ip}:${url.port}` });
      return { status: res.status, body: res.body, headers: res.headers, path: trip.path, target: trip.target(), elapsedMs: 1 };
    }
  }
  return trip.refused(`nothing listens on port ${url.port} of node ${nodeName}`);
}
function dnsEgressAllowed(cluster2, trip) {
  const policies = cluster2.api.list("networkpolicies.networking.k8s.io", trip.clientPod.metadata.namespace);
  if (policies.length === 0) return true;
  const dnsPod = cluster2.api.list("pods", "kube-system").find((p) => p.metadata.labels?.["k8s-app"] === "kube-dns" && isPodReady2(p));
  const dst = dnsPod ? podPeer(cluster2, dnsPod) : { ip: "10.96.0.10", pod: { namespace: "kube-system", labels: { "k8s-app": "kube-dns" } }, namespaceLabels: namespaceLabels2(cluster2, "kube-system") };
  return isTrafficAllowed(policies, trip.clientPeer(), { ...dst, pod: dst.pod ? { ...dst.pod, ports: [] } : void 0 }, 53, "UDP").allowed;
}
function resolveName(cluster2, origin, name) {
  return lookup(cluster2, origin, name)?.addresses ?? [];
}

// src/sim/kubelet/exec/net.ts
var REASONS = {
  200: "OK",
  201: "Created",
  204: "No Content",
  301: "Moved Permanently",
  302: "Found",
  304: "Not Modified",
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout"
};
function parseUrl2(raw) {
  const url = /^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`;
  const m = /^([a-z]+):\/\/([^/:?#]+)(?::(\d+))?([^#]*)/i.exec(url);
  if (!m) return void 0;
  const port = m[3] ? Number(m[3]) : m[1].toLowerCase() === "https" ? 443 : 80;
  return { url, host: m[2], port, path: m[4] || "/" };
}
function send(c, t, method, headers) {
  const self = t.host === "localhost" || t.host === "127.0.0.1" || t.host === c.host.podIP;
  if (self) {
    const r2 = serveHttp(c.host.cluster, c.host.podIP, t.port, { method, url: t.url, headers: { ...headers, [CLIENT_IP_HEADER]: t.host === c.host.podIP ? c.host.podIP : "127.0.0.1" } });
    if ("refused" in r2) return { body: "", error: { code: "refused", message: `Failed to connect to ${t.host} port ${t.port}: Connection refused` }, path: [] };
    return { status: r2.status, body: r2.body, headers: r2.headers, path: [] };
  }
  const origin = { kind: "pod", namespace: c.host.pod.metadata.namespace ?? "default", pod: c.host.pod.metadata.name };
  return request(c.host.cluster, origin, { method, url: t.url, headers });
}
function firstIP(c, host2) {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host2)) return host2;
  if (host2 === "localhost") return "127.0.0.1";
  const origin = { kind: "pod", namespace: c.host.pod.metadata.namespace ?? "default", pod: c.host.pod.metadata.name };
  return resolveName(c.host.cluster, origin, host2)[0];
}
var curl = (argv, c) => {
  let silent = false;
  let showErr = false;
  let verbose = false;
  let include = false;
  let head = false;
  let method = "GET";
  let outFile;
  let maxTime;
  const headers = {};
  const urls2 = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-H" || a === "--header") {
      const h = argv[++i] ?? "";
      const k = h.indexOf(":");
      if (k > 0) headers[h.slice(0, k).trim()] = h.slice(k + 1).trim();
    } else if (a === "-X" || a === "--request") method = argv[++i] ?? method;
    else if (a === "-m" || a === "--max-time" || a === "--connect-timeout") maxTime = Number(argv[++i]);
    else if (a === "-o" || a === "--output") outFile = argv[++i];
    else if (a === "--cacert" || a === "--capath" || a === "--cert" || a === "--key" || a === "-E") i++;
    else if (a === "-d" || a === "--data") {
      i++;
      if (method === "GET") method = "POST";
    } else if (a.startsWith("-") && !a.startsWith("--") && a.length > 1) {
      for (const f of a.slice(1)) {
        if (f === "s") silent = true;
        else if (f === "S") showErr = true;
        else if (f === "v") verbose = true;
        else if (f === "i") include = true;
        else if (f === "I") head = true;
      }
    } else if (a === "--silent") silent = true;
    else if (a === "--verbose") verbose = true;
    else if (a === "--include") include = true;
    else if (!a.startsWith("-")) urls2.push(a);
  }
  if (!urls2.length) return { out: "", err: "curl: try 'curl --help' or 'curl --manual' for more information\n", code: 2 };
  let out = "";
  let err = "";
  let code = 0;
  for (const u of urls2) {
    const t = parseUrl2(u);
    if (!t) {
      err += `curl: (3) URL rejected: Bad hostname
`;
      code = 3;
      continue;
    }
    const hdrs = { Host: t.port === 80 ? t.host : `${t.host}:${t.port}`, "User-Agent": "curl/8.14.1", Accept: "*/*", ...headers };
    const r2 = send(c, t, head ? "HEAD" : method, hdrs);
    const ip = firstIP(c, t.host);
    if (verbose && ip) err += `*   Trying ${ip}:${t.port}...
`;
    if (r2.error || r2.status === void 0) {
      const e = r2.error ?? { code: "refused", message: "" };
      if (e.code === "resolve") {
        code = 6;
        if (!silent || showErr) err += `curl: (6) Could not resolve host: ${t.host}
`;
      } else if (e.code === "refused") {
        code = 7;
        if (!silent || showErr) err += `curl: (7) Failed to connect to ${t.host} port ${t.port} after 0 ms: Could not connect to server
`;
      } else {
        code = 28;
        const ms = (maxTime ?? 130) * 1e3 + 1;
        if (!silent || showErr) err += maxTime !== void 0 ? `curl: (28) Connection timed out after ${ms} milliseconds
` : `curl: (28) Failed to connect to ${t.host} port ${t.port} after ${ms} ms: Timeout was reached
`;
      }
      continue;
    }
    const statusLine = `HTTP/1.1 ${r2.status} ${REASONS[r2.status] ?? ""}`.trimEnd();
    const respHeaders = { ...r2.headers ?? {}, "Content-Length": String(new TextEncoder().encode(r2.body).length) };
    if (verbose) {
      err += `* Connected to ${t.host} (${ip ?? t.host}) port ${t.port}
`;
      err += `> ${head ? "HEAD" : method} ${t.path} HTTP/1.1
` + Object.entries(hdrs).map(([k, v]) => `> ${k}: ${v}
`).join("") + "> \n";
      err += `< ${statusLine}
` + Object.entries(respHeaders).map(([k, v]) => `< ${k}: ${v}
`).join("") + "< \n";
    }
    let body = head ? "" : r2.body;
    if (include || head) body = `${statusLine}\r
` + Object.entries(respHeaders).map(([k, v]) => `${k}: ${v}\r
`).join("") + "\r\n" + body;
    if (outFile) c.host.fs.writeFile(outFile.startsWith("/") ? outFile : `${c.cwd}/${outFile}`, body);
    else out += body;
    if (verbose) err += `* Connection #0 to host ${t.host} left intact
`;
  }
  return { out, err, code };
};
var wget = (argv, c) => {
  let quiet = false;
  let outFile;
  let url;
  const headers = {};
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "-O") outFile = argv[++i];
    else if (a.startsWith("-O")) outFile = a.slice(2);
    else if (a === "--header") {
      const h = argv[++i] ?? "";
      const k = h.indexOf(":");
      if (k > 0) headers[h.slice(0, k).trim()] = h.slice(k + 1).trim();
    } else if (a === "-T" || a === "--timeout") i++;
    else if (a.startsWith("-") && !a.startsWith("--")) {
      if (a.includes("q")) quiet = true;
      if (a.includes("O")) outFile = a.slice(a.indexOf("O") + 1) || argv[++i];
    } else if (!a.startsWith("-")) url = a;
  }
  if (!url) return { out: "", err: "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n	[--post-data STR | --post-file FILE] [-Y on/off]\n	[-P DIR] [-U AGENT] [-T SEC] URL...\n", code: 1 };
  const t = parseUrl2(url);
  if (!t) return { out: "", err: `wget: bad address '${url}'
`, code: 1 };
  const r2 = send(c, t, "GET", { Host: t.host, "User-Agent": "Wget", ...headers });
  const ip = firstIP(c, t.host);
  let err = "";
  if (r2.error?.code === "resolve" || !ip && r2.error) return { out: "", err: `wget: bad address '${t.host}'
`, code: 1 };
  if (!quiet) err += `Connecting to ${t.host} (${ip}:${t.port})
`;
  if (r2.error || r2.status === void 0) {
    const why = r2.error?.code === "refused" ? "Connection refused" : "Connection timed out";
    return { out: "", err: err + `wget: can't connect to remote host (${ip}): ${why}
`, code: 1 };
  }
  if (r2.status >= 400) return { out: "", err: err + `wget: server returned error: HTTP/1.1 ${r2.status} ${REASONS[r2.status] ?? ""}
`, code: 1 };
  const toStdout = outFile === "-";
  if (toStdout) return { out: r2.body, err: quiet ? "" : err + "writing to stdout\nwritten to stdout\n", code: 0 };
  const file = outFile ?? (t.path.split("/").pop() || "index.html");
  if (c.host.fs.stat(`${c.cwd}/${file}`) && !outFile) return { out: "", err: err + `wget: can't open '${file}': File exists
`, code: 1 };
  c.host.fs.writeFile(file.startsWith("/") ? file : `${c.cwd === "/" ? "" : c.cwd}/${file}`, r2.body);
  return { out: "", err: quiet ? "" : err + `saving to '${file}'
'${file}' saved
`, code: 0 };
};
var nslookup = (argv, c) => {
  const name = argv.slice(1).find((a) => !a.startsWith("-"));
  if (!name) return { out: "", err: "BusyBox v1.37.0 multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n", code: 1 };
  const ns = c.host.pod.metadata.namespace ?? "default";
  const header = "Server:		10.96.0.10\nAddress:	10.96.0.10:53\n\n";
  const type = argv.slice(1).find((a) => /^-(type|query|q)=/.test(a))?.split("=")[1]?.toLowerCase();
  if (type === "srv") {
    const hit2 = lookupSrv(c.host.cluster, ns, name);
    if (!hit2) return { out: header + `** server can't find ${name}: NXDOMAIN

`, code: 1 };
    return { out: header + hit2.records.map((r2) => `${hit2.name}	service = ${r2.priority} ${r2.weight} ${r2.port} ${r2.target}
`).join("") + "\n", code: 0 };
  }
  const origin = { kind: "pod", namespace: ns, pod: c.host.pod.metadata.name };
  const hit = /^\d+\.\d+\.\d+\.\d+$/.test(name) ? void 0 : lookup(c.host.cluster, origin, name);
  if (!hit?.addresses.length) return { out: header + `** server can't find ${name}: NXDOMAIN

`, code: 1 };
  return { out: header + hit.addresses.map((ip) => `Name:	${hit.name}
Address: ${ip}
`).join("") + "\n", code: 0 };
};
var dig = (argv, c) => {
  const short = argv.includes("+short");
  const search = argv.includes("+search");
  const name = argv.slice(1).find((a) => !a.startsWith("+") && !a.startsWith("-") && !["A", "SRV", "AAAA"].includes(a)) ?? ".";
  const ns = c.host.pod.metadata.namespace ?? "default";
  const origin = { kind: "pod", namespace: ns, pod: c.host.pod.metadata.name };
  const fq = name.endsWith(".") ? name : `${name}.`;
  const ips = search || name.split(".").length > 2 ? resolveName(c.host.cluster, origin, name) : [];
  if (short) return { out: ips.map((ip) => `${ip}
`).join(""), code: 0 };
  let out = `
; <<>> DiG 9.9.5-3ubuntu0.2-Ubuntu <<>> ${argv.slice(1).join(" ")}
;; global options: +cmd
;; Got answer:
`;
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${ips.length ? "NOERROR" : "NXDOMAIN"}, id: ${1e3 + fq.length * 7919 % 6e4}
`;
  out += `;; flags: qr aa rd ra; QUERY: 1, ANSWER: ${ips.length}, AUTHORITY: 0, ADDITIONAL: 0

;; QUESTION SECTION:
;${fq}		IN	A

`;
  if (ips.length) out += ";; ANSWER SECTION:\n" + ips.map((ip) => `${fq}	30	IN	A	${ip}
`).join("") + "\n";
  out += `;; Query time: 0 msec
;; SERVER: 10.96.0.10#53(10.96.0.10)
;; MSG SIZE  rcvd: ${60 + fq.length * 2}

`;
  return { out, code: 0 };
};
var host = (argv, c) => {
  const name = argv[1];
  if (!name) return { out: "Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n", code: 1 };
  const ns = c.host.pod.metadata.namespace ?? "default";
  const ips = resolveName(c.host.cluster, { kind: "pod", namespace: ns, pod: c.host.pod.metadata.name }, name);
  if (!ips.length) return { out: `Host ${name} not found: 3(NXDOMAIN)
`, code: 1 };
  const dots = name.split(".").length - 1;
  const fqdn = name.endsWith("cluster.local") ? name : dots === 0 ? `${name}.${ns}.svc.cluster.local` : dots === 1 ? `${name}.svc.cluster.local` : name;
  return { out: ips.map((ip) => `${fqdn} has address ${ip}
`).join(""), code: 0 };
};

// src/sim/kubelet/exec/sysinfo.ts
var psCmd = (argv, c) => {
  const procs = [...c.host.procs(), { pid: 0, user: userName(c.host.user.uid) ?? String(c.host.user.uid), cmd: argv.join(" ") }];
  procs[procs.length - 1].pid = (procs[procs.length - 2]?.pid ?? 1) + 6;
  if (c.host.def.flavor === "gnu") {
    if (argv.slice(1).some((a) => a.includes("a") || a.includes("e"))) {
      let out3 = "USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n";
      for (const p of procs) out3 += `${p.user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.1   2480  1536 ?        Ss   08:00   0:00 ${p.cmd}
`;
      return { out: out3, code: 0 };
    }
    if (argv.slice(1).some((a) => a.includes("x"))) {
      let out3 = "    PID TTY      STAT   TIME COMMAND\n";
      procs.forEach((p, i) => out3 += `${String(p.pid).padStart(7)} ?        ${i === 0 ? "Ss " : i === procs.length - 1 ? "Rs+" : "S  "}    0:00 ${p.cmd}
`);
      return { out: out3, code: 0 };
    }
    let out2 = "    PID TTY          TIME CMD\n";
    for (const p of procs) out2 += `${String(p.pid).padStart(7)} ?        00:00:00 ${p.cmd.split(" ")[0].split("/").pop()}
`;
    return { out: out2, code: 0 };
  }
  let out = "PID   USER     TIME  COMMAND\n";
  for (const p of procs) out += `${String(p.pid).padStart(5)} ${p.user.padEnd(8)}  0:00 ${p.cmd}
`;
  return { out, code: 0 };
};
function mounts(c) {
  const lines2 = [{ dev: "overlay", path: "/", type: "overlay", ro: false }];
  lines2.push({ dev: "proc", path: "/proc", type: "proc", ro: false }, { dev: "tmpfs", path: "/dev", type: "tmpfs", ro: false });
  for (const m of [...c.host.fs.mounts].sort((a, b) => a.path.localeCompare(b.path))) {
    if (m.path === "/") continue;
    lines2.push({ dev: m.source, path: m.path, type: m.fstype, ro: m.readOnly });
  }
  return lines2;
}
var mountCmd = (_argv, c) => ({
  out: mounts(c).map((m) => `${m.dev} on ${m.path} type ${m.type} (${m.ro ? "ro" : "rw"},relatime)
`).join(""),
  code: 0
});
var dfCmd = (argv, c) => {
  const human = argv.some((a) => a.startsWith("-") && a.includes("h"));
  let out = human ? "Filesystem                Size      Used Available Use% Mounted on\n" : "Filesystem           1K-blocks      Used Available Use% Mounted on\n";
  for (const m of mounts(c)) {
    if (m.type === "proc") continue;
    const disk = m.type !== "tmpfs";
    const [size, used] = disk ? [20466256, 5482140] : [65536, 0];
    const avail = size - used;
    const fmt = (k) => human ? k >= 1048576 ? `${(k / 1048576).toFixed(1)}G` : k === 0 ? "0" : `${(k / 1024).toFixed(1)}M` : String(k);
    out += `${m.dev.padEnd(20)} ${fmt(size).padStart(9)} ${fmt(used).padStart(9)} ${fmt(avail).padStart(9)} ${String(Math.round(used / size * 100)).padStart(3)}% ${m.path}
`;
  }
  return { out, code: 0 };
};

// src/sim/kubelet/exec/commands.ts
function fsErrorText(e) {
  return {
    ENOENT: "No such file or directory",
    ENOTDIR: "Not a directory",
    EISDIR: "Is a directory",
    EROFS: "Read-only file system",
    EEXIST: "File exists",
    EACCES: "Permission denied",
    ENOTEMPTY: "Directory not empty"
  }[e];
}
var ok2 = (out = "") => ({ out, code: 0 });
var gnu = (c) => c.host.def.flavor === "gnu";
var path = (c, p) => normalize(p, c.cwd);
function opts(argv, withValue = []) {
  const flags = /* @__PURE__ */ new Set();
  const values2 = {};
  const args = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) values2[a.slice(2, eq)] = a.slice(eq + 1);
      else if (withValue.includes(a.slice(2))) values2[a.slice(2)] = argv[++i] ?? "";
      else flags.add(a.slice(2));
    } else if (a.startsWith("-") && a.length > 1 && !/^-\d/.test(a)) {
      for (let j = 1; j < a.length; j++) {
        if (withValue.includes(a[j])) {
          values2[a[j]] = a.slice(j + 1) || (argv[++i] ?? "");
          break;
        }
        flags.add(a[j]);
      }
    } else args.push(a);
  }
  return { flags, values: values2, args };
}
function modeString(n) {
  const t = n.type === "dir" ? "d" : n.type === "link" ? "l" : "-";
  let s = "";
  for (let i = 8; i >= 0; i--) s += n.mode & 1 << i ? "rwx"[(8 - i) % 3] : "-";
  if (n.mode & 512) s = s.slice(0, 8) + (n.mode & 1 ? "t" : "T");
  return t + s;
}
function sizeOf(n) {
  if (n.type === "dir") return 4096;
  if (n.type === "link") return n.target.length;
  return new TextEncoder().encode(n.content ?? "").length;
}
function lsLong(c, name, n) {
  const u = userName(n.uid) ?? String(n.uid);
  const g = groupName(n.gid) ?? String(n.gid);
  const links = n.type === "dir" ? 2 + [...n.children.values()].filter((x) => x.type === "dir").length : 1;
  const target = n.type === "link" ? ` -> ${n.target}` : "";
  if (gnu(c)) return `${modeString(n)} ${links} ${u} ${g} ${String(sizeOf(n)).padStart(5)} ${lsDate(n.mtime)} ${name}${target}`;
  return `${modeString(n)}    ${String(links).padEnd(1)} ${u.padEnd(8)} ${g.padEnd(8)} ${String(sizeOf(n)).padStart(9)} ${lsDate(n.mtime)} ${name}${target}`;
}
var ls = (argv, c) => {
  const { flags, args } = opts(argv);
  const long = flags.has("l");
  const all = flags.has("a");
  const almost = flags.has("A");
  const deref = flags.has("L");
  const targets = args.length ? args : ["."];
  let out = "";
  let err = "";
  let code = 0;
  targets.forEach((t, k) => {
    const p = path(c, t);
    const lst = c.host.fs.stat(p, false);
    const n = lst?.type === "link" && (!long || deref || t.endsWith("/")) ? c.host.fs.stat(p) : lst;
    if (!n) {
      err += gnu(c) ? `ls: cannot access '${t}': No such file or directory
` : `ls: ${t}: No such file or directory
`;
      code = gnu(c) ? 2 : 1;
      return;
    }
    const isDir = n.type === "dir" || n.type === "link" && c.host.fs.stat(p)?.type === "dir" && !long;
    if (!isDir) {
      out += long ? lsLong(c, t, n) + "\n" : t + "\n";
      return;
    }
    if (targets.length > 1) out += `${k > 0 ? "\n" : ""}${t}:
`;
    let names = c.host.fs.list(p) ?? [];
    if (!all) names = names.filter((x) => !x.startsWith("."));
    if (all && !almost) names = [".", "..", ...names];
    if (almost) names = (c.host.fs.list(p) ?? []).filter((x) => x !== "." && x !== "..");
    if (long) {
      if (gnu(c)) out += `total ${names.length * 4}
`;
      for (const name of names) {
        const child = name === "." || name === ".." ? c.host.fs.stat(normalize(name, p)) : c.host.fs.stat(`${p}/${name}`, deref);
        if (child) out += lsLong(c, name, child) + "\n";
      }
    } else out += names.map((x) => x + "\n").join("");
  });
  return { out, err, code };
};
var cat = (argv, c) => {
  const { args } = opts(argv);
  if (!args.length) return ok2(c.stdin);
  let out = "";
  let err = "";
  let code = 0;
  for (const a of args) {
    if (a === "-") {
      out += c.stdin;
      continue;
    }
    const n = c.host.fs.stat(path(c, a));
    if (n?.type === "file") out += n.content ?? "";
    else {
      const why = n?.type === "dir" ? "Is a directory" : "No such file or directory";
      err += gnu(c) ? `cat: ${a}: ${why}
` : n?.type === "dir" ? `cat: read error: Is a directory
` : `cat: can't open '${a}': ${why}
`;
      code = 1;
    }
  }
  return { out, err, code };
};
var echo = (argv) => {
  let args = argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args[0] && /^-[neE]+$/.test(args[0])) {
    if (args[0].includes("n")) newline = false;
    if (args[0].includes("e")) escapes = true;
    args = args.slice(1);
  }
  let s = args.join(" ");
  if (escapes) s = s.replace(/\\n/g, "\n").replace(/\\t/g, "	");
  return ok2(s + (newline ? "\n" : ""));
};
var printf = (argv) => {
  const fmt = argv[1] ?? "";
  let k = 2;
  const s = fmt.replace(/\\n/g, "\n").replace(/\\t/g, "	").replace(/%[sd]/g, () => argv[k++] ?? "");
  return ok2(s);
};
function fsCmd(name, c, t, e) {
  if (!e) return "";
  if (gnu(c)) {
    const verb = { touch: "cannot touch", mkdir: "cannot create directory", rm: "cannot remove", chown: "changing ownership of" }[name] ?? name;
    return `${name}: ${verb} '${t}': ${fsErrorText(e)}
`;
  }
  return `${name}: ${name === "mkdir" ? "can't create directory '" + t + "'" : t}: ${fsErrorText(e)}
`;
}
function writable(c, p) {
  const u = c.host.user;
  if (u.uid === 0) return void 0;
  const dir = c.host.fs.stat(normalize("..", p) === p ? "/" : normalize(p + "/.."));
  if (!dir) return "ENOENT";
  const bits = dir.uid === u.uid ? 128 : dir.gid === u.gid || u.groups.includes(dir.gid) ? 16 : 2;
  return dir.mode & bits ? void 0 : "EACCES";
}
var touch = (argv, c) => {
  let err = "";
  for (const t of opts(argv).args) {
    const p = path(c, t);
    const n = c.host.fs.stat(p);
    if (n) {
      if (c.host.fs.readOnlyAt(p)) err += fsCmd("touch", c, t, "EROFS");
      else n.mtime = c.host.now();
      continue;
    }
    err += fsCmd("touch", c, t, writable(c, p) ?? c.host.fs.writeFile(p, ""));
  }
  return { out: "", err, code: err ? 1 : 0 };
};
var mkdir = (argv, c) => {
  const { flags, args } = opts(argv, ["m"]);
  let err = "";
  for (const t of args) {
    const p = path(c, t);
    err += fsCmd("mkdir", c, t, writable(c, p) ?? c.host.fs.mkdir(p, flags.has("p")));
  }
  return { out: "", err, code: err ? 1 : 0 };
};
var rm = (argv, c) => {
  const { flags, args } = opts(argv);
  let err = "";
  for (const t of args) {
    const e = c.host.fs.remove(path(c, t), flags.has("r") || flags.has("R"));
    if (e === "ENOENT" && flags.has("f")) continue;
    err += e === "EISDIR" ? gnu(c) ? `rm: cannot remove '${t}': Is a directory
` : `rm: '${t}' is a directory
` : fsCmd("rm", c, t, e);
  }
  return { out: "", err, code: err ? 1 : 0 };
};
var envCmd = (argv, c) => {
  if (argv[0] === "printenv" && argv[1]) {
    const v = c.env[argv[1]];
    return v === void 0 ? { out: "", code: 1 } : ok2(v + "\n");
  }
  return ok2(Object.entries(c.env).map(([k, v]) => `${k}=${v}
`).join(""));
};
var id = (argv, c) => {
  const u = c.host.user;
  const name = (x, f) => f(x) ? `${x}(${f(x)})` : String(x);
  if (argv[1] === "-u") return ok2(`${u.uid}
`);
  if (argv[1] === "-g") return ok2(`${u.gid}
`);
  if (argv[1] === "-un") return ok2(`${userName(u.uid) ?? u.uid}
`);
  let s = `uid=${name(u.uid, userName)} gid=${name(u.gid, groupName)}`;
  if (u.groups.length) s += ` groups=${u.groups.map((g) => name(g, groupName)).join(",")}`;
  return ok2(s + "\n");
};
var whoami = (_argv, c) => {
  const n = userName(c.host.user.uid);
  if (n) return ok2(n + "\n");
  return gnu(c) ? { out: "", err: `whoami: cannot find name for user ID ${c.host.user.uid}
`, code: 1 } : { out: "", err: `whoami: unknown uid ${c.host.user.uid}
`, code: 1 };
};
var hostname = (argv, c) => ok2((argv[1] === "-i" ? c.host.podIP : c.host.hostname) + "\n");
var date = (argv, c) => {
  const { values: values2, args } = opts(argv, ["s", "set", "d"]);
  const setTo = values2.s ?? values2.set;
  const fmt = args.find((a) => a.startsWith("+"));
  const now = c.host.now() + c.host.clockOffset.ms;
  const format = (ms) => {
    if (!fmt) return unixDate(ms);
    const d = new Date(ms);
    const p2 = (n) => String(n).padStart(2, "0");
    return fmt.slice(1).replace(/%T/g, `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`).replace(/%H/g, p2(d.getUTCHours())).replace(/%M/g, p2(d.getUTCMinutes())).replace(/%S/g, p2(d.getUTCSeconds())).replace(/%Y/g, String(d.getUTCFullYear())).replace(/%m/g, p2(d.getUTCMonth() + 1)).replace(/%d/g, p2(d.getUTCDate())).replace(/%s/g, String(Math.floor(ms / 1e3)));
  };
  if (setTo !== void 0) {
    if (!c.host.privileged && !c.host.caps.has("SYS_TIME")) {
      return gnu(c) ? { out: "", err: "date: cannot set date: Operation not permitted\n", code: 1 } : { out: "", err: "date: can't set date: Operation not permitted\n", code: 1 };
    }
    const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(setTo);
    if (m) {
      const d = new Date(now);
      d.setUTCHours(Number(m[1]), Number(m[2]), Number(m[3] ?? 0));
      c.host.clockOffset.ms += d.getTime() - now;
      return ok2(format(d.getTime()) + "\n");
    }
    return { out: "", err: `date: invalid date '${setTo}'
`, code: 1 };
  }
  return ok2(format(now) + "\n");
};
var chown = (argv, c) => {
  const { args } = opts(argv);
  const [spec, ...files2] = args;
  if (!spec || !files2.length) return { out: "", err: "chown: missing operand\n", code: 1 };
  const [us, gs] = spec.split(":");
  const uid = /^\d+$/.test(us) ? Number(us) : us === "root" ? 0 : us === "guest" ? 405 : NaN;
  if (isNaN(uid)) return { out: "", err: `chown: unknown user ${us}
`, code: 1 };
  if (!c.host.privileged && !c.host.caps.has("CHOWN")) {
    return { out: "", err: files2.map((f) => gnu(c) ? `chown: changing ownership of '${f}': Operation not permitted
` : `chown: ${f}: Operation not permitted
`).join(""), code: 1 };
  }
  let err = "";
  for (const f of files2) err += fsCmd("chown", c, f, c.host.fs.chown(path(c, f), uid, gs ? Number(gs) : void 0));
  return { out: "", err, code: err ? 1 : 0 };
};
var chmod = (argv, c) => {
  const { args } = opts(argv);
  const [mode, ...files2] = args;
  for (const f of files2) {
    const n = c.host.fs.stat(path(c, f));
    if (!n) return { out: "", err: `chmod: ${f}: No such file or directory
`, code: 1 };
    if (/^[0-7]+$/.test(mode)) n.mode = parseInt(mode, 8);
    else if (mode === "+x") n.mode |= 73;
  }
  return ok2();
};
function lines(text) {
  const l = text.split("\n");
  if (l[l.length - 1] === "") l.pop();
  return l;
}
function inputOf(c, args, name) {
  if (!args.length) return { text: c.stdin };
  let text = "";
  for (const a of args) {
    const t = c.host.fs.read(path(c, a));
    if (t === void 0) return { text, err: gnu(c) ? `${name}: cannot open '${a}' for reading: No such file or directory
` : `${name}: can't open '${a}': No such file or directory
` };
    text += t;
  }
  return { text };
}
var headTail = (tail) => (argv, c) => {
  const norm = argv.map((a) => /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a);
  const { values: values2, args } = opts(norm, ["n", "c"]);
  const n = Number(values2.n ?? 10);
  const { text, err } = inputOf(c, args, tail ? "tail" : "head");
  if (err) return { out: "", err, code: 1 };
  const l = lines(text);
  const pick = tail ? l.slice(Math.max(0, l.length - n)) : l.slice(0, n);
  return ok2(pick.map((x) => x + "\n").join(""));
};
var grep = (argv, c) => {
  const { flags, args } = opts(argv, ["e"]);
  const [pat, ...files2] = args;
  if (pat === void 0) return { out: "", err: "Usage: grep [-HhnlLoqvsriwFE] PATTERN [FILE]...\n", code: 2 };
  const { text, err } = inputOf(c, files2, "grep");
  let re;
  try {
    re = new RegExp(flags.has("F") ? pat.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : pat, flags.has("i") ? "i" : "");
  } catch {
    re = new RegExp(pat.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  }
  const hits = lines(text).filter((l) => re.test(l) !== flags.has("v"));
  if (flags.has("c")) return { out: `${hits.length}
`, code: hits.length ? 0 : 1 };
  if (flags.has("q")) return { out: "", code: hits.length ? 0 : 1 };
  return { out: hits.map((h) => h + "\n").join(""), err, code: hits.length ? 0 : 1 };
};
var wc = (argv, c) => {
  const { flags, args } = opts(argv);
  const { text, err } = inputOf(c, args, "wc");
  if (err) return { out: "", err, code: 1 };
  const l = (text.match(/\n/g) ?? []).length;
  const w = text.split(/\s+/).filter(Boolean).length;
  const ch = text.length;
  const name = args[0] ? ` ${args[0]}` : "";
  if (flags.has("l")) return ok2(`${l}${name}
`);
  if (flags.has("w")) return ok2(`${w}${name}
`);
  if (flags.has("c")) return ok2(`${ch}${name}
`);
  return ok2(`${String(l).padStart(7)} ${String(w).padStart(7)} ${String(ch).padStart(7)}${name}
`);
};
var base64 = (argv, c) => {
  const { flags, args } = opts(argv);
  const { text } = inputOf(c, args, "base64");
  if (flags.has("d")) {
    try {
      return ok2(decodeBase64(text));
    } catch {
      return { out: "", err: "base64: invalid input\n", code: 1 };
    }
  }
  return ok2(encodeBase64(text) + "\n");
};
var uname = (argv) => {
  const { flags } = opts(argv);
  if (flags.has("a")) return ok2("Linux sim 6.8.0-79-generic #79-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n");
  if (flags.has("r")) return ok2("6.8.0-79-generic\n");
  return ok2("Linux\n");
};
var test = (argv) => {
  const args = argv[0] === "[" ? argv.slice(1, -1) : argv.slice(1);
  if (args.length === 3 && (args[1] === "=" || args[1] === "==")) return { out: "", code: args[0] === args[2] ? 0 : 1 };
  if (args.length === 3 && args[1] === "!=") return { out: "", code: args[0] !== args[2] ? 0 : 1 };
  if (args.length === 3 && /^-(eq|ne|lt|gt|le|ge)$/.test(args[1])) {
    const [a, b] = [Number(args[0]), Number(args[2])];
    const r2 = { "-eq": a === b, "-ne": a !== b, "-lt": a < b, "-gt": a > b, "-le": a <= b, "-ge": a >= b }[args[1]];
    return { out: "", code: r2 ? 0 : 1 };
  }
  if (args.length === 2 && args[0] === "-z") return { out: "", code: args[1] === "" ? 0 : 1 };
  if (args.length === 2 && args[0] === "-n") return { out: "", code: args[1] !== "" ? 0 : 1 };
  return { out: "", code: args.length === 1 && args[0] !== "" ? 0 : 1 };
};
var testFs = (argv, c) => {
  const args = argv[0] === "[" ? argv.slice(1, -1) : argv.slice(1);
  if (args.length === 2 && /^-[fde]$/.test(args[0])) {
    const n = c.host.fs.stat(path(c, args[1]));
    const r2 = args[0] === "-e" ? !!n : args[0] === "-f" ? n?.type === "file" : n?.type === "dir";
    return { out: "", code: r2 ? 0 : 1 };
  }
  return test(argv, c);
};
var MAX_SEQ_LINES = 1e5;
var seq = (argv) => {
  const n = argv.slice(1).map(Number);
  const [from, to] = n.length === 1 ? [1, n[0]] : [n[0], n[1]];
  let out = "";
  let i = from;
  for (; i <= to && i - from < MAX_SEQ_LINES; i++) out += `${i}
`;
  if (i <= to) return { out, err: `seq: stopped after ${MAX_SEQ_LINES} lines (the playground's output limit)
`, code: 1 };
  return ok2(out);
};
var sortCmd = (argv, c) => {
  const { flags, args } = opts(argv);
  const l = lines(inputOf(c, args, "sort").text).sort();
  if (flags.has("r")) l.reverse();
  return ok2(l.map((x) => x + "\n").join(""));
};
var tee = (argv, c) => {
  const { flags, args } = opts(argv);
  for (const f of args) c.host.fs.writeFile(path(c, f), c.stdin, flags.has("a"));
  return ok2(c.stdin);
};
var cp = (argv, c) => {
  const { args } = opts(argv);
  const [src, dst] = args;
  const t = c.host.fs.read(path(c, src ?? ""));
  if (t === void 0) return { out: "", err: `cp: can't stat '${src}': No such file or directory
`, code: 1 };
  const d = c.host.fs.stat(path(c, dst))?.type === "dir" ? `${path(c, dst)}/${src.split("/").pop()}` : path(c, dst);
  const e = c.host.fs.writeFile(d, t);
  return e ? { out: "", err: `cp: can't create '${dst}': ${fsErrorText(e)}
`, code: 1 } : ok2();
};
var which = (argv, c) => {
  const n = argv[1];
  return n && c.host.def.binaries.includes(n) ? ok2(`/usr/bin/${n}
`) : { out: "", code: 1 };
};
var kill = () => ok2();
var cut = (argv, c) => {
  const { values: values2, args } = opts(argv, ["d", "f", "c"]);
  const d = values2.d ?? "	";
  const f = Number(values2.f ?? 1) - 1;
  return ok2(lines(inputOf(c, args, "cut").text).map((l) => (l.split(d)[f] ?? "") + "\n").join(""));
};
var tr = (argv, c) => {
  const [a, b] = argv.slice(1).filter((x) => !x.startsWith("-"));
  if (argv.includes("-d")) return ok2(c.stdin.split("").filter((ch) => !(argv[2] ?? "").includes(ch)).join(""));
  return ok2(c.stdin.split("").map((ch) => a?.includes(ch) ? b?.[a.indexOf(ch)] ?? ch : ch).join(""));
};
var COMMANDS = {
  ls,
  cat,
  echo,
  printf,
  touch,
  mkdir,
  rm,
  rmdir: rm,
  env: envCmd,
  printenv: envCmd,
  id,
  whoami,
  hostname,
  date,
  chown,
  chmod,
  head: headTail(false),
  tail: headTail(true),
  grep,
  wc,
  base64,
  uname,
  test: testFs,
  "[": testFs,
  seq,
  sort: sortCmd,
  tee,
  cp,
  which,
  kill,
  cut,
  tr,
  ps: psCmd,
  df: dfCmd,
  mount: mountCmd,
  curl,
  wget,
  nslookup,
  dig,
  host,
  fortune: () => ok2("Fortune favours the patient scheduler.\n"),
  node: (argv) => argv[1] === "-v" || argv[1] === "--version" ? ok2("v7.10.1\n") : ok2(),
  nginx: (argv) => argv[1] === "-v" ? { out: "", err: "nginx version: nginx/1.29.1\n", code: 0 } : argv[1] === "-t" ? { out: "", err: "nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n", code: 0 } : ok2(),
  ping: (argv) => ({ out: `PING ${argv[argv.length - 1]}: 56 data bytes
`, code: 1 }),
  true: () => ok2(),
  false: () => ({ out: "", code: 1 }),
  pwd: (_a, c) => ok2(c.cwd + "\n"),
  stress: () => ok2()
};

// src/sim/kubelet/exec/parse.ts
var ParseError = class extends Error {
};
var OPS = ["&&", "||", ">>", "2>&1", "2>>", "2>", ";;", ";", "|", "&", ">", "<", "\n", "(", ")"];
function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "	" || c === "\r") {
      i++;
      continue;
    }
    if (c === "\\" && src[i + 1] === "\n") {
      i += 2;
      continue;
    }
    if (c === "#" && (i === 0 || /\s|;/.test(src[i - 1]))) {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (op) {
      toks.push({ t: "op", v: op });
      i += op.length;
      continue;
    }
    let w = "";
    while (i < src.length) {
      const ch = src[i];
      if (/[\s;|&<>()]/.test(ch) && ch !== void 0) {
        if (ch === "(" && w.endsWith("$")) {
          const end = matchParen(src, i);
          w += src.slice(i, end + 1);
          i = end + 1;
          continue;
        }
        break;
      }
      if (ch === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new ParseError("unterminated quoted string");
        w += src.slice(i, end + 1);
        i = end + 1;
      } else if (ch === '"') {
        let j = i + 1;
        while (j < src.length && src[j] !== '"') j += src[j] === "\\" ? 2 : 1;
        if (j >= src.length) throw new ParseError("unterminated quoted string");
        w += src.slice(i, j + 1);
        i = j + 1;
      } else if (ch === "\\") {
        w += src.slice(i, i + 2);
        i += 2;
      } else if (ch === "`") {
        const end = src.indexOf("`", i + 1);
        w += src.slice(i, end < 0 ? src.length : end + 1);
        i = end < 0 ? src.length : end + 1;
      } else {
        w += ch;
        i++;
      }
    }
    toks.push({ t: "word", v: w });
  }
  return toks;
}
function matchParen(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    if (src[i] === "(") depth++;
    else if (src[i] === ")" && --depth === 0) return i;
    else if (src[i] === "'") i = src.indexOf("'", i + 1);
  }
  throw new ParseError("syntax error: unterminated $(");
}
var RESERVED = /* @__PURE__ */ new Set(["do", "done", "then", "fi", "else", "elif", "esac"]);
function parse(src) {
  const toks = tokenize(src);
  let p = 0;
  const peek = () => toks[p];
  const isWord = (v) => peek()?.t === "word" && (v === void 0 || peek().v === v);
  const isOp = (v) => peek()?.t === "op" && peek().v === v;
  const skipNl = () => {
    while (isOp("\n") || isOp(";")) p++;
  };
  const expectWord = (v) => {
    skipNl();
    if (!isWord(v)) throw new ParseError(`syntax error: unexpected ${peek() ? `"${peek().v}"` : "end of file"} (expecting "${v}")`);
    p++;
  };
  function list(stop) {
    const items = [];
    for (; ; ) {
      skipNl();
      if (!peek() || peek().t === "word" && stop.includes(peek().v) || isOp(")")) break;
      const node2 = andOr(stop);
      let background = false;
      if (isOp("&")) {
        background = true;
        p++;
      }
      items.push({ node: node2, background });
      if (!(isOp(";") || isOp("\n") || background)) break;
    }
    return items.length === 1 && !items[0].background ? items[0].node : { kind: "seq", items };
  }
  function andOr(stop) {
    const first = pipeline(stop);
    const rest = [];
    while (isOp("&&") || isOp("||")) {
      const op = peek().v;
      p++;
      while (isOp("\n")) p++;
      rest.push({ op, node: pipeline(stop) });
    }
    return rest.length ? { kind: "andor", first, rest } : first;
  }
  function pipeline(stop) {
    let negate = false;
    if (isWord("!")) {
      negate = true;
      p++;
    }
    const cmds = [command(stop)];
    while (isOp("|")) {
      p++;
      cmds.push(command(stop));
    }
    return cmds.length === 1 && !negate ? cmds[0] : { kind: "pipeline", cmds, negate };
  }
  function command(stop) {
    if (isWord("while") || isWord("until")) {
      const until = peek().v === "until";
      p++;
      const cond = list(["do"]);
      expectWord("do");
      const body = list(["done"]);
      expectWord("done");
      return { kind: "while", until, cond, body };
    }
    if (isWord("for")) {
      p++;
      const name = peek()?.v ?? "";
      p++;
      const words = [];
      if (isWord("in")) {
        p++;
        while (isWord() && !isOp(";")) words.push(toks[p++].v);
      }
      expectWord("do");
      const body = list(["done"]);
      expectWord("done");
      return { kind: "for", name, words, body };
    }
    if (isWord("if")) {
      p++;
      const cond = list(["then"]);
      expectWord("then");
      const then = list(["elif", "else", "fi"]);
      const elifs = [];
      let els;
      skipNl();
      while (isWord("elif")) {
        p++;
        const c = list(["then"]);
        expectWord("then");
        elifs.push({ cond: c, then: list(["elif", "else", "fi"]) });
        skipNl();
      }
      if (isWord("else")) {
        p++;
        els = list(["fi"]);
      }
      expectWord("fi");
      return { kind: "if", cond, then, elifs, else: els };
    }
    if (isOp("(")) {
      p++;
      const inner = list([]);
      if (!isOp(")")) throw new ParseError("syntax error: missing )");
      p++;
      return inner;
    }
    const s = { kind: "simple", assigns: [], words: [], redirects: [] };
    for (; ; ) {
      const tk = peek();
      if (!tk) break;
      if (tk.t === "word") {
        if (s.words.length === 0 && stop.includes(tk.v)) break;
        if (s.words.length === 0 && RESERVED.has(tk.v)) throw new ParseError(`syntax error: unexpected "${tk.v}"`);
        if (s.words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(tk.v)) s.assigns.push(tk.v);
        else s.words.push(tk.v);
        p++;
        continue;
      }
      if (tk.v === ">" || tk.v === ">>" || tk.v === "2>" || tk.v === "2>>" || tk.v === "<") {
        p++;
        const target = peek();
        if (!target || target.t !== "word") throw new ParseError("syntax error: unexpected redirection");
        p++;
        if (tk.v === "<") s.redirects.push({ fd: 0, op: "<", target: target.v });
        else s.redirects.push({ fd: tk.v.startsWith("2") ? 2 : 1, op: tk.v.endsWith(">>") ? ">>" : ">", target: target.v });
        continue;
      }
      if (tk.v === "2>&1") {
        p++;
        s.redirects.push({ fd: 2, op: ">&1" });
        continue;
      }
      break;
    }
    return s;
  }
  const root2 = list([]);
  skipNl();
  if (p < toks.length) throw new ParseError(`syntax error: unexpected "${toks[p].v === "\n" ? "newline" : toks[p].v}"`);
  return root2;
}

// src/sim/kubelet/exec/tool-io.ts
function toolIO(host2, env, stdin) {
  return {
    fs: host2.fs,
    env,
    stdin: stdin || void 0,
    connect(name, port) {
      const ns = host2.pod.metadata.namespace ?? "default";
      let ip = name;
      if (name === "localhost" || name === "127.0.0.1") ip = host2.podIP;
      else if (!/^\d+\.\d+\.\d+\.\d+$/.test(name)) {
        ip = resolveName(host2.cluster, { kind: "pod", namespace: ns, pod: host2.pod.metadata.name }, name)[0];
        if (!ip) return { error: "resolve" };
      }
      const k = kubeletOf(host2.cluster);
      const svc = host2.cluster.api.list("services").find((s) => s.spec?.clusterIP === ip);
      const svcPort = (svc?.spec?.ports ?? []).find((p) => p.port === port);
      const backend = svc && svcPort ? serviceEndpoints(host2.cluster, svc, svcPort)[0] : void 0;
      const target = k?.listenerFs(ip, port) ?? (backend ? k?.listenerFs(backend.ip, backend.port) : void 0);
      return target ? { fs: target } : { error: "refused" };
    }
  };
}

// src/sim/kubelet/exec/interp.ts
var SPIN = { spin: true };
var MAX_SPIN = 1e5;
var MAX_WORD_BYTES = 1024 * 1024;
var ExitSignal = class {
  constructor(code) {
    this.code = code;
  }
  code;
};
var BUILTINS = /* @__PURE__ */ new Set(["echo", "printf", "cd", "pwd", "export", "exit", "true", "false", ":", "test", "[", "sleep", "set", "unset", "read", "exec", "trap", "wait", "type", "command"]);
function* runScript(src, host2, st, sink, stdin = "") {
  let tree;
  try {
    tree = parse(src);
  } catch (e) {
    if (e instanceof ParseError) {
      sink.err += st.shell === "ash" ? `sh: ${e.message}
` : `sh: 1: ${e.message}
`;
      return 2;
    }
    throw e;
  }
  try {
    return yield* node(tree, host2, st, sink, stdin);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    throw e;
  }
}
function* node(n, host2, st, sink, stdin) {
  switch (n.kind) {
    case "simple":
      return st.last = yield* simple(n, host2, st, sink, stdin);
    case "seq": {
      let code = 0;
      for (const it of n.items) code = yield* node(it.node, host2, st, sink, stdin);
      return code;
    }
    case "andor": {
      let code = yield* node(n.first, host2, st, sink, stdin);
      for (const r2 of n.rest) {
        if (r2.op === "&&" && code === 0 || r2.op === "||" && code !== 0) code = yield* node(r2.node, host2, st, sink, stdin);
      }
      return st.last = code;
    }
    case "pipeline": {
      let input = stdin;
      let code = 0;
      for (let i = 0; i < n.cmds.length; i++) {
        const part = { out: "", err: "" };
        code = yield* node(n.cmds[i], host2, st, part, input);
        sink.err += part.err;
        if (i === n.cmds.length - 1) sink.out += part.out;
        else input = part.out;
      }
      return st.last = n.negate ? code === 0 ? 1 : 0 : code;
    }
    case "while": {
      let code = 0;
      for (let guard = 0; ; guard++) {
        const c = yield* node(n.cond, host2, st, sink, stdin);
        if (c === 0 === n.until) break;
        code = yield* node(n.body, host2, st, sink, stdin);
        if (guard === MAX_SPIN) yield SPIN;
      }
      return code;
    }
    case "for": {
      let code = 0;
      const words = [];
      for (const w of n.words) words.push(...yield* expand2(w, host2, st, sink));
      for (const w of words) {
        st.vars[n.name] = w;
        code = yield* node(n.body, host2, st, sink, stdin);
      }
      return code;
    }
    case "if": {
      if ((yield* node(n.cond, host2, st, sink, stdin)) === 0) return yield* node(n.then, host2, st, sink, stdin);
      for (const e of n.elifs) if ((yield* node(e.cond, host2, st, sink, stdin)) === 0) return yield* node(e.then, host2, st, sink, stdin);
      return n.else ? yield* node(n.else, host2, st, sink, stdin) : 0;
    }
  }
}
function* simple(n, host2, st, sink, stdin) {
  const argv = [];
  for (const w of n.words) argv.push(...yield* expand2(w, host2, st, sink));
  const assigns = {};
  for (const a of n.assigns) {
    const eq = a.indexOf("=");
    setOwn(assigns, a.slice(0, eq), (yield* expand2(a.slice(eq + 1), host2, st, sink)).join(" "));
  }
  if (argv.some((w) => w.length > MAX_WORD_BYTES) || Object.values(assigns).some((v) => v.length > MAX_WORD_BYTES)) {
    sink.err += `${prefix(st)}out of memory
`;
    throw new ExitSignal(137);
  }
  if (argv.length === 0) {
    Object.assign(st.vars, assigns);
    return 0;
  }
  let input = stdin;
  for (const r2 of n.redirects) {
    if (r2.op === "<") {
      const t = (yield* expand2(r2.target, host2, st, sink)).join(" ");
      const c = host2.fs.read(abs(t, st.cwd));
      if (c === void 0) {
        sink.err += `${prefix(st)}can't open ${t}: no such file
`;
        return 1;
      }
      input = c;
    }
  }
  const part = { out: "", err: "" };
  const code = yield* invoke(argv, { ...st.vars, ...assigns }, host2, st, part, input);
  let out = part.out;
  let err = part.err;
  for (const r2 of n.redirects) {
    if (r2.op === ">&1") {
      out = err + out;
      err = "";
    } else if (r2.op === ">" || r2.op === ">>") {
      const target = (yield* expand2(r2.target, host2, st, sink)).join(" ");
      const text = r2.fd === 1 ? out : err;
      if (r2.fd === 1) out = "";
      else err = "";
      if (target === "/dev/null") continue;
      if (target === "/dev/stderr") {
        err += text;
        continue;
      }
      if (target === "/dev/stdout") {
        out += text;
        continue;
      }
      const e = host2.fs.writeFile(abs(target, st.cwd), text, r2.op === ">>");
      if (e) {
        sink.err += st.shell === "ash" ? `sh: can't create ${target}: ${fsErrorText(e)}
` : `${prefix(st)}cannot create ${target}: ${fsErrorText(e)}
`;
        return 2;
      }
    }
  }
  sink.out += out;
  sink.err += err;
  return code;
}
function prefix(st) {
  return st.shell === "ash" ? "sh: " : st.shell === "bash" ? "bash: line 1: " : "sh: 1: ";
}
function abs(p, cwd) {
  return p.startsWith("/") ? p : `${cwd === "/" ? "" : cwd}/${p}`;
}
function* invoke(argv, env, host2, st, sink, stdin) {
  const name = argv[0];
  const base3 = basename(name);
  if (BUILTINS.has(base3) && !name.includes("/")) {
    return yield* builtin(argv, env, host2, st, sink, stdin);
  }
  if (!onPath(host2, name, base3)) {
    sink.err += st.shell === "bash" ? `bash: line 1: ${name}: command not found
` : `${prefix(st)}${name}: not found
`;
    return 127;
  }
  if (st.main && host2.def.daemons?.[base3]) {
    yield { daemon: argv };
    return 0;
  }
  if (host2.def.wrappers?.includes(base3)) return argv.length > 1 ? yield* invoke(argv.slice(1), env, host2, st, sink, stdin) : 0;
  if (base3 === "sh" || base3 === "ash" || base3 === "bash" || base3 === "dash") {
    const sub = { ...st, vars: { ...env }, shell: shellKind(host2.def, base3) };
    if (argv[1] === "-c") return yield* runScript(argv[2] ?? "", host2, sub, sink, stdin);
    if (argv[1] && !argv[1].startsWith("-")) {
      const script = host2.fs.read(abs(argv[1], st.cwd));
      if (script === void 0) {
        sink.err += `${base3}: can't open '${argv[1]}': No such file or directory
`;
        return 2;
      }
      return yield* runScript(script, host2, sub, sink, stdin);
    }
    return yield* runScript(stdin, host2, sub, sink, "");
  }
  if (base3 === "sleep") return yield* sleep(argv, sink);
  const tool = host2.def.tools?.[base3];
  if (tool) {
    const r3 = tool(argv, toolIO(host2, env, stdin));
    sink.out += r3.out;
    return r3.code;
  }
  const cmd = COMMANDS[base3];
  if (!cmd) {
    if (host2.def.daemons?.[base3]) return 0;
    sink.err += `${base3}: applet not found
`;
    return 127;
  }
  const ctx = { host: host2, env, cwd: st.cwd, stdin };
  const r2 = cmd(argv, ctx);
  sink.out += r2.out;
  if (r2.err) sink.err += r2.err;
  return r2.code;
}
function onPath(host2, name, base3 = basename(name)) {
  if (name.includes("/")) return host2.def.binaries.includes(base3) || host2.fs.stat(name)?.type === "file";
  return host2.def.binaries.includes(base3) || !!host2.def.tools?.[base3];
}
function* sleep(argv, sink) {
  const a = argv[1];
  const m = a === void 0 ? null : /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(a);
  if (a === "infinity") {
    for (; ; ) yield 36e5;
  }
  if (!m) {
    sink.err += a === void 0 ? "sleep: missing operand\n" : `sleep: invalid number '${a}'
`;
    return 1;
  }
  const ms = Number(m[1]) * { "": 1e3, s: 1e3, m: 6e4, h: 36e5, d: 864e5 }[m[2]];
  if (ms > 0) yield ms;
  return 0;
}
function* builtin(argv, env, host2, st, sink, stdin) {
  const [name, ...args] = argv;
  switch (name) {
    case "exit":
      throw new ExitSignal(args[0] !== void 0 ? Number(args[0]) & 255 : st.last);
    case "true":
    case ":":
      return 0;
    case "false":
      return 1;
    case "cd": {
      const target = args[0] ? normalizeCwd(args[0], st.cwd) : env.HOME ?? "/root";
      if (host2.fs.stat(target)?.type !== "dir") {
        sink.err += `${prefix(st)}cd: can't cd to ${args[0]}: No such file or directory
`;
        return 2;
      }
      st.cwd = target;
      return 0;
    }
    case "pwd":
      sink.out += st.cwd + "\n";
      return 0;
    case "export":
    case "set":
      for (const a of args) {
        const eq = a.indexOf("=");
        if (eq > 0) st.vars[a.slice(0, eq)] = a.slice(eq + 1);
      }
      return 0;
    case "unset":
      for (const a of args) delete st.vars[a];
      return 0;
    case "read": {
      const line = stdin.split("\n")[0] ?? "";
      if (args[0]) st.vars[args[0]] = line;
      return stdin === "" ? 1 : 0;
    }
    case "sleep":
      return yield* sleep(argv, sink);
    case "trap":
    case "wait":
      return 0;
    case "exec":
      return args.length ? yield* invoke(args, env, host2, st, sink, stdin) : 0;
    case "type":
    case "command": {
      const n = args.filter((a) => !a.startsWith("-"))[0];
      if (n && (BUILTINS.has(n) || onPath(host2, n))) {
        sink.out += BUILTINS.has(n) ? `${n} is a shell builtin
` : `${n} is /usr/bin/${n}
`;
        return 0;
      }
      return 1;
    }
    default: {
      const cmd = COMMANDS[name];
      const r2 = cmd(argv, { host: host2, env, cwd: st.cwd, stdin });
      sink.out += r2.out;
      if (r2.err) sink.err += r2.err;
      return r2.code;
    }
  }
}
function normalizeCwd(p, cwd) {
  const parts = [];
  for (const x of (p.startsWith("/") ? p : `${cwd}/${p}`).split("/")) {
    if (!x || x === ".") continue;
    if (x === "..") parts.pop();
    else parts.push(x);
  }
  return "/" + parts.join("/");
}
function* expand2(word, host2, st, sink) {
  const fields = [];
  let cur = "";
  let any = false;
  let glob = false;
  let i = 0;
  const pushSplit = (text) => {
    const parts = text.split(/\s+/);
    parts.forEach((p, k) => {
      if (k > 0 && (cur !== "" || any)) {
        fields.push(cur);
        cur = "";
        any = false;
      }
      cur += p;
      if (p) any = true;
    });
  };
  function* dollar(quoted) {
    i++;
    const c = word[i];
    let val = "";
    if (c === "(") {
      let depth = 0;
      let j = i;
      for (; j < word.length; j++) {
        if (word[j] === "(") depth++;
        else if (word[j] === ")" && --depth === 0) break;
      }
      const sub = { out: "", err: "" };
      yield* runScript(word.slice(i + 1, j), host2, { ...st, vars: { ...st.vars }, main: false }, sub);
      sink.err += sub.err;
      val = sub.out.replace(/\n+$/, "");
      i = j + 1;
    } else if (c === "{") {
      const j = word.indexOf("}", i);
      const inner = word.slice(i + 1, j);
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(:?-)?(.*)$/.exec(inner);
      val = m ? st.vars[m[1]] ?? (m[2] ? m[3] : "") : "";
      if (m && m[2] === ":-" && val === "") val = m[3];
      i = j + 1;
    } else if (c === "?") {
      val = String(st.last);
      i++;
    } else if (c === "$") {
      val = "1";
      i++;
    } else if (c !== void 0 && /[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < word.length && /[A-Za-z0-9_]/.test(word[j])) j++;
      val = st.vars[word.slice(i, j)] ?? "";
      i = j;
    } else if (c !== void 0 && /[0-9@*#]/.test(c)) {
      val = c === "#" ? "0" : "";
      i++;
    } else {
      cur += "$";
      any = true;
      return;
    }
    if (quoted) {
      cur += val;
      any = true;
    } else pushSplit(val);
  }
  while (i < word.length) {
    const c = word[i];
    if (c === "'") {
      const j = word.indexOf("'", i + 1);
      cur += word.slice(i + 1, j);
      any = true;
      i = j + 1;
    } else if (c === '"') {
      any = true;
      i++;
      while (i < word.length && word[i] !== '"') {
        if (word[i] === "\\" && /["\\$`]/.test(word[i + 1] ?? "")) {
          cur += word[i + 1];
          i += 2;
        } else if (word[i] === "$") yield* dollar(true);
        else cur += word[i++];
      }
      i++;
    } else if (c === "\\") {
      cur += word[i + 1] ?? "";
      any = true;
      i += 2;
    } else if (c === "$") {
      yield* dollar(false);
    } else if (c === "`") {
      const j = word.indexOf("`", i + 1);
      const sub = { out: "", err: "" };
      yield* runScript(word.slice(i + 1, j < 0 ? word.length : j), host2, { ...st, vars: { ...st.vars }, main: false }, sub);
      pushSplit(sub.out.replace(/\n+$/, ""));
      i = j < 0 ? word.length : j + 1;
    } else {
      if (c === "*" || c === "?") glob = true;
      cur += c;
      any = true;
      i++;
    }
  }
  if (cur !== "" || any) fields.push(cur);
  if (glob) return fields.flatMap((f) => globExpand(f, host2, st.cwd));
  return fields;
}
function globExpand(pattern, host2, cwd) {
  if (!/[*?]/.test(pattern)) return [pattern];
  const slash = pattern.lastIndexOf("/");
  const dir = slash >= 0 ? pattern.slice(0, slash) || "/" : cwd;
  const pat = slash >= 0 ? pattern.slice(slash + 1) : pattern;
  const re = new RegExp("^" + pat.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
  const names = (host2.fs.list(dir) ?? []).filter((n) => re.test(n) && (!n.startsWith(".") || pat.startsWith(".")));
  if (!names.length) return [pattern];
  return names.map((n) => slash >= 0 ? `${dir === "/" ? "" : dir}/${n}` : n);
}

// src/sim/kubelet/exec/index.ts
var SPIN_NOTE = `command stopped: a loop ran ${MAX_SPIN} times without sleeping and would never end (the playground's limit); the container keeps running
`;
var MAX_EXEC_SLEEP = 36e5;
function containerEnv(k, rt, c) {
  const env = { PATH: c.def?.env.PATH ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", HOSTNAME: rt.pod.spec?.hostNetwork ? rt.node : rt.pod.spec?.hostname ?? rt.name };
  for (const [key3, v] of Object.entries(c.def?.env ?? {})) if (key3 !== "PATH") env[key3] = v;
  const started = c.state.running?.startedAt;
  Object.assign(env, serviceEnv(k.ctx.api, rt.ns, rt.pod.spec?.enableServiceLinks !== false, started));
  Object.assign(env, c.env);
  env.HOME = env.HOME ?? (c.def?.user.uid === 0 || c.def?.user.uid === void 0 ? "/root" : "/");
  return env;
}
function execIn(k, rt, c, argv, stdin, advance) {
  const host2 = makeHost(k, rt, c);
  const exe = argv[0] ?? "";
  if (!onPath(host2, exe)) {
    if (exe.includes("/")) return { out: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": stat ${exe}: no such file or directory: unknown
`, code: 127 };
    return { out: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${exe}": executable file not found in $PATH: unknown
`, code: 126 };
  }
  const env = containerEnv(k, rt, c);
  const sink = { out: "", err: "" };
  const st = { vars: { ...env }, cwd: c.spec.workingDir ?? c.def?.workingDir ?? "/", last: 0, shell: shellKind(c.def, exe), main: false };
  const gen = invoke(argv, env, host2, st, sink, stdin);
  let out = "";
  let slept = 0;
  for (let guard = 0; guard < 1e5; guard++) {
    const r2 = gen.next();
    out += sink.err + sink.out;
    sink.out = "";
    sink.err = "";
    if (r2.done) return { out, code: r2.value };
    if (r2.value === SPIN) return { out: out + SPIN_NOTE, code: 130 };
    if (typeof r2.value === "number") {
      const ms = Math.min(r2.value, MAX_EXEC_SLEEP - slept);
      if (ms <= 0) return { out, code: 130 };
      slept += ms;
      if (advance) k.ctx.cluster.advance(ms);
      if (!c.proc?.alive) return { out, code: 137 };
    }
  }
  return { out, code: 0 };
}

// src/sim/kubelet/node-state.ts
function nodeIP(index) {
  const n = 100 + index;
  return `192.168.${Math.floor(n / 256)}.${n % 256}`;
}
function newNodeState(config, index, podCIDRPrefix, now) {
  const hostPaths = /* @__PURE__ */ new Map();
  for (const p of ["/data", "/var/log", "/tmp", "/etc", "/var/lib", "/opt", "/mnt", "/srv"]) hostPaths.set(p, new Tree(now));
  return {
    name: config.name,
    index,
    ip: nodeIP(index),
    cidrPrefix: `${podCIDRPrefix}.${index}`,
    config,
    usedIPs: /* @__PURE__ */ new Set(),
    lastIP: 1,
    images: /* @__PURE__ */ new Set(),
    pulling: /* @__PURE__ */ new Set(),
    pullFreeAt: 0,
    hostPaths
  };
}
function allocateIP(n) {
  for (let k = 0; k < 253; k++) {
    n.lastIP = n.lastIP >= 254 ? 2 : n.lastIP + 1;
    const ip = `${n.cidrPrefix}.${n.lastIP}`;
    if (!n.usedIPs.has(ip)) {
      n.usedIPs.add(ip);
      return ip;
    }
  }
  return `${n.cidrPrefix}.254`;
}

// src/sim/kubelet/process.ts
var MAX_LOG = 2e5;
function containerArgv(c) {
  const def2 = c.def;
  const map = mappingOf(c.env);
  const command = c.spec.command;
  const args = c.spec.args;
  const argv = command ? [...command, ...args ?? []] : [...def2?.entrypoint ?? [], ...args ?? def2?.cmd ?? []];
  return argv.map((a) => expand(String(a), map));
}
function appendLog(c, text, now) {
  if (!text) return;
  let starts = c.logs === "" || c.logs.endsWith("\n") ? 1 : 0;
  for (let i = 0; i < text.length - 1; i++) if (text[i] === "\n") starts++;
  for (let i = 0; i < starts; i++) c.logTimes.push(now);
  c.logs += text;
  if (c.logs.length > MAX_LOG) {
    const cut2 = c.logs.indexOf("\n", c.logs.length - MAX_LOG) + 1;
    const dropped = (c.logs.slice(0, cut2).match(/\n/g) ?? []).length;
    c.logs = c.logs.slice(cut2);
    c.logTimes.splice(0, dropped);
  }
}
function startProcess(k, rt, c) {
  const def2 = c.def;
  let argv = containerArgv(c);
  if (!argv.length) return "failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: no command specified: unknown";
  const exe = argv[0];
  const host2 = makeHost(k, rt, c);
  if (!onPath(host2, exe)) {
    const why = exe.includes("/") ? `exec: "${exe}": stat ${exe}: no such file or directory` : `exec: "${exe}": executable file not found in $PATH`;
    return `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${why}: unknown`;
  }
  const proc = { argv, alive: true, timers: /* @__PURE__ */ new Set(), startedMs: k.ctx.clock.now() };
  c.proc = proc;
  c.state = { running: { startedAt: k.ctx.clock.isoNow() } };
  const ctx = programCtx(k, rt, c, proc);
  while (def2.wrappers?.includes(basename(argv[0])) && argv.length > 1) argv = argv.slice(1);
  const daemon = def2.daemons?.[basename(argv[0])];
  const shellOnly = readsStdin(argv);
  if (shellOnly && c.spec.stdin) {
    proc.stdinWait = true;
    proc.program = { sigterm: "ignore" };
    return void 0;
  }
  const begin = () => {
    if (!proc.alive) return;
    if (daemon) {
      const program = daemon({ ...ctx, argv });
      if (proc.alive) proc.program = program;
      return;
    }
    const sink = { out: "", err: "" };
    const st = { vars: { ...c.env }, cwd: c.spec.workingDir ?? def2.workingDir ?? "/", last: 0, shell: shellKind(def2, argv[0]), main: true };
    const gen = invoke(argv, c.env, host2, st, sink, "");
    const drive = () => {
      for (let guard = 0; guard < 1e4 && proc.alive; guard++) {
        const r2 = gen.next();
        appendLog(c, sink.out + sink.err, k.ctx.clock.now());
        sink.out = "";
        sink.err = "";
        if (r2.done) {
          ctx.exit(r2.value);
          return;
        }
        const y = r2.value;
        if (typeof y === "object" && "spin" in y) return;
        if (typeof y === "number") {
          if (y === Infinity) return;
          ctx.after(y, drive);
          return;
        }
        const d = def2.daemons?.[basename(y.daemon[0])];
        if (d) {
          const program = d({ ...ctx, argv: y.daemon });
          if (proc.alive) proc.program = program;
        }
        return;
      }
    };
    drive();
  };
  timer(k, proc, 10, begin);
  return void 0;
}
function readsStdin(argv) {
  const base3 = basename(argv[0]);
  const rest = argv.slice(1);
  if (["sh", "ash", "bash", "dash"].includes(base3)) return rest.every((a) => a === "-i" || a === "-l");
  if (base3 === "cat") return rest.length === 0;
  if (base3 === "mysql") return !rest.some((a) => a === "-e" || a.startsWith("--execute"));
  if (base3 === "redis-cli") return rest.every((a, i) => a.startsWith("-") || ["-h", "-p"].includes(rest[i - 1]));
  return false;
}
function timer(k, proc, ms, fn) {
  const id2 = k.ctx.clock.after(ms, () => {
    proc.timers.delete(id2);
    if (proc.alive) fn();
  }, "process");
  proc.timers.add(id2);
}
function programCtx(k, rt, c, proc) {
  const fs = () => k.fsOf(rt, c);
  const limit = c.spec.resources?.limits?.memory;
  return {
    argv: proc.argv,
    env: c.env,
    hostname: rt.pod.spec?.hostNetwork ? rt.node : rt.pod.spec?.hostname ?? rt.name,
    podIP: rt.ip,
    fs: {
      read: (p) => fs().read(p),
      write: (p, content, append) => fs().write(p, content, append),
      exists: (p) => fs().exists(p),
      mkdirp: (p) => fs().mkdirp(p),
      list: (p) => fs().list(p)
    },
    log: (line) => appendLog(c, line + "\n", k.ctx.clock.now()),
    every: (ms, fn) => {
      const tick2 = () => {
        fn();
        timer(k, proc, ms, tick2);
      };
      timer(k, proc, ms, tick2);
    },
    after: (ms, fn) => timer(k, proc, ms, fn),
    exit: (code, reason) => {
      if (proc.alive && c.proc === proc) k.containerExited(rt, c, code, reason);
    },
    now: () => k.ctx.clock.now(),
    random: (n) => k.rng.int(n),
    memoryLimit: limit !== void 0 ? parseQuantity(String(limit)) : void 0
  };
}
function stopProc(k, c) {
  const p = c.proc;
  if (!p) return;
  p.alive = false;
  for (const t of p.timers) k.ctx.clock.cancel(t);
  p.timers.clear();
  if (p.killTimer !== void 0) k.ctx.clock.cancel(p.killTimer);
  p.killTimer = void 0;
}
function signalTerm(k, rt, c, deadline) {
  const p = c.proc;
  if (!p?.alive) return;
  const program = p.program;
  if (program?.sigterm === "exit") {
    timer(k, p, 100 + k.rng.int(200), () => k.containerExited(rt, c, program.sigtermCode ?? 0));
    return;
  }
  if (p.killTimer !== void 0) k.ctx.clock.cancel(p.killTimer);
  p.killTimer = k.ctx.clock.schedule(deadline, () => {
    p.killTimer = void 0;
    if (p.alive) k.containerExited(rt, c, 137, "Error");
  }, "sigkill");
}

// src/sim/kubelet/probes.ts
var LABEL = { startup: "Startup", liveness: "Liveness", readiness: "Readiness" };
function portOf(c, port) {
  if (typeof port === "number") return port;
  if (/^\d+$/.test(String(port))) return Number(port);
  const p = (c.spec.ports ?? []).find((x) => x.name === port);
  return p?.containerPort ?? 0;
}
function runProbe(k, rt, c, p) {
  const node2 = k.nodes.get(rt.node);
  const gateway = `${node2.cidrPrefix}.1`;
  if (p.httpGet) {
    const port = portOf(c, p.httpGet.port);
    if (c.probesBroken) return { ok: false, msg: "HTTP probe failed with statuscode: 500" };
    const path2 = p.httpGet.path ?? "/";
    const ip = p.httpGet.host ?? rt.ip;
    const scheme = String(p.httpGet.scheme ?? "HTTP").toLowerCase();
    const headers = { "User-Agent": "kube-probe/1.34", Accept: "*/*" };
    for (const h of p.httpGet.httpHeaders ?? []) headers[h.name] = h.value;
    const r2 = serveLocal(k, rt, port, { method: "GET", path: path2, headers, clientIP: gateway });
    if (!r2) return { ok: false, msg: `Get "${scheme}://${ip}:${port}${path2}": dial tcp ${ip}:${port}: connect: connection refused` };
    if (r2.status >= 200 && r2.status < 400) return { ok: true, msg: "" };
    return { ok: false, msg: `HTTP probe failed with statuscode: ${r2.status}` };
  }
  if (p.tcpSocket || p.grpc) {
    const port = portOf(c, (p.tcpSocket ?? p.grpc).port);
    if (c.probesBroken) return { ok: false, msg: `dial tcp ${rt.ip}:${port}: connect: connection refused` };
    const listening = rt.containers.some((x) => x.proc?.alive && (x.proc.program?.tcp?.includes(port) || x.proc.program?.http?.[port]));
    return listening ? { ok: true, msg: "" } : { ok: false, msg: `dial tcp ${rt.ip}:${port}: connect: connection refused` };
  }
  if (p.exec) {
    if (c.probesBroken) return { ok: false, msg: "" };
    const r2 = execIn(k, rt, c, p.exec.command ?? [], "", false);
    return { ok: r2.code === 0, msg: r2.out.replace(/\n$/, "") };
  }
  return { ok: true, msg: "" };
}
function stopProbes(k, c) {
  for (const t of c.probes?.timers ?? []) k.ctx.clock.cancel(t);
  if (c.probes) c.probes.timers = [];
}
function startProbes(k, rt, c) {
  c.probes = { timers: [], liveFails: 0, readyFails: 0, readyOk: 0, startFails: 0 };
  if (c.spec.startupProbe) schedule(k, rt, c, "startup", true);
  else {
    if (c.spec.livenessProbe) schedule(k, rt, c, "liveness", true);
    if (c.spec.readinessProbe) schedule(k, rt, c, "readiness", true);
  }
}
function schedule(k, rt, c, kind, first) {
  const p = c.spec[`${kind}Probe`];
  const period = (p.periodSeconds ?? 10) * 1e3;
  const delay = (p.initialDelaySeconds ?? 0) * 1e3;
  const wait = first ? delay > 0 ? Math.ceil(delay / period) * period : Math.min(1e3, period) : period;
  const id2 = k.after(rt, wait, () => {
    if (!c.proc?.alive || rt.terminating) return;
    tick(k, rt, c, kind);
  });
  c.probes.timers.push(id2);
}
function tick(k, rt, c, kind) {
  const p = c.spec[`${kind}Probe`];
  const st = c.probes;
  const r2 = runProbe(k, rt, c, p);
  const failureThreshold = p.failureThreshold ?? 3;
  const successThreshold = p.successThreshold ?? 1;
  if (!r2.ok) k.event(rt, "Warning", "Unhealthy", `${LABEL[kind]} probe failed: ${r2.msg}`, k.fieldPath(c));
  if (kind === "readiness") {
    if (r2.ok) {
      st.readyFails = 0;
      st.readyOk++;
      if (!c.ready && st.readyOk >= successThreshold) {
        c.ready = true;
        k.writeStatus(rt);
      }
    } else {
      st.readyOk = 0;
      st.readyFails++;
      if (c.ready && st.readyFails >= failureThreshold) {
        c.ready = false;
        k.writeStatus(rt);
      }
    }
  } else if (kind === "liveness" || kind === "startup") {
    if (r2.ok) {
      st.liveFails = 0;
      if (kind === "startup") {
        c.started = true;
        if (!c.spec.readinessProbe) c.ready = true;
        k.writeStatus(rt);
        if (c.spec.livenessProbe) schedule(k, rt, c, "liveness", true);
        if (c.spec.readinessProbe) schedule(k, rt, c, "readiness", true);
        return;
      }
    } else if (++st.liveFails >= failureThreshold) {
      k.event(rt, "Normal", "Killing", `Container ${c.name} failed ${kind} probe, will be restarted`, k.fieldPath(c));
      stopProbes(k, c);
      const grace = (p.terminationGracePeriodSeconds ?? rt.pod.spec?.terminationGracePeriodSeconds ?? 30) * 1e3;
      signalTerm(k, rt, c, k.ctx.clock.now() + grace);
      return;
    }
  }
  schedule(k, rt, c, kind, false);
}

// src/sim/kubelet/state.ts
function podKey(ns, name) {
  return `${ns}/${name}`;
}

// src/sim/kubelet/status.ts
function qosClass(pod) {
  const cs = [...pod.spec?.containers ?? [], ...pod.spec?.initContainers ?? []];
  let any = false;
  let guaranteed = true;
  for (const c of cs) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r2 of ["cpu", "memory"]) {
      const l = lim[r2];
      const q = req[r2] ?? l;
      if (l === void 0 || q === void 0 || parseQuantity(String(l)) !== parseQuantity(String(q))) guaranteed = false;
    }
  }
  if (!any) return "BestEffort";
  return guaranteed ? "Guaranteed" : "Burstable";
}
function podPhase(rt) {
  if (rt.final) return rt.final;
  const inits = rt.containers.filter((c) => c.init);
  if (inits.some((c) => !(c.done && c.state.terminated?.exitCode === 0))) {
    if (inits.some((c) => c.done && (c.state.terminated?.exitCode ?? 0) !== 0)) return "Failed";
    return "Pending";
  }
  const policy = rt.pod.spec?.restartPolicy ?? "Always";
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  for (const c of rt.containers) {
    if (c.init) continue;
    if (c.state.running) running++;
    else if (c.state.terminated) {
      stopped++;
      if (c.state.terminated.exitCode === 0) succeeded++;
    } else if (c.lastState.terminated) {
      stopped++;
      if (c.lastState.terminated.exitCode === 0) succeeded++;
    } else waiting++;
  }
  if (waiting > 0) return "Pending";
  if (running > 0) return "Running";
  if (stopped > 0) {
    if (policy === "Always") return "Running";
    if (policy === "OnFailure") return stopped === succeeded ? "Succeeded" : "Running";
    return stopped === succeeded ? "Succeeded" : "Failed";
  }
  return "Pending";
}
function containerStatus(c) {
  const s = {
    name: c.name,
    state: c.state,
    lastState: c.lastState,
    ready: c.ready,
    restartCount: c.restartCount,
    image: c.imageName ?? c.spec.image,
    imageID: c.imageID ?? "",
    started: c.started
  };
  if (c.containerID) s.containerID = c.containerID;
  const mounts2 = (c.spec.volumeMounts ?? []).map((m) => ({
    name: m.name,
    mountPath: m.mountPath,
    ...m.readOnly ? { readOnly: true, recursiveReadOnly: "Disabled" } : {}
  }));
  if (mounts2.length) s.volumeMounts = mounts2;
  return s;
}
function buildStatus(rt, stored, now) {
  const phase = podPhase(rt);
  const mains = rt.containers.filter((c) => !c.init);
  const inits = rt.containers.filter((c) => c.init);
  const terminal = phase === "Succeeded" || phase === "Failed";
  const unready = mains.filter((c) => !c.ready).map((c) => c.name);
  const pendingInit = inits.filter((c) => !(c.done && c.state.terminated?.exitCode === 0)).map((c) => c.name);
  const cond = (type, status3, reason, message) => {
    const st = status3 ? "True" : "False";
    const prev = rt.conditionTimes.get(type);
    const time2 = prev && prev.status === st ? prev.time : now;
    rt.conditionTimes.set(type, { status: st, time: time2 });
    const c = { type, status: st, lastProbeTime: null, lastTransitionTime: time2 };
    if (reason) c.reason = reason;
    if (message) c.message = message;
    return c;
  };
  const conditions = [
    cond("PodReadyToStartContainers", rt.sandboxReady && !terminal),
    inits.length && pendingInit.length && !terminal ? cond("Initialized", false, "ContainersNotInitialized", `containers with incomplete status: [${pendingInit.join(" ")}]`) : cond("Initialized", true, terminal && phase === "Succeeded" && inits.length ? "PodCompleted" : void 0),
    terminal ? cond("Ready", false, "PodCompleted") : unready.length ? cond("Ready", false, "ContainersNotReady", `containers with unready status: [${unready.join(" ")}]`) : cond("Ready", true),
    terminal ? cond("ContainersReady", false, "PodCompleted") : unready.length ? cond("ContainersReady", false, "ContainersNotReady", `containers with unready status: [${unready.join(" ")}]`) : cond("ContainersReady", true)
  ];
  const owned = /* @__PURE__ */ new Set(["PodReadyToStartContainers", "Initialized", "Ready", "ContainersReady"]);
  for (const c of stored.status?.conditions ?? []) if (!owned.has(c.type)) conditions.push(c);
  if (!conditions.some((c) => c.type === "PodScheduled")) conditions.push(cond("PodScheduled", true));
  const status2 = {
    phase,
    conditions,
    hostIP: rt.hostIP,
    hostIPs: [{ ip: rt.hostIP }]
  };
  if (rt.sandboxReady || terminal) {
    if (rt.ip) {
      status2.podIP = rt.ip;
      status2.podIPs = [{ ip: rt.ip }];
    }
  }
  if (rt.startTime) status2.startTime = rt.startTime;
  if (inits.length) status2.initContainerStatuses = inits.map(containerStatus);
  status2.containerStatuses = mains.map(containerStatus);
  status2.qosClass = stored.status?.qosClass ?? qosClass(stored);
  return status2;
}

// src/sim/kubelet/kubelet.ts
var SOURCE3 = "kubelet";
var MAX_BACKOFF = 300;
function podDesc(p) {
  return `${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})`;
}
function goDuration(ms) {
  if (ms < 1e3) return `${ms}ms`;
  const m = Math.floor(ms / 6e4);
  const s = (ms % 6e4 / 1e3).toFixed(3).replace(/\.?0+$/, "");
  return m ? `${m}m${s}s` : `${s}s`;
}
var Kubelet = class {
  constructor(ctx) {
    this.ctx = ctx;
    this.rng = ctx.rng.fork("kubelet");
    this.storage = {
      hostPath: (node2, path2, create) => {
        const n = this.nodes.get(node2);
        if (!n) return void 0;
        let t = n.hostPaths.get(path2);
        if (!t && create) {
          t = new Tree(this.ctx.clock.now());
          n.hostPaths.set(path2, t);
        }
        return t;
      },
      pv: (name) => {
        let t = this.pvTrees.get(name);
        if (!t) {
          t = new Tree(this.ctx.clock.now(), 493);
          this.pvTrees.set(name, t);
        }
        return t;
      },
      wipe: (key3) => {
        this.pvTrees.get(key3)?.root.children.clear();
      }
    };
    ctx.config.nodes.forEach((cfg, i) => this.nodes.set(cfg.name, newNodeState(cfg, i, ctx.config.podCIDRPrefix, ctx.clock.now())));
  }
  ctx;
  name = "kubelet";
  nodes = /* @__PURE__ */ new Map();
  pods = /* @__PURE__ */ new Map();
  byIP = /* @__PURE__ */ new Map();
  dirty = /* @__PURE__ */ new Set();
  statusDirty = /* @__PURE__ */ new Set();
  /** Nodes whose machine is down: their kubelet neither acts nor reports. */
  downNodes = /* @__PURE__ */ new Set();
  /** `configmaps/ns/name` → pods waiting for it. */
  waiting = /* @__PURE__ */ new Map();
  pvTrees = /* @__PURE__ */ new Map();
  rng;
  storage;
  observe(ev) {
    if (ev.resource === "pods") {
      const node2 = ev.object.spec?.nodeName;
      if (node2 && this.nodes.has(node2) || ev.type === "DELETED") {
        const key3 = podKey(ev.object.metadata.namespace, ev.object.metadata.name);
        if (ev.type !== "DELETED" || this.pods.has(key3)) this.dirty.add(key3);
      }
      return;
    }
    if (ev.resource === "configmaps" || ev.resource === "secrets" || ev.resource === "persistentvolumeclaims") {
      const key3 = `${ev.resource}/${ev.object.metadata.namespace}/${ev.object.metadata.name}`;
      if (ev.type === "MODIFIED" && ev.resource !== "persistentvolumeclaims") this.scheduleVolumeRefresh(ev.resource, ev.object.metadata.namespace, ev.object.metadata.name);
      const set = this.waiting.get(key3);
      if (set) {
        this.waiting.delete(key3);
        for (const k of set) {
          const rt = this.pods.get(k);
          if (rt) this.wake(rt);
        }
      }
    }
  }
  sync() {
    if (!this.dirty.size && !this.statusDirty.size) return false;
    const keys = [...this.dirty];
    this.dirty.clear();
    for (const k of keys) this.reconcile(k);
    this.flushStatus();
    return true;
  }
  /** Write the statuses changed since the last flush: one write per pod per step, like the status manager. */
  flushStatus() {
    while (this.statusDirty.size) {
      const list = [...this.statusDirty];
      this.statusDirty.clear();
      for (const rt of list) this.writeStatusNow(rt);
    }
  }
  // ---- lookups other layers use ----
  find(ns, name) {
    return this.pods.get(podKey(ns, name));
  }
  podsAt(ip) {
    return [...this.byIP.get(ip) ?? []];
  }
  /** The files of the container listening on ip:port (TCP tools like redis-cli and mysql). */
  listenerFs(ip, port) {
    for (const rt of this.podsAt(ip)) {
      for (const c of rt.containers) {
        const p = c.proc?.program;
        if (c.proc?.alive && p && (p.tcp?.includes(port) || p.http?.[port])) return this.fsOf(rt, c);
      }
    }
    return void 0;
  }
  /**
   * Power a node off or on. Off: every container on it dies with the machine and nothing is reported.
   * On: the kubelet finds its pods again and starts their containers in new sandboxes.
   */
  setNodeDown(name, down) {
    if (down === this.downNodes.has(name)) return;
    const onNode = [...this.pods.values()].filter((rt) => rt.node === name);
    if (down) {
      this.downNodes.add(name);
      for (const rt of onNode) {
        this.cancelTimers(rt);
        for (const c of rt.containers) {
          stopProc(this, c);
          stopProbes(this, c);
        }
      }
      return;
    }
    this.downNodes.delete(name);
    for (const rt of onNode) {
      this.teardown(rt);
      this.dirty.add(podKey(rt.ns, rt.name));
    }
    for (const p of this.ctx.api.store.byIndex("pods", "nodeName", name)) this.dirty.add(podKey(p.metadata.namespace, p.metadata.name));
  }
  /** `kubectl attach`/`run -i`: give a waiting shell its stdin; it runs the input and ends (stdinOnce). */
  attachStdin(ns, name, stdin) {
    const rt = this.find(ns, name);
    const c = rt?.containers.find((x) => !x.init && x.proc?.stdinWait);
    if (!rt || !c || stdin === void 0) return;
    c.proc.stdinWait = false;
    const r2 = execIn(this, rt, c, c.proc.argv, stdin, true);
    appendLog(c, r2.out, this.ctx.clock.now());
    if (c.proc?.alive && c.spec.stdinOnce !== false) this.containerExited(rt, c, r2.code);
  }
  // ---- reconcile ----
  reconcile(key3) {
    const [ns, name] = key3.split("/");
    const pod = this.ctx.api.tryGet("pods", ns, name);
    let rt = this.pods.get(key3);
    if (!pod) {
      if (rt) this.teardown(rt);
      return;
    }
    if (rt && rt.uid !== pod.metadata.uid) {
      this.teardown(rt);
      rt = void 0;
    }
    const node2 = this.nodes.get(pod.spec?.nodeName);
    if (!node2 || this.downNodes.has(node2.name)) return;
    if (!rt) {
      if (pod.status?.phase === "Succeeded" || pod.status?.phase === "Failed") return;
      if (pod.metadata.deletionTimestamp) {
        this.ctx.api.remove("pods", pod);
        return;
      }
      rt = this.admit(pod, node2);
    }
    rt.pod = pod;
    if (pod.metadata.deletionTimestamp) this.terminate(rt);
  }
  admit(pod, node2) {
    const hostNetwork = !!pod.spec?.hostNetwork;
    const rt = {
      uid: pod.metadata.uid,
      ns: pod.metadata.namespace,
      name: pod.metadata.name,
      node: node2.name,
      ip: hostNetwork ? node2.ip : "",
      hostIP: node2.ip,
      pod,
      containers: [
        ...(pod.spec?.initContainers ?? []).map((s) => this.newContainer(s, true)),
        ...(pod.spec?.containers ?? []).map((s) => this.newContainer(s, false))
      ],
      sandboxReady: false,
      volumes: /* @__PURE__ */ new Map(),
      volumesReady: false,
      timers: /* @__PURE__ */ new Set(),
      terminating: false,
      conditionTimes: /* @__PURE__ */ new Map()
    };
    const hasInit = rt.containers.some((x) => x.init);
    for (const c of rt.containers) c.state = { waiting: { reason: hasInit ? "PodInitializing" : "ContainerCreating" } };
    this.pods.set(podKey(rt.ns, rt.name), rt);
    rt.startTime = this.ctx.clock.isoNow();
    this.writeStatus(rt);
    this.setupVolumes(rt);
    return rt;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  newContainer(spec, init) {
    return {
      name: spec.name,
      spec,
      init,
      state: {},
      lastState: {},
      restartCount: 0,
      ready: false,
      started: false,
      logs: "",
      logTimes: [],
      env: {},
      backoff: 0,
      busy: false,
      done: false,
      pullBackoff: 0,
      clockOffset: { ms: 0 }
    };
  }
  /** Mount volumes; a missing ConfigMap/Secret/claim keeps the pod in ContainerCreating until it appears. */
  setupVolumes(rt) {
    const node2 = this.nodes.get(rt.node);
    const r2 = setupVolumes(this.ctx.api, rt.pod, this.storage, { cpu: node2.config.cpu, memory: node2.config.memory }, this.ctx.clock.now());
    if (!r2.ok) {
      rt.blocked = r2.error;
      if (r2.waitOn) this.waitOn(r2.waitOn, rt);
      if (!r2.error.includes("unbound immediate")) this.event(rt, "Warning", "FailedMount", r2.error);
      return;
    }
    rt.blocked = void 0;
    rt.volumes = r2.volumes;
    rt.volumesReady = true;
    this.after(rt, 300 + this.rng.int(700), () => {
      if (rt.terminating) return;
      if (!rt.ip) {
        rt.ip = allocateIP(node2);
      }
      this.indexIP(rt);
      rt.sandboxReady = true;
      this.writeStatus(rt);
      this.startNext(rt);
    });
  }
  /** ConfigMap and Secret volumes follow changes after the kubelet's next sync (a few seconds to a minute). */
  scheduleVolumeRefresh(resource, ns, name) {
    const isCm = resource === "configmaps";
    const uses = (v) => (isCm ? v.configMap?.name === name : v.secret?.secretName === name) || // eslint-disable-next-line @typescript-eslint/no-explicit-any
    (v.projected?.sources ?? []).some((s) => (isCm ? s.configMap?.name : s.secret?.name) === name);
    for (const rt of this.pods.values()) {
      if (rt.ns !== ns || !rt.volumesReady || rt.terminating) continue;
      const vols = (rt.pod.spec?.volumes ?? []).filter(uses).map((v) => v.name);
      if (!vols.length) continue;
      this.after(rt, 5e3 + this.rng.int(55e3), () => {
        const node2 = this.nodes.get(rt.node);
        const r2 = setupVolumes(this.ctx.api, rt.pod, this.storage, { cpu: node2.config.cpu, memory: node2.config.memory }, this.ctx.clock.now());
        if (!r2.ok) return;
        for (const v of vols) {
          const cur = rt.volumes.get(v);
          const next = r2.volumes.get(v);
          if (!cur || !next) continue;
          const subPathUsers = rt.containers.some((c) => (c.spec.volumeMounts ?? []).some((m) => m.name === v && m.subPath));
          const merged = next.tree.root.children;
          if (subPathUsers) {
            for (const [k, n] of cur.tree.root.children) if (k.startsWith("..") && k !== "..data" && !merged.has(k)) merged.set(k, n);
          }
          cur.tree.root.children = merged;
        }
      });
    }
  }
  waitOn(key3, rt) {
    let s = this.waiting.get(key3);
    if (!s) this.waiting.set(key3, s = /* @__PURE__ */ new Set());
    s.add(podKey(rt.ns, rt.name));
  }
  /** Something a blocked pod waited for changed: try again. */
  wake(rt) {
    if (rt.terminating) return;
    if (!rt.volumesReady) {
      this.setupVolumes(rt);
      return;
    }
    for (const c of rt.containers) {
      if (c.state.waiting?.reason === "CreateContainerConfigError" && !c.busy) {
        c.busy = true;
        this.createAndStart(rt, c);
      }
    }
  }
  indexIP(rt) {
    let s = this.byIP.get(rt.ip);
    if (!s) this.byIP.set(rt.ip, s = /* @__PURE__ */ new Set());
    s.add(rt);
  }
  /** Start whatever may start now: init containers one by one, then all regular containers. */
  startNext(rt) {
    if (rt.terminating || rt.final || !rt.sandboxReady) return;
    const init = rt.containers.find((c) => c.init && !(c.done && c.state.terminated?.exitCode === 0));
    if (init) {
      if (!init.busy && !init.proc?.alive && init.retryTimer === void 0 && !init.done) this.startContainer(rt, init);
      return;
    }
    for (const c of rt.containers) {
      if (c.init || c.busy || c.proc?.alive || c.done || c.retryTimer !== void 0) continue;
      if (c.state.terminated) continue;
      this.startContainer(rt, c);
    }
    this.writeStatus(rt);
  }
  startContainer(rt, c) {
    c.busy = true;
    this.ensureImage(rt, c, () => this.createAndStart(rt, c));
  }
  /** Pull per imagePullPolicy through the node's serialized puller, with the kubelet's events and back-off. */
  ensureImage(rt, c, then) {
    const node2 = this.nodes.get(rt.node);
    const image = c.spec.image ?? "";
    const res = resolveImage(image);
    const field = this.fieldPath(c);
    if (!res.ok && res.invalid) {
      c.busy = false;
      c.state = { waiting: { reason: "InvalidImageName", message: `Failed to apply default image tag "${image}": ${res.invalid}` } };
      this.event(rt, "Warning", "InspectFailed", `Failed to apply default image tag "${image}": ${res.invalid}`, field);
      this.event(rt, "Warning", "Failed", "Error: InvalidImageName", field);
      this.writeStatus(rt);
      return;
    }
    const q = res.ref ? qualified(res.ref) : image;
    const policy = c.spec.imagePullPolicy ?? defaultPullPolicy(image);
    const present = node2.images.has(q);
    if (present && policy !== "Always") {
      this.setImage(c, res);
      this.event(rt, "Normal", "Pulled", `Container image "${image}" already present on machine`, field);
      then();
      return;
    }
    if (policy === "Never") {
      c.busy = false;
      const msg = `Container image "${image}" is not present with pull policy of Never`;
      c.state = { waiting: { reason: "ErrImageNeverPull", message: msg } };
      this.event(rt, "Warning", "ErrImageNeverPull", msg, field);
      this.event(rt, "Warning", "Failed", "Error: ErrImageNeverPull", field);
      this.writeStatus(rt);
      return;
    }
    this.event(rt, "Normal", "Pulling", `Pulling image "${image}"`, field);
    const now = this.ctx.clock.now();
    const shared = present || node2.pulling.has(q);
    const dur = !res.ok ? 400 + this.rng.int(1200) : shared ? 300 + this.rng.int(700) : 500 + Math.round(res.def.size / (2e4 + this.rng.int(4e4)));
    if (res.ok) node2.pulling.add(q);
    const start = Math.max(now, node2.pullFreeAt);
    const end = start + dur;
    node2.pullFreeAt = end;
    this.after(rt, end - now, () => {
      if (rt.terminating) return;
      if (!res.ok) {
        this.pullFailed(rt, c, image, res.error ?? "not found", then);
        return;
      }
      node2.images.add(q);
      node2.pulling.delete(q);
      c.pullBackoff = 0;
      this.setImage(c, res);
      this.event(rt, "Normal", "Pulled", `Successfully pulled image "${image}" in ${goDuration(dur)} (${goDuration(end - now)} including waiting). Image size: ${res.def.size} bytes.`, field);
      then();
    });
  }
  setImage(c, res) {
    if (!res.ok) return;
    c.def = res.def;
    c.imageName = qualified(res.ref);
    c.imageID = `${repoOf(res.ref)}@${res.digest}`;
  }
  pullFailed(rt, c, image, err, retry) {
    const field = this.fieldPath(c);
    this.event(rt, "Warning", "Failed", `Failed to pull image "${image}": ${err}`, field);
    this.event(rt, "Warning", "Failed", "Error: ErrImagePull", field);
    c.state = { waiting: { reason: "ErrImagePull", message: err } };
    c.pullBackoff = c.pullBackoff ? Math.min(c.pullBackoff * 2, MAX_BACKOFF) : 10;
    const wait = c.pullBackoff * 1e3;
    this.writeStatus(rt);
    this.after(rt, 1e3, () => {
      if (rt.terminating) return;
      c.state = { waiting: { reason: "ImagePullBackOff", message: `Back-off pulling image "${image}": ErrImagePull: ${err}` } };
      this.event(rt, "Normal", "BackOff", `Back-off pulling image "${image}"`, this.fieldPath(c));
      this.event(rt, "Warning", "Failed", "Error: ImagePullBackOff", this.fieldPath(c));
      this.writeStatus(rt);
    });
    c.retryTimer = this.after(rt, wait, () => {
      c.retryTimer = void 0;
      if (rt.terminating) return;
      this.ensureImage(rt, c, retry);
    });
  }
  /** Config, security checks, then the container process; events Created/Started. */
  createAndStart(rt, c) {
    const field = this.fieldPath(c);
    const pod = rt.pod;
    const node2 = this.nodes.get(rt.node);
    const needsSvc = JSON.stringify([c.spec.env ?? [], c.spec.command ?? [], c.spec.args ?? []]).includes("$(");
    const svc = needsSvc ? serviceEnv(this.ctx.api, rt.ns, pod.spec?.enableServiceLinks !== false) : {};
    const env = resolveEnv(this.ctx.api, pod, c.spec, svc, { cpu: node2.config.cpu, memory: node2.config.memory });
    const configError = (msg) => {
      c.busy = false;
      c.state = { waiting: { reason: "CreateContainerConfigError", message: msg } };
      this.event(rt, "Warning", "Failed", `Error: ${msg}`, field);
      this.writeStatus(rt);
    };
    if (!env.ok) {
      this.waitOn(env.waitOn, rt);
      configError(env.error);
      return;
    }
    const nonRoot = verifyNonRoot(pod, c);
    if (nonRoot) {
      configError(nonRoot);
      return;
    }
    for (const bad of env.invalidKeys) {
      this.event(rt, "Warning", "InvalidEnvironmentVariableNames", `Keys [${bad.keys.join(", ")}] from the EnvFrom ${bad.kind} ${bad.ns}/${bad.name} were skipped since they are considered invalid environment variable names.`);
    }
    c.env = Object.fromEntries(env.env);
    const hadRun = !!c.containerID;
    if (hadRun) {
      c.restartCount++;
      c.prevLogs = c.logs;
      c.prevLogTimes = c.logTimes;
      c.logs = "";
      c.logTimes = [];
      c.fs = void 0;
    }
    c.containerID = `containerd://${this.hex(64)}`;
    this.event(rt, "Normal", "Created", `Created container: ${c.name}`, field);
    c.busy = false;
    const startErr = startProcess(this, rt, c);
    if (startErr) {
      this.event(rt, "Warning", "Failed", `Error: ${startErr}`, field);
      const t = this.ctx.clock.isoNow();
      c.state = { running: { startedAt: t } };
      this.containerExited(rt, c, 128, "StartError", startErr);
      return;
    }
    this.event(rt, "Normal", "Started", `Started container ${c.name}`, field);
    c.started = !c.spec.startupProbe;
    c.ready = !c.spec.readinessProbe && c.started;
    startProbes(this, rt, c);
    this.writeStatus(rt);
  }
  /** The main process ended: record it and restart per policy with CrashLoopBackOff delays. */
  containerExited(rt, c, code, reason, message) {
    stopProc(this, c);
    stopProbes(this, c);
    const startedAt = c.state.running?.startedAt ?? this.ctx.clock.isoNow();
    c.state = {
      terminated: {
        exitCode: code,
        reason: reason ?? (code === 0 ? "Completed" : "Error"),
        ...message ? { message } : {},
        startedAt,
        finishedAt: this.ctx.clock.isoNow(),
        containerID: c.containerID
      }
    };
    c.ready = false;
    c.started = false;
    if (rt.terminating) {
      this.writeStatus(rt);
      this.finishIfStopped(rt);
      return;
    }
    const policy = rt.pod.spec?.restartPolicy ?? "Always";
    const restart = policy === "Always" || policy === "OnFailure" && code !== 0 || c.init && code !== 0 && policy !== "Never";
    if (c.init && code === 0) {
      c.done = true;
      this.writeStatus(rt);
      this.startNext(rt);
      return;
    }
    if (!restart) {
      c.done = true;
      this.settle(rt);
      return;
    }
    this.writeStatus(rt);
    this.scheduleRestart(rt, c, Date.parse(startedAt));
  }
  scheduleRestart(rt, c, startedMs) {
    if (this.ctx.clock.now() - startedMs >= 6e5) c.backoff = 0;
    const delay = c.backoff;
    c.backoff = delay === 0 ? 10 : Math.min(delay * 2, MAX_BACKOFF);
    const restart = () => {
      c.retryTimer = void 0;
      if (rt.terminating) return;
      c.lastState = { terminated: c.state.terminated ?? c.lastState.terminated };
      this.startContainer(rt, c);
    };
    c.retryTimer = this.after(rt, 1e3, () => {
      if (rt.terminating) return;
      if (delay === 0) {
        restart();
        return;
      }
      c.lastState = { terminated: c.state.terminated };
      c.state = { waiting: { reason: "CrashLoopBackOff", message: `back-off ${delay}s restarting failed container=${c.name} pod=${podDesc(rt.pod)}` } };
      this.event(rt, "Warning", "BackOff", `Back-off restarting failed container ${c.name} in pod ${podDesc(rt.pod)}`, this.fieldPath(c));
      this.writeStatus(rt);
      c.retryTimer = this.after(rt, delay * 1e3 - 1e3, restart);
    });
  }
  /** All containers done for good: the pod reaches Succeeded or Failed. */
  settle(rt) {
    const mains = rt.containers.filter((x) => !x.init);
    const initFailed = rt.containers.some((x) => x.init && x.done && (x.state.terminated?.exitCode ?? 0) !== 0);
    if (initFailed || mains.every((x) => x.done)) {
      for (const x of mains) if (!x.done && !x.state.terminated) x.state = { terminated: { exitCode: 0, reason: "Completed", startedAt: this.ctx.clock.isoNow(), finishedAt: this.ctx.clock.isoNow() } };
      const failed = initFailed || mains.some((x) => (x.state.terminated?.exitCode ?? 0) !== 0);
      rt.final = failed ? "Failed" : "Succeeded";
      rt.sandboxReady = false;
      this.cancelTimers(rt);
    }
    this.writeStatus(rt);
  }
  /** Graceful deletion: SIGTERM now, SIGKILL when the grace period ends, then remove the pod. */
  terminate(rt) {
    const grace = (rt.pod.metadata.deletionGracePeriodSeconds ?? 30) * 1e3;
    const deadline = Date.parse(rt.pod.metadata.deletionTimestamp) + grace;
    if (rt.terminating) {
      for (const c of rt.containers) {
        if (c.proc?.alive && c.proc.killTimer !== void 0) {
          this.ctx.clock.cancel(c.proc.killTimer);
          c.proc.killTimer = this.ctx.clock.schedule(deadline, () => this.containerExited(rt, c, 137, "Error"));
        }
      }
      return;
    }
    rt.terminating = true;
    this.cancelTimers(rt);
    for (const c of rt.containers) {
      stopProbes(this, c);
      if (c.proc?.alive) {
        this.event(rt, "Normal", "Killing", `Stopping container ${c.name}`, this.fieldPath(c));
        signalTerm(this, rt, c, deadline);
      } else c.busy = false;
    }
    this.finishIfStopped(rt);
  }
  finishIfStopped(rt) {
    if (rt.containers.some((c) => c.proc?.alive)) return;
    const pod = this.ctx.api.tryGet("pods", rt.ns, rt.name);
    if (pod && pod.metadata.uid === rt.uid) this.ctx.api.remove("pods", pod);
    this.teardown(rt);
  }
  teardown(rt) {
    this.cancelTimers(rt);
    for (const c of rt.containers) {
      stopProc(this, c);
      stopProbes(this, c);
    }
    const key3 = podKey(rt.ns, rt.name);
    if (this.pods.get(key3) === rt) this.pods.delete(key3);
    this.byIP.get(rt.ip)?.delete(rt);
    const node2 = this.nodes.get(rt.node);
    if (node2 && !rt.pod.spec?.hostNetwork) node2.usedIPs.delete(rt.ip);
  }
  cancelTimers(rt) {
    for (const t of rt.timers) this.ctx.clock.cancel(t);
    rt.timers.clear();
    for (const c of rt.containers) c.retryTimer = void 0;
  }
  /** A timer owned by the pod (cancelled when the pod goes away). */
  after(rt, ms, fn) {
    const id2 = this.ctx.clock.after(Math.max(0, ms), () => {
      rt.timers.delete(id2);
      fn();
    }, "kubelet");
    rt.timers.add(id2);
    return id2;
  }
  // ---- helpers ----
  fieldPath(c) {
    return `spec.${c.init ? "initContainers" : "containers"}{${c.name}}`;
  }
  event(rt, type, reason, message, fieldPath) {
    const pod = this.ctx.api.tryGet("pods", rt.ns, rt.name) ?? rt.pod;
    if (pod.metadata.uid !== rt.uid) return;
    this.ctx.events.record(pod, type, reason, message, { component: SOURCE3, host: rt.node }, fieldPath);
  }
  /** Note that the pod's status changed; it is written when the current step ends (sync). */
  writeStatus(rt) {
    this.statusDirty.add(rt);
  }
  writeStatusNow(rt) {
    if (!this.pods.has(podKey(rt.ns, rt.name)) && !rt.terminating) return;
    if (this.downNodes.has(rt.node)) return;
    const stored = this.ctx.api.tryGet("pods", rt.ns, rt.name);
    if (!stored || stored.metadata.uid !== rt.uid) return;
    const status2 = buildStatus(rt, stored, this.ctx.clock.isoNow());
    const text = JSON.stringify(status2);
    if (stored === rt.written?.obj && text === rt.written.text) return;
    if (stored !== rt.written?.obj && text === JSON.stringify(stored.status)) return;
    const upd = { ...stored, status: status2 };
    const res = this.ctx.api.updateStatus(upd, text);
    rt.pod = res;
    rt.written = { obj: res, text };
  }
  hex(n) {
    let s = "";
    for (let i = 0; i < n; i++) s += "0123456789abcdef"[this.rng.int(16)];
    return s;
  }
  /** The container's file system, built on first use (image files, kubelet files, volume mounts). */
  fsOf(rt, c) {
    if (!c.fs) c.fs = nodeRootfs(this, rt, c);
    return c.fs;
  }
};

// src/sim/kubelet/nodes.ts
var CONTAINER_RUNTIME = "containerd://2.1.4";
var OS_IMAGE = "Ubuntu 24.04.3 LTS";
var KERNEL = "6.8.0-79-generic";
function preloadedImages(cfg) {
  const v = KUBERNETES_VERSION;
  const list = ["registry.k8s.io/pause:3.10.1", `registry.k8s.io/kube-proxy:${v}`, "registry.k8s.io/coredns/coredns:v1.12.1"];
  if (cfg.controlPlane) list.push("registry.k8s.io/etcd:3.6.4-0", `registry.k8s.io/kube-apiserver:${v}`, `registry.k8s.io/kube-controller-manager:${v}`, `registry.k8s.io/kube-scheduler:${v}`);
  return list;
}
function hexId(seed, n) {
  let h = 2166136261;
  let out = "";
  for (let round = 0; out.length < n; round++) {
    for (const ch of seed + round) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
    out += h.toString(16).padStart(8, "0");
  }
  return out.slice(0, n);
}
function nodeObject(cfg, index, config, now) {
  const labels = {
    "beta.kubernetes.io/arch": "amd64",
    "beta.kubernetes.io/os": "linux",
    "kubernetes.io/arch": "amd64",
    "kubernetes.io/hostname": cfg.name,
    "kubernetes.io/os": "linux"
  };
  if (cfg.controlPlane) {
    labels["node-role.kubernetes.io/control-plane"] = "";
    labels["node.kubernetes.io/exclude-from-external-load-balancers"] = "";
  }
  Object.assign(labels, cfg.labels ?? {});
  const memKi = Math.floor(bytes(cfg.memory) / 1024);
  const cidr = `${config.podCIDRPrefix}.${index}.0/24`;
  const cond = (type, status2, reason, message) => ({ type, status: status2, lastHeartbeatTime: now, lastTransitionTime: now, reason, message });
  const id2 = hexId(cfg.name, 32);
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: cfg.name,
      labels,
      annotations: {
        "kubeadm.alpha.kubernetes.io/cri-socket": "unix:///var/run/containerd/containerd.sock",
        "node.alpha.kubernetes.io/ttl": "0",
        "volumes.kubernetes.io/controller-managed-attach-detach": "true"
      }
    },
    spec: {
      podCIDR: cidr,
      podCIDRs: [cidr],
      ...cfg.controlPlane ? { taints: [{ key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }] } : {}
    },
    status: {
      capacity: { cpu: cfg.cpu, "ephemeral-storage": "20466256Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0", memory: `${memKi + 102400}Ki`, pods: String(cfg.maxPods) },
      allocatable: { cpu: cfg.cpu, "ephemeral-storage": "18861857938", "hugepages-1Gi": "0", "hugepages-2Mi": "0", memory: `${memKi}Ki`, pods: String(cfg.maxPods) },
      conditions: [
        cond("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
        cond("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
        cond("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
        cond("Ready", "True", "KubeletReady", "kubelet is posting ready status")
      ],
      addresses: [
        { type: "InternalIP", address: nodeIP(index) },
        { type: "Hostname", address: cfg.name }
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        machineID: id2,
        systemUUID: `${id2.slice(0, 8)}-${id2.slice(8, 12)}-${id2.slice(12, 16)}-${id2.slice(16, 20)}-${id2.slice(20, 32)}`,
        bootID: hexId(cfg.name + "-boot", 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, "$1-$2-$3-$4-$5"),
        kernelVersion: KERNEL,
        osImage: OS_IMAGE,
        containerRuntimeVersion: CONTAINER_RUNTIME,
        kubeletVersion: KUBERNETES_VERSION,
        operatingSystem: "linux",
        architecture: "amd64",
        swap: {}
      },
      runtimeHandlers: [{ name: "runc", features: { recursiveReadOnlyMounts: true, userNamespaces: true } }, { name: "", features: { recursiveReadOnlyMounts: true, userNamespaces: true } }],
      features: { supplementalGroupsPolicy: true }
    }
  };
}

// src/sim/kubelet/system-pods.ts
var V = KUBERNETES_VERSION;
var podDefaults = {
  dnsPolicy: "ClusterFirst",
  enableServiceLinks: true,
  preemptionPolicy: "PreemptLowerPriority",
  priority: 2000001e3,
  priorityClassName: "system-node-critical",
  restartPolicy: "Always",
  schedulerName: "default-scheduler",
  securityContext: { seccompProfile: { type: "RuntimeDefault" } },
  terminationGracePeriodSeconds: 30,
  tolerations: [{ effect: "NoExecute", operator: "Exists" }],
  hostNetwork: true
};
var containerDefaults = { imagePullPolicy: "IfNotPresent", terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File" };
function hash(s) {
  let h1 = 2166136261;
  let h2 = 19088743;
  for (const ch of s) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ ch.charCodeAt(0), 2246822519) >>> 0;
  }
  return (h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0")).repeat(2);
}
var probe = (path2, port, host2, extra = {}) => ({
  failureThreshold: 8,
  httpGet: { host: host2, path: path2, port, scheme: port === 2381 ? "HTTP" : "HTTPS" },
  initialDelaySeconds: 10,
  periodSeconds: 10,
  successThreshold: 1,
  timeoutSeconds: 15,
  ...extra
});
function staticPods(node2, nodeIP2, seen) {
  const nodeName = node2.metadata.name;
  const mk = (component, image, command, cpu, extraAnn, liveness, memory) => {
    const h = hash(component + nodeName);
    return {
      apiVersion: "v1",
      kind: "Pod",
      metadata: {
        name: `${component}-${nodeName}`,
        namespace: "kube-system",
        labels: { component, tier: "control-plane" },
        annotations: { ...extraAnn, "kubernetes.io/config.hash": h, "kubernetes.io/config.mirror": h, "kubernetes.io/config.seen": seen, "kubernetes.io/config.source": "file" },
        ownerReferences: [{ apiVersion: "v1", kind: "Node", name: nodeName, uid: node2.metadata.uid, controller: true }]
      },
      spec: {
        ...deepCopy(podDefaults),
        nodeName,
        containers: [
          {
            name: component,
            image,
            command,
            ...containerDefaults,
            resources: { requests: { cpu, ...memory ? { memory } : {} } },
            livenessProbe: liveness
          }
        ]
      }
    };
  };
  return [
    mk(
      "etcd",
      "registry.k8s.io/etcd:3.6.4-0",
      ["etcd", `--advertise-client-urls=https://${nodeIP2}:2379`, "--data-dir=/var/lib/etcd", `--listen-client-urls=https://127.0.0.1:2379,https://${nodeIP2}:2379`, `--name=${nodeName}`],
      "100m",
      { "kubeadm.kubernetes.io/etcd.advertise-client-urls": `https://${nodeIP2}:2379` },
      probe("/livez", 2381, "127.0.0.1"),
      "100Mi"
    ),
    mk(
      "kube-apiserver",
      `registry.k8s.io/kube-apiserver:${V}`,
      ["kube-apiserver", `--advertise-address=${nodeIP2}`, "--authorization-mode=Node,RBAC", "--secure-port=6443", "--service-cluster-ip-range=10.96.0.0/12", "--service-node-port-range=30000-32767"],
      "250m",
      { "kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint": `${nodeIP2}:6443` },
      probe("/livez", 6443, nodeIP2)
    ),
    mk(
      "kube-controller-manager",
      `registry.k8s.io/kube-controller-manager:${V}`,
      ["kube-controller-manager", "--allocate-node-cidrs=true", "--cluster-cidr=10.244.0.0/16", "--leader-elect=true", "--service-cluster-ip-range=10.96.0.0/12", "--use-service-account-credentials=true"],
      "200m",
      {},
      probe("/healthz", 10257, "127.0.0.1")
    ),
    mk(
      "kube-scheduler",
      `registry.k8s.io/kube-scheduler:${V}`,
      ["kube-scheduler", "--authentication-kubeconfig=/etc/kubernetes/scheduler.conf", "--bind-address=127.0.0.1", "--kubeconfig=/etc/kubernetes/scheduler.conf", "--leader-elect=true"],
      "100m",
      {},
      probe("/livez", 10259, "127.0.0.1")
    )
  ];
}
var COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;
function corednsObjects() {
  const labels = { "k8s-app": "kube-dns" };
  return [
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "coredns", namespace: "kube-system" } },
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "coredns", namespace: "kube-system" }, data: { Corefile: COREFILE } },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "coredns", namespace: "kube-system", labels },
      spec: {
        replicas: 2,
        selector: { matchLabels: labels },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: "25%" } },
        template: {
          metadata: { labels },
          spec: {
            priorityClassName: "system-cluster-critical",
            serviceAccountName: "coredns",
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  { weight: 100, podAffinityTerm: { labelSelector: { matchExpressions: [{ key: "k8s-app", operator: "In", values: ["kube-dns"] }] }, topologyKey: "kubernetes.io/hostname" } }
                ]
              }
            },
            tolerations: [{ key: "CriticalAddonsOnly", operator: "Exists" }, { key: "node-role.kubernetes.io/control-plane", effect: "NoSchedule" }],
            nodeSelector: { "kubernetes.io/os": "linux" },
            containers: [
              {
                name: "coredns",
                image: "registry.k8s.io/coredns/coredns:v1.12.1",
                imagePullPolicy: "IfNotPresent",
                resources: { limits: { memory: "170Mi" }, requests: { cpu: "100m", memory: "70Mi" } },
                args: ["-conf", "/etc/coredns/Corefile"],
                volumeMounts: [{ name: "config-volume", mountPath: "/etc/coredns", readOnly: true }],
                ports: [
                  { containerPort: 53, name: "dns", protocol: "UDP" },
                  { containerPort: 53, name: "dns-tcp", protocol: "TCP" },
                  { containerPort: 9153, name: "metrics", protocol: "TCP" }
                ],
                securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ["NET_BIND_SERVICE"], drop: ["ALL"] }, readOnlyRootFilesystem: true },
                livenessProbe: { httpGet: { path: "/health", port: 8080, scheme: "HTTP" }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
                readinessProbe: { httpGet: { path: "/ready", port: 8181, scheme: "HTTP" } }
              }
            ],
            dnsPolicy: "Default",
            volumes: [{ name: "config-volume", configMap: { name: "coredns", items: [{ key: "Corefile", path: "Corefile" }] } }]
          }
        }
      }
    }
  ];
}
function kubeProxyObjects() {
  const labels = { "k8s-app": "kube-proxy" };
  return [
    { apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "kube-proxy", namespace: "kube-system" } },
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "kube-proxy", namespace: "kube-system", labels: { app: "kube-proxy" } },
      data: {
        "config.conf": 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: ""\n',
        "kubeconfig.conf": "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://192.168.0.100:6443\n  name: default\n"
      }
    },
    {
      apiVersion: "apps/v1",
      kind: "DaemonSet",
      metadata: { name: "kube-proxy", namespace: "kube-system", labels },
      spec: {
        selector: { matchLabels: labels },
        updateStrategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
        revisionHistoryLimit: 10,
        template: {
          metadata: { labels },
          spec: {
            priorityClassName: "system-node-critical",
            serviceAccountName: "kube-proxy",
            hostNetwork: true,
            nodeSelector: { "kubernetes.io/os": "linux" },
            tolerations: [{ operator: "Exists" }],
            containers: [
              {
                name: "kube-proxy",
                image: `registry.k8s.io/kube-proxy:${V}`,
                imagePullPolicy: "IfNotPresent",
                command: ["/usr/local/bin/kube-proxy", "--config=/var/lib/kube-proxy/config.conf", "--hostname-override=$(NODE_NAME)"],
                env: [{ name: "NODE_NAME", valueFrom: { fieldRef: { apiVersion: "v1", fieldPath: "spec.nodeName" } } }],
                securityContext: { privileged: true },
                volumeMounts: [
                  { mountPath: "/var/lib/kube-proxy", name: "kube-proxy" },
                  { mountPath: "/run/xtables.lock", name: "xtables-lock" },
                  { mountPath: "/lib/modules", name: "lib-modules", readOnly: true }
                ]
              }
            ],
            volumes: [
              { name: "kube-proxy", configMap: { name: "kube-proxy" } },
              { name: "xtables-lock", hostPath: { path: "/run/xtables.lock", type: "FileOrCreate" } },
              { name: "lib-modules", hostPath: { path: "/lib/modules" } }
            ]
          }
        }
      }
    }
  ];
}

// src/sim/kubelet/install.ts
function createOrKeep(cluster2, obj) {
  try {
    return cluster2.api.create(obj);
  } catch (e) {
    if (e instanceof ApiError && e.reason === "AlreadyExists") return void 0;
    throw e;
  }
}
function installNodes(cluster2) {
  const api = cluster2.api;
  const kubelet = new Kubelet(cluster2.ctx);
  cluster2.services.kubelet = kubelet;
  cluster2.services[STORAGE_SERVICE] = kubelet.storage;
  if (!api.tryGet("namespaces", void 0, "kube-system")) createOrKeep(cluster2, { apiVersion: "v1", kind: "Namespace", metadata: { name: "kube-system" } });
  const now = cluster2.clock.isoNow();
  const nodes2 = [];
  cluster2.config.nodes.forEach((cfg, i) => {
    const obj = nodeObject(cfg, i, cluster2.config, now);
    const created = api.tryGet("nodes", void 0, cfg.name) ?? api.create(obj);
    if (!created.status?.nodeInfo) {
      const upd = deepCopy(created);
      upd.status = obj.status;
      api.updateStatus(upd);
    }
    nodes2.push(api.get("nodes", void 0, cfg.name));
    const state = kubelet.nodes.get(cfg.name);
    for (const img of preloadedImages(cfg)) {
      const ref = parseImageRef(img);
      if (!("error" in ref)) state.images.add(qualified(ref));
    }
  });
  cluster2.addComponent(new Scheduler(cluster2.ctx));
  cluster2.addComponent(new DaemonSetController(cluster2.ctx));
  cluster2.addComponent(new TaintEvictionController(cluster2.ctx));
  cluster2.addComponent(kubelet);
  startHeartbeat(cluster2, kubelet.downNodes);
  if (!cluster2.config.systemPods) return;
  for (const [name, value2, description] of [
    ["system-node-critical", 2000001e3, "Used for system critical pods that must not be moved from their current node."],
    ["system-cluster-critical", 2e9, "Used for system critical pods that must run in the cluster, but can be moved to another node if necessary."]
  ]) {
    if (!api.tryGet("priorityclasses.scheduling.k8s.io", void 0, name)) {
      createOrKeep(cluster2, { apiVersion: "scheduling.k8s.io/v1", kind: "PriorityClass", metadata: { name }, value: value2, description, preemptionPolicy: "PreemptLowerPriority" });
    }
  }
  nodes2.forEach((node2, i) => {
    if (!cluster2.config.nodes[i].controlPlane) return;
    const ip = node2.status.addresses.find((a) => a.type === "InternalIP").address;
    for (const p of staticPods(node2, ip, `${now.replace("Z", "")}.000000000Z`)) createOrKeep(cluster2, p);
  });
  for (const o of [...corednsObjects(), ...kubeProxyObjects()]) createOrKeep(cluster2, o);
}

// src/sim/controllers/ingress.ts
var INGRESS_RESOURCE = "ingresses.networking.k8s.io";
var DEFAULT_CLASS_ANNOTATION = "ingressclass.kubernetes.io/is-default-class";
var INGRESS_STATUS_DELAY_MS = 1e4;
var SOURCE4 = { component: "nginx-ingress-controller" };
function defaultIngressClassPlugin() {
  return {
    name: "DefaultIngressClass",
    phase: "admit",
    resources: [INGRESS_RESOURCE],
    run(obj, ctx) {
      if (ctx.op !== "CREATE" || obj.spec?.ingressClassName || obj.metadata.annotations?.["kubernetes.io/ingress.class"]) return;
      const defaults = ctx.api.list("ingressclasses.networking.k8s.io").filter((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === "true").sort((a, b) => a.metadata.creationTimestamp < b.metadata.creationTimestamp ? 1 : -1);
      if (defaults.length) (obj.spec ??= {}).ingressClassName = defaults[0].metadata.name;
    }
  };
}
var IngressController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "ingress-nginx-controller";
  dirty = /* @__PURE__ */ new Map();
  pending = /* @__PURE__ */ new Set();
  observe(ev) {
    if (ev.resource !== INGRESS_RESOURCE || ev.type === "DELETED") return;
    if (ev.type === "MODIFIED" && ev.old && JSON.stringify(ev.old.spec) === JSON.stringify(ev.object.spec) && JSON.stringify(ev.old.metadata.annotations) === JSON.stringify(ev.object.metadata.annotations)) return;
    this.dirty.set(`${ev.object.metadata.namespace}/${ev.object.metadata.name}`, ev);
  }
  sync() {
    if (this.dirty.size === 0) return false;
    const keys = [...this.dirty.keys()].sort();
    this.dirty.clear();
    let worked = false;
    for (const key3 of keys) {
      const [ns, name] = key3.split("/");
      const ing = this.ctx.api.tryGet(INGRESS_RESOURCE, ns, name);
      if (!ing) continue;
      const served2 = servedByNginx(this.ctx.cluster, ing);
      const hasAddress = (ing.status?.loadBalancer?.ingress ?? []).length > 0;
      if (served2) {
        this.ctx.events.record(ing, "Normal", "Sync", "Scheduled for sync", SOURCE4);
        worked = true;
        if (!hasAddress && !this.pending.has(key3)) {
          this.pending.add(key3);
          this.ctx.clock.after(INGRESS_STATUS_DELAY_MS, () => this.publish(key3, ing.metadata.uid), `ingress ${key3}`);
        }
      } else if (hasAddress) {
        this.setAddress(ing, []);
        worked = true;
      }
    }
    return worked;
  }
  publish(key3, uid) {
    this.pending.delete(key3);
    const [ns, name] = key3.split("/");
    const ing = this.ctx.api.tryGet(INGRESS_RESOURCE, ns, name);
    if (!ing || ing.metadata.uid !== uid || !servedByNginx(this.ctx.cluster, ing)) return;
    this.setAddress(ing, [{ ip: INGRESS_IP }]);
  }
  setAddress(ing, ingress) {
    const st = deepCopy(ing);
    st.status = { ...st.status ?? {}, loadBalancer: ingress.length ? { ingress } : {} };
    this.ctx.api.updateStatus(st);
  }
};

// src/sim/controllers/loadbalancer.ts
var LB_FINALIZER = "service.kubernetes.io/load-balancer-cleanup";
var LB_PROVISION_MS = 5e3;
var SOURCE5 = { component: "service-controller" };
var wantsLB = (svc) => !!svc && svc.spec?.type === "LoadBalancer" && !svc.metadata.deletionTimestamp && !svc.spec?.loadBalancerClass;
var LoadBalancerController = class {
  constructor(ctx) {
    this.ctx = ctx;
  }
  ctx;
  name = "service-lb-controller";
  dirty = /* @__PURE__ */ new Set();
  provisioning = /* @__PURE__ */ new Set();
  observe(ev) {
    if (ev.resource !== "services") return;
    const o = ev.object;
    if (o.spec?.type === "LoadBalancer" || ev.old?.spec?.type === "LoadBalancer" || o.metadata.finalizers?.includes(LB_FINALIZER)) {
      this.dirty.add(`${o.metadata.namespace}/${o.metadata.name}`);
    }
  }
  sync() {
    if (this.dirty.size === 0) return false;
    let worked = false;
    const keys = [...this.dirty].sort();
    this.dirty.clear();
    for (const key3 of keys) if (this.syncService(key3)) worked = true;
    return worked;
  }
  syncService(key3) {
    const [ns, name] = key3.split("/");
    const api = this.ctx.api;
    const svc = api.tryGet("services", ns, name);
    if (!svc) return false;
    const hasFinalizer = (svc.metadata.finalizers ?? []).includes(LB_FINALIZER);
    if (wantsLB(svc)) {
      if ((svc.status?.loadBalancer?.ingress ?? []).length || this.provisioning.has(key3)) return false;
      this.ctx.events.record(svc, "Normal", "EnsuringLoadBalancer", "Ensuring load balancer", SOURCE5);
      if (!hasFinalizer) {
        const upd = deepCopy(svc);
        upd.metadata.finalizers = [...upd.metadata.finalizers ?? [], LB_FINALIZER];
        api.update(upd);
      }
      this.provisioning.add(key3);
      this.ctx.clock.after(LB_PROVISION_MS, () => this.provision(key3, svc.metadata.uid), `lb ${key3}`);
      return true;
    }
    const had = hasFinalizer || (svc.status?.loadBalancer?.ingress ?? []).length > 0;
    if (!had) return false;
    this.provisioning.delete(key3);
    this.ctx.events.record(svc, "Normal", "DeletingLoadBalancer", "Deleting load balancer", SOURCE5);
    if ((svc.status?.loadBalancer?.ingress ?? []).length) {
      const st = deepCopy(svc);
      st.status = { ...st.status ?? {}, loadBalancer: {} };
      api.updateStatus(st);
    }
    this.ctx.events.record(svc, "Normal", "DeletedLoadBalancer", "Deleted load balancer", SOURCE5);
    const cur = api.tryGet("services", ns, name);
    if (cur && (cur.metadata.finalizers ?? []).includes(LB_FINALIZER)) {
      const upd = deepCopy(cur);
      upd.metadata.finalizers = upd.metadata.finalizers.filter((f) => f !== LB_FINALIZER);
      if (upd.metadata.finalizers.length === 0) delete upd.metadata.finalizers;
      try {
        api.update(upd);
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
      }
    }
    return true;
  }
  provision(key3, uid) {
    this.provisioning.delete(key3);
    const [ns, name] = key3.split("/");
    const api = this.ctx.api;
    const svc = api.tryGet("services", ns, name);
    if (!svc || svc.metadata.uid !== uid || !wantsLB(svc)) return;
    const ip = this.pickAddress(svc);
    if (!ip) {
      this.ctx.events.record(svc, "Warning", "SyncLoadBalancerFailed", "Error syncing load balancer: failed to ensure load balancer: no available IPs in the address pool", SOURCE5);
      return;
    }
    const st = deepCopy(svc);
    st.status = { ...st.status ?? {}, loadBalancer: { ingress: [{ ip, ipMode: "VIP" }] } };
    api.updateStatus(st);
    this.ctx.events.record(svc, "Normal", "EnsuredLoadBalancer", "Ensured load balancer", SOURCE5);
  }
  /** The requested spec.loadBalancerIP if free and in the pool, else the lowest free pool address. */
  pickAddress(svc) {
    const used = /* @__PURE__ */ new Set([INGRESS_IP]);
    for (const s of this.ctx.api.list("services")) for (const i of s.status?.loadBalancer?.ingress ?? []) if (i.ip) used.add(i.ip);
    const lo = parseIPv4(LB_POOL[0]);
    const hi = parseIPv4(LB_POOL[1]);
    const want = svc.spec?.loadBalancerIP ? parseIPv4(svc.spec.loadBalancerIP) : void 0;
    if (want !== void 0) return want >= lo && want <= hi && !used.has(formatIPv4(want)) ? formatIPv4(want) : void 0;
    for (let n = lo; n <= hi; n++) if (!used.has(formatIPv4(n))) return formatIPv4(n);
    return void 0;
  }
};

// src/sim/network/install.ts
function installNetwork(cluster2) {
  const { api, config, rng } = cluster2;
  addAllocationIndexes(api);
  addPodLabelIndex(api);
  addSliceIndex(api);
  if (!api.store.hasIndex("pods", POD_IP_INDEX)) api.store.addIndex("pods", POD_IP_INDEX, (o) => podIP(o) ? [podIP(o)] : []);
  const allocator = new ServiceAllocator(api, config.serviceCIDR, config.nodePortRange, rng.fork("service-alloc"));
  api.use(allocator.preparePlugin());
  api.use(allocator.plugin());
  api.use(defaultIngressClassPlugin());
  const state = { allocator, proxyRng: rng.fork("kube-proxy"), dnsRng: rng.fork("coredns"), affinity: /* @__PURE__ */ new Map() };
  cluster2.services.network = state;
  cluster2.addComponent(new NetworkBootstrap(cluster2.ctx));
  cluster2.addComponent(new EndpointsController(cluster2.ctx));
  cluster2.addComponent(new EndpointSliceController(cluster2.ctx));
  cluster2.addComponent(new LoadBalancerController(cluster2.ctx));
  cluster2.addComponent(new IngressController(cluster2.ctx));
}

// src/sim/wiring.ts
function installComponents(cluster2) {
  installApiServerPlugins(cluster2);
  installCoreControllers(cluster2);
  installRbac(cluster2);
  installWorkloadControllers(cluster2);
  installNetwork(cluster2);
  installNodes(cluster2);
}

// src/sim/cluster.ts
var MAX_SYNC_ROUNDS = 1e5;
var Cluster = class {
  clock;
  rng;
  api;
  events;
  config;
  ctx;
  components = [];
  queue = [];
  draining = false;
  /** Named services other layers call into (kubelet exec, network requests). */
  services = {};
  /** Called whenever the cluster has settled at a virtual instant (tests check invariants here). */
  onSettled;
  constructor(overrides = {}) {
    this.config = defaultConfig(overrides);
    this.clock = new VirtualClock(SIM_EPOCH_MS - this.config.ageMs);
    this.rng = new Rng(this.config.seed);
    this.api = new ApiServer(this.clock, this.rng.fork("apiserver"));
    this.events = new EventRecorder(this.api);
    this.ctx = { api: this.api, clock: this.clock, rng: this.rng, events: this.events, config: this.config, cluster: this };
    this.api.store.onChange((ev) => this.queue.push(ev));
    installComponents(this);
    this.events.startExpiry();
    this.runUntilIdle();
    this.advance(12e4);
    this.jumpTo(SIM_EPOCH_MS);
  }
  addComponent(c) {
    this.components.push(c);
  }
  getComponent(name) {
    return this.components.find((c) => c.name === name);
  }
  now() {
    return this.clock.now();
  }
  /** Deliver queued watch events and let components work until nothing changes (no time passes). */
  runUntilIdle() {
    if (this.draining) return;
    this.draining = true;
    this.api.trusted++;
    try {
      for (let round = 0; round < MAX_SYNC_ROUNDS; round++) {
        while (this.queue.length) {
          const batch = this.queue;
          this.queue = [];
          for (const ev of batch) for (const c of this.components) c.observe(ev);
        }
        let worked = false;
        for (const c of this.components) {
          if (c.sync()) worked = true;
          while (this.queue.length) {
            const batch = this.queue;
            this.queue = [];
            for (const ev of batch) for (const c2 of this.components) c2.observe(ev);
          }
        }
        if (!worked && this.queue.length === 0) {
          this.onSettled?.();
          return;
        }
      }
      throw new InternalError("cluster did not settle");
    } finally {
      this.draining = false;
      this.api.trusted--;
    }
  }
  /** Let `ms` of virtual time pass, running every timer in order. */
  advance(ms) {
    this.runUntil(this.clock.now() + ms);
  }
  /** Advance until `pred` holds or `timeoutMs` passes; returns whether it held. */
  advanceUntil(pred, timeoutMs, stepMs = 1e3) {
    const end = this.clock.now() + timeoutMs;
    this.runUntilIdle();
    while (!pred()) {
      if (this.clock.now() >= end) return false;
      const next = Math.min(end, this.clock.now() + stepMs);
      this.runUntil(next);
    }
    return true;
  }
  runUntil(target) {
    this.runUntilIdle();
    for (; ; ) {
      const t = this.clock.popDue(target);
      if (!t) break;
      this.api.trusted++;
      try {
        t.fn();
      } finally {
        this.api.trusted--;
      }
      this.runUntilIdle();
    }
    this.clock.set(Math.max(target, this.clock.now()));
    this.runUntilIdle();
  }
  /** Jump the clock forward; timers that fall due run at the target time. */
  jumpTo(ms) {
    if (ms <= this.clock.now()) return;
    this.clock.set(ms);
    this.runUntil(ms);
  }
};

// bench/sim-size.ts
var NODES = Number(process.env.BENCH_NODES ?? 1e3);
var SERVICES = Number(process.env.BENCH_SERVICES ?? 1e3);
var REPLICAS = Number(process.env.BENCH_REPLICAS ?? 10);
var peakRss = 0;
var peakHeap = 0;
function sample() {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}
function deployment(i) {
  const app = `app-${i}`;
  return {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: app },
    spec: {
      replicas: REPLICAS,
      selector: { matchLabels: { app } },
      template: {
        metadata: { labels: { app } },
        spec: { containers: [{ name: "web", image: "luksa/kubia", ports: [{ containerPort: 8080 }] }] }
      }
    }
  };
}
function service(i) {
  const app = `app-${i}`;
  return { apiVersion: "v1", kind: "Service", metadata: { name: app }, spec: { selector: { app }, ports: [{ port: 80, targetPort: 8080 }] } };
}
function served(c, i) {
  const ep = c.api.tryGet("endpoints", "default", `app-${i}`);
  return (ep?.subsets ?? []).reduce((s, ss) => s + (ss.addresses?.length ?? 0), 0) === REPLICAS;
}
function steady(c, wantPods2, services) {
  if (c.api.store.count("pods") !== wantPods2) return false;
  for (let i = 0; i < services; i++) if (!served(c, i)) return false;
  return true;
}
var cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e3;
};
var nodes = [];
for (let i = 1; i <= NODES; i++) nodes.push({ name: `node-${i}`, controlPlane: false, cpu: "16", memory: "64Gi", maxPods: 110 });
sample();
var t0 = performance.now();
var cluster = new Cluster({ seed: 1, nodes, maxPods: 1e6, systemPods: false });
var bootMs = performance.now() - t0;
sample();
t0 = performance.now();
var c0 = cpuMs();
var virtualStart = cluster.clock.now();
for (let i = 0; i < SERVICES; i++) {
  cluster.api.create(deployment(i));
  cluster.api.create(service(i));
}
cluster.runUntilIdle();
sample();
var wantPods = SERVICES * REPLICAS;
var ok3 = cluster.advanceUntil(() => {
  sample();
  return steady(cluster, wantPods, SERVICES);
}, 6e5, 1e3);
var steadyMs = performance.now() - t0;
var steadyCpuMs = cpuMs() - c0;
var virtualSteadyS = (cluster.clock.now() - virtualStart) / 1e3;
sample();
t0 = performance.now();
cluster.api.create(deployment(SERVICES));
cluster.api.create(service(SERVICES));
var ok22 = cluster.advanceUntil(() => served(cluster, SERVICES), 12e4, 1e3);
var oneMoreMs = performance.now() - t0;
sample();
var result = { pods: wantPods, nodes: NODES, services: SERVICES, bootMs, steadyMs, steadyCpuMs, virtualSteadyS, steady: ok3, oneMoreMs, oneMoreReconciled: ok22, peakRss, peakHeap };
console.log(JSON.stringify(result));

/**
 * The internal `core.PodSpec` of kube-apiserver v1.34 (pkg/apis/core/types.go) as Go types: field
 * order, Go names and kinds, which is what go-cmp's diff prints and counts. The internal types
 * differ from v1: the host namespace fields live in `PodSecurityContext`, `serviceAccount` is gone.
 * Volumes are in go-core-volumes.ts, the shared small types in go-core-common.ts. Field order as
 * in the v1.33 types.go, plus v1.34's RestartPolicyRules, FileKeyRef, PodCertificate and
 * HostnameOverride where v1.34 adds them.
 */
import { core, intOrString, labelSelectorPtr, localObjectReference, objectFieldSelector, resourceFieldSelector, resourceList, resourceName, stringMap, strings } from './go-core-common';
import { volume } from './go-core-volumes';
import { bool, fromJson, int32, int64, ptr, slice, str, struct, type GoStruct, type GoType } from './go-types';

const keySelector = (name: string) =>
  struct(`core.${name}`, [['LocalObjectReference', localObjectReference, 'inline'], ['Key', str], ['Optional', ptr(bool)]]);
const fileKeySelector = struct('core.FileKeySelector', [['VolumeName', str], ['Path', str], ['Key', str], ['Optional', ptr(bool)]]);
const envVarSource = struct('core.EnvVarSource', [
  ['FieldRef', ptr(objectFieldSelector)],
  ['ResourceFieldRef', ptr(resourceFieldSelector)],
  ['ConfigMapKeyRef', ptr(keySelector('ConfigMapKeySelector'))],
  ['SecretKeyRef', ptr(keySelector('SecretKeySelector'))],
  ['FileKeyRef', ptr(fileKeySelector)],
]);
const envVar = struct('core.EnvVar', [['Name', str], ['Value', str], ['ValueFrom', ptr(envVarSource)]]);
const envSource = (name: string) => struct(`core.${name}`, [['LocalObjectReference', localObjectReference, 'inline'], ['Optional', ptr(bool)]]);
const envFromSource = struct('core.EnvFromSource', [
  ['Prefix', str],
  ['ConfigMapRef', ptr(envSource('ConfigMapEnvSource'))],
  ['SecretRef', ptr(envSource('SecretEnvSource'))],
]);
const containerPort = struct('core.ContainerPort', [
  ['Name', str],
  ['HostPort', int32],
  ['ContainerPort', int32],
  ['Protocol', core('Protocol')],
  ['HostIP', str, 'hostIP'],
]);
const resourceRequirements = struct('core.ResourceRequirements', [
  ['Limits', resourceList],
  ['Requests', resourceList],
  ['Claims', slice(struct('core.ResourceClaim', [['Name', str], ['Request', str]]))],
]);
const containerResizePolicy = struct('core.ContainerResizePolicy', [['ResourceName', resourceName], ['RestartPolicy', core('ResourceResizeRestartPolicy')]]);
const containerRestartRule = struct('core.ContainerRestartRule', [
  ['Action', core('ContainerRestartRuleAction')],
  ['ExitCodes', ptr(struct('core.ContainerRestartRuleOnExitCodes', [['Operator', core('ContainerRestartRuleOnExitCodesOperator')], ['Values', slice(int32)]]))],
]);
const volumeMount = struct('core.VolumeMount', [
  ['Name', str],
  ['ReadOnly', bool],
  ['RecursiveReadOnly', ptr(core('RecursiveReadOnlyMode'))],
  ['MountPath', str],
  ['SubPath', str],
  ['MountPropagation', ptr(core('MountPropagationMode'))],
  ['SubPathExpr', str],
]);
const volumeDevice = struct('core.VolumeDevice', [['Name', str], ['DevicePath', str]]);
const execAction = struct('core.ExecAction', [['Command', strings]]);
const httpGetAction = struct('core.HTTPGetAction', [
  ['Path', str],
  ['Port', intOrString],
  ['Host', str],
  ['Scheme', core('URIScheme')],
  ['HTTPHeaders', slice(struct('core.HTTPHeader', [['Name', str], ['Value', str]])), 'httpHeaders'],
]);
const tcpSocketAction = struct('core.TCPSocketAction', [['Port', intOrString], ['Host', str]]);
const grpcAction = struct('core.GRPCAction', [['Port', int32], ['Service', ptr(str)]]);
const probeHandler = struct('core.ProbeHandler', [
  ['Exec', ptr(execAction)],
  ['HTTPGet', ptr(httpGetAction), 'httpGet'],
  ['TCPSocket', ptr(tcpSocketAction), 'tcpSocket'],
  ['GRPC', ptr(grpcAction), 'grpc'],
]);
const probe = struct('core.Probe', [
  ['ProbeHandler', probeHandler, 'inline'],
  ['InitialDelaySeconds', int32],
  ['TimeoutSeconds', int32],
  ['PeriodSeconds', int32],
  ['SuccessThreshold', int32],
  ['FailureThreshold', int32],
  ['TerminationGracePeriodSeconds', ptr(int64)],
]);
const lifecycleHandler = struct('core.LifecycleHandler', [
  ['Exec', ptr(execAction)],
  ['HTTPGet', ptr(httpGetAction), 'httpGet'],
  ['TCPSocket', ptr(tcpSocketAction), 'tcpSocket'],
  ['Sleep', ptr(struct('core.SleepAction', [['Seconds', int64]]))],
]);
const lifecycle = struct('core.Lifecycle', [['PostStart', ptr(lifecycleHandler)], ['PreStop', ptr(lifecycleHandler)], ['StopSignal', ptr(core('Signal'))]]);
const seLinuxOptions = struct('core.SELinuxOptions', [['User', str], ['Role', str], ['Type', str], ['Level', str]]);
const windowsOptions = struct('core.WindowsSecurityContextOptions', [
  ['GMSACredentialSpecName', ptr(str), 'gmsaCredentialSpecName'],
  ['GMSACredentialSpec', ptr(str), 'gmsaCredentialSpec'],
  ['RunAsUserName', ptr(str)],
  ['HostProcess', ptr(bool)],
]);
const profile = (name: string) => struct(`core.${name}`, [['Type', core(`${name}Type`)], ['LocalhostProfile', ptr(str)]]);
const securityContext = struct('core.SecurityContext', [
  ['Capabilities', ptr(struct('core.Capabilities', [['Add', slice(core('Capability'))], ['Drop', slice(core('Capability'))]]))],
  ['Privileged', ptr(bool)],
  ['SELinuxOptions', ptr(seLinuxOptions), 'seLinuxOptions'],
  ['WindowsOptions', ptr(windowsOptions)],
  ['RunAsUser', ptr(int64)],
  ['RunAsGroup', ptr(int64)],
  ['RunAsNonRoot', ptr(bool)],
  ['ReadOnlyRootFilesystem', ptr(bool)],
  ['AllowPrivilegeEscalation', ptr(bool)],
  ['ProcMount', ptr(core('ProcMountType'))],
  ['SeccompProfile', ptr(profile('SeccompProfile'))],
  ['AppArmorProfile', ptr(profile('AppArmorProfile'))],
]);

const containerFields: [string, GoType, string?][] = [
  ['Name', str],
  ['Image', str],
  ['Command', strings],
  ['Args', strings],
  ['WorkingDir', str],
  ['Ports', slice(containerPort)],
  ['EnvFrom', slice(envFromSource)],
  ['Env', slice(envVar)],
  ['Resources', resourceRequirements],
  ['ResizePolicy', slice(containerResizePolicy)],
  ['RestartPolicy', ptr(core('ContainerRestartPolicy'))],
  ['RestartPolicyRules', slice(containerRestartRule)],
  ['VolumeMounts', slice(volumeMount)],
  ['VolumeDevices', slice(volumeDevice)],
  ['LivenessProbe', ptr(probe)],
  ['ReadinessProbe', ptr(probe)],
  ['StartupProbe', ptr(probe)],
  ['Lifecycle', ptr(lifecycle)],
  ['TerminationMessagePath', str],
  ['TerminationMessagePolicy', core('TerminationMessagePolicy')],
  ['ImagePullPolicy', core('PullPolicy')],
  ['SecurityContext', ptr(securityContext)],
  ['Stdin', bool],
  ['StdinOnce', bool],
  ['TTY', bool, 'tty'],
];
const container = struct('core.Container', containerFields);
const ephemeralContainer = struct('core.EphemeralContainer', [
  ['EphemeralContainerCommon', struct('core.EphemeralContainerCommon', containerFields), 'inline'],
  ['TargetContainerName', str],
]);


const nodeSelectorRequirement = struct('core.NodeSelectorRequirement', [['Key', str], ['Operator', core('NodeSelectorOperator')], ['Values', strings]]);
const nodeSelectorTerm = struct('core.NodeSelectorTerm', [['MatchExpressions', slice(nodeSelectorRequirement)], ['MatchFields', slice(nodeSelectorRequirement)]]);
const podAffinityTerm = struct('core.PodAffinityTerm', [
  ['LabelSelector', labelSelectorPtr],
  ['Namespaces', strings],
  ['TopologyKey', str],
  ['NamespaceSelector', labelSelectorPtr],
  ['MatchLabelKeys', strings],
  ['MismatchLabelKeys', strings],
]);
const weightedPodAffinityTerm = struct('core.WeightedPodAffinityTerm', [['Weight', int32], ['PodAffinityTerm', podAffinityTerm]]);
const podAffinity = (name: string) =>
  struct(`core.${name}`, [
    ['RequiredDuringSchedulingIgnoredDuringExecution', slice(podAffinityTerm)],
    ['PreferredDuringSchedulingIgnoredDuringExecution', slice(weightedPodAffinityTerm)],
  ]);
/** `*core.NodeAffinity`. */
export const nodeAffinity = ptr(
  struct('core.NodeAffinity', [
    ['RequiredDuringSchedulingIgnoredDuringExecution', ptr(struct('core.NodeSelector', [['NodeSelectorTerms', slice(nodeSelectorTerm)]]))],
    ['PreferredDuringSchedulingIgnoredDuringExecution', slice(struct('core.PreferredSchedulingTerm', [['Weight', int32], ['Preference', nodeSelectorTerm]]))],
  ]),
);
/** `[]core.NodeSelectorTerm` and one term; `[]core.NodeSelectorRequirement`. */
export const nodeSelectorTerms = slice(nodeSelectorTerm);
export const nodeSelectorRequirements = slice(nodeSelectorRequirement);
export { nodeSelectorTerm };
const affinity = struct('core.Affinity', [
  ['NodeAffinity', nodeAffinity],
  ['PodAffinity', ptr(podAffinity('PodAffinity'))],
  ['PodAntiAffinity', ptr(podAffinity('PodAntiAffinity'))],
]);
const podSecurityContext = struct('core.PodSecurityContext', [
  ['HostNetwork', bool],
  ['HostPID', bool, 'hostPID'],
  ['HostIPC', bool, 'hostIPC'],
  ['ShareProcessNamespace', ptr(bool)],
  ['HostUsers', ptr(bool)],
  ['SELinuxOptions', ptr(seLinuxOptions), 'seLinuxOptions'],
  ['WindowsOptions', ptr(windowsOptions)],
  ['RunAsUser', ptr(int64)],
  ['RunAsGroup', ptr(int64)],
  ['RunAsNonRoot', ptr(bool)],
  ['SupplementalGroups', slice(int64)],
  ['SupplementalGroupsPolicy', ptr(core('SupplementalGroupsPolicy'))],
  ['FSGroup', ptr(int64), 'fsGroup'],
  ['FSGroupChangePolicy', ptr(core('PodFSGroupChangePolicy')), 'fsGroupChangePolicy'],
  ['Sysctls', slice(struct('core.Sysctl', [['Name', str], ['Value', str]]))],
  ['SeccompProfile', ptr(profile('SeccompProfile'))],
  ['AppArmorProfile', ptr(profile('AppArmorProfile'))],
  ['SELinuxChangePolicy', ptr(core('PodSELinuxChangePolicy')), 'seLinuxChangePolicy'],
]);
const toleration = struct('core.Toleration', [
  ['Key', str],
  ['Operator', core('TolerationOperator')],
  ['Value', str],
  ['Effect', core('TaintEffect')],
  ['TolerationSeconds', ptr(int64)],
]);
const topologySpreadConstraint = struct('core.TopologySpreadConstraint', [
  ['MaxSkew', int32],
  ['TopologyKey', str],
  ['WhenUnsatisfiable', core('UnsatisfiableConstraintAction')],
  ['LabelSelector', labelSelectorPtr],
  ['MinDomains', ptr(int32)],
  ['NodeAffinityPolicy', ptr(core('NodeInclusionPolicy'))],
  ['NodeTaintsPolicy', ptr(core('NodeInclusionPolicy'))],
  ['MatchLabelKeys', strings],
]);

/** Internal `core.PodSpec`, v1.34 field order. */
export const podSpec = struct('core.PodSpec', [
  ['Volumes', slice(volume)],
  ['InitContainers', slice(container)],
  ['Containers', slice(container)],
  ['EphemeralContainers', slice(ephemeralContainer)],
  ['RestartPolicy', core('RestartPolicy')],
  ['TerminationGracePeriodSeconds', ptr(int64)],
  ['ActiveDeadlineSeconds', ptr(int64)],
  ['DNSPolicy', core('DNSPolicy'), 'dnsPolicy'],
  ['NodeSelector', stringMap],
  ['ServiceAccountName', str],
  ['AutomountServiceAccountToken', ptr(bool)],
  ['NodeName', str],
  ['SecurityContext', ptr(podSecurityContext)],
  ['ImagePullSecrets', slice(localObjectReference)],
  ['Hostname', str],
  ['Subdomain', str],
  ['SetHostnameAsFQDN', ptr(bool), 'setHostnameAsFQDN'],
  ['Affinity', ptr(affinity)],
  ['SchedulerName', str],
  ['Tolerations', slice(toleration)],
  ['HostAliases', slice(struct('core.HostAlias', [['IP', str, 'ip'], ['Hostnames', strings]]))],
  ['PriorityClassName', str],
  ['Priority', ptr(int32)],
  ['PreemptionPolicy', ptr(core('PreemptionPolicy'))],
  [
    'DNSConfig',
    ptr(
      struct('core.PodDNSConfig', [
        ['Nameservers', strings],
        ['Searches', strings],
        ['Options', slice(struct('core.PodDNSConfigOption', [['Name', str], ['Value', ptr(str)]]))],
      ]),
    ),
    'dnsConfig',
  ],
  ['ReadinessGates', slice(struct('core.PodReadinessGate', [['ConditionType', core('PodConditionType')]]))],
  ['RuntimeClassName', ptr(str)],
  ['Overhead', resourceList],
  ['EnableServiceLinks', ptr(bool)],
  ['TopologySpreadConstraints', slice(topologySpreadConstraint)],
  ['OS', ptr(struct('core.PodOS', [['Name', core('OSName')]])), 'os'],
  ['SchedulingGates', slice(struct('core.PodSchedulingGate', [['Name', str]]))],
  ['ResourceClaims', slice(struct('core.PodResourceClaim', [['Name', str], ['ResourceClaimName', ptr(str)], ['ResourceClaimTemplateName', ptr(str)]]))],
  ['Resources', ptr(resourceRequirements)],
  ['HostnameOverride', ptr(str)],
]);

const HOST_FIELDS = ['hostNetwork', 'hostPID', 'hostIPC', 'shareProcessNamespace', 'hostUsers'];

/**
 * `Convert_v1_PodSpec_To_core_PodSpec`: the v1 spec's host namespace fields move into the
 * security context (created for them when the v1 spec had none); `serviceAccount` stands in for
 * an empty `serviceAccountName`.
 */
export function podSpecFromV1(spec: Record<string, unknown> | undefined): GoStruct {
  const v1 = { ...(spec ?? {}) };
  // serviceAccount is the deprecated alias of serviceAccountName
  if (!v1.serviceAccountName && v1.serviceAccount) v1.serviceAccountName = v1.serviceAccount;
  const host = HOST_FIELDS.filter((k) => v1[k] !== undefined && v1[k] !== false);
  if (host.length || v1.securityContext) {
    const sc = { ...((v1.securityContext as Record<string, unknown>) ?? {}) };
    for (const k of HOST_FIELDS) if (v1[k] !== undefined) sc[k] = v1[k];
    v1.securityContext = sc;
  }
  return fromJson(podSpec, v1) as GoStruct;
}

/**
 * The internal `core.PodSpec` of kube-apiserver v1.34 (pkg/apis/core/types.go) as Go types: field
 * order, Go names and kinds, which is what go-cmp's diff prints and counts. The internal types
 * differ from v1: the host namespace fields live in `PodSecurityContext`, `serviceAccount` is gone.
 * Volume sources the playground never mounts are kept by name with no fields.
 */
import { quantity } from './go-quantity';
import { basic, bool, fromJson, int32, int64, map, ptr, slice, str, struct, type GoMap, type GoStruct, type GoType, type GoValue } from './go-types';

const core = (name: string) => basic(`core.${name}`);
const resourceName = basic('core.ResourceName', 'string', true);
const resourceList = map(resourceName, quantity, 'core.ResourceList');
const stringMap = map(str, str);
const strings = slice(str);

const intOrString: GoType = {
  kind: 'struct',
  name: 'intstr.IntOrString',
  fields: [
    { name: 'Type', type: basic('intstr.Type', 'int64') },
    { name: 'IntVal', type: int32 },
    { name: 'StrVal', type: str },
  ],
  fromJson: (j): GoStruct => (typeof j === 'string' ? { Type: 1, IntVal: 0, StrVal: j } : { Type: 0, IntVal: typeof j === 'number' ? j : 0, StrVal: '' }),
};

const localObjectReference = struct('core.LocalObjectReference', [['Name', str]]);
const keyToPath = struct('core.KeyToPath', [['Key', str], ['Path', str], ['Mode', ptr(int32)]]);
const objectFieldSelector = struct('core.ObjectFieldSelector', [['APIVersion', str, 'apiVersion'], ['FieldPath', str]]);
const resourceFieldSelector = struct('core.ResourceFieldSelector', [['ContainerName', str], ['Resource', str], ['Divisor', quantity]]);
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

const downwardAPIVolumeFile = struct('core.DownwardAPIVolumeFile', [
  ['Path', str],
  ['FieldRef', ptr(objectFieldSelector)],
  ['ResourceFieldRef', ptr(resourceFieldSelector)],
  ['Mode', ptr(int32)],
]);
const projection = (name: string) =>
  struct(`core.${name}`, [['LocalObjectReference', localObjectReference, 'inline'], ['Items', slice(keyToPath)], ['Optional', ptr(bool)]]);
const labelSelector = struct('v1.LabelSelector', [
  ['MatchLabels', stringMap],
  ['MatchExpressions', slice(struct('v1.LabelSelectorRequirement', [['Key', str], ['Operator', basic('v1.LabelSelectorOperator')], ['Values', strings]]))],
]);

/** The generated `(*LabelSelector).String()` of metav1 (gogo-protobuf): Go syntax without quotes. */
function labelSelectorString(v: GoValue): string {
  const s = v as GoStruct;
  const labels = ((s.MatchLabels as GoMap | null)?.entries ?? []).map(([k, x]) => `${k}: ${x as string},`).join('');
  const exprs = ((s.MatchExpressions as GoStruct[] | null) ?? [])
    .map((e) => `LabelSelectorRequirement{Key:${e.Key as string},Operator:${e.Operator as string},Values:[${((e.Values as string[] | null) ?? []).join(' ')}],},`)
    .join('');
  return `&LabelSelector{MatchLabels:map[string]string{${labels}},MatchExpressions:[]LabelSelectorRequirement{${exprs}},}`;
}
const labelSelectorPtr = ptr(labelSelector, labelSelectorString);
const volumeProjection = struct('core.VolumeProjection', [
  ['Secret', ptr(projection('SecretProjection'))],
  ['DownwardAPI', ptr(struct('core.DownwardAPIProjection', [['Items', slice(downwardAPIVolumeFile)]]))],
  ['ConfigMap', ptr(projection('ConfigMapProjection'))],
  ['ServiceAccountToken', ptr(struct('core.ServiceAccountTokenProjection', [['Audience', str], ['ExpirationSeconds', int64], ['Path', str]]))],
  [
    'ClusterTrustBundle',
    ptr(
      struct('core.ClusterTrustBundleProjection', [
        ['Name', ptr(str)],
        ['SignerName', ptr(str)],
        ['LabelSelector', labelSelectorPtr],
        ['Optional', ptr(bool)],
        ['Path', str],
      ]),
    ),
  ],
  [
    'PodCertificate',
    ptr(
      struct('core.PodCertificateProjection', [
        ['SignerName', str],
        ['KeyType', str],
        ['MaxExpirationSeconds', ptr(int32)],
        ['CredentialBundlePath', str],
        ['KeyPath', str],
        ['CertificateChainPath', str],
      ]),
    ),
  ],
]);
const opaque = (name: string) => struct(`core.${name}`, []);
const volumeSource = struct('core.VolumeSource', [
  ['HostPath', ptr(struct('core.HostPathVolumeSource', [['Path', str], ['Type', ptr(core('HostPathType'))]]))],
  ['EmptyDir', ptr(struct('core.EmptyDirVolumeSource', [['Medium', core('StorageMedium')], ['SizeLimit', ptr(quantity)]]))],
  ['GCEPersistentDisk', ptr(opaque('GCEPersistentDiskVolumeSource')), 'gcePersistentDisk'],
  ['AWSElasticBlockStore', ptr(opaque('AWSElasticBlockStoreVolumeSource')), 'awsElasticBlockStore'],
  ['GitRepo', ptr(struct('core.GitRepoVolumeSource', [['Repository', str], ['Revision', str], ['Directory', str]]))],
  ['Secret', ptr(struct('core.SecretVolumeSource', [['SecretName', str], ['Items', slice(keyToPath)], ['DefaultMode', ptr(int32)], ['Optional', ptr(bool)]]))],
  ['NFS', ptr(struct('core.NFSVolumeSource', [['Server', str], ['Path', str], ['ReadOnly', bool]])), 'nfs'],
  ['ISCSI', ptr(opaque('ISCSIVolumeSource')), 'iscsi'],
  ['Glusterfs', ptr(opaque('GlusterfsVolumeSource'))],
  ['PersistentVolumeClaim', ptr(struct('core.PersistentVolumeClaimVolumeSource', [['ClaimName', str], ['ReadOnly', bool]]))],
  ['RBD', ptr(opaque('RBDVolumeSource')), 'rbd'],
  ['Quobyte', ptr(opaque('QuobyteVolumeSource'))],
  ['FlexVolume', ptr(opaque('FlexVolumeSource'))],
  ['Cinder', ptr(opaque('CinderVolumeSource'))],
  ['CephFS', ptr(opaque('CephFSVolumeSource')), 'cephfs'],
  ['Flocker', ptr(opaque('FlockerVolumeSource'))],
  ['DownwardAPI', ptr(struct('core.DownwardAPIVolumeSource', [['Items', slice(downwardAPIVolumeFile)], ['DefaultMode', ptr(int32)]]))],
  ['FC', ptr(opaque('FCVolumeSource')), 'fc'],
  ['AzureFile', ptr(opaque('AzureFileVolumeSource'))],
  [
    'ConfigMap',
    ptr(
      struct('core.ConfigMapVolumeSource', [
        ['LocalObjectReference', localObjectReference, 'inline'],
        ['Items', slice(keyToPath)],
        ['DefaultMode', ptr(int32)],
        ['Optional', ptr(bool)],
      ]),
    ),
  ],
  ['VsphereVolume', ptr(opaque('VsphereVirtualDiskVolumeSource'))],
  ['AzureDisk', ptr(opaque('AzureDiskVolumeSource'))],
  ['PhotonPersistentDisk', ptr(opaque('PhotonPersistentDiskVolumeSource'))],
  ['Projected', ptr(struct('core.ProjectedVolumeSource', [['Sources', slice(volumeProjection)], ['DefaultMode', ptr(int32)]]))],
  ['PortworxVolume', ptr(opaque('PortworxVolumeSource'))],
  ['ScaleIO', ptr(opaque('ScaleIOVolumeSource'))],
  ['StorageOS', ptr(opaque('StorageOSVolumeSource'))],
  [
    'CSI',
    ptr(
      struct('core.CSIVolumeSource', [
        ['Driver', str],
        ['ReadOnly', ptr(bool)],
        ['FSType', ptr(str), 'fsType'],
        ['VolumeAttributes', stringMap],
        ['NodePublishSecretRef', ptr(localObjectReference)],
      ]),
    ),
    'csi',
  ],
  ['Ephemeral', ptr(opaque('EphemeralVolumeSource'))],
  ['Image', ptr(struct('core.ImageVolumeSource', [['Reference', str], ['PullPolicy', core('PullPolicy')]]))],
]);
const volume = struct('core.Volume', [['Name', str], ['VolumeSource', volumeSource, 'inline']]);

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
const affinity = struct('core.Affinity', [
  [
    'NodeAffinity',
    ptr(
      struct('core.NodeAffinity', [
        ['RequiredDuringSchedulingIgnoredDuringExecution', ptr(struct('core.NodeSelector', [['NodeSelectorTerms', slice(nodeSelectorTerm)]]))],
        ['PreferredDuringSchedulingIgnoredDuringExecution', slice(struct('core.PreferredSchedulingTerm', [['Weight', int32], ['Preference', nodeSelectorTerm]]))],
      ]),
    ),
  ],
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

import { describe, expect, it } from "vitest";
import type { Json } from "../../json";
import { goCmpDiff } from "./go-cmp-report";
import { podSpec, podSpecFromV1 } from "./go-core-types";
import { mungedSpecs } from "./pod-update";

// The expected texts are the output of github.com/google/go-cmp v0.7.0's cmp.Diff (with
// flags.Deterministic: spaces after the markers, forward-first edit search) on Go copies of the
// internal core structs holding the same values.

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const base: Json = {
  volumes: [
    {
      name: "kube-api-access-7xk2p",
      projected: {
        sources: [
          { serviceAccountToken: { expirationSeconds: 3607, path: "token" } },
          {
            configMap: {
              name: "kube-root-ca.crt",
              items: [{ key: "ca.crt", path: "ca.crt" }],
            },
          },
          {
            downwardAPI: {
              items: [
                {
                  path: "namespace",
                  fieldRef: {
                    apiVersion: "v1",
                    fieldPath: "metadata.namespace",
                  },
                },
              ],
            },
          },
        ],
        defaultMode: 420,
      },
    },
  ],
  containers: [
    {
      name: "web",
      image: "nginx:1.27",
      ports: [{ containerPort: 80, protocol: "TCP" }],
      env: [{ name: "MODE", value: "prod" }],
      resources: { requests: { cpu: "100m", memory: "128Mi" } },
      volumeMounts: [
        {
          name: "kube-api-access-7xk2p",
          readOnly: true,
          mountPath: "/var/run/secrets/kubernetes.io/serviceaccount",
        },
      ],
      terminationMessagePath: "/dev/termination-log",
      terminationMessagePolicy: "File",
      imagePullPolicy: "IfNotPresent",
    },
  ],
  restartPolicy: "Always",
  terminationGracePeriodSeconds: 30,
  dnsPolicy: "ClusterFirst",
  serviceAccountName: "default",
  nodeName: "node-1",
  securityContext: {},
  schedulerName: "default-scheduler",
  tolerations: [
    {
      key: "node.kubernetes.io/not-ready",
      operator: "Exists",
      effect: "NoExecute",
      tolerationSeconds: 300,
    },
    {
      key: "node.kubernetes.io/unreachable",
      operator: "Exists",
      effect: "NoExecute",
      tolerationSeconds: 300,
    },
  ],
  priority: 0,
  enableServiceLinks: true,
  preemptionPolicy: "PreemptLowerPriority",
};
const c = (f: (s: Json) => void): Json => {
  const s = clone(base);
  f(s);
  return s;
};
const CASES: [string, Json, boolean][] = [
  [
    "image and command",
    c((s: Json) => {
      s.containers[0].image = "nginx:1.28";
      s.containers[0].command = ["nginx", "-g", "daemon off;"];
    }),
    true,
  ],
  [
    "added container",
    c((s: Json) =>
      s.containers.push({
        name: "sidecar",
        image: "busybox:1.36",
        command: ["sleep", "3600"],
        terminationMessagePath: "/dev/termination-log",
        terminationMessagePolicy: "File",
        imagePullPolicy: "IfNotPresent",
        resources: {},
      }),
    ),
    false,
  ],
  [
    "changed port",
    c((s: Json) => (s.containers[0].ports[0].containerPort = 8080)),
    true,
  ],
  [
    "env change",
    c((s: Json) => {
      s.containers[0].env[0].value = "debug";
      s.containers[0].env.push({
        name: "DB_PASSWORD",
        valueFrom: { secretKeyRef: { name: "db", key: "password" } },
      });
    }),
    true,
  ],
  [
    "volume change",
    c((s: Json) => {
      s.volumes.push({ name: "data", emptyDir: {} });
      s.containers[0].volumeMounts.push({ name: "data", mountPath: "/data" });
    }),
    true,
  ],
  ["nodeName", c((s: Json) => (s.nodeName = "node-2")), true],
  [
    "resources",
    c((s: Json) => {
      s.containers[0].resources.requests.memory = "256Mi";
      s.containers[0].resources.limits = { cpu: "500m", memory: "1Gi" };
    }),
    true,
  ],
  [
    "multiple changes",
    c((s: Json) => {
      s.restartPolicy = "Never";
      s.nodeSelector = { disktype: "ssd" };
      s.serviceAccountName = "builder";
      s.containers[0].securityContext = {
        runAsUser: 1000,
        allowPrivilegeEscalation: false,
      };
      s.containers[0].livenessProbe = {
        httpGet: { path: "/healthz", port: 80, scheme: "HTTP" },
        periodSeconds: 10,
        timeoutSeconds: 1,
        successThreshold: 1,
        failureThreshold: 3,
      };
    }),
    true,
  ],
  [
    "long and multi-line strings",
    c((s: Json) => {
      s.containers[0].args = [
        "--config=/etc/app/really/long/path/to/the/configuration/file.yaml",
      ];
      s.containers[0].env[0].value =
        "line one\nline two\nline three\nline four\nline five";
      s.hostname = 'a"b';
    }),
    true,
  ],
  [
    "removed volume mount and hostNetwork",
    c((s: Json) => {
      s.containers[0].volumeMounts = [];
      s.hostNetwork = true;
      s.containers[0].workingDir = "/srv";
    }),
    true,
  ],
];

const EXPECTED: Record<string, string[]> = {
  "added container": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    '  \t\t{Name: "web", Image: "nginx:1.27", Ports: {{ContainerPort: 80, Protocol: "TCP"}}, Env: {{Name: "MODE", Value: "prod"}}, ...},',
    "+ \t\t{",
    '+ \t\t\tName:                     "sidecar",',
    '+ \t\t\tImage:                    "busybox:1.36",',
    '+ \t\t\tCommand:                  []string{"sleep", "3600"},',
    '+ \t\t\tTerminationMessagePath:   "/dev/termination-log",',
    '+ \t\t\tTerminationMessagePolicy: "File",',
    '+ \t\t\tImagePullPolicy:          "IfNotPresent",',
    "+ \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 30 identical fields",
    "  }",
  ],
  "changed port": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    "  \t\t\t... // 3 identical fields",
    "  \t\t\tArgs:       nil,",
    '  \t\t\tWorkingDir: "",',
    "  \t\t\tPorts: []core.ContainerPort{",
    "  \t\t\t\t{",
    '  \t\t\t\t\tName:          "",',
    "  \t\t\t\t\tHostPort:      0,",
    "- \t\t\t\t\tContainerPort: 80,",
    "+ \t\t\t\t\tContainerPort: 8080,",
    '  \t\t\t\t\tProtocol:      "TCP",',
    '  \t\t\t\t\tHostIP:        "",',
    "  \t\t\t\t},",
    "  \t\t\t},",
    "  \t\t\tEnvFrom: nil,",
    '  \t\t\tEnv:     {{Name: "MODE", Value: "prod"}},',
    "  \t\t\t... // 17 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 30 identical fields",
    "  }",
  ],
  "env change": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    "  \t\t\t... // 5 identical fields",
    '  \t\t\tPorts:   {{ContainerPort: 80, Protocol: "TCP"}},',
    "  \t\t\tEnvFrom: nil,",
    "  \t\t\tEnv: []core.EnvVar{",
    "  \t\t\t\t{",
    '  \t\t\t\t\tName:      "MODE",',
    '- \t\t\t\t\tValue:     "prod",',
    '+ \t\t\t\t\tValue:     "debug",',
    "  \t\t\t\t\tValueFrom: nil,",
    "  \t\t\t\t},",
    "+ \t\t\t\t{",
    '+ \t\t\t\t\tName: "DB_PASSWORD",',
    "+ \t\t\t\t\tValueFrom: &core.EnvVarSource{",
    '+ \t\t\t\t\t\tSecretKeyRef: &core.SecretKeySelector{LocalObjectReference: core.LocalObjectReference{...}, Key: "password"},',
    "+ \t\t\t\t\t},",
    "+ \t\t\t\t},",
    "  \t\t\t},",
    '  \t\t\tResources:    {Requests: {s"cpu": {i: {...}, s: "100m", Format: "DecimalSI"}, s"memory": {i: {...}, Format: "BinarySI"}}},',
    "  \t\t\tResizePolicy: nil,",
    "  \t\t\t... // 15 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 30 identical fields",
    "  }",
  ],
  "image and command": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    '  \t\t\tName:       "web",',
    '  \t\t\tImage:      "nginx:1.27",',
    "- \t\t\tCommand:    nil,",
    '+ \t\t\tCommand:    []string{"nginx", "-g", "daemon off;"},',
    "  \t\t\tArgs:       nil,",
    '  \t\t\tWorkingDir: "",',
    "  \t\t\t... // 20 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 30 identical fields",
    "  }",
  ],
  "long and multi-line strings": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    '  \t\t\tName:       "web",',
    '  \t\t\tImage:      "nginx:1.27",',
    "  \t\t\tCommand:    nil,",
    "- \t\t\tArgs:       nil,",
    '+ \t\t\tArgs:       []string{"--config=/etc/app/really/long/path/to/the/configuration/file.yaml"},',
    '  \t\t\tWorkingDir: "",',
    '  \t\t\tPorts:      {{ContainerPort: 80, Protocol: "TCP"}},',
    "  \t\t\tEnvFrom:    nil,",
    "  \t\t\tEnv: []core.EnvVar{",
    "  \t\t\t\t{",
    '  \t\t\t\t\tName:  "MODE",',
    '- \t\t\t\t\tValue: "prod",',
    "+ \t\t\t\t\tValue: (",
    '+ \t\t\t\t\t\t"""',
    "+ \t\t\t\t\t\tline one",
    "+ \t\t\t\t\t\tline two",
    "+ \t\t\t\t\t\tline three",
    "+ \t\t\t\t\t\tline four",
    "+ \t\t\t\t\t\tline five",
    '+ \t\t\t\t\t\t"""',
    "+ \t\t\t\t\t),",
    "  \t\t\t\t\tValueFrom: nil,",
    "  \t\t\t\t},",
    "  \t\t\t},",
    '  \t\t\tResources:    {Requests: {s"cpu": {i: {...}, s: "100m", Format: "DecimalSI"}, s"memory": {i: {...}, Format: "BinarySI"}}},',
    "  \t\t\tResizePolicy: nil,",
    "  \t\t\t... // 15 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 7 identical fields",
    "  \tSecurityContext:   &{},",
    "  \tImagePullSecrets:  nil,",
    '- \tHostname:          "",',
    '+ \tHostname:          `a"b`,',
    '  \tSubdomain:         "",',
    "  \tSetHostnameAsFQDN: nil,",
    "  \t... // 18 identical fields",
    "  }",
  ],
  "multiple changes": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    "  \t\t\t... // 12 identical fields",
    '  \t\t\tVolumeMounts:  {{Name: "kube-api-access-7xk2p", ReadOnly: true, MountPath: "/var/run/secrets/kubernetes.io/serviceaccount"}},',
    "  \t\t\tVolumeDevices: nil,",
    "- \t\t\tLivenessProbe: nil,",
    "+ \t\t\tLivenessProbe: &core.Probe{",
    "+ \t\t\t\tProbeHandler: core.ProbeHandler{",
    '+ \t\t\t\t\tHTTPGet: &core.HTTPGetAction{Path: "/healthz", Port: intstr.IntOrString{...}, Scheme: "HTTP"},',
    "+ \t\t\t\t},",
    "+ \t\t\t\tTimeoutSeconds:   1,",
    "+ \t\t\t\tPeriodSeconds:    10,",
    "+ \t\t\t\tSuccessThreshold: 1,",
    "+ \t\t\t\tFailureThreshold: 3,",
    "+ \t\t\t},",
    "  \t\t\tReadinessProbe: nil,",
    "  \t\t\tStartupProbe:   nil,",
    "  \t\t\t... // 2 identical fields",
    '  \t\t\tTerminationMessagePolicy: "File",',
    '  \t\t\tImagePullPolicy:          "IfNotPresent",',
    "- \t\t\tSecurityContext:          nil,",
    "+ \t\t\tSecurityContext:          &core.SecurityContext{RunAsUser: &1000, AllowPrivilegeEscalation: &false},",
    "  \t\t\tStdin:                    false,",
    "  \t\t\tStdinOnce:                false,",
    "  \t\t\tTTY:                      false,",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers:           nil,",
    '- \tRestartPolicy:                 "Always",',
    '+ \tRestartPolicy:                 "Never",',
    "  \tTerminationGracePeriodSeconds: &30,",
    "  \tActiveDeadlineSeconds:         nil,",
    '  \tDNSPolicy:                     "ClusterFirst",',
    "- \tNodeSelector:                  nil,",
    '+ \tNodeSelector:                  map[string]string{"disktype": "ssd"},',
    '- \tServiceAccountName:            "default",',
    '+ \tServiceAccountName:            "builder",',
    "  \tAutomountServiceAccountToken:  nil,",
    '  \tNodeName:                      "node-1",',
    "  \t... // 23 identical fields",
    "  }",
  ],
  nodeName: [
    "  core.PodSpec{",
    "  \t... // 9 identical fields",
    '  \tServiceAccountName:           "default",',
    "  \tAutomountServiceAccountToken: nil,",
    '- \tNodeName:                     "node-1",',
    '+ \tNodeName:                     "node-2",',
    "  \tSecurityContext:              &{},",
    "  \tImagePullSecrets:             nil,",
    "  \t... // 21 identical fields",
    "  }",
  ],
  "removed volume mount and hostNetwork": [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    "  \t\t\t... // 2 identical fields",
    "  \t\t\tCommand:    nil,",
    "  \t\t\tArgs:       nil,",
    '- \t\t\tWorkingDir: "",',
    '+ \t\t\tWorkingDir: "/srv",',
    '  \t\t\tPorts:      {{ContainerPort: 80, Protocol: "TCP"}},',
    "  \t\t\tEnvFrom:    nil,",
    "  \t\t\t... // 3 identical fields",
    "  \t\t\tRestartPolicy:      nil,",
    "  \t\t\tRestartPolicyRules: nil,",
    "- \t\t\tVolumeMounts: []core.VolumeMount{",
    "- \t\t\t\t{",
    '- \t\t\t\t\tName:      "kube-api-access-7xk2p",',
    "- \t\t\t\t\tReadOnly:  true,",
    '- \t\t\t\t\tMountPath: "/var/run/secrets/kubernetes.io/serviceaccount",',
    "- \t\t\t\t},",
    "- \t\t\t},",
    "+ \t\t\tVolumeMounts:  []core.VolumeMount{},",
    "  \t\t\tVolumeDevices: nil,",
    "  \t\t\tLivenessProbe: nil,",
    "  \t\t\t... // 10 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 5 identical fields",
    "  \tAutomountServiceAccountToken: nil,",
    '  \tNodeName:                     "node-1",',
    "  \tSecurityContext: &core.PodSecurityContext{",
    "- \t\tHostNetwork: false,",
    "+ \t\tHostNetwork: true,",
    "  \t\tHostPID:     false,",
    "  \t\tHostIPC:     false,",
    "  \t\t... // 15 identical fields",
    "  \t},",
    "  \tImagePullSecrets: nil,",
    '  \tHostname:         "",',
    "  \t... // 20 identical fields",
    "  }",
  ],
  resources: [
    "  core.PodSpec{",
    '  \tVolumes:        {{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}}},',
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    "  \t\t\t... // 6 identical fields",
    "  \t\t\tEnvFrom: nil,",
    '  \t\t\tEnv:     {{Name: "MODE", Value: "prod"}},',
    "  \t\t\tResources: core.ResourceRequirements{",
    "- \t\t\t\tLimits: nil,",
    "+ \t\t\t\tLimits: core.ResourceList{",
    '+ \t\t\t\t\ts"cpu":    {i: resource.int64Amount{value: 500, scale: -3}, s: "500m", Format: "DecimalSI"},',
    '+ \t\t\t\t\ts"memory": {i: resource.int64Amount{value: 1073741824}, s: "1Gi", Format: "BinarySI"},',
    "+ \t\t\t\t},",
    "  \t\t\t\tRequests: core.ResourceList{",
    '  \t\t\t\t\ts"cpu":    {i: {...}, s: "100m", Format: "DecimalSI"},',
    '- \t\t\t\t\ts"memory": {i: resource.int64Amount{value: 134217728}, Format: "BinarySI"},',
    '+ \t\t\t\t\ts"memory": {i: resource.int64Amount{value: 268435456}, Format: "BinarySI"},',
    "  \t\t\t\t},",
    "  \t\t\t\tClaims: nil,",
    "  \t\t\t},",
    "  \t\t\tResizePolicy:  nil,",
    "  \t\t\tRestartPolicy: nil,",
    "  \t\t\t... // 14 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 30 identical fields",
    "  }",
  ],
  "volume change": [
    "  core.PodSpec{",
    "  \tVolumes: []core.Volume{",
    '  \t\t{Name: "kube-api-access-7xk2p", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: "token"}}, {ConfigMap: &{LocalObjectReference: {Name: "kube-root-ca.crt"}, Items: {{Key: "ca.crt", Path: "ca.crt"}}}}, {DownwardAPI: &{Items: {{Path: "namespace", FieldRef: &{APIVersion: "v1", FieldPath: "metadata.namespace"}}}}}}, DefaultMode: &420}}},',
    "+ \t\t{",
    '+ \t\t\tName:         "data",',
    "+ \t\t\tVolumeSource: core.VolumeSource{EmptyDir: &core.EmptyDirVolumeSource{}},",
    "+ \t\t},",
    "  \t},",
    "  \tInitContainers: nil,",
    "  \tContainers: []core.Container{",
    "  \t\t{",
    "  \t\t\t... // 10 identical fields",
    "  \t\t\tRestartPolicy:      nil,",
    "  \t\t\tRestartPolicyRules: nil,",
    "  \t\t\tVolumeMounts: []core.VolumeMount{",
    '  \t\t\t\t{Name: "kube-api-access-7xk2p", ReadOnly: true, MountPath: "/var/run/secrets/kubernetes.io/serviceaccount"},',
    '+ \t\t\t\t{Name: "data", MountPath: "/data"},',
    "  \t\t\t},",
    "  \t\t\tVolumeDevices: nil,",
    "  \t\t\tLivenessProbe: nil,",
    "  \t\t\t... // 10 identical fields",
    "  \t\t},",
    "  \t},",
    "  \tEphemeralContainers: nil,",
    '  \tRestartPolicy:       "Always",',
    "  \t... // 30 identical fields",
    "  }",
  ],
};

describe("cmp.Diff of the internal core.PodSpec", () => {
  it.each(CASES)("%s", (name, next, munge) => {
    const { oldGo, munged } = munge
      ? mungedSpecs(next, base)
      : { oldGo: podSpecFromV1(base), munged: podSpecFromV1(next) };
    expect(goCmpDiff(podSpec, oldGo, munged)).toBe(
      `${EXPECTED[name].join("\n")}\n`,
    );
  });
});

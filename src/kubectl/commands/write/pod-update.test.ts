import { describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace, type EditSession } from '../../context';
import { runKubectl } from '../../kubectl';

// What kubectl v1.34 (/usr/local/bin/kubectl34) printed for these commands against the simulated
// API server (`npm run api`); the service account volume's random suffix is replaced by xxxxx.

const FORBIDDEN =
  'spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,' +
  '`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';
const PORT_DIFF = [
  "  core.PodSpec{",
  "  \tVolumes:        {{Name: \"kube-api-access-xxxxx\", VolumeSource: {Projected: &{Sources: {{ServiceAccountToken: &{ExpirationSeconds: 3607, Path: \"token\"}}, {ConfigMap: &{LocalObjectReference: {Name: \"kube-root-ca.crt\"}, Items: {{Key: \"ca.crt\", Path: \"ca.crt\"}}}}, {DownwardAPI: &{Items: {{Path: \"namespace\", FieldRef: &{APIVersion: \"v1\", FieldPath: \"metadata.namespace\"}}}}}}, DefaultMode: &420}}}},",
  "  \tInitContainers: nil,",
  "  \tContainers: []core.Container{",
  "  \t\t{",
  "  \t\t\t... // 3 identical fields",
  "  \t\t\tArgs:       nil,",
  "  \t\t\tWorkingDir: \"\",",
  "  \t\t\tPorts: []core.ContainerPort{",
  "  \t\t\t\t{",
  "  \t\t\t\t\tName:          \"\",",
  "  \t\t\t\t\tHostPort:      0,",
  "- \t\t\t\t\tContainerPort: 80,",
  "+ \t\t\t\t\tContainerPort: 8080,",
  "  \t\t\t\t\tProtocol:      \"TCP\",",
  "  \t\t\t\t\tHostIP:        \"\",",
  "  \t\t\t\t},",
  "  \t\t\t},",
  "  \t\t\tEnvFrom: nil,",
  "  \t\t\tEnv:     nil,",
  "  \t\t\t... // 17 identical fields",
  "  \t\t},",
  "  \t},",
  "  \tEphemeralContainers: nil,",
  "  \tRestartPolicy:       \"Always\",",
  "  \t... // 30 identical fields",
  "  }",
];
const REPLACE_DIFF = [
  "  core.PodSpec{",
  "- \tVolumes: []core.Volume{",
  "- \t\t{",
  "- \t\t\tName:         \"kube-api-access-xxxxx\",",
  "- \t\t\tVolumeSource: core.VolumeSource{Projected: &core.ProjectedVolumeSource{...}},",
  "- \t\t},",
  "- \t},",
  "+ \tVolumes:        nil,",
  "  \tInitContainers: nil,",
  "  \tContainers: []core.Container{",
  "  \t\t{",
  "  \t\t\t... // 10 identical fields",
  "  \t\t\tRestartPolicy:      nil,",
  "  \t\t\tRestartPolicyRules: nil,",
  "- \t\t\tVolumeMounts: []core.VolumeMount{",
  "- \t\t\t\t{",
  "- \t\t\t\t\tName:      \"kube-api-access-xxxxx\",",
  "- \t\t\t\t\tReadOnly:  true,",
  "- \t\t\t\t\tMountPath: \"/var/run/secrets/kubernetes.io/serviceaccount\",",
  "- \t\t\t\t},",
  "- \t\t\t},",
  "+ \t\t\tVolumeMounts:  nil,",
  "  \t\t\tVolumeDevices: nil,",
  "  \t\t\tLivenessProbe: nil,",
  "  \t\t\t... // 10 identical fields",
  "  \t\t},",
  "  \t},",
  "  \tEphemeralContainers: nil,",
  "  \tRestartPolicy:       \"Always\",",
  "  \t... // 2 identical fields",
  "  \tDNSPolicy:                    \"ClusterFirst\",",
  "  \tNodeSelector:                 nil,",
  "- \tServiceAccountName:           \"default\",",
  "+ \tServiceAccountName:           \"\",",
  "  \tAutomountServiceAccountToken: nil,",
  "- \tNodeName:                     \"k8s-node1\",",
  "+ \tNodeName:                     \"\",",
  "  \tSecurityContext:              &{},",
  "  \tImagePullSecrets:             nil,",
  "  \t... // 21 identical fields",
  "  }",
];

const HEAD = `The Pod "web" is invalid: ${FORBIDDEN}`;

const POD = (port: number) => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx:1.27
    ports:
    - containerPort: ${port}
`;
const norm = (s: string) => s.replace(/kube-api-access-[a-z0-9]{5}/g, 'kube-api-access-xxxxx');

function cluster() {
  const fs = new MemoryWorkspace();
  const c = new Cluster({ seed: 1 });
  const sessions: EditSession[] = [];
  const run = (line: string) => {
    const r = runKubectl(line.split(' '), { cluster: c, fs, namespace: 'default', editor: { open: (s) => sessions.push(s) } });
    c.runUntilIdle();
    return { ...r, out: norm(r.out) };
  };
  fs.write('pod.yaml', POD(80));
  run('apply -f pod.yaml');
  c.advance(2000);
  c.runUntilIdle();
  return { fs, run, sessions };
}

describe('a forbidden pod update', () => {
  it('apply prints the diff of the internal PodSpec and an empty line, as kubectl v1.34', () => {
    const { fs, run } = cluster();
    fs.write('pod.yaml', POD(8080));
    expect(run('apply -f pod.yaml')).toMatchObject({ out: `${HEAD}\n${PORT_DIFF.join('\n')}\n\n`, code: 1 });
  });

  it('replace compares the whole manifest with the stored pod: the node, the token volume and the service account are missing', () => {
    const { run } = cluster();
    expect(run('replace -f pod.yaml')).toMatchObject({ out: `${HEAD}\n${REPLACE_DIFF.join('\n')}\n\n`, code: 1 });
  });

  it('edit reopens the file with the message under the header, its last line break left bare', () => {
    const { fs, run, sessions } = cluster();
    run('edit pod web');
    const s = sessions[0];
    const turn = s.save(fs.read(s.file)!.replace('containerPort: 80\n', 'containerPort: 8080\n'));
    expect(turn.result).toEqual({ out: 'error: pods "web" is invalid\n', code: 1 });
    const lines = norm(fs.read(s.file)!).split('\n');
    const end = lines.indexOf('apiVersion: v1');
    expect(lines.slice(4, end)).toEqual(['# pods "web" was not valid:', `# * ${FORBIDDEN}`, ...PORT_DIFF.map((l) => `# ${l}`), '', '#']);
  });
});

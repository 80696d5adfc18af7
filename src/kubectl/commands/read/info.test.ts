import { beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../../sim/cluster';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';
import { explainDocsReady } from './explain';

const cluster = new Cluster({ seed: 3 });
const ctx = { cluster, fs: new MemoryWorkspace(), namespace: 'default' };
const k = (line: string) => runKubectl(line.split(' ').filter(Boolean), ctx);

beforeAll(async () => {
  await explainDocsReady;
});

describe('informational commands', () => {
  it('prints client, kustomize and server versions', () => {
    expect(k('version').out).toBe('Client Version: v1.34.5\nKustomize Version: v5.7.1\nServer Version: v1.34.1\n');
    expect(k('version --client').out).toBe('Client Version: v1.34.5\nKustomize Version: v5.7.1\n');
  });

  it('prints the build documents as kubectl v1.34.5 against a v1.34.1 server', () => {
    // `kubectl34 version --client -o json`, byte for byte
    expect(k('version --client -o json').out).toBe(`{
  "clientVersion": {
    "major": "1",
    "minor": "34",
    "gitVersion": "v1.34.5",
    "gitCommit": "ebfac057369b21558006b8815821ab2fb1e29f2d",
    "gitTreeState": "clean",
    "buildDate": "2026-02-26T20:06:18Z",
    "goVersion": "go1.24.13",
    "compiler": "gc",
    "platform": "linux/amd64"
  },
  "kustomizeVersion": "v5.7.1"
}
`);
    // kubectl34 version -o yaml against npm run api: the server part carries the emulation fields
    expect(k('version -o yaml').out).toContain(`kustomizeVersion: v5.7.1
serverVersion:
  buildDate: "2025-09-09T19:37:26Z"
  compiler: gc
  emulationMajor: "1"
  emulationMinor: "34"
  gitCommit: 93248f9ae092f571eb870b7664c534bfc7d00f03
  gitTreeState: clean
  gitVersion: v1.34.1
  goVersion: go1.24.6
  major: "1"
  minCompatibilityMajor: "1"
  minCompatibilityMinor: "33"
  minor: "34"
  platform: linux/amd64

`);
  });

  it('lists API resources sorted by group, then name', () => {
    const lines = k('api-resources').out.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$/);
    expect(lines.find((l) => l.startsWith('deployments '))).toMatch(/^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/);
    expect(lines.find((l) => l.startsWith('customresourcedefinitions '))).toMatch(/^customresourcedefinitions\s+crd,crds\s+apiextensions\.k8s\.io\/v1\s+false\s+CustomResourceDefinition$/);
    expect(k('api-resources --categories=api-extensions -o name').out).toBe('customresourcedefinitions.apiextensions.k8s.io\n');
    expect(k('api-resources --namespaced=false -o name').out).toContain('nodes\n');
    expect(k('api-resources --namespaced=false -o name').out).not.toContain('pods\n');
    expect(k('api-versions').out.split('\n')).toContain('apps/v1');
  });

  it('lists what a v1.34 API server serves though the simulation keeps no objects of it', () => {
    const names = k('api-resources -o name').out.split('\n').filter(Boolean);
    expect(names).toHaveLength(65);
    for (const n of ['selfsubjectreviews.authentication.k8s.io', 'tokenreviews.authentication.k8s.io', 'subjectaccessreviews.authorization.k8s.io', 'apiservices.apiregistration.k8s.io', 'validatingadmissionpolicies.admissionregistration.k8s.io', 'flowschemas.flowcontrol.apiserver.k8s.io', 'runtimeclasses.node.k8s.io', 'csinodes.storage.k8s.io', 'volumeattributesclasses.storage.k8s.io', 'ipaddresses.networking.k8s.io', 'servicecidrs.networking.k8s.io', 'resourceclaims.resource.k8s.io', 'certificatesigningrequests.certificates.k8s.io']) {
      expect(names).toContain(n);
    }
    const lines = k('api-resources -o wide').out.split('\n');
    expect(lines.find((l) => l.startsWith('tokenreviews '))).toMatch(/^tokenreviews\s+authentication\.k8s\.io\/v1\s+false\s+TokenReview\s+create\s*$/);
    expect(lines.find((l) => l.startsWith('localsubjectaccessreviews '))).toMatch(/\s+true\s+LocalSubjectAccessReview\s+create/);
    expect(k('api-versions').out.split('\n')).toEqual(expect.arrayContaining(['admissionregistration.k8s.io/v1', 'authentication.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1', 'node.k8s.io/v1', 'resource.k8s.io/v1']));
  });

  it('lists one Local APIService per served group version, as the aggregator registers them', () => {
    const lines = k('get apiservices').out.split('\n').filter(Boolean);
    // one per group version api-versions prints, core `v1.` first
    expect(lines).toHaveLength(1 + k('api-versions').out.split('\n').filter(Boolean).length);
    expect(lines[0]).toMatch(/^NAME\s+SERVICE\s+AVAILABLE\s+AGE$/);
    expect(lines[1]).toMatch(/^v1\.\s+Local\s+True\s+\d+d$/);
    expect(lines).toContainEqual(expect.stringMatching(/^v2\.autoscaling\s+Local\s+True\s/));
    expect(k('get apiservice v1.apps -o jsonpath={.spec.groupPriorityMinimum}/{.spec.versionPriority}').out).toBe('17800/15');
  });

  it('lists the CSINode each kubelet registers beside its Node, without drivers', () => {
    const nodes = k('get nodes -o name').out.split('\n').filter(Boolean).map((n) => n.replace('node/', ''));
    const lines = k('get csinodes').out.split('\n').filter(Boolean);
    expect(lines[0]).toMatch(/^NAME\s+DRIVERS\s+AGE$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual(nodes.map((n) => `${n} 0`));
    expect(k(`get csinode ${nodes[0]} -o jsonpath={.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}`).out).toBe(`Node/${nodes[0]}`);
  });

  it('shows the control plane and CoreDNS', () => {
    const out = k('cluster-info').out;
    expect(out).toMatch(/^Kubernetes control plane is running at https:\/\/[\d.]+:6443\n/);
    expect(out).toContain('CoreDNS is running at https://');
    expect(out).toContain('/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n');
    expect(out.endsWith("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")).toBe(true);
  });

  it('shows kubeadm admin kubeconfig with redacted data', () => {
    expect(k('config current-context').out).toBe('kubernetes-admin@kubernetes\n');
    const view = k('config view').out;
    expect(view).toContain('    certificate-authority-data: DATA+OMITTED\n');
    expect(view).toContain('current-context: kubernetes-admin@kubernetes\n');
    // kubectl v1.34 drops the empty preferences (v1.32 printed `preferences: {}`)
    expect(view).not.toContain('preferences');
  });

  it('answers can-i for the admin and fails for unknown identities', () => {
    expect(k('auth can-i create deployments').out).toBe('yes\n');
    const r = k('auth can-i list secrets --as=system:serviceaccount:default:nobody');
    expect(r.out).toBe('no\n');
    expect(r.code).toBe(1);
    expect(k('auth can-i create').out).toBe("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n");
  });

  it('reports component statuses with the deprecation warning', () => {
    expect(k('get cs').out).toBe(
      'Warning: v1 ComponentStatus is deprecated in v1.19+\nNAME                 STATUS    MESSAGE   ERROR\nscheduler            Healthy   ok        \ncontroller-manager   Healthy   ok        \netcd-0               Healthy   ok        \n',
    );
  });

  it('explains a kind and a field like kubectl v1.34', () => {
    const pod = k('explain pods').out;
    expect(pod.startsWith('KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n    Pod is a collection of containers that can run on a host. This resource is\n    created by clients and scheduled onto hosts.\n    \nFIELDS:\n  apiVersion\t<string>\n')).toBe(true);
    expect(pod).toContain('  spec\t<PodSpec>\n');
    const field = k('explain deployment.spec.replicas').out;
    expect(field.startsWith('GROUP:      apps\nKIND:       Deployment\nVERSION:    v1\n\nFIELD: replicas <integer>\n\n\nDESCRIPTION:\n')).toBe(true);
    expect(k('explain pods.spec.nope').out).toBe('error: field "nope" does not exist\n');
    // the resource may be named with its group, ahead of the field path
    expect(k('explain deployments.apps.spec.replicas').out).toBe(field);
    expect(k('explain pods -o json').out).toBe('error: unrecognized format: json\n');
  });

  it('explains from the OpenAPI v2 models with --output=plaintext-openapiv2, as kubectl pkg/explain lays them out', () => {
    const v2 = (what: string) => k(`explain ${what} --output=plaintext-openapiv2`).out;
    const spec = v2('pods.spec');
    // a field reached through a reference: its own description is empty, the blank line before the definition's stays
    expect(spec.startsWith('KIND:     Pod\nVERSION:  v1\n\nRESOURCE: spec <Object>\n\nDESCRIPTION:\n\n     PodSpec is a description of a pod.\n\nFIELDS:\n   activeDeadlineSeconds\t<integer>\n     Optional duration')).toBe(true);
    expect(spec).toContain('\n   containers\t<[]Object> -required-\n     List of containers belonging to the pod. Containers cannot currently be\n     added or removed.');
    // Quantity, IntOrString and Time are strings in v2; a primitive ends the path early
    expect(v2('pods.spec.containers.resources')).toContain('   limits\t<map[string]string>\n');
    expect(v2('svc.spec.ports.targetPort')).toMatch(/^KIND: {5}Service\nVERSION: {2}v1\n\nFIELD: {4}targetPort <string>\n\nDESCRIPTION:\n {5}IntOrString is a type that can hold an int32 or a string. When used in JSON\n/);
    expect(v2('pods.spec.hostname.foo').startsWith('KIND:     Pod\nVERSION:  v1\n\nFIELD:    foo <string>\n\nDESCRIPTION:\n     Specifies the hostname of the Pod')).toBe(true);
    // a value of any type: a map of anything, described twice (the map and its values)
    const fields = v2('pods.metadata.managedFields.fieldsV1');
    expect(fields).toBe('KIND:     Pod\nVERSION:  v1\n\nDESCRIPTION:\n     FieldsV1 holds the first JSON version format as described in the "FieldsV1"\n     type.\n\n     FieldsV1 holds the first JSON version format as described in the "FieldsV1"\n     type.\n');
    expect(v2('deploy').startsWith('KIND:     Deployment\nVERSION:  apps/v1\n\nDESCRIPTION:\n     Deployment enables declarative updates for Pods and ReplicaSets.\n\nFIELDS:\n')).toBe(true);
    // --recursive: names and types only, three more columns per level, a definition not entered twice on one path
    const tree = k('explain pods.spec.containers --recursive --output=plaintext-openapiv2').out;
    expect(tree).toContain('\n   env\t<[]Object>\n      name\t<string>\n      value\t<string>\n      valueFrom\t<Object>\n         configMapKeyRef\t<Object>\n');
    expect(k('explain deploy --api-version=apps/v9 --output=plaintext-openapiv2').out).toBe('error: couldn\'t find resource for "apps/v9, Kind=Deployment"\n');
  });
});

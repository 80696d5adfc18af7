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
    expect(k('version').out).toBe('Client Version: v1.34.1\nKustomize Version: v5.7.1\nServer Version: v1.34.1\n');
    expect(k('version --client').out).toBe('Client Version: v1.34.1\nKustomize Version: v5.7.1\n');
  });

  it('lists API resources sorted by group, then name', () => {
    const lines = k('api-resources').out.split('\n');
    expect(lines[0]).toMatch(/^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND$/);
    expect(lines.find((l) => l.startsWith('deployments '))).toMatch(/^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/);
    expect(k('api-resources --namespaced=false -o name').out).toContain('nodes\n');
    expect(k('api-resources --namespaced=false -o name').out).not.toContain('pods\n');
    expect(k('api-versions').out.split('\n')).toContain('apps/v1');
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
    expect(view).toContain('preferences: {}\n');
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
  });
});

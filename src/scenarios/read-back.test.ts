import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Shell } from '../shell/shell';
import { Cluster } from '../sim/cluster';

describe('objects read back with -o yaml', () => {
  it("pass kubectl's client-side validation of a List (every field the OpenAPI requires is there)", () => {
    const sh = new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() });
    sh.run('kubectl create deployment web --image=nginx');
    sh.run('sleep 30');
    sh.run('kubectl get nodes,deployments,replicasets,pods,services,configmaps,serviceaccounts,namespaces,daemonsets -A -o yaml > all.yaml');
    const out = sh.run('kubectl apply -f all.yaml --dry-run=server').out;
    expect(out).not.toContain('error validating');
    expect(out).toContain('node/k8s-node1 configured (server dry run)');
    expect(out).toContain('deployment.apps/web configured (server dry run)');
  });
});

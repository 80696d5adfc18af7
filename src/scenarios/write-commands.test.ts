import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('kubectl write commands in a script', { timeout: 60_000 }, () => {
  const t = transcriptOf('write-commands.sh', 3);
  const out = (cmd: string, nth = 0) => {
    const blocks = t.split(/^\$ /m).slice(1).filter((b) => b.startsWith(cmd + '\n') || b.startsWith(cmd + ' <<'));
    if (nth === 0) return outputOf(t, cmd);
    return blocks[nth].split('\n').slice(1).join('\n');
  };

  it('applies: created, then unchanged, then configured after a live change', () => {
    expect(out('kubectl apply -f kubia.yaml')).toBe('deployment.apps/kubia created\n');
    expect(out('kubectl apply -f kubia.yaml', 1)).toBe('deployment.apps/kubia unchanged\n');
    // an annotation added by hand is not in the last applied configuration, so apply leaves it alone
    expect(out('kubectl apply -f kubia.yaml', 2)).toBe('deployment.apps/kubia unchanged\n');
  });

  it('refuses to create what exists, naming the file', () => {
    expect(out('kubectl create -f kubia.yaml')).toBe('Error from server (AlreadyExists): error when creating "kubia.yaml": deployments.apps "kubia" already exists\n');
  });

  it('labels with kubectl messages and the --overwrite rule', () => {
    expect(out('kubectl label deploy kubia tier=web')).toBe('deployment.apps/kubia labeled\n');
    expect(out('kubectl label deploy kubia tier=db')).toBe("error: 'tier' already has a value (web), and --overwrite is false\n");
    expect(out('kubectl label deploy kubia tier=db --overwrite')).toBe('deployment.apps/kubia labeled\n');
    expect(out('kubectl label deploy kubia tier-')).toBe('deployment.apps/kubia unlabeled\n');
  });

  it('patches, and says when nothing changed', () => {
    expect(out(`kubectl patch deploy kubia -p '{"spec":{"replicas":3}}'`)).toBe('deployment.apps/kubia patched\n');
    expect(out(`kubectl patch deploy kubia -p '{"spec":{"replicas":3}}'`, 1)).toBe('deployment.apps/kubia patched (no change)\n');
    expect(out(`kubectl patch deploy kubia --type=merge -p '{"metadata":{"labels":{"x":"y"}}}'`)).toBe('deployment.apps/kubia patched\n');
    expect(out(`kubectl patch deploy kubia --type=json -p '[{"op":"remove","path":"/spec/paused"}]'`)).toBe(
      'Error from server: jsonpatch remove operation does not apply: doc is missing path: "/spec/paused": missing value\n',
    );
  });

  it('creates config objects from literals', () => {
    expect(out('kubectl create configmap cfg --from-literal=mode=dev')).toBe('configmap/cfg created\n');
    expect(out('kubectl create secret generic creds --from-literal=user=admin')).toBe('secret/creds created\n');
    expect(out('kubectl create namespace team-a')).toBe('namespace/team-a created\n');
    expect(out('kubectl create serviceaccount robot -n team-a')).toBe('serviceaccount/robot created\n');
  });

  it('deletes with the namespace in the message, and reports what is gone', () => {
    expect(out('kubectl delete deploy kubia')).toBe('deployment.apps "kubia" deleted from default namespace\n');
    expect(out('kubectl delete deploy kubia', 1)).toBe('Error from server (NotFound): deployments.apps "kubia" not found\n');
    expect(out('kubectl replace -f kubia.yaml')).toBe('Error from server (NotFound): error when replacing "kubia.yaml": deployments.apps "kubia" not found\n');
    expect(out('kubectl delete cm cfg secret/creds')).toBe(
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    );
  });

  it('prints kubectl client-side errors for missing input', () => {
    expect(out('kubectl apply -f missing.yaml')).toBe('error: the path "missing.yaml" does not exist\n');
    expect(out('kubectl create')).toBe('error: must specify one of -f and -k\n');
    expect(out('kubectl delete')).toMatch(/^error: You must provide one or more resources by argument or filename\.\n/);
  });
});

import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('kubeconfig: the session keeps the contexts kubectl config sets', { timeout: 60_000 }, () => {
  const t = transcriptOf('kubeconfig.sh', 1);

  it('works in the namespace the current context sets, unless -n or --context says otherwise', () => {
    expect(outputOf(t, 'kubectl config set-context --current')).toBe('Context "kubernetes-admin@kubernetes" modified.\n');
    expect(outputOf(t, 'kubectl get pods -l k8s-app=kube-dns -o name').split('\n').filter(Boolean)).toHaveLength(2);
    expect(outputOf(t, 'kubectl -n default get pods')).toBe('No resources found in default namespace.\n');
    expect(outputOf(t, 'kubectl get pods -o name --context=kubernetes-admin@kubernetes').split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('switches to a new context and creates in its namespace', () => {
    expect(outputOf(t, 'kubectl config use-context dev')).toBe('Switched to context "dev".\n');
    expect(outputOf(t, 'kubectl run web')).toBe('pod/web created\n');
    expect(outputOf(t, 'kubectl get pods -n dev -o name')).toBe('pod/web\n');
    expect(outputOf(t, 'kubectl config get-contexts')).toBe(
      'CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE\n' +
        '*         dev                           kubernetes   kubernetes-admin   dev\n' +
        '          kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   kube-system\n',
    );
    expect(outputOf(t, 'kubectl get pods --context=nope')).toBe('Error in configuration: context was not found for specified context: nope\n');
    expect(outputOf(t, 'kubectl config view --minify')).toContain('    namespace: dev\n');
  });

  it('is byte-identical for the same seed', () => {
    expect(transcriptOf('kubeconfig.sh', 7)).toBe(transcriptOf('kubeconfig.sh', 7));
  });
});

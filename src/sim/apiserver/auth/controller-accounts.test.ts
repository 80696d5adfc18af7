import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster';
import { CONTROLLER_ACCOUNTS } from './controller-accounts';
import { defaultClusterRoleBindings, defaultNamespacedRbac } from './bootstrap-policy';

interface Subject {
  kind: string;
  name: string;
  namespace?: string;
}

describe("kube-controller-manager's controller ServiceAccounts", () => {
  it('are in kube-system of a new cluster beside the add-ons\' and the default one, as a v1.34 kubeadm cluster lists them', () => {
    const cluster = new Cluster();
    const names = cluster.api.list('serviceaccounts', 'kube-system').map((sa) => sa.metadata.name);
    expect(names.sort()).toEqual([...CONTROLLER_ACCOUNTS, 'coredns', 'default', 'kube-proxy'].sort());
  });

  it('are each the subject of a bootstrap binding, so every controller that uses one has a role', () => {
    const subjects = new Set(
      [...defaultClusterRoleBindings(), ...defaultNamespacedRbac().filter((o) => o.kind === 'RoleBinding')]
        .flatMap((b): Subject[] => b.subjects ?? [])
        .filter((s) => s.kind === 'ServiceAccount' && s.namespace === 'kube-system')
        .map((s) => s.name),
    );
    expect(CONTROLLER_ACCOUNTS.filter((a) => !subjects.has(a))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

describe('RBAC through kubectl', { timeout: 60_000 }, () => {
  const t = transcriptOf('rbac.sh', 1);

  it('refuses a ServiceAccount without rights with the API server Forbidden text', () => {
    expect(outputOf(t, 'kubectl get pods --as=system:serviceaccount:default:foo')).toBe(
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:foo" cannot list resource "pods" in API group "" in the namespace "default"\n',
    );
    expect(outputOf(t, 'kubectl get nodes --as')).toBe(
      'Error from server (Forbidden): nodes is forbidden: User "system:serviceaccount:default:foo" cannot list resource "nodes" in API group "" at the cluster scope\n',
    );
    expect(outputOf(t, 'kubectl delete pod nothing --as')).toBe(
      'Error from server (Forbidden): pods "nothing" is forbidden: User "system:serviceaccount:default:foo" cannot delete resource "pods" in API group "" in the namespace "default"\n',
    );
  });

  it('answers can-i from the RoleBinding, only in its namespace', () => {
    const blocks = t.split('$ kubectl auth can-i list pods --as=system:serviceaccount:default:foo\n');
    expect(blocks[1].startsWith('no\n')).toBe(true);
    expect(blocks[2].startsWith('yes\n')).toBe(true);
    expect(outputOf(t, 'kubectl auth can-i list pods --as=system:serviceaccount:default:foo -n kube-system')).toBe('no\n');
    expect(outputOf(t, 'kubectl get pods -n kube-system --as')).toMatch(/cannot list resource "pods" in API group "" in the namespace "kube-system"\n$/);
  });

  it("answers can-i '*' '*' for the admin without a warning", () => {
    expect(outputOf(t, "kubectl auth can-i '*' '*'")).toBe('yes\n');
    expect(outputOf(t, 'kubectl auth can-i get /healthz --as=someone')).toBe('yes\n');
  });

  it('lists the rules of the ServiceAccount', () => {
    const list = outputOf(t, 'kubectl auth can-i --list --as=system:serviceaccount:default:foo').split('\n');
    expect(list[0]).toMatch(/^Resources\s+Non-Resource URLs\s+Resource Names\s+Verbs$/);
    expect(list).toContainEqual(expect.stringMatching(/^pods\s+\[\]\s+\[\]\s+\[get list\]$/));
    expect(list).toContainEqual(expect.stringMatching(/^selfsubjectaccessreviews\.authorization\.k8s\.io\s+\[\]\s+\[\]\s+\[create\]$/));
    expect(list).toContainEqual(expect.stringMatching(/^\s+\[\/openid\/v1\/jwks\]\s+\[\]\s+\[get\]$/));
  });

  it('refuses a special verb on the wrong resource as kubectl does', () => {
    expect(outputOf(t, 'kubectl create role psp-user')).toBe("error: can not perform 'use' on 'pods' in group ''\n");
  });

  it('applies a ClusterRole bound by a RoleBinding in that namespace only', () => {
    expect(outputOf(t, 'kubectl auth can-i list deployments.apps --as=alice -n kube-system')).toBe('yes\n');
    expect(outputOf(t, 'kubectl auth can-i list deployments.apps --as=alice\n'.trim())).toBe('no\n');
    expect(outputOf(t, 'kubectl auth can-i get secrets --as=alice -n kube-system')).toBe('no\n');
  });

  it('gives the role resolution error as the reason', () => {
    expect(outputOf(t, 'kubectl auth can-i get pods --as=bob')).toBe('no - RBAC: role.rbac.authorization.k8s.io "missing" not found\n');
  });

  it('creates the Roles and RoleBindings the API server and kubeadm bootstrap in kube-system and kube-public', () => {
    expect(outputOf(t, 'kubectl -n kube-system get role -o name')).toBe(
      [
        'extension-apiserver-authentication-reader',
        'kube-proxy',
        'kubeadm:kubelet-config',
        'kubeadm:nodes-kubeadm-config',
        'system::leader-locking-kube-controller-manager',
        'system::leader-locking-kube-scheduler',
        'system:controller:bootstrap-signer',
        'system:controller:cloud-provider',
        'system:controller:token-cleaner',
      ].map((n) => `role.rbac.authorization.k8s.io/${n}\n`).join(''),
    );
    // kubeadm lets anyone read the public cluster-info (joining nodes discover the cluster with it) and nodes the kubeadm config
    expect(outputOf(t, 'kubectl -n kube-public get rolebinding kubeadm:bootstrap-signer-clusterinfo')).toBe('kubeadm:bootstrap-signer-clusterinfo User/system:anonymous\n');
    expect(outputOf(t, 'kubectl auth can-i get configmaps/cluster-info -n kube-public --as=system:anonymous')).toBe('yes\n');
    expect(outputOf(t, 'kubectl auth can-i get configmaps/kubeadm-config -n kube-system --as=system:node:k8s-node1')).toBe('yes\n');
    expect(outputOf(t, 'kubectl -n kube-system get role system::leader-locking-kube-scheduler')).toBe('{"kubernetes.io/bootstrapping":"rbac-defaults"}\n');
  });
  it('names the user and groups a request authenticates or impersonates as', () => {
    expect(outputOf(t, 'kubectl auth whoami')).toBe('ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [kubeadm:cluster-admins system:authenticated]\n');
    expect(outputOf(t, 'kubectl auth whoami --as=system:serviceaccount:default:foo')).toBe(
      'ATTRIBUTE   VALUE\nUsername    system:serviceaccount:default:foo\nGroups      [system:serviceaccounts system:serviceaccounts:default system:authenticated]\n',
    );
    // --as-uid is the Impersonate-Uid header; whoami prints UID between Username and Groups (kubectl34 against `npm run api`)
    expect(outputOf(t, 'kubectl auth whoami --as=jane --as-uid=1234 --as-group=dev')).toBe('ATTRIBUTE   VALUE\nUsername    jane\nUID         1234\nGroups      [dev system:authenticated]\n');
    expect(outputOf(t, 'kubectl auth whoami --as=system:anonymous')).toBe('error: the selfsubjectreviews API is not enabled in the cluster or you do not have permission to call it\n');
    expect(outputOf(t, 'kubectl get pods --as-group=system:masters')).toBe('error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user\n');
  });

  it('refuses to change the roleRef of a binding', () => {
    expect(outputOf(t, 'kubectl patch rolebinding foo-reads-pods')).toBe(
      'The RoleBinding "foo-reads-pods" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"view"}: cannot change roleRef\n',
    );
  });
  it('lists a fresh ServiceAccount\'s rights byte for byte as kubectl v1.34 does (non-resource rules of several roles are not merged)', () => {
    expect(outputOf(t, 'kubectl auth can-i --list --as=system:serviceaccount:default:fresh')).toBe(FRESH_SA_LIST.join('\n') + '\n');
  });
  it('authorizes the watch of get -w on its own, after the list', () => {
    expect(outputOf(t, 'kubectl get pods -w --as=system:serviceaccount:default:foo')).toMatch(
      /^(NAME .*\n(.*\n)*)?Error from server \(Forbidden\): pods is forbidden: User "system:serviceaccount:default:foo" cannot watch resource "pods" in API group "" in the namespace "default"\n$/,
    );
  });
});

const FRESH_SA_LIST = [
  'Resources                                       Non-Resource URLs                      Resource Names   Verbs',
  'selfsubjectreviews.authentication.k8s.io        []                                     []               [create]',
  'selfsubjectaccessreviews.authorization.k8s.io   []                                     []               [create]',
  'selfsubjectrulesreviews.authorization.k8s.io    []                                     []               [create]',
  '                                                [/.well-known/openid-configuration/]   []               [get]',
  '                                                [/.well-known/openid-configuration]    []               [get]',
  '                                                [/api/*]                               []               [get]',
  '                                                [/api]                                 []               [get]',
  '                                                [/apis/*]                              []               [get]',
  '                                                [/apis]                                []               [get]',
  '                                                [/healthz]                             []               [get]',
  '                                                [/healthz]                             []               [get]',
  '                                                [/livez]                               []               [get]',
  '                                                [/livez]                               []               [get]',
  '                                                [/openapi/*]                           []               [get]',
  '                                                [/openapi]                             []               [get]',
  '                                                [/openid/v1/jwks/]                     []               [get]',
  '                                                [/openid/v1/jwks]                      []               [get]',
  '                                                [/readyz]                              []               [get]',
  '                                                [/readyz]                              []               [get]',
  '                                                [/version/]                            []               [get]',
  '                                                [/version/]                            []               [get]',
  '                                                [/version]                             []               [get]',
  '                                                [/version]                             []               [get]',
];

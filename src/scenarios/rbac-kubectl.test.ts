import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// each command's stdout and stderr as kubectl v1.34.5 prints them (client-side checks compared byte for byte)
const CASES: [string, string][] = [
  ["kubectl create role r --verb=foo --resource=pods --dry-run=client -o yaml", "Warning: 'foo' is not a standard resource verb\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  verbs:\n  - foo\n"],
  ["kubectl create role r --verb=get,get,* --resource=pods --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  verbs:\n  - '*'\n"],
  ["kubectl create role r --verb=get, --resource=pods --dry-run=client -o yaml", "Warning: '' is not a standard resource verb\napiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  verbs:\n  - get\n  - \"\"\n"],
  ["kubectl create role r --verb= --resource=pods --dry-run=client -o yaml", "error: at least one verb must be specified\n"],
  ["kubectl create role r --verb=get --resource=foos --dry-run=client -o yaml", "the server doesn't have a resource type \"foos\"\n"],
  ["kubectl create role r --verb=get --resource=Foos.Apps --dry-run=client -o yaml", "the server doesn't have a resource type \"Foos\" in group \"Apps\"\n"],
  ["kubectl create role r --verb=get --resource=pods.apps --dry-run=client -o yaml", "the server doesn't have a resource type \"pods\" in group \"apps\"\n"],
  ["kubectl create role r --verb=get --resource=deployments.v1.apps --dry-run=client -o yaml", "the server doesn't have a resource type \"deployments\" in group \"v1.apps\"\n"],
  ["kubectl create role r --verb=* --resource=*.apps,foos --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - foos\n  verbs:\n  - '*'\n- apiGroups:\n  - apps\n  resources:\n  - '*'\n  verbs:\n  - '*'\n"],
  ["kubectl create role r --verb=get --resource=pods,* --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - '*'\n  verbs:\n  - get\n"],
  ["kubectl create role r --verb=get,list --resource=pods,deploy.apps,pods/log,rs.apps/scale,pods/ --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - pods\n  - pods/log\n  verbs:\n  - get\n  - list\n- apiGroups:\n  - apps\n  resources:\n  - deployments\n  - replicasets/scale\n  verbs:\n  - get\n  - list\n"],
  ["kubectl create role r --verb=get --resource=pods --resource-name=a --resource-name= --resource-name=a --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resourceNames:\n  - a\n  - \"\"\n  resources:\n  - pods\n  verbs:\n  - get\n"],
  ["kubectl create role r --verb=use --resource=pods --dry-run=client -o yaml", "error: can not perform 'use' on 'pods' in group ''\n"],
  ["kubectl create role r --verb=impersonate --resource=uids.authentication.k8s.io --dry-run=client -o yaml", "error: can not perform 'impersonate' on 'uids' in group 'authentication.k8s.io'\n"],
  ["kubectl create role r --verb=impersonate --resource=users,groups,serviceaccounts,userextras.authentication.k8s.io --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: r\nrules:\n- apiGroups:\n  - \"\"\n  resources:\n  - users\n  - groups\n  - serviceaccounts\n  verbs:\n  - impersonate\n- apiGroups:\n  - authentication.k8s.io\n  resources:\n  - userextras\n  verbs:\n  - impersonate\n"],
  ["kubectl create role r --verb=get --resource=/log --dry-run=client -o yaml", "error: resource must be specified if apiGroup/subresource specified\n"],
  ["kubectl create clusterrole c --verb=get --non-resource-url=* --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: c\nrules:\n- nonResourceURLs:\n  - '*'\n  verbs:\n  - get\n"],
  ["kubectl create clusterrole c --verb=get,post --resource=pods --non-resource-url=/a,/b,/a --resource-name=x --dry-run=client -o yaml", "Warning: 'post' is not a standard resource verb\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: c\nrules:\n- apiGroups:\n  - \"\"\n  resourceNames:\n  - x\n  resources:\n  - pods\n  verbs:\n  - get\n  - post\n- nonResourceURLs:\n  - /a\n  - /b\n  verbs:\n  - get\n  - post\n"],
  ["kubectl create clusterrole c --verb=foo --resource=pods --non-resource-url=/a --dry-run=client -o yaml", "Warning: 'foo' is not a standard resource verb\nerror: invalid verb: 'foo' for nonResourceURL\n"],
  ["kubectl create clusterrole c --verb=list --non-resource-url=/a --dry-run=client -o yaml", "error: invalid verb: 'list' for nonResourceURL\n"],
  ["kubectl create clusterrole c --verb=get --non-resource-url=/a*b --dry-run=client -o yaml", "error: nonResourceURL only supports wildcard matches when '*' is at the end\n"],
  ["kubectl create clusterrole c --verb=get --non-resource-url=healthz --dry-run=client -o yaml", "error: nonResourceURL should start with /\n"],
  ["kubectl create clusterrole c --aggregation-rule=a --dry-run=client -o yaml", "error: invalid argument \"a\" for \"--aggregation-rule\" flag: malformed pair, expect string=string\nSee 'kubectl create clusterrole --help' for usage.\n"],
  ["kubectl create clusterrole c --aggregation-rule=\"a=b=c, d = e\" --aggregation-rule=f=g --dry-run=client -o yaml", "aggregationRule:\n  clusterRoleSelectors:\n  - matchLabels:\n      a: b=c\n      d: e\n      f: g\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: c\nrules: null\n"],
  ["kubectl create clusterrole c --aggregation-rule=a=b --verb=get --dry-run=client -o yaml", "error: aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames\n"],
  ["kubectl create clusterrole c --verb=get --dry-run=client -o yaml", "error: one of resource or nonResourceURL must be specified\n"],
  ["kubectl create rolebinding b --role=r --user= --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: b\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: r\nsubjects:\n- apiGroup: rbac.authorization.k8s.io\n  kind: User\n  name: \"\"\n"],
  ["kubectl get pods --as-group=system:masters", "error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user\n"],
  ["kubectl auth can-i get nodes", "Warning: resource 'nodes' is not namespace scoped\n\nyes\n"],
  ["kubectl auth can-i get nodes -A", "yes\n"],
  ["kubectl auth can-i frob pods -A", "yes\n"],
  ["kubectl auth can-i frob pods", "Warning: verb 'frob' is not a known verb\n\nyes\n"],
  ["kubectl auth can-i frob '*'", "Warning: verb 'frob' is not a known verb\n\nyes\n"],
  ["kubectl auth can-i list deployments.extensions --as=bob", "Warning: the server doesn't have a resource type 'deployments' in group 'extensions'\n\nno\n"],
  ["kubectl auth can-i get foos.bar", "Warning: the server doesn't have a resource type 'foos' in group 'bar'\n\nyes\n"],
  ["kubectl auth can-i get deployments.v1.apps/web --as=bob", "no\n"],
  ["kubectl auth can-i get /healthz --as=system:anonymous", "yes\n"],
  ["kubectl auth can-i get pods --as=system:anonymous --as-group=system:authenticated", "no\n"],
  ["kubectl get deployments.extensions", "error: the server doesn't have a resource type \"deployments\"\n"],
  ["kubectl get podsecuritypolicies.policy", "error: the server doesn't have a resource type \"podsecuritypolicies\"\n"],
  ["kubectl get deploy.v1.apps", "No resources found in default namespace.\n"],
  ["kubectl get deployment.v2.apps", "error: the server doesn't have a resource type \"deployment\"\n"],
  ["kubectl explain psp", "the server doesn't have a resource type \"psp\"\n"],
  // served for create only: the list request is refused, as the server answers it
  ["kubectl get tokenreviews", "Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n"],
  ["kubectl get bindings", "Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n"],
  // served but holding no objects: mapped, listed empty
  ["kubectl get volumeattachments", "No resources found\n"],
  ["kubectl certificate approve csr-x", "Error from server (NotFound): certificatesigningrequests.certificates.k8s.io \"csr-x\" not found\n"],
  ["kubectl auth can-i create selfsubjectaccessreviews --as=bob", "Warning: resource 'selfsubjectaccessreviews' is not namespace scoped in group 'authorization.k8s.io'\n\nyes\n"],
  ["kubectl auth can-i list csr --as=bob", "Warning: resource 'certificatesigningrequests' is not namespace scoped in group 'certificates.k8s.io'\n\nno\n"],
  ["kubectl create clusterrole tr --verb=create --resource=tokenreviews,subjectaccessreviews --dry-run=client -o yaml", "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: tr\nrules:\n- apiGroups:\n  - authentication.k8s.io\n  resources:\n  - tokenreviews\n  verbs:\n  - create\n- apiGroups:\n  - authorization.k8s.io\n  resources:\n  - subjectaccessreviews\n  verbs:\n  - create\n"],
  ["kubectl create role r --verb=get --resource=pods --dry-run", "W0101 08:00:00.000000       1 helpers.go:731] --dry-run is deprecated and can be replaced with --dry-run=client.\nrole.rbac.authorization.k8s.io/r created (dry run)\n"],
  ["kubectl create sa x --dry-run=False -o name", "W0101 08:00:00.000000       1 helpers.go:748] --dry-run=False is deprecated (boolean value) and can be replaced with --dry-run=none.\nserviceaccount/x\n"],
];

describe('kubectl RBAC commands, byte for byte', { timeout: 60_000 }, () => {
  const t = transcriptOf('rbac-kubectl.sh', 1);
  for (const [command, want] of CASES) {
    it(command, () => {
      expect(outputOf(t, command)).toBe(want);
    });
  }
});

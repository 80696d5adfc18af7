# A ServiceAccount with no rights, then a Role and RoleBinding (notes 12.1.3, 12.2.3)
kubectl create serviceaccount foo
kubectl get pods --as=system:serviceaccount:default:foo
kubectl auth can-i list pods --as=system:serviceaccount:default:foo
kubectl create role pod-reader --verb=get,list --resource=pods
kubectl create rolebinding foo-reads-pods --role=pod-reader --serviceaccount=default:foo
kubectl auth can-i list pods --as=system:serviceaccount:default:foo
kubectl auth can-i list pods --as=system:serviceaccount:default:foo -n kube-system
kubectl get pods -n kube-system --as=system:serviceaccount:default:foo
kubectl delete pod nothing --as=system:serviceaccount:default:foo
kubectl get nodes --as=system:serviceaccount:default:foo
kubectl auth can-i '*' '*'
kubectl auth can-i get /healthz --as=someone
kubectl auth can-i --list --as=system:serviceaccount:default:foo
kubectl create role psp-user --verb=use --resource=pods
kubectl create rolebinding view-kube-system --clusterrole=view --user=alice -n kube-system
kubectl auth can-i list deployments.apps --as=alice -n kube-system
kubectl auth can-i list deployments.apps --as=alice
kubectl auth can-i get secrets --as=alice -n kube-system
kubectl create rolebinding broken --role=missing --user=bob
kubectl auth can-i get pods --as=bob
# the bootstrap Roles of kube-system and kube-public (notes 12.2.3 lists kube-system's)
kubectl -n kube-system get role -o name
kubectl -n kube-public get rolebinding kubeadm:bootstrap-signer-clusterinfo -o jsonpath='{.roleRef.name} {.subjects[0].kind}/{.subjects[0].name}'
kubectl auth can-i get configmaps/cluster-info -n kube-public --as=system:anonymous
kubectl auth can-i get configmaps/kubeadm-config -n kube-system --as=system:node:k8s-node1 --as-group=system:nodes
kubectl -n kube-system get role system::leader-locking-kube-scheduler -o jsonpath='{.metadata.labels}'
# who a request authenticates as (notes 12.1: users and groups)
kubectl auth whoami
kubectl auth whoami --as=system:serviceaccount:default:foo
kubectl auth whoami --as=system:anonymous
kubectl auth whoami --as=jane --as-uid=1234 --as-group=dev
kubectl get pods --as-group=system:masters
# a binding's roleRef cannot change
kubectl patch rolebinding foo-reads-pods -p '{"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"view"}}'
# every ServiceAccount holds the discovery, public-info and issuer-discovery rules
kubectl create sa fresh
kubectl auth can-i --list --as=system:serviceaccount:default:fresh
# get -w lists, then watches: a role without watch gets the list and then the Forbidden
kubectl get pods -w --as=system:serviceaccount:default:foo

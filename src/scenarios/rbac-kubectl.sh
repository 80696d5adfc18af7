# kubectl create role|clusterrole|rolebinding and auth can-i as kubectl v1.34.5 checks and prints them
kubectl create role r --verb=foo --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=get,get,* --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=get, --resource=pods --dry-run=client -o yaml
kubectl create role r --verb= --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=get --resource=foos --dry-run=client -o yaml
kubectl create role r --verb=get --resource=Foos.Apps --dry-run=client -o yaml
kubectl create role r --verb=get --resource=pods.apps --dry-run=client -o yaml
kubectl create role r --verb=get --resource=deployments.v1.apps --dry-run=client -o yaml
kubectl create role r --verb=* --resource=*.apps,foos --dry-run=client -o yaml
kubectl create role r --verb=get --resource=pods,* --dry-run=client -o yaml
kubectl create role r --verb=get,list --resource=pods,deploy.apps,pods/log,rs.apps/scale,pods/ --dry-run=client -o yaml
kubectl create role r --verb=get --resource=pods --resource-name=a --resource-name= --resource-name=a --dry-run=client -o yaml
kubectl create role r --verb=use --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=impersonate --resource=uids.authentication.k8s.io --dry-run=client -o yaml
kubectl create role r --verb=impersonate --resource=users,groups,serviceaccounts,userextras.authentication.k8s.io --dry-run=client -o yaml
kubectl create role r --verb=get --resource=/log --dry-run=client -o yaml
kubectl create clusterrole c --verb=get --non-resource-url=* --dry-run=client -o yaml
kubectl create clusterrole c --verb=get,post --resource=pods --non-resource-url=/a,/b,/a --resource-name=x --dry-run=client -o yaml
kubectl create clusterrole c --verb=foo --resource=pods --non-resource-url=/a --dry-run=client -o yaml
kubectl create clusterrole c --verb=list --non-resource-url=/a --dry-run=client -o yaml
kubectl create clusterrole c --verb=get --non-resource-url=/a*b --dry-run=client -o yaml
kubectl create clusterrole c --verb=get --non-resource-url=healthz --dry-run=client -o yaml
kubectl create clusterrole c --aggregation-rule=a --dry-run=client -o yaml
kubectl create clusterrole c --aggregation-rule="a=b=c, d = e" --aggregation-rule=f=g --dry-run=client -o yaml
kubectl create clusterrole c --aggregation-rule=a=b --verb=get --dry-run=client -o yaml
kubectl create clusterrole c --verb=get --dry-run=client -o yaml
kubectl create rolebinding b --role=r --user= --dry-run=client -o yaml
kubectl get pods --as-group=system:masters
kubectl auth can-i get nodes
kubectl auth can-i get nodes -A
kubectl auth can-i frob pods -A
kubectl auth can-i frob pods
kubectl auth can-i frob '*'
kubectl auth can-i list deployments.extensions --as=bob
kubectl auth can-i get foos.bar
kubectl auth can-i get deployments.v1.apps/web --as=bob
kubectl auth can-i get /healthz --as=system:anonymous
kubectl auth can-i get pods --as=system:anonymous --as-group=system:authenticated
kubectl get deployments.extensions
kubectl get podsecuritypolicies.policy
kubectl get deploy.v1.apps
kubectl get deployment.v2.apps
kubectl explain psp
kubectl get tokenreviews
kubectl get bindings
kubectl get volumeattachments
kubectl certificate approve csr-x
kubectl auth can-i create selfsubjectaccessreviews --as=bob
kubectl auth can-i list csr --as=bob
kubectl create clusterrole tr --verb=create --resource=tokenreviews,subjectaccessreviews --dry-run=client -o yaml
kubectl create role r --verb=get --resource=pods --dry-run
kubectl create sa x --dry-run=False -o name

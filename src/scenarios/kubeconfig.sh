# The kubeconfig as a session keeps it: switching the default namespace and contexts.
kubectl config current-context
kubectl config set-context --current --namespace=kube-system
kubectl get pods -l k8s-app=kube-dns -o name
kubectl -n default get pods
kubectl config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev
kubectl create namespace dev
kubectl config use-context dev
kubectl run web --image=nginx
kubectl get pods -n dev -o name
kubectl config get-contexts
kubectl get pods -o name --context=kubernetes-admin@kubernetes -l k8s-app=kube-dns
kubectl get pods --context=nope
kubectl config view --minify

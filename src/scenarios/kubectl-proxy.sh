# The book's ambassador: luksa/kubectl-proxy talks to the API server with the pod's token (notes 12.2.4)
kubectl create ns foo
kubectl run test --image=luksa/kubectl-proxy -n foo
sleep 20
kubectl logs test -n foo
kubectl exec test -n foo -- curl -s localhost:8001/api/v1/namespaces/foo/services
kubectl create role service-reader --verb=get --verb=list --resource=services -n foo
kubectl create rolebinding test --role=service-reader --serviceaccount=foo:default -n foo
kubectl exec test -n foo -- curl -s localhost:8001/api/v1/namespaces/foo/services

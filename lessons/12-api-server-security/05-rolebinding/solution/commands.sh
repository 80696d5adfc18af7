kubectl create rolebinding test --role=service-reader
kubectl delete rolebinding test
kubectl create rolebinding test --role=service-reader --serviceaccount=default:default -n kube-system

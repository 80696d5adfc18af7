kubectl create namespace manning
kubectl label namespace manning tenant=manning
kubectl run client -n manning --image=busybox -- sleep 99999
kubectl apply -f postgres-netpolicy.yaml

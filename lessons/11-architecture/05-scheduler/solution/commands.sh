kubectl apply -f ssd-pod.yaml
kubectl label node k8s-node2 disk=ssd

kubectl apply -f two-containers.yaml
kubectl apply -f hostnet-pod.yaml

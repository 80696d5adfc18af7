kubectl apply -f stress-pod.yaml
kubectl apply -f stress-fit-pod.yaml

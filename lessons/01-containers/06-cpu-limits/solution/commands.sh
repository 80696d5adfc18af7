kubectl apply -f metrics-server.yaml
kubectl apply -f spin-pod.yaml

kubectl delete pod fortune
kubectl apply -f fortune-pod.yaml
kubectl wait --for=condition=Ready pod/fortune --timeout=120s

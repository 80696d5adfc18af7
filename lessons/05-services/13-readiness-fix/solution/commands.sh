kubectl apply -f kubia-deployment.yaml
kubectl rollout status deployment kubia --timeout=180s

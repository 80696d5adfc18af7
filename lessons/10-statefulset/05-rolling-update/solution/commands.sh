kubectl set image statefulset web nginx=registry.k8s.io/nginx-slim:0.24
kubectl rollout status statefulset web

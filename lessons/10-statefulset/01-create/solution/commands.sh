kubectl apply -f local-path.yaml
kubectl create -f ss-nginx.yml
kubectl rollout status statefulset web

kubectl delete deployment kubia-canary
kubectl apply -f kubia-green.yml
kubectl rollout status deployment kubia-green
kubectl patch service kubia -p '{"spec":{"selector":{"app":"kubia-green"}}}'

kubectl replace -f kubia-canary.yml
kubectl apply -f kubia-canary.yml
kubectl rollout status deployment kubia-canary

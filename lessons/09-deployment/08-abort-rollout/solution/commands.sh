kubectl rollout undo deployment kubia
kubectl rollout status deployment kubia

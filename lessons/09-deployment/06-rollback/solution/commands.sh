kubectl set image deployment kubia nodejs=luksa/kubia:v3
kubectl rollout status deployment kubia
kubectl rollout undo deployment kubia
kubectl rollout status deployment kubia

kubectl scale statefulset web --replicas=3
kubectl rollout status statefulset web
kubectl scale statefulset web --replicas=1
sleep 30

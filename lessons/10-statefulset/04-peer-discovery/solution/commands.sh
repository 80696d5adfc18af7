kubectl scale statefulset web --replicas=3
kubectl rollout status statefulset web
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl wait --for=condition=Ready pod/client --timeout=60s
kubectl exec client -- nslookup -type=srv nginx

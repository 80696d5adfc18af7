# kubectl set resources through the API: the deployment rolls out a new ReplicaSet whose pods carry the
# requirements; errors as kubectl v1.34.5 printed them against this simulated API server (npm run api).
kubectl create deployment nginx --image=nginx --replicas=2
kubectl create deployment web --image=nginx
sleep 30
kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi
kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi
kubectl rollout status deployment nginx
kubectl get rs -l app=nginx
sleep 30
kubectl get pods -l app=nginx -o jsonpath='{range .items[*]}{.spec.containers[0].resources}{"\n"}{end}'
kubectl set resources deployment nginx --requests=cpu=1
kubectl set resources deployment nosuch --limits=cpu=1
kubectl set resources deployment nginx -c nope --limits=cpu=1
kubectl set resources service kubernetes --limits=cpu=1
kubectl set resources deploy --all --limits=memory=1Gi
kubectl set resources deploy -l app=web --requests=memory=100Mi -o name
kubectl set resources deploy web --requests=memory=50Mi --dry-run=server
kubectl set resources deploy web nginx --limits=cpu=-1
kubectl set resources deployments --limits=cpu=1

# kubectl set env through the API: the deployment rolls out a new ReplicaSet whose pods carry the
# variables (as exec's env shows); errors as kubectl v1.34.5 printed them against npm run api.
kubectl create deployment web --image=nginx --replicas=2
sleep 30
kubectl set env deployment web GREETING=hello MODE=prod
kubectl rollout status deployment web
sleep 30
kubectl get rs -l app=web
kubectl exec deploy/web -- env
kubectl set env deployment web MODE-
kubectl set env deployment web --list
kubectl set env deployment web GREETING=hi --overwrite=false
kubectl set env deployment web GREETING=hello
kubectl set env deployment web -c nope X=1
kubectl set env deployment web
kubectl set env deploy nosuch X=1
kubectl set env service kubernetes X=1
kubectl set env deployment web X=1 --dry-run=server
kubectl set env deployment web X=1 -o name --dry-run=client

# The acceptance script: a Deployment, its Service, and a client pod that calls it.
kubectl create deployment kubia --image=luksa/kubia --replicas=3
kubectl expose deployment kubia --port=80 --target-port=8080
sleep 60
kubectl get pods
kubectl get svc kubia
kubectl get endpoints kubia
kubectl run client --image=busybox --restart=Never -- sleep 3600
sleep 10
kubectl exec client -- wget -qO- http://kubia
kubectl exec client -- wget -qO- http://kubia
kubectl exec client -- wget -qO- http://kubia
kubectl exec client -- wget -qO- http://kubia
kubectl exec client -- wget -qO- http://kubia
kubectl exec client -- wget -qO- http://kubia

# The control plane replayed after a command, from the simulation's own log
kubectl create deployment kubia --image=luksa/kubia --replicas=2
replay
sleep 20
replay
kubectl run big --image=nginx --overrides='{"spec":{"containers":[{"name":"big","image":"nginx","resources":{"requests":{"cpu":"50"}}}]}}'
replay
kubectl create configmap c --from-literal=a=b --as=system:serviceaccount:default:default
replay
kubectl get pods
replay
node stop k8s-node2
sleep 60
replay
replay now

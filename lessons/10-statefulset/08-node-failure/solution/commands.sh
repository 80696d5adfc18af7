kubectl get pods -l app=nginx -o wide
node stop k8s-node2
sleep 400
kubectl get pods -l app=nginx -o wide
kubectl delete pod web-1 --force --grace-period=0
sleep 30
node start k8s-node2
sleep 60

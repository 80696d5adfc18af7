kubectl apply -f pressure-pods.yaml
sleep 30
node fill-memory k8s-node1
sleep 30
node free-memory k8s-node1

node stop k8s-node1
sleep 6m
node start k8s-node1
sleep 40

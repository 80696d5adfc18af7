# curl at the prompt reaches a NodePort Service from outside the cluster, on every node.
kubectl create deployment kubia --image=luksa/kubia --replicas=2
kubectl expose deploy kubia --type=NodePort --port=80 --target-port=8080
kubectl patch svc kubia -p '{"spec":{"ports":[{"port":80,"nodePort":30123}]}}'
sleep 30
curl -s http://192.168.0.101:30123
curl -s http://192.168.0.102:30123
curl -sv http://192.168.0.100:30123

kubectl create deployment kubia --image=luksa/kubia --replicas=3 --port=8080
kubectl expose deployment kubia --port=80 --target-port=8080

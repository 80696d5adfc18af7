kubectl create deployment kubia --image=luksa/kubia --replicas=2

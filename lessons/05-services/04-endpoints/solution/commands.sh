kubectl scale deployment kubia --replicas=4

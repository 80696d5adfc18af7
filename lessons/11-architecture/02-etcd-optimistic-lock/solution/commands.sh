kubectl get deploy kubia -o yaml > kubia-old.yaml
kubectl scale deploy kubia --replicas=3
kubectl replace -f kubia-old.yaml
kubectl replace -f kubia.yaml

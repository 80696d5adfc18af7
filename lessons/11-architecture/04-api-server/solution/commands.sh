kubectl apply -f limits.yaml
kubectl run web -n limited --image=nginx

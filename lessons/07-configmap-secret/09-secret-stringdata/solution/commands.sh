kubectl apply -f secret-stringdata.yaml
kubectl get secret plain-yh -o yaml
kubectl describe secret plain-yh

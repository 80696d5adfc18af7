kubectl delete svc external-service
kubectl apply -f external-name.yaml

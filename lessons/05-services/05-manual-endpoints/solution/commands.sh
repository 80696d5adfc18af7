kubectl apply -f external-service.yaml
kubectl apply -f external-service-endpoints.yaml

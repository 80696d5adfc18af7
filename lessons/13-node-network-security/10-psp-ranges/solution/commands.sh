kubectl apply -f pod-with-ids.yaml

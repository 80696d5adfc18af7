kubectl apply -f tls-secret.yaml
kubectl apply -f ingress-tls.yaml

kubectl create deployment bar --image=nginx
kubectl expose deployment bar --port=80
kubectl apply -f ingress-paths.yaml
kubectl apply -f ingress-hosts.yaml

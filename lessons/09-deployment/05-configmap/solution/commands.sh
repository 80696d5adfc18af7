kubectl apply -f kubia-config.yml
kubectl apply -f kubia-config-v2.yml
kubectl apply -f kubia-deploy-v2.yml
kubectl rollout status deployment kubia

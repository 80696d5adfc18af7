kubectl apply -f kubia-deploy-v2.yml
kubectl rollout status deployment kubia

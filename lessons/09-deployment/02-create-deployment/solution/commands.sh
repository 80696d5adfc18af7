kubectl delete rc --all
kubectl create -f kubectl.depl-v1.yaml --record
kubectl rollout status deployment kubia

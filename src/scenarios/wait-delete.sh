# kubectl wait and delete let virtual time pass; cascade=orphan leaves the ReplicaSet behind.
kubectl create deployment kubia --image=luksa/kubia --replicas=2
kubectl wait --for=condition=Available deploy/kubia --timeout=120s
kubectl wait --for=condition=Ready pod -l app=kubia
kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 deploy/kubia
kubectl wait --for=jsonpath='{.status.phase}'=Running pods --all
kubectl run bad --image=nginx/aplin --restart=Never
kubectl wait --for=condition=Ready pod/bad --timeout=20s
kubectl wait --for=condition=Ready pod/nope
kubectl wait --for=condition=Ready pod/bad --timeout=0
kubectl wait --for=bogus pod/bad
kubectl delete pod bad --now
kubectl delete deploy kubia --cascade=orphan
kubectl delete pods -l app=kubia --grace-period=0 --force
kubectl delete ns nope --ignore-not-found
kubectl delete pods --all

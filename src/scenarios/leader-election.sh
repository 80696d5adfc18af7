# Leader election: kube-controller-manager is killed; a single control-plane node has no standby, so nothing reconciles until the restarted process takes the lease (15 s after it first saw it)
kubectl create deployment web --image=nginx --replicas=1
kubectl rollout status deployment web
kubectl get lease -n kube-system kube-controller-manager -o jsonpath='{.spec.holderIdentity} {.spec.leaseTransitions}{"\n"}'
container kill kube-controller-manager-k8s-master -n kube-system
kubectl scale deployment web --replicas=3
sleep 5
kubectl get deploy web
kubectl get lease -n kube-system kube-controller-manager -o jsonpath='{.spec.holderIdentity} {.spec.leaseTransitions} {.spec.renewTime}{"\n"}'
sleep 15
kubectl get deploy web
kubectl get lease -n kube-system kube-controller-manager -o jsonpath='{.spec.holderIdentity} {.spec.leaseTransitions} {.spec.acquireTime}{"\n"}'
kubectl get events -n kube-system --field-selector reason=LeaderElection
kubectl get events --field-selector involvedObject.kind=ReplicaSet

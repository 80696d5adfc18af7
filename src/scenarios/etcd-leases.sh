# Without an etcd quorum no lease can be renewed: after the renew deadline kube-controller-manager and kube-scheduler lose leadership, log "leaderelection lost", exit 1 and are restarted by the kubelet; the new processes lead again once the quorum is back
kubectl get lease -n kube-system kube-controller-manager kube-scheduler -o custom-columns=NAME:.metadata.name,HOLDER:.spec.holderIdentity,TRANSITIONS:.spec.leaseTransitions
etcd stop etcd-3
etcd stop etcd-2
sleep 30
etcd start etcd-2
sleep 1
kubectl get pods -n kube-system kube-controller-manager-k8s-master kube-scheduler-k8s-master
kubectl logs -n kube-system kube-controller-manager-k8s-master --previous
kubectl logs -n kube-system kube-scheduler-k8s-master --previous
kubectl get pod -n kube-system kube-controller-manager-k8s-master -o jsonpath='{.status.containerStatuses[0].lastState.terminated.exitCode} {.status.containerStatuses[0].lastState.terminated.reason}'
kubectl create deployment web --image=nginx
sleep 5
kubectl get pods
sleep 20
kubectl get pods
kubectl get lease -n kube-system kube-controller-manager kube-scheduler -o custom-columns=NAME:.metadata.name,HOLDER:.spec.holderIdentity,TRANSITIONS:.spec.leaseTransitions
kubectl get events -n kube-system --field-selector reason=LeaderElection -o custom-columns=SOURCE:.source.component,MESSAGE:.message

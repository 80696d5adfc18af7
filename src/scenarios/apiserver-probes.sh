# kube-apiserver's static pod probes itself (kubeadm: readiness /readyz every 1s, 3 failures; liveness /livez every 10s, 8 failures; startup /livez 24 × 10s): without an etcd quorum both fail, the kubelet restarts the container after 8 liveness failures, and the pod's status and events reach the API once the quorum is back
etcd stop etcd-3
etcd stop etcd-2
sleep 100
kubectl get --raw='/readyz/etcd'
etcd start etcd-2
sleep 10
kubectl get pod -n kube-system kube-apiserver-k8s-master
kubectl get pod -n kube-system kube-apiserver-k8s-master -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.finishedAt}{"\n"}'
kubectl get events -n kube-system --field-selector involvedObject.name=kube-apiserver-k8s-master -o custom-columns=FIRST:.firstTimestamp,LAST:.lastTimestamp,COUNT:.count,REASON:.reason,MESSAGE:.message
# the kubelet records a static pod's events against the pod it read from its manifest: the UID is the config hash, which the mirror pod carries as an annotation (kubectl describe looks them up by it)
kubectl get events -n kube-system --field-selector reason=Killing -o jsonpath='{.items[0].involvedObject.uid}{"\n"}'
kubectl get pod -n kube-system kube-apiserver-k8s-master -o jsonpath='{.metadata.annotations.kubernetes\.io/config\.mirror}{"\n"}'
kubectl describe pod -n kube-system kube-apiserver-k8s-master | grep Killing

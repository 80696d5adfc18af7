# a kube-apiserver started while etcd has no quorum exits when its rbac/bootstrap-roles hook gives up (30 s of 1 s polls; klog.Fatalf, exit code 255); the kubelet restarts it with back-off, and once the quorum is back the next start stays up
# beside it a pod probes an API server's /readyz with a 1 s timeout: without a quorum /readyz takes 4 s, so the prober's client gives up first
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: readyz
spec:
  containers:
  - name: apiserver
    image: registry.k8s.io/kube-apiserver:v1.34.1
    readinessProbe:
      httpGet: {path: /readyz, port: 6443, scheme: HTTPS}
      periodSeconds: 5
      timeoutSeconds: 1
EOF
sleep 20
kubectl get pod readyz
etcd stop etcd-3
etcd stop etcd-2
sleep 300
etcd start etcd-2
kubectl get pod -n kube-system kube-apiserver-k8s-master
kubectl get pod -n kube-system kube-apiserver-k8s-master -o jsonpath='{.status.containerStatuses[0].state.waiting.reason} {.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}{"\n"}'
kubectl logs -n kube-system kube-apiserver-k8s-master --previous
# the kubelet names a static pod by the UID it gave the pod it read from its file: the config hash on the mirror pod
kubectl get events -n kube-system --field-selector involvedObject.name=kube-apiserver-k8s-master,reason=BackOff -o custom-columns=COUNT:.count,MESSAGE:.message
kubectl get pod -n kube-system kube-apiserver-k8s-master -o jsonpath='{.metadata.annotations.kubernetes\.io/config\.mirror}{"\n"}'
kubectl get events --field-selector involvedObject.name=readyz,reason=Unhealthy -o custom-columns=COUNT:.count,MESSAGE:.message
sleep 120
kubectl get pod -n kube-system kube-apiserver-k8s-master

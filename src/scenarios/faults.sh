# Failure injection: a node powers off, its pods move; a killed container restarts without its writes
kubectl create deployment kubia --image=luksa/kubia --replicas=3
sleep 30
kubectl get pods -o wide
node stop k8s-node1
sleep 50
kubectl get nodes
kubectl get node k8s-node1 -o jsonpath='{.spec.taints[*].key}'
sleep 320
kubectl get pods -l app=kubia -o wide --field-selector=status.phase=Running
node start k8s-node1
sleep 40
kubectl get node k8s-node1
kubectl run box --image=busybox -- sleep 3600
sleep 20
kubectl exec box -- touch /tmp/written-before-kill
container kill box
sleep 15
kubectl get pod box -o jsonpath='{.status.containerStatuses[0].restartCount} {.status.containerStatuses[0].lastState.terminated.exitCode}'
kubectl exec box -- ls /tmp
node reboot k8s-node1
container kill nope
kubectl apply -f - <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: live
spec:
  containers:
  - name: kubia
    image: luksa/kubia
    livenessProbe:
      httpGet: { path: /, port: 8080 }
      periodSeconds: 5
X
sleep 30
container break-probes live
sleep 60
kubectl get pod live -o jsonpath='{.status.containerStatuses[0].restartCount}'
kubectl get events --field-selector involvedObject.name=live,reason=Unhealthy -o jsonpath='{.items[0].message}'

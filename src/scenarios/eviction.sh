# Node memory pressure: a host process fills k8s-node1; the kubelet reports MemoryPressure, the node is tainted, the pod using most beyond its request is evicted first
kubectl create deployment web --image=nginx --replicas=2
cat > pods.yaml <<'EOT'
apiVersion: v1
kind: Pod
metadata:
  name: hog
spec:
  nodeName: k8s-node1
  containers:
  - name: hog
    image: polinux/stress
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
---
apiVersion: v1
kind: Pod
metadata:
  name: guaranteed
spec:
  nodeName: k8s-node1
  containers:
  - name: app
    image: nginx
    resources:
      requests:
        cpu: 100m
        memory: 64Mi
      limits:
        cpu: 100m
        memory: 64Mi
EOT
kubectl apply -f pods.yaml
sleep 30
node fill-memory k8s-node1
sleep 15
kubectl get node k8s-node1 -o jsonpath='{.status.conditions[?(@.type=="MemoryPressure")].status} {.status.conditions[?(@.type=="MemoryPressure")].reason} {.spec.taints[*].key}'
kubectl get pods
kubectl get pod hog -o jsonpath='{.status.phase} {.status.reason}: {.status.message}'
kubectl get pod hog -o jsonpath='{.status.conditions[?(@.type=="DisruptionTarget")].reason}'
kubectl get events --field-selector involvedObject.name=hog -o custom-columns=TYPE:.type,REASON:.reason
cat > late.yaml <<'EOT'
apiVersion: v1
kind: Pod
metadata:
  name: late
spec:
  nodeSelector:
    kubernetes.io/hostname: k8s-node1
  containers:
  - name: app
    image: nginx
EOT
kubectl apply -f late.yaml
sleep 5
kubectl get pod late
kubectl get events --field-selector involvedObject.name=late,reason=FailedScheduling -o custom-columns=MESSAGE:.message
cat > direct.yaml <<'EOT'
apiVersion: v1
kind: Pod
metadata:
  name: direct
spec:
  nodeName: k8s-node1
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
EOT
kubectl apply -f direct.yaml
sleep 2
kubectl get pod direct -o jsonpath='{.status.phase} {.status.reason}: {.status.message}'
node free-memory k8s-node1
sleep 60
kubectl get node k8s-node1 -o jsonpath='{.status.conditions[?(@.type=="MemoryPressure")].status}'
sleep 250
kubectl get node k8s-node1 -o jsonpath='{.status.conditions[?(@.type=="MemoryPressure")].status} {.status.conditions[?(@.type=="MemoryPressure")].reason} [{.spec.taints}]'
sleep 10
kubectl get pod late -o wide
node fill-memory nope
node fill-memory

# The node's namespaces, ports and capabilities as a pod sees them (notes 13.1, 13.2)
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: pod-host-yaohong
spec:
  hostNetwork: true
  containers:
  - name: main
    image: luksa/kubia
    command: ["/bin/sleep", "9999"]
---
apiVersion: v1
kind: Pod
metadata:
  name: kubia-hostport
  labels:
    app: kubia
spec:
  nodeName: k8s-node1
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
---
apiVersion: v1
kind: Pod
metadata:
  name: kubia-hostport2
spec:
  nodeName: k8s-node1
  containers:
  - name: kubia
    image: luksa/kubia
    ports:
    - containerPort: 8080
      hostPort: 9000
      protocol: TCP
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-add-settime-capability
spec:
  containers:
  - name: main
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
      capabilities:
        add:
        - SYS_TIME
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-drop-chown-capability
spec:
  containers:
  - name: main
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
      capabilities:
        drop:
        - CHOWN
---
apiVersion: v1
kind: Pod
metadata:
  name: pod-privileged
spec:
  containers:
  - name: main
    image: alpine
    command: ["/bin/sleep", "999999"]
    securityContext:
      privileged: true
YAML
sleep 30
kubectl get pods kubia-hostport kubia-hostport2
kubectl describe pod kubia-hostport2
kubectl exec pod-host-yaohong -- ifconfig
kubectl exec pod-add-settime-capability -- grep Cap /proc/1/status
kubectl exec pod-drop-chown-capability -- grep CapEff /proc/1/status
kubectl exec pod-privileged -- grep CapEff /proc/1/status
kubectl exec pod-privileged -- ip addr show eth0
kubectl expose pod kubia-hostport --port=80 --target-port=8080 --name=kubia
kubectl exec pod-privileged -- nc -zv -w 2 kubia 80
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny
spec:
  podSelector: {}
YAML
kubectl exec pod-privileged -- nc -zv -w 2 kubia 80

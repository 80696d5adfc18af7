# kubectl top: no Metrics API until metrics-server runs (kubeadm ships none); CPU limits throttle, memory limits OOM-kill
kubectl top node
cat > metrics-server.yaml <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    k8s-app: metrics-server
  name: metrics-server
  namespace: kube-system
spec:
  selector:
    matchLabels:
      k8s-app: metrics-server
  strategy:
    rollingUpdate:
      maxUnavailable: 0
  template:
    metadata:
      labels:
        k8s-app: metrics-server
    spec:
      containers:
      - args:
        - --cert-dir=/tmp
        - --secure-port=10250
        - --kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname
        - --kubelet-use-node-status-port
        - --metric-resolution=15s
        - --kubelet-insecure-tls
        image: registry.k8s.io/metrics-server/metrics-server:v0.8.0
        imagePullPolicy: IfNotPresent
        livenessProbe:
          failureThreshold: 3
          httpGet:
            path: /livez
            port: https
            scheme: HTTPS
          periodSeconds: 10
        name: metrics-server
        ports:
        - containerPort: 10250
          name: https
          protocol: TCP
        readinessProbe:
          failureThreshold: 3
          httpGet:
            path: /readyz
            port: https
            scheme: HTTPS
          initialDelaySeconds: 20
          periodSeconds: 10
        resources:
          requests:
            cpu: 100m
            memory: 200Mi
        securityContext:
          allowPrivilegeEscalation: false
          capabilities:
            drop:
            - ALL
          readOnlyRootFilesystem: true
          runAsNonRoot: true
          runAsUser: 1000
          seccompProfile:
            type: RuntimeDefault
        volumeMounts:
        - mountPath: /tmp
          name: tmp-dir
      nodeSelector:
        kubernetes.io/os: linux
      volumes:
      - emptyDir: {}
        name: tmp-dir
EOF
kubectl apply -f metrics-server.yaml
cat > hogs.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: spin
spec:
  containers:
  - name: spin
    image: busybox
    command: ["sh", "-c", "while true; do :; done"]
    resources:
      limits:
        cpu: 200m
---
apiVersion: v1
kind: Pod
metadata:
  name: stress
spec:
  containers:
  - name: stress
    image: polinux/stress
    command: ["stress"]
    args: ["--cpu", "2", "--vm", "1", "--vm-bytes", "150M", "--vm-hang", "1"]
    resources:
      limits:
        memory: 200Mi
---
apiVersion: v1
kind: Pod
metadata:
  name: oom
spec:
  containers:
  - name: oom
    image: polinux/stress
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
    resources:
      limits:
        memory: 100Mi
EOF
kubectl apply -f hogs.yaml
sleep 5
kubectl top pod
sleep 40
kubectl top node
kubectl top pod
kubectl top pod stress --containers
kubectl top pod oom
kubectl get pod oom
kubectl get pod oom -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.containerStatuses[0].lastState.terminated.exitCode}'
kubectl top pod -n kube-system --sort-by=memory
kubectl top pod -l app=none
kubectl top pod --sort-by=disk
node stop k8s-node2
sleep 10
kubectl top node

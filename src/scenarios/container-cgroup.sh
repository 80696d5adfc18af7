# a container's cgroup (notes 1.3): the runtime mounts the container's own cgroup v2 directory at /sys/fs/cgroup; cpu.max and memory.max hold the limits the kubelet set, cpu.stat and memory.current what the kernel accounts against them
kubectl apply -f - <<'YAML'
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
      limits: {cpu: 500m, memory: 64Mi}
---
apiVersion: v1
kind: Pod
metadata:
  name: free
spec:
  containers:
  - name: free
    image: busybox
    command: ["sleep", "3600"]
YAML
sleep 70
kubectl exec spin -- ls /sys/fs/cgroup
kubectl exec spin -- cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/memory.max
# a busy loop wants a whole core: every 100ms period it uses its 50ms of quota and waits out the rest
kubectl exec spin -- cat /sys/fs/cgroup/cpu.stat
kubectl exec spin -- cat /sys/fs/cgroup/memory.current
# no limits: no quota, no throttling
kubectl exec free -- cat /sys/fs/cgroup/cpu.max /sys/fs/cgroup/memory.max /sys/fs/cgroup/cpu.stat
kubectl exec spin -- sh -c 'echo max > /sys/fs/cgroup/cpu.max'
kubectl exec spin -- mount
kubectl exec spin -- ls -l /sys/fs/cgroup

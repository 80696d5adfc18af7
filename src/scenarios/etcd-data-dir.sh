# etcd's data directory on the control-plane node, through a hostPath pod: the bbolt database grows with the writes, the WAL segments are preallocated
cat > peek.yaml <<'EOT'
apiVersion: v1
kind: Pod
metadata:
  name: peek
spec:
  nodeName: k8s-master
  tolerations:
  - operator: Exists
  containers:
  - name: sh
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - name: etcd
      mountPath: /etcd
      readOnly: true
  volumes:
  - name: etcd
    hostPath:
      path: /var/lib/etcd
EOT
kubectl apply -f peek.yaml
kubectl wait --for=condition=Ready pod/peek
kubectl exec peek -- ls -la /etcd
kubectl exec peek -- ls -l /etcd/member /etcd/member/snap /etcd/member/wal
kubectl create deployment web --image=nginx --replicas=20
sleep 30
kubectl exec peek -- ls -l /etcd/member/snap
# kubeadm runs etcd with --snapshot-count=10000: past 10,000 raft entries since the last snapshot a <term>-<index>.snap file is written (hours of lease renewals)
sleep 3h
kubectl exec peek -- ls -l /etcd/member/snap
sleep 24h
kubectl exec peek -- ls /etcd/member/snap

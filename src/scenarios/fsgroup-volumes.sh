# fsGroup on volumes: SetVolumeOwnership gives read-only volumes to the group with set-group-ID directories; emptyDir's new files join the group.
kubectl create configmap cfg --from-literal=a=1 --from-literal=b=2
kubectl create secret generic sec --from-literal=p=x
cat > pod.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: fsg
spec:
  securityContext:
    runAsUser: 1000
    runAsGroup: 3000
    fsGroup: 2000
    supplementalGroups: [4000]
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - {name: cfg, mountPath: /etc/cfg}
    - {name: sec, mountPath: /etc/sec}
    - {name: cache, mountPath: /cache}
    - {name: ro, mountPath: /etc/ro}
  volumes:
  - name: cfg
    configMap: {name: cfg}
  - name: sec
    secret: {secretName: sec}
  - name: cache
    emptyDir: {}
  - name: ro
    configMap: {name: cfg, defaultMode: 0400}
X
kubectl apply -f pod.yml
sleep 5
kubectl exec fsg -- id
kubectl exec fsg -- ls -la /etc/cfg
kubectl exec fsg -- ls -la /etc/cfg/..data/
kubectl exec fsg -- ls -la /etc/sec
kubectl exec fsg -- ls -laL /etc/ro
kubectl exec fsg -- ls -ld /cache
kubectl exec fsg -- sh -c "touch /cache/f; mkdir /cache/d; ls -l /cache"
# a local PV: the kubelet walks it read-write on the node's first mount; OnRootMismatch skips a root that already matches
cat > local.yml <<'X'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: local-pv
spec:
  capacity:
    storage: 1Gi
  accessModes: ["ReadWriteOnce"]
  storageClassName: local
  local:
    path: /mnt/disks/vol1
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - {key: kubernetes.io/hostname, operator: In, values: [k8s-node1]}
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: local-claim
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: local
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: writer
spec:
  securityContext:
    runAsUser: 1000
    fsGroup: 2000
  containers:
  - name: c
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - {name: data, mountPath: /data}
  volumes:
  - name: data
    persistentVolumeClaim: {claimName: local-claim}
X
kubectl apply -f local.yml
sleep 5
kubectl exec writer -- ls -ld /data
kubectl exec writer -- sh -c "echo hi > /data/f; ls -l /data"

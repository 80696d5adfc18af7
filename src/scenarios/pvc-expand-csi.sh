# PVC expansion through a CSI driver (notes 6.5): the simulated hostpath.csi.k8s.io declares controller and online node expansion; its external-resizer grows the volume, the kubelet grows the file system where a pod mounts it.
cat > sc.yml <<'X'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: csi-grow
provisioner: hostpath.csi.k8s.io
allowVolumeExpansion: true
X
cat > claim.yml <<'X'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: csi-grow
  resources:
    requests:
      storage: 1Gi
X
cat > pod.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: data
X
kubectl apply -f sc.yml
kubectl apply -f claim.yml
sleep 3
kubectl get pvc
kubectl patch pvc data -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'
sleep 2
kubectl get pvc,pv
kubectl describe pvc data
kubectl get pvc data -o jsonpath='{.status.allocatedResources.storage} {.status.allocatedResourceStatuses.storage}{"\n"}'
kubectl apply -f pod.yml
sleep 5
kubectl get pvc
kubectl describe pvc data
kubectl get pvc data -o jsonpath='{.status.capacity.storage} {.status.allocatedResources.storage} [{.status.conditions}]{"\n"}'
kubectl patch pvc data -p '{"spec":{"resources":{"requests":{"storage":"3Gi"}}}}'
sleep 2
kubectl get pvc,pv
kubectl get events --field-selector involvedObject.kind=Pod

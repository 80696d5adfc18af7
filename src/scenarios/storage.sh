# PV and PVC from notes 6.5: binding, the pvc-protection finalizer, Recycle and Retain, WaitForFirstConsumer.
cat > pv1.yml <<'X'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: yh-pv1
spec:
  capacity:
    storage: 1Gi
  accessModes:
    - ReadWriteOnce
  persistentVolumeReclaimPolicy: Recycle
  storageClassName: nfs
  nfs:
    path: /nfs/data
    server: 10.10.0.11
X
cat > pvc1.yml <<'X'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: yh-pvc
spec:
  accessModes:
    - ReadWriteOnce
  resources:
    requests:
      storage: 1Gi
  storageClassName: nfs
X
cat > pod1.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: mypod1
spec:
  containers:
  - name: mypod1
    image: busybox
    args: ["/bin/sh", "-c", "sleep 30000"]
    volumeMounts:
    - mountPath: "/mydata"
      name: mydata
  volumes:
  - name: mydata
    persistentVolumeClaim:
      claimName: yh-pvc
X
kubectl apply -f pv1.yml
kubectl get pv
kubectl apply -f pvc1.yml
sleep 2
kubectl get pvc
kubectl get pv
kubectl apply -f pod1.yml
kubectl wait --for=condition=Ready pod/mypod1
kubectl exec mypod1 -- touch /mydata/hello
kubectl exec mypod1 -- ls /mydata
kubectl delete pvc yh-pvc --wait=false
kubectl get pvc yh-pvc
kubectl describe pvc yh-pvc
kubectl delete pod mypod1
sleep 5
kubectl get pvc
kubectl get pv
kubectl get events --field-selector involvedObject.name=yh-pv1
# Retain: the volume stays Released with its claimRef and its data
kubectl patch pv yh-pv1 -p '{"spec":{"persistentVolumeReclaimPolicy":"Retain"}}'
kubectl apply -f pvc1.yml
kubectl apply -f pod1.yml
kubectl wait --for=condition=Ready pod/mypod1
kubectl exec mypod1 -- ls /mydata
kubectl exec mypod1 -- touch /mydata/hello
kubectl delete pod mypod1
kubectl delete pvc yh-pvc
sleep 5
kubectl get pv
kubectl apply -f pvc1.yml
sleep 2
kubectl get pvc yh-pvc
kubectl describe pv yh-pv1
# the administrator frees the Retained volume by removing its claimRef: Available again, it binds the waiting claim
kubectl patch pv yh-pv1 --type json -p '[{"op":"remove","path":"/spec/claimRef"}]'
sleep 2
kubectl get pv yh-pv1
kubectl get pvc yh-pvc
# WaitForFirstConsumer: a local volume on k8s-node2 binds once a pod uses the claim, and the pod goes there
cat > local.yml <<'X'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: local-storage
provisioner: kubernetes.io/no-provisioner
volumeBindingMode: WaitForFirstConsumer
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: local-pv
spec:
  capacity:
    storage: 5Gi
  accessModes: [ReadWriteOnce]
  storageClassName: local-storage
  local:
    path: /mnt/disks/vol1
  nodeAffinity:
    required:
      nodeSelectorTerms:
      - matchExpressions:
        - key: kubernetes.io/hostname
          operator: In
          values: [k8s-node2]
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: local-claim
spec:
  accessModes: [ReadWriteOnce]
  storageClassName: local-storage
  resources:
    requests:
      storage: 1Gi
X
kubectl apply -f local.yml
sleep 2
kubectl get pvc local-claim
kubectl get events --field-selector involvedObject.name=local-claim
cat > local-user.yml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: local-user
spec:
  containers:
  - name: local-user
    image: busybox
    command: ["sleep", "3600"]
    volumeMounts:
    - {name: d, mountPath: /d}
  volumes:
  - name: d
    persistentVolumeClaim:
      claimName: local-claim
X
kubectl apply -f local-user.yml
kubectl wait --for=condition=Ready pod/local-user
kubectl get pod local-user -o jsonpath='{.spec.nodeName}'
kubectl get pvc local-claim
kubectl get pv local-pv

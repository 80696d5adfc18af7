# PVC data sources: dataSource and dataSourceRef mirror each other on create; the hostPath provisioners ignore them and provision an empty volume (sig-storage-lib-external-provisioner does not check the source).
cat > sc.yml <<'X'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: hp
provisioner: k8s.io/minikube-hostpath
X
cat > src.yml <<'X'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: src
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: hp
  resources:
    requests:
      storage: 1Gi
X
cat > clone.yml <<'X'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: clone
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: hp
  dataSource:
    kind: PersistentVolumeClaim
    name: src
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: from-snap
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: hp
  dataSource:
    apiGroup: snapshot.storage.k8s.io
    kind: VolumeSnapshot
    name: snap1
  resources:
    requests:
      storage: 1Gi
X
kubectl apply -f sc.yml
kubectl apply -f src.yml
kubectl apply -f clone.yml
sleep 3
kubectl get pvc
kubectl get pvc clone -o jsonpath="{.spec.dataSource}{\"\\n\"}{.spec.dataSourceRef}"
kubectl describe pvc from-snap

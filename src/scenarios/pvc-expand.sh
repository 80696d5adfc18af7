# PVC expansion (notes 6.5): a class that allows expansion lets the request grow, but kube-controller-manager has no resizer for the volume's plugin.
cat > sc.yml <<'X'
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: grow
provisioner: k8s.io/minikube-hostpath
allowVolumeExpansion: true
X
cat > claim.yml <<'X'
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: grow
  resources:
    requests:
      storage: 1Gi
X
cat > ebs.yml <<'X'
apiVersion: v1
kind: PersistentVolume
metadata:
  name: ebs-pv
spec:
  capacity:
    storage: 2Gi
  accessModes: ["ReadWriteOnce"]
  storageClassName: grow
  awsElasticBlockStore:
    volumeID: vol-0123456789abcdef0
    fsType: ext4
  claimRef:
    namespace: default
    name: ebs-claim
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: ebs-claim
spec:
  accessModes: ["ReadWriteOnce"]
  storageClassName: grow
  volumeName: ebs-pv
  resources:
    requests:
      storage: 2Gi
X
kubectl apply -f sc.yml
kubectl apply -f claim.yml
kubectl apply -f ebs.yml
sleep 3
kubectl get pvc
kubectl patch pvc data -p '{"spec":{"resources":{"requests":{"storage":"2Gi"}}}}'
kubectl patch pvc ebs-claim -p '{"spec":{"resources":{"requests":{"storage":"4Gi"}}}}'
sleep 2
kubectl get pvc
kubectl describe pvc data
kubectl get events --field-selector involvedObject.name=ebs-claim

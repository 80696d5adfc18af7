kubectl delete pvc yh-pvc --wait=false
kubectl get pvc yh-pvc
kubectl describe pvc yh-pvc
kubectl delete pod mypod1
kubectl get pvc
kubectl get pv
kubectl exec nfs-pod-2 -- ls /mnt/nfs

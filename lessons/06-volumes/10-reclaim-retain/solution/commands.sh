kubectl apply -f pv1.yml
kubectl apply -f pvc1.yml
kubectl apply -f mypod1.yml
kubectl wait --for=condition=Ready pod/mypod1 --timeout=120s
kubectl exec mypod1 -- touch /mydata/hello
kubectl delete pod mypod1
kubectl delete pvc yh-pvc
kubectl get pv
kubectl delete pv yh-pv1
kubectl apply -f pv1.yml
kubectl get pv
kubectl exec nfs-pod-2 -- ls /mnt/nfs

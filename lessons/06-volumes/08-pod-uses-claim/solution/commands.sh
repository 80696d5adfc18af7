kubectl apply -f mypod1.yml
kubectl wait --for=condition=Ready pod/mypod1 --timeout=120s
kubectl exec mypod1 -- touch /mydata/hello
kubectl exec mypod1 -- ls /mydata
kubectl exec nfs-pod-2 -- ls /mnt/nfs

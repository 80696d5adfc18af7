kubectl apply -f nfs-pod-1.yaml
kubectl apply -f nfs-pod-2.yaml
kubectl wait --for=condition=Ready pod/nfs-pod-1 pod/nfs-pod-2 --timeout=120s
kubectl exec nfs-pod-1 -- sh -c 'echo shared > /mnt/nfs/from-node1.txt'
kubectl exec nfs-pod-2 -- cat /mnt/nfs/from-node1.txt
kubectl exec nfs-pod-2 -- mount

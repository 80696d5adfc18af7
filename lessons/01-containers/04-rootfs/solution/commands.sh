kubectl apply -f writer-pod.yaml
sleep 20
kubectl exec writer -- sh -c 'echo kept > /data/note.txt; echo lost > /tmp/note.txt'
container kill writer

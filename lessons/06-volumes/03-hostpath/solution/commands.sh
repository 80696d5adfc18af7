kubectl apply -f test-pd.yaml
kubectl apply -f hostpath-node1.yaml
kubectl apply -f hostpath-node2.yaml
kubectl wait --for=condition=Ready pod/hostpath-node1 pod/hostpath-node2 --timeout=120s
kubectl exec hostpath-node1 -- sh -c 'echo written-on-node1 > /host-data/note.txt'
kubectl exec hostpath-node1 -- cat /host-data/note.txt
kubectl exec hostpath-node2 -- ls /host-data

kubectl apply -f sc-standard.yaml
kubectl apply -f mypvc2.yml
kubectl describe pvc mypvc2
kubectl apply -f sc-local-path.yaml
kubectl get sc
kubectl apply -f mypvc3.yml
kubectl wait --for=condition=Ready pod/mypod3 --timeout=120s
kubectl get pvc
kubectl get pv

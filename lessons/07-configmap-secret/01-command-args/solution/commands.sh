kubectl apply -f pod-args.yaml
kubectl wait --for=condition=Ready pod/fortune2s --timeout=120s
kubectl exec fortune2s -c html-generator -- ps aux
kubectl exec fortune2s -c sleeper -- ps
kubectl logs fortune2s -c html-generator

kubectl apply -f fortune-env-from-configmap.yaml
sleep 10
kubectl get pod fortune-env-from-configmap
kubectl create configmap fortune-configmap --from-literal=sleep-interval=25
kubectl wait --for=condition=Ready pod/fortune-env-from-configmap --timeout=120s
kubectl exec fortune-env-from-configmap -- printenv INTERVAL

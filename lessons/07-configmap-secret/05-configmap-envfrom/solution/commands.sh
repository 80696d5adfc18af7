kubectl create configmap my-config-map --from-literal=INTERVAL=5 --from-literal=sleep-interval=25 --from-literal=2nd-interval=10
kubectl apply -f fortune-envfrom.yaml
kubectl apply -f fortune-envfrom-noprefix.yaml
kubectl wait --for=condition=Ready pod/fortune-envfrom pod/fortune-envfrom-noprefix --timeout=120s
kubectl exec fortune-envfrom -- env
kubectl exec fortune-envfrom-noprefix -- env
kubectl get events --field-selector reason=InvalidEnvironmentVariableNames

kubectl apply -f fortune-pod-env.yaml
kubectl wait --for=condition=Ready pod/fortune-env --timeout=120s
kubectl exec fortune-env -- printenv INTERVAL FIRST_VAR SECOND_VAR
kubectl logs fortune-env

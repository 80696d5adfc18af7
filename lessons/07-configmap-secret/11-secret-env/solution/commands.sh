kubectl apply -f secret-env-pod.yaml
kubectl wait --for=condition=Ready pod/secret-env-pod --timeout=120s
kubectl exec secret-env-pod -- sh -c 'echo $SECRET_USERNAME; echo $SECRET_PASSWORD'
kubectl describe pod secret-env-pod

kubectl get secrets
kubectl apply -f default-token.yaml
sleep 2
kubectl describe secret default-token
kubectl create secret generic https-yh --from-file=https.key --from-file=https.cert --from-file=foo
kubectl create secret tls tls-yh --cert=https.cert --key=https.key
kubectl create -f ./secret.yaml
kubectl get secrets
kubectl describe secret https-yh
kubectl get secret mysecret -o yaml

kubectl create configmap my-cm-www --from-file=www.conf
kubectl apply -f pod-configmap-vol-2.yaml
kubectl wait --for=condition=Ready pod/pod-configmap-vol-2 --timeout=120s
kubectl exec pod-configmap-vol-2 -- ls /etc/nginx/conf.d/
kubectl exec pod-configmap-vol-2 -- cat /etc/nginx/conf.d/www.conf

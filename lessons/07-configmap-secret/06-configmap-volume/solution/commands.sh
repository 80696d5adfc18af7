kubectl create configmap fortune-config --from-file=my.conf --from-file=sleep-interval
kubectl apply -f configmap-volume-yh.yaml
kubectl wait --for=condition=Ready pod/configmap-volume-yh --timeout=120s
kubectl exec configmap-volume-yh -c web-server -- ls /etc/nginx/conf.d
kubectl exec configmap-volume-yh -- ls -lL /etc/nginx/conf.d
kubectl exec configmap-volume-yh -- cat /etc/nginx/con.conf

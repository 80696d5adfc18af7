kubectl patch configmap fortune-config --type merge -p '{"data":{"my.conf":"server {\n    listen 80;\n    gzip off;\n}\n"}}'
kubectl exec configmap-volume-yh -- cat /etc/nginx/conf.d/my.conf
kubectl patch configmap my-config-map --type merge -p '{"data":{"INTERVAL":"7"}}'
sleep 70
kubectl exec configmap-volume-yh -- cat /etc/nginx/conf.d/my.conf
kubectl exec configmap-volume-yh -- cat /etc/nginx/con.conf
kubectl exec fortune-envfrom-noprefix -- printenv INTERVAL

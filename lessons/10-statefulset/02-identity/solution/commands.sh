kubectl exec web-0 -- sh -c 'echo web-0 > /usr/share/nginx/html/index.html'
kubectl exec web-1 -- sh -c 'echo web-1 > /usr/share/nginx/html/index.html'
kubectl delete pod web-0
sleep 30
kubectl exec web-0 -- cat /usr/share/nginx/html/index.html

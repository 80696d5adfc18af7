kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete"}}}'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"OnDelete","rollingUpdate":null}}}'
kubectl set image statefulset web nginx=registry.k8s.io/nginx-slim:0.27
sleep 30
kubectl delete pod web-2
sleep 30

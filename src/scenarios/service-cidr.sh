# MultiCIDRServiceAllocator (GA in v1.33): the default ServiceCIDR and an IPAddress per ClusterIP
kubectl get servicecidrs
kubectl get servicecidr kubernetes -o yaml
kubectl get ipaddresses
kubectl create service clusterip web --tcp=80:8080
kubectl create service clusterip fixed --tcp=80 --clusterip=10.96.0.50
kubectl create service clusterip headless --clusterip=None
kubectl get ipaddresses
kubectl get ipaddress 10.96.0.50 -o yaml
kubectl delete service fixed
kubectl get ipaddresses
kubectl create service externalname ext --external-name=example.com
kubectl get ipaddresses -l ipaddress.kubernetes.io/managed-by=ipallocator.k8s.io -o name
kubectl create -f - <<EOF
apiVersion: networking.k8s.io/v1
kind: IPAddress
metadata:
  name: 10.96.0.77
spec:
  parentRef:
    resource: services
    namespace: default
    name: other
EOF
kubectl create service clusterip taken --tcp=80 --clusterip=10.96.0.77

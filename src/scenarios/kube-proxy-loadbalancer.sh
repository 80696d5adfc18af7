# a LoadBalancer Service's ingress IP in kube-proxy's nat table: KUBE-SERVICES sends it to the same KUBE-EXT- chain as the node port (policy Cluster: masquerade, then KUBE-SVC-)
kubectl create deployment web --image=nginx --replicas=1
kubectl expose deployment web --port=80 --type=LoadBalancer
sleep 30
kubectl get svc web
kubectl -n kube-system exec kube-proxy-cfclw -- iptables-save -t nat

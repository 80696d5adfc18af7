# kube-proxy's filter table: a Service port without ready endpoints is rejected (REJECT, an ICMP port unreachable, so the client's connect() is refused at once); externalTrafficPolicy Local drops external traffic on a node without a local endpoint, and opens the health check node port on every node
kubectl create deployment web --image=nginx --replicas=1
kubectl expose deployment web --port=80 --type=LoadBalancer
kubectl patch service web -p '{"spec":{"externalTrafficPolicy":"Local"}}'
kubectl create service nodeport nowhere --tcp=80:80 --node-port=30090
kubectl run client --image=curlimages/curl --restart=Never --command -- sleep 9999
sleep 30
kubectl get pods -o wide
kubectl get svc
# k8s-node1 runs web's endpoint; nowhere has none anywhere
kubectl -n kube-system exec kube-proxy-cfclw -- iptables-save -t filter
# k8s-node2 has no endpoint of web: its load balancer IP and node port are dropped there
kubectl -n kube-system exec kube-proxy-7twjn -- iptables-save -t filter
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -L -n
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -L KUBE-FIREWALL
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -S KUBE-SERVICES
# the REJECT answers at once: curl cannot connect
kubectl exec client -- curl -sS -m 5 http://nowhere
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -t mangle -S

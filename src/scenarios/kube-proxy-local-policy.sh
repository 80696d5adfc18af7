# externalTrafficPolicy: Local in kube-proxy's nat table: the node port jumps to KUBE-EXT-, which keeps the client's address and picks among the node's own endpoints in KUBE-SVL-; pods and the node itself still go through KUBE-SVC- to every endpoint. A node without a local endpoint has no KUBE-SVL- chain. An external IP goes to KUBE-EXT- as the node port does.
kubectl create deployment web --image=nginx --replicas=1
kubectl expose deployment web --port=80 --type=NodePort
kubectl patch service web -p '{"spec":{"externalTrafficPolicy":"Local","externalIPs":["192.168.0.200"]}}'
sleep 30
kubectl get pods -o wide
# k8s-node1 runs the endpoint
kubectl -n kube-system exec kube-proxy-cfclw -- iptables-save -t nat
# k8s-node2 has none
kubectl -n kube-system exec kube-proxy-7twjn -- iptables-save -t nat
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -t nat -L -n

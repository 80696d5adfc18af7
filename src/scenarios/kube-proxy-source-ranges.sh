# loadBalancerSourceRanges: kube-proxy sends the load balancer IP to a KUBE-FW- chain that passes the listed sources on to KUBE-EXT- (and the VIP itself when the node's address is in a range); what falls through is not DNATed and KUBE-PROXY-FIREWALL in the filter table drops it
kubectl create deployment web --image=nginx --replicas=1
kubectl expose deployment web --port=80 --type=LoadBalancer
kubectl patch service web -p '{"spec":{"loadBalancerSourceRanges":["192.168.0.0/24"," 203.0.113.9/25"]}}'
kubectl run client --image=curlimages/curl --restart=Never --command -- sleep 9999
sleep 30
kubectl get svc web
LB=$(kubectl get svc web -o jsonpath='{.status.loadBalancer.ingress[0].ip}')
kubectl -n kube-system exec kube-proxy-cfclw -- iptables-save -t nat
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -S KUBE-PROXY-FIREWALL
kubectl -n kube-system exec kube-proxy-cfclw -- iptables -t nat -L -n
# from a node address (in 192.168.0.0/24): answered
curl -sS -m 3 http://$LB | grep title
# from a pod address (10.244.0.0/16 is in no range): dropped, the connection times out
kubectl exec client -- curl -sS -m 3 http://$LB

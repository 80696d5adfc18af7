# kube-proxy (iptables mode) turns Services and their EndpointSlices into nat rules on every node
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=80 --name=web
kubectl create service nodeport web-np --tcp=80:80 --node-port=30080
kubectl set selector service web-np app=web
sleep 30
kubectl get endpointslices -l kubernetes.io/service-name=web -o wide
# KUBE-SERVICES: one jump per service port with ready endpoints, the NodePort hand-off last
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables -t nat -L KUBE-SERVICES -n
# the whole nat table as iptables-save prints it: SVC chains pick an endpoint at random, SEP chains DNAT to it
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables-save -t nat
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables -t nat -L KUBE-NODEPORTS -n
# a third replica: the probabilities become 1/3 and 1/2
kubectl scale deployment web --replicas=3
sleep 30
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables -t nat -S KUBE-SVC-LOLE4ISW44XBNF3G
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables -t nat -L KUBE-NOPE -n
# the connection tracking table is not modelled: conntrack says so
kubectl -n kube-system exec kube-proxy-mmf95 -- conntrack -L

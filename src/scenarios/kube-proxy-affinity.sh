# sessionAffinity ClientIP in kube-proxy's nat table: the service chain first checks each endpoint's list of recent clients (recent --rcheck, 10800 s by default), the endpoint chain adds the client to its list (recent --set) as it DNATs
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=80 --session-affinity=ClientIP
sleep 30
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables-save -t nat
kubectl -n kube-system exec kube-proxy-mmf95 -- iptables -t nat -L -n

# The API server's health checks probe etcd: without a quorum /livez and /healthz wait for the etcd check's 2s deadline, /readyz for etcd-readiness's too
kubectl get --raw /readyz
etcd stop k8s-master
etcd stop etcd-2
# within a second of the last probe each etcd check answers with that probe's result (the kubelet's probes of the API server count: they share the limiter)
kubectl get --raw /readyz
sleep 2
date
kubectl get --raw /livez
date
kubectl get --raw /readyz
date
kubectl get --raw /healthz/etcd
date
kubectl get --raw '/readyz?exclude=etcd&exclude=etcd-readiness&verbose' | grep excluded
date
curl -k https://192.168.0.100:6443/livez | tail -1
date
sleep 1
date
curl -sSk -m 1 https://192.168.0.100:6443/readyz
date
etcd start etcd-2
sleep 3
kubectl get --raw /readyz

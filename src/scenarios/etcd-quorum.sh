# etcd quorum: 3 members survive losing 1 (a new leader is elected); losing 2 makes every request that needs etcd time out
etcdctl member list -w table
etcdctl endpoint status --cluster -w table
etcdctl endpoint health --cluster
etcd stop k8s-master
sleep 3
etcdctl --endpoints=https://192.168.0.201:2379 endpoint status --cluster -w table
kubectl create deployment web --image=nginx
etcd stop etcd-2
kubectl get --raw "/apis/apps/v1/namespaces/default/deployments?resourceVersion=0" | grep -c '"name":"web"'
date
kubectl create deployment web2 --image=nginx
date
kubectl get pods
date
kubectl get pods --watch
kubectl scale deployment web --replicas=2
etcdctl member list
etcdctl --endpoints=192.168.0.202:2379 member list --consistency=s
etcdctl --endpoints=192.168.0.202:2379 endpoint health -w table
sleep 2
etcdctl --endpoints=192.168.0.202:2379 endpoint status -w table
kubectl get --raw /apis/apps/v1/namespaces/default/deployments
kubectl get --raw "/apis/apps/v1/namespaces/default/deployments?resourceVersion=0"
kubectl apply -f - <<EOF
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
EOF
kubectl delete deployment web
date
kubectl get cs
date
sleep 120
etcd start etcd-2
sleep 3
kubectl create deployment web2 --image=nginx
sleep 30
kubectl get deploy
kubectl get nodes
kubectl get cs etcd-0
etcd start k8s-master
etcdctl endpoint status --cluster

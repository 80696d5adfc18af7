# kubectl drain through the Eviction API: a PodDisruptionBudget holds a pod back (429, retried every 5 s) until --timeout; --disable-eviction deletes without asking it
kubectl create deployment web --image=nginx --replicas=2
kubectl create pdb web --selector=app=web --min-available=2
sleep 10
kubectl get pods -o wide
kubectl get pdb web
kubectl drain k8s-node1 --ignore-daemonsets --timeout=12s
kubectl get pods -o wide
kubectl uncordon k8s-node1
kubectl drain k8s-node2
kubectl uncordon k8s-node2
kubectl patch pdb web --type=merge -p '{"spec":{"minAvailable":1}}'
sleep 2
kubectl get pdb web
kubectl drain k8s-node1 --ignore-daemonsets --dry-run=server
kubectl drain k8s-node1 --ignore-daemonsets
kubectl get pods -o wide
kubectl get pdb web -o jsonpath='{.status.disruptionsAllowed} {.status.currentHealthy}/{.status.desiredHealthy}'
kubectl uncordon k8s-node1
kubectl drain k8s-node2 --ignore-daemonsets --timeout=8s
kubectl drain k8s-node2 --ignore-daemonsets --disable-eviction
kubectl get pods -o wide
# a pod that ignores SIGTERM (sleep as PID 1) outlives --timeout: the wait for it ends at the deadline
kubectl uncordon k8s-node1
kubectl uncordon k8s-node2
kubectl delete pdb web
kubectl create deployment slow --image=busybox -- sleep 3600
kubectl patch deployment slow -p '{"spec":{"template":{"spec":{"terminationGracePeriodSeconds":60}}}}'
sleep 15
kubectl get pods -l app=slow -o wide
kubectl drain k8s-node2 --ignore-daemonsets --timeout=5s
kubectl uncordon k8s-node2
sleep 1
kubectl get pods -l app=slow -o wide
kubectl drain k8s-node1 --ignore-daemonsets --timeout=5s --disable-eviction

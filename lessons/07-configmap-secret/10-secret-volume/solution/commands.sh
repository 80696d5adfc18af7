kubectl apply -f mypod.yaml
kubectl wait --for=condition=Ready pod/mypod --timeout=120s
kubectl exec mypod -- ls /etc/foo
kubectl exec mypod -- cat /etc/foo/my-group/my-username
kubectl exec mypod -- ls -lL /etc/foo /etc/foo/my-group

# kubectl set serviceaccount, subject and selector through the API: a new template rolls out, a bare
# pod's update is refused by the pod-update validation, bindings gain subjects, a service its selector.
kubectl create serviceaccount robot
kubectl create deployment web --image=nginx --replicas=2
kubectl run solo --image=nginx
sleep 30
kubectl set serviceaccount deployment web robot
kubectl rollout status deployment web
sleep 30
kubectl get pods -l app=web -o jsonpath='{range .items[*]}{.spec.serviceAccountName}{"\n"}{end}'
kubectl set sa deployment web robot
kubectl set sa pod solo robot
kubectl set sa service kubernetes robot
kubectl set sa deploy nosuch robot
kubectl create rolebinding edit --clusterrole=edit --user=bob
kubectl set subject rolebinding edit --user=bob
kubectl set subject rolebinding edit --user=al --group=devs --serviceaccount=:robot
kubectl get rolebinding edit -o jsonpath='{range .subjects[*]}{.kind}/{.name}/{.namespace}{"\n"}{end}'
kubectl create clusterrolebinding view --clusterrole=view
kubectl set subject clusterrolebinding view --serviceaccount=:robot
kubectl set subject clusterrolebinding view --serviceaccount=default:robot -o name
kubectl set subject deployment web --user=x
kubectl create service clusterip web --tcp=80:80
kubectl set selector service web app=web
kubectl get endpoints web -o jsonpath='{range .subsets[*].addresses[*]}{.targetRef.name}{"\n"}{end}'
kubectl set selector service web 'app in (web)'
kubectl set selector service web app=web --resource-version=1
kubectl set selector deployment web app=web

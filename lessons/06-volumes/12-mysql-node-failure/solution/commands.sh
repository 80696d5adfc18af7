kubectl apply -f mysql-pv.yml
kubectl apply -f mysql-pvc.yml
kubectl apply -f mysql.yml
kubectl rollout status deployment/mysql --timeout=180s
kubectl get pod -l app=mysql -o wide
kubectl run -it --rm --image=mysql:5.6 --restart=Never mysql-client -- mysql -h mysql -ppassword -e "use mysql; create table my_id( id int(4) ); insert my_id values( 111 ); select * from my_id;"
node stop k8s-node2
sleep 120
kubectl get nodes
kubectl get pod -l app=mysql -o wide
kubectl run -it --rm --image=mysql:5.6 --restart=Never mysql-client -- mysql -h mysql -ppassword -e "use mysql; select * from my_id;"

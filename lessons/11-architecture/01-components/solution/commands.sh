kubectl get pods -n kube-system -o wide > components.txt

kubectl apply -f hostpid-pod.yaml

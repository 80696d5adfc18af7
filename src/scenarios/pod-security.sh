# Pod Security Admission replaces PodSecurityPolicy (notes 13.3)
kubectl create namespace secure
kubectl run early --image=alpine -n secure -- sleep 9999
kubectl label ns secure pod-security.kubernetes.io/enforce=restricted
kubectl run priv --image=alpine -n secure --privileged -- sleep 9999
kubectl label ns secure pod-security.kubernetes.io/enforce=baseline pod-security.kubernetes.io/warn=restricted --overwrite
kubectl run plain --image=alpine -n secure -- sleep 9999
kubectl apply -n secure -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: hostnet
spec:
  hostNetwork: true
  containers:
  - name: main
    image: alpine
    command: ["/bin/sleep", "9999"]
YAML
kubectl label ns secure pod-security.kubernetes.io/enforce=strict --overwrite
kubectl apply -f - <<'YAML'
apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata:
  name: default
spec:
  privileged: false
YAML

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
# a policy pinned to v1.21 has no capabilities check at restricted (it came in v1.22)
kubectl create namespace pinned
kubectl label ns pinned pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/enforce-version=v1.21 pod-security.kubernetes.io/warn=restricted
kubectl apply -n pinned -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: keeps-caps
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    seccompProfile:
      type: RuntimeDefault
  containers:
  - name: main
    image: alpine
    command: ["sleep", "9999"]
    securityContext:
      allowPrivilegeEscalation: false
YAML
kubectl label ns pinned pod-security.kubernetes.io/enforce-version-
# the deprecated AppArmor annotation becomes the container's field (v1.30+), with a warning
kubectl apply -f - <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: armored
  annotations:
    container.apparmor.security.beta.kubernetes.io/main: runtime/default
spec:
  containers:
  - name: main
    image: alpine
    command: ["sleep", "9999"]
YAML
kubectl get pod armored -o jsonpath='{.spec.containers[0].securityContext}'

# kubectl inside the prompt's loops and conditions: each iteration runs kubectl with what the shell expanded.
# The output is bash 5.2's with kubectl v1.34 against the simulation's API on the same lines.
for n in one two three; do kubectl create configmap cm-$n --from-literal=k=$n; done
for cm in $(kubectl get cm -o name | grep cm-); do echo "$cm: $(kubectl get $cm -o jsonpath='{.data.k}')"; done
if kubectl get cm cm-four >/dev/null 2>&1; then echo found; else echo "no cm-four"; fi
if kubectl get cm cm-one -o name; then echo "cm-one is there"; fi
kubectl get cm -o name | grep cm- | while read name; do kubectl label $name tier=loop; done
kubectl get cm -l tier=loop -o name | wc -l
for n in one two; do kubectl delete cm cm-$n; done
kubectl get cm -o name

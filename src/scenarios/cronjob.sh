# The CronJob controller starts a Job every minute on the virtual clock; the TTL-after-finished controller removes finished Jobs
kubectl create cronjob cj1 --image=busybox --schedule="*/1 * * * *" -- echo hi
kubectl get cj
sleep 150
kubectl get cj
kubectl get jobs
kubectl get cj cj1 -o jsonpath='{.status.lastScheduleTime} {.status.lastSuccessfulTime}{"\n"}'
kubectl get jobs -o jsonpath='{.items[0].metadata.annotations}{"\n"}{.items[0].metadata.ownerReferences[0].kind}/{.items[0].metadata.ownerReferences[0].name}{"\n"}'
sleep 180
kubectl get jobs
kubectl describe cj cj1
kubectl create cronjob forbid --image=busybox --schedule="*/1 * * * *" -- sleep 100
kubectl patch cj forbid -p '{"spec":{"concurrencyPolicy":"Forbid"}}'
sleep 130
kubectl get cj forbid
kubectl get events --field-selector involvedObject.name=forbid
kubectl create cronjob bad --image=busybox --schedule="61 * * * *"
kubectl create cronjob tz --image=busybox --schedule="CRON_TZ=UTC * * * * *"
kubectl apply -f - <<EOF
apiVersion: batch/v1
kind: Job
metadata:
  name: short
spec:
  ttlSecondsAfterFinished: 10
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        command: [echo, done]
EOF
kubectl wait --for=condition=complete job/short --timeout=60s
kubectl get job short
sleep 12
kubectl get job short
kubectl get pods -l job-name=short

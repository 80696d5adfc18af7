import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../../context';
import { Cluster } from '../../../sim/cluster';
import { Shell } from '../../../shell/shell';

// Expected texts are the output of kubectl v1.32 (`--dry-run=client`), the oracle on this machine.
const ORACLE: [string, string][] = [
  ["kubectl create configmap cm --from-literal=x=1 --from-file=f.txt --from-file=key2=f.txt --dry-run=client -o yaml", "apiVersion: v1\ndata:\n  f.txt: |\n    hello\n  key2: |\n    hello\n  x: \"1\"\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: cm\n"],
  ["kubectl create secret generic s --from-literal=u=admin --type=Opaque --dry-run=client -o yaml", "apiVersion: v1\ndata:\n  u: YWRtaW4=\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\ntype: Opaque\n"],
  ["kubectl create secret docker-registry reg --docker-username=u --docker-password=p --docker-email=e@x.io --dry-run=client -o yaml", "apiVersion: v1\ndata:\n  .dockerconfigjson: eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiZW1haWwiOiJlQHguaW8iLCJhdXRoIjoiZFRwdyJ9fX0=\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: reg\ntype: kubernetes.io/dockerconfigjson\n"],
  ["kubectl create ingress ing --rule='foo.com/bar*=svc:80,tls=s' --rule=foo.com/baz=svc:http --default-backend=def:8080 --annotation=a=b --dry-run=client -o yaml", "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  annotations:\n    a: b\n  creationTimestamp: null\n  name: ing\nspec:\n  defaultBackend:\n    service:\n      name: def\n      port:\n        number: 8080\n  rules:\n  - host: foo.com\n    http:\n      paths:\n      - backend:\n          service:\n            name: svc\n            port:\n              number: 80\n        path: /bar\n        pathType: Prefix\n      - backend:\n          service:\n            name: svc\n            port:\n              name: http\n        path: /baz\n        pathType: Exact\n  tls:\n  - hosts:\n    - foo.com\n    secretName: s\nstatus:\n  loadBalancer: {}\n"],
  ["kubectl create cronjob cj --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date", "apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  creationTimestamp: null\n  name: cj\nspec:\n  jobTemplate:\n    metadata:\n      creationTimestamp: null\n      name: cj\n    spec:\n      template:\n        metadata:\n          creationTimestamp: null\n        spec:\n          containers:\n          - command:\n            - date\n            image: busybox\n            name: cj\n            resources: {}\n          restartPolicy: OnFailure\n  schedule: '*/1 * * * *'\nstatus: {}\n"],
  ["kubectl create ns ns1 --dry-run=client -o yaml", "apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: ns1\nspec: {}\nstatus: {}\n"],
  ["kubectl create configmap lit --from-literal=k=a,b --dry-run=client -o yaml", "apiVersion: v1\ndata:\n  k: a,b\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: lit\n"],
  ["kubectl create configmap j --from-literal=a=1 --dry-run=client -o json", "{\n    \"kind\": \"ConfigMap\",\n    \"apiVersion\": \"v1\",\n    \"metadata\": {\n        \"name\": \"j\",\n        \"creationTimestamp\": null\n    },\n    \"data\": {\n        \"a\": \"1\"\n    }\n}\n"],
];

describe('kubectl create generators match kubectl', { timeout: 60_000 }, () => {
  const fs = new MemoryWorkspace();
  fs.write('f.txt', 'hello\n');
  const sh = new Shell({ cluster: new Cluster({ seed: 1 }), fs });
  it.each(ORACLE)('%s', (cmd, want) => {
    expect(sh.run(cmd).out).toBe(want);
  });
});

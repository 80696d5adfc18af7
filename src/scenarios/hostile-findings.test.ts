import { describe, expect, it } from 'vitest';
import { outputOf, transcriptOf } from './run';

// Each case reproduces a problem a fuzzer found; the output is what a v1.34 cluster answers.
describe('hostile input is treated as a real API server treats it', { timeout: 60_000 }, () => {
  it('a JSON patch through __proto__ is a missing path and pollutes nothing', () => {
    const t = transcriptOf(
      [
        'kubectl create cm x --from-literal=a=b',
        `kubectl patch cm x --type=json -p '[{"op":"add","path":"/__proto__/nodeName","value":"pwned-node"}]'`,
        `kubectl patch cm x --type=merge -p '{"__proto__":{"nodeName":"pwned"}}'`,
        `kubectl patch cm x -p '{"metadata":{"constructor":{"x":1}}}'`,
        'kubectl run p --image=nginx',
        `kubectl get pod p -o jsonpath='{.spec.nodeName}'`,
      ].join('\n'),
    );
    expect(outputOf(t, `kubectl patch cm x --type=json`)).toBe(
      'Error from server: jsonpatch add operation does not apply: doc is missing path: "/__proto__/nodeName": missing value\n',
    );
    // kubectl patch sends no fieldValidation: the server's Warn drops the unknown field
    expect(outputOf(t, `kubectl patch cm x --type=merge`)).toBe('Warning: unknown field "__proto__"\nconfigmap/x patched (no change)\n');
    expect(outputOf(t, `kubectl patch cm x -p`)).toContain('unknown field "metadata.constructor"');
    expect(({} as Record<string, unknown>).nodeName).toBeUndefined();
    expect(outputOf(t, 'kubectl get pod p')).toMatch(/^k8s-node\d\n$/);
  });

  it('the JSON patch test op compares values, not their key order', () => {
    const t = transcriptOf(
      [
        'kubectl create cm x --from-literal=a=1 --from-literal=b=2',
        `kubectl patch cm x --type=json -p '[{"op":"test","path":"/data","value":{"b":"2","a":"1"}},{"op":"add","path":"/data/c","value":"3"}]'`,
        `kubectl patch cm x --type=json -p '[{"op":"test","path":"/data","value":{"a":"1"}}]'`,
      ].join('\n'),
    );
    expect(outputOf(t, `kubectl patch cm x --type=json -p '[{"op":"test","path":"/data","value":{"b"`)).toBe('configmap/x patched\n');
    expect(outputOf(t, `kubectl patch cm x --type=json -p '[{"op":"test","path":"/data","value":{"a":"1"}}]'`)).toBe(
      'Error from server: jsonpatch testing value /data failed: test failed\n',
    );
  });

  it('templates and jsonpath see own keys only', () => {
    const t = transcriptOf(
      [
        `kubectl get clusterroles -o 'go-template={{.constructor}}'`,
        'kubectl create cm x --from-literal=a=b',
        `kubectl get cm x -o 'go-template={{.data.constructor}} {{index .data "toString"}} {{.data.a}}'`,
        `kubectl get cm x -o 'jsonpath={.data.constructor}{.data.a}'`,
      ].join('\n'),
    );
    expect(outputOf(t, `kubectl get clusterroles`)).toBe('<no value>\n');
    expect(outputOf(t, `kubectl get cm x -o 'go-template`)).toBe('<no value> <no value> b\n');
    expect(outputOf(t, `kubectl get cm x -o 'jsonpath`)).toBe('b\n');
  });

  it('a List with null and scalar items gets the validator error, not a JavaScript one', () => {
    const list = 'apiVersion: v1\nkind: List\nitems: [null, {apiVersion: v1, kind: ConfigMap, metadata: {name: y}}, 1]\n';
    const t = transcriptOf('kubectl apply -f l.yaml\nkubectl apply -f l.yaml --validate=false\nkubectl get cm y\n', 1, { 'l.yaml': list });
    expect(outputOf(t, 'kubectl apply -f l.yaml')).toBe(
      'error: error validating "l.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n',
    );
    expect(outputOf(t, 'kubectl apply -f l.yaml --validate=false')).toBe(`error: unable to decode "l.yaml": Object 'Kind' is missing in 'null'\n`);
    expect(outputOf(t, 'kubectl get cm y')).toBe('Error from server (NotFound): configmaps "y" not found\n');
  });

  it('a map for metadata.namespace and .nan for a name are refused by kubectl before any request', () => {
    const ns = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: z\n  namespace: {a: b}\n';
    const nan = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: .nan\nspec:\n  ports: [{port: 80}]\n';
    const t = transcriptOf('kubectl create -f ns.yaml\nkubectl get -f ns.yaml\nkubectl get -f nan.yaml\nkubectl create -f nan.yaml\n', 1, { 'ns.yaml': ns, 'nan.yaml': nan });
    expect(outputOf(t, 'kubectl create -f ns.yaml')).toBe(
      'error: unable to decode "ns.yaml": json: cannot unmarshal object into Go struct field ObjectMeta.metadata.namespace of type string\n',
    );
    // get's table prints its errors as an aggregate: one line each, without "error: "
    expect(outputOf(t, 'kubectl get -f ns.yaml')).toBe('unable to decode "ns.yaml": json: cannot unmarshal object into Go struct field ObjectMeta.metadata.namespace of type string\n');
    expect(outputOf(t, 'kubectl get -f nan.yaml')).toBe('error parsing nan.yaml: error converting YAML to JSON: json: unsupported value: NaN\n');
    expect(t).not.toContain('[object Object]');
    expect(t).not.toContain('"NaN"');
  });

  it('an Endpoints address must be a valid IP', () => {
    const ep = 'apiVersion: v1\nkind: Endpoints\nmetadata:\n  name: e\nsubsets:\n- addresses:\n  - ip: not-an-ip\n  ports: [{port: 80}]\n';
    const t = transcriptOf('kubectl apply -f ep.yaml\n', 1, { 'ep.yaml': ep });
    expect(outputOf(t, 'kubectl apply -f ep.yaml')).toBe(
      'The Endpoints "e" is invalid: subsets[0].addresses[0].ip: Invalid value: "not-an-ip": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)\n',
    );
  });

  it('a bound volume whose claimRef is removed is bound back to its claim, never to a second one', () => {
    const pv = 'apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: pv-a}\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  hostPath: {path: /tmp/a}\n';
    const claim = (n: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: ${n}}\nspec:\n  storageClassName: ""\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\n`;
    const t = transcriptOf(
      [
        'kubectl apply -f pv.yaml -f a.yaml',
        `kubectl patch pv pv-a -p '{"spec":{"claimRef":null}}'`,
        'kubectl apply -f b.yaml',
        'sleep 30',
        `kubectl get pvc -o custom-columns=NAME:.metadata.name,STATUS:.status.phase,VOLUME:.spec.volumeName`,
        `kubectl get pv pv-a -o jsonpath='{.spec.claimRef.name} {.status.phase}'`,
      ].join('\n'),
      1,
      { 'pv.yaml': pv, 'a.yaml': claim('a'), 'b.yaml': claim('b') },
    );
    expect(outputOf(t, 'kubectl get pvc')).toBe('NAME   STATUS    VOLUME\na      Bound     pv-a\nb      Pending   <none>\n');
    expect(outputOf(t, 'kubectl get pv pv-a')).toBe('a Bound\n');
  });

  it('a DaemonSet pinned to a missing node makes one pod per node, and the pod GC replaces them', () => {
    const ds =
      'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: db}\nspec:\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec:\n      nodeName: no-such-node\n      containers: [{name: c, image: nginx}]\n';
    const t = transcriptOf('kubectl apply -f ds.yaml\nkubectl get pods --no-headers\nsleep 90\nkubectl get pods -o name\necho next\n', 1, { 'ds.yaml': ds });
    expect(outputOf(t, 'kubectl apply -f ds.yaml')).toBe('daemonset.apps/db created\n');
    expect(outputOf(t, 'kubectl get pods --no-headers').trim().split('\n')).toHaveLength(2);
    const before = outputOf(t, 'kubectl get pods --no-headers').split('\n').map((l) => l.split(/\s+/)[0]);
    const after = outputOf(t, 'kubectl get pods -o name').trim().split('\n');
    expect(after).toHaveLength(2);
    for (const name of before.filter(Boolean)) expect(after).not.toContain(`pod/${name}`);
    expect(t).not.toContain('internal error');
    expect(outputOf(t, 'echo next')).toBe('next\n');
  });

  it('the pod GC deletes a pod bound to a missing node after its quarantine, and the ReplicaSet makes a new one', () => {
    const dp =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: dp}\nspec:\n  replicas: 1\n  selector: {matchLabels: {app: dp}}\n  template:\n    metadata: {labels: {app: dp}}\n    spec:\n      nodeName: no-such-node\n      containers: [{name: c, image: nginx}]\n';
    const t = transcriptOf('kubectl apply -f dp.yaml\nkubectl get pods -o name\nsleep 39\nkubectl get pods -o name\nsleep 30\nkubectl get pods -o name\n', 1, { 'dp.yaml': dp });
    const first = outputOf(t, 'kubectl get pods -o name');
    const blocks = t.split('$ kubectl get pods -o name\n').slice(1).map((b) => b.split('$')[0]);
    expect(blocks[1]).toBe(first);
    expect(blocks[2].trim().split('\n')).toHaveLength(1);
    expect(blocks[2]).not.toBe(first);
  });
});

describe('keys from input are ordinary keys everywhere', { timeout: 60_000 }, () => {
  it('labels, annotations, ConfigMap keys, env names and field selectors named like prototype members', () => {
    const t = transcriptOf(
      [
        'kubectl label cm kube-root-ca.crt __proto__=x',
        'kubectl annotate cm kube-root-ca.crt constructor=x',
        'kubectl create cm c --from-literal=constructor=1 --from-literal=__proto__=2',
        `kubectl get cm c -o jsonpath='{.data}'`,
        'kubectl get pods --field-selector metadata.constructor=x',
      ].join('\n'),
    );
    expect(outputOf(t, 'kubectl label')).toContain('metadata.labels: Invalid value: "__proto__"');
    expect(outputOf(t, 'kubectl annotate')).toBe('configmap/kube-root-ca.crt annotated\n');
    expect(outputOf(t, `kubectl get cm c`)).toBe('{"__proto__":"2","constructor":"1"}\n');
    expect(outputOf(t, 'kubectl get pods --field-selector')).toContain('field label not supported: metadata.constructor');
  });
});

describe('found by the model-based property test', { timeout: 60_000 }, () => {
  it('a rollout that scales an old replica set below its stale available count retries instead of failing', () => {
    const d = (replicas: number, surge: string, unavailable: string, extra = '') =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: api}\nspec:\n  replicas: ${replicas}\n  strategy:\n    rollingUpdate: {maxSurge: ${surge}, maxUnavailable: ${unavailable}}\n  selector: {matchLabels: {app: api}}\n  template:\n    metadata: {labels: {app: api}}\n    spec:\n${extra}      containers:\n      - name: c\n        image: nginx\n`;
    const t = transcriptOf('kubectl apply -f a.yaml\nsleep 4\nkubectl apply -f b.yaml\nkubectl get deploy api -o name\n', 1, {
      'a.yaml': d(2, '0', '100%'),
      'b.yaml': d(1, '1', '1', '      nodeName: no-such-node\n'),
    });
    expect(outputOf(t, 'kubectl apply -f b.yaml')).toBe('deployment.apps/api configured\n');
    expect(t).not.toContain('internal error');
  });

  it('metadata that is not an object is refused by kubectl\'s metadata decoder', () => {
    const t = transcriptOf("kubectl create -f - <<'EOF'\n{\"apiVersion\":\"apps/v1\",\"kind\":\"Deployment\",\"metadata\":false}\nEOF\n");
    expect(t).toContain('error: unable to decode "STDIN": json: cannot unmarshal bool into Go struct field metadataOnlyObject.metadata of type v1.ObjectMeta\n');
  });
});

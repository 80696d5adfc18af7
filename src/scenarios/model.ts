/**
 * A model of what the learner did (deployments and their replicas) and random commands for
 * fast-check's model-based testing: each command runs through the shell as a learner would type it,
 * then its output, the model and the cluster's invariants are checked.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Shell } from '../shell/shell';
import { Cluster } from '../sim/cluster';
import { watchInvariants } from '../sim/invariants';

interface Model {
  deploys: Map<string, number>;
}

interface Real {
  cluster: Cluster;
  shell: Shell;
  invariants: { violations: string[] };
}

const NAMES = ['web', 'api'];
const NODES = ['k8s-node1', 'k8s-node2'];
const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

function newReal(seed: number): Real {
  const cluster = new Cluster({ seed });
  return { cluster, shell: new Shell({ cluster, fs: new MemoryWorkspace() }), invariants: watchInvariants(cluster) };
}

/** Run one command line; everything that must hold after any command is checked here. */
function run(r: Real, text: string): string {
  const t = r.shell.transcript(text + '\n');
  expect(t, text).not.toMatch(/internal error|TypeError|Cannot read|undefined is not|\[object Object\]/);
  expect(r.invariants.violations, text).toEqual([]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(','), text).toBe(PROTO_KEYS);
  return t;
}

function checkModel(m: Model, r: Real): void {
  for (const [name, replicas] of m.deploys) {
    expect(r.cluster.api.tryGet('deployments.apps', 'default', name)?.spec?.replicas, name).toBe(replicas);
  }
}

const deployYaml = (name: string, replicas: number, image: string, surge: string, unavailable: string, nodeName?: string) =>
  `kubectl apply -f - <<EOF
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  strategy:
    rollingUpdate: {maxSurge: ${surge}, maxUnavailable: ${unavailable}}
  selector:
    matchLabels: {app: ${name}}
  template:
    metadata:
      labels: {app: ${name}}
    spec:
${nodeName ? `      nodeName: ${nodeName}\n` : ''}      containers:
      - name: c
        image: ${image}
        readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 2}
EOF`;

class Apply implements fc.Command<Model, Real> {
  constructor(readonly name: string, readonly replicas: number, readonly image: string, readonly surge: string, readonly unavailable: string, readonly nodeName?: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const t = run(r, deployYaml(this.name, this.replicas, this.image, this.surge, this.unavailable, this.nodeName));
    if (/deployment\.apps\/\S+ (created|configured|unchanged)/.test(t)) m.deploys.set(this.name, this.replicas);
    else expect(t).toMatch(/is invalid|Error from server/);
    checkModel(m, r);
  }
  toString = () => `apply ${this.name} replicas=${this.replicas} image=${this.image} surge=${this.surge} unavailable=${this.unavailable}${this.nodeName ? ` nodeName=${this.nodeName}` : ''}`;
}

class Scale implements fc.Command<Model, Real> {
  constructor(readonly name: string, readonly replicas: number, readonly how: 'scale' | 'merge' | 'json') {}
  check = () => true;
  run(m: Model, r: Real): void {
    const cmd =
      this.how === 'scale'
        ? `kubectl scale deploy ${this.name} --replicas=${this.replicas}`
        : this.how === 'merge'
          ? `kubectl patch deploy ${this.name} --type=merge -p '{"spec":{"replicas":${this.replicas}}}'`
          : `kubectl patch deploy ${this.name} --type=json -p '[{"op":"replace","path":"/spec/replicas","value":${this.replicas}}]'`;
    const t = run(r, cmd);
    if (m.deploys.has(this.name)) {
      expect(t).toMatch(/scaled|patched/);
      m.deploys.set(this.name, this.replicas);
    } else expect(t).toMatch(this.how === 'scale' ? /no objects passed to scale deployments\.apps "\S+" not found/ : /NotFound/);
    checkModel(m, r);
  }
  toString = () => `${this.how} ${this.name} ${this.replicas}`;
}

class HostilePatch implements fc.Command<Model, Real> {
  constructor(readonly name: string, readonly patch: string, readonly type: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    run(r, `kubectl patch deploy ${this.name} --type=${this.type} -p '${this.patch}'`);
    checkModel(m, r);
  }
  toString = () => `patch ${this.name} ${this.type} ${this.patch}`;
}

class Delete implements fc.Command<Model, Real> {
  constructor(readonly name: string, readonly recreate: boolean) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const t = run(r, `kubectl delete deploy ${this.name}`);
    expect(t).toMatch(m.deploys.has(this.name) ? /deleted/ : /NotFound/);
    const replicas = m.deploys.get(this.name);
    m.deploys.delete(this.name);
    if (this.recreate && replicas !== undefined) {
      run(r, deployYaml(this.name, replicas, 'nginx', '1', '0'));
      m.deploys.set(this.name, replicas);
    }
    checkModel(m, r);
  }
  toString = () => `${this.recreate ? 'recreate' : 'delete'} ${this.name}`;
}

/** Commands whose effect the model does not track: only the invariants and the output are checked. */
class Plain implements fc.Command<Model, Real> {
  constructor(readonly text: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    run(r, this.text);
    checkModel(m, r);
  }
  toString = () => this.text.split('\n')[0];
}

const name = fc.constantFrom(...NAMES);
const replicas = fc.integer({ min: 0, max: 6 });
const fencepost = fc.constantFrom('0', '1', '2', '25%', '50%', '100%');

const claim = (n: string) =>
  `kubectl apply -f - <<EOF\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: ${n}}\nspec:\n  storageClassName: ""\n  accessModes: [ReadWriteOnce]\n  resources: {requests: {storage: 1Gi}}\nEOF`;
const volume = (n: string) =>
  `kubectl apply -f - <<EOF\napiVersion: v1\nkind: PersistentVolume\nmetadata: {name: ${n}}\nspec:\n  capacity: {storage: 1Gi}\n  accessModes: [ReadWriteOnce]\n  hostPath: {path: /tmp/${n}}\nEOF`;

const WORDS = ['get', 'describe', 'apply', 'create', 'delete', 'patch', 'scale', 'label', 'annotate', 'rollout', 'status', 'history', 'undo', 'restart', 'expose', 'run',
  'exec', 'logs', 'set', 'image', 'wait', 'explain', 'edit', 'replace', 'cordon', 'drain', 'auth', 'can-i', '-o', 'yaml', 'json', 'wide', 'name', 'jsonpath={.items[*].metadata.name}',
  'go-template={{range .items}}{{.metadata.name}}{{end}}', 'custom-columns=N:.metadata.name', '-l', 'app=web', '-n', 'default', 'kube-system', '-A', '--all', 'deploy', 'pods', 'svc',
  'pv', 'pvc', 'cm', 'ds', 'ep', 'node', 'k8s-node1', 'web', 'api', 'web-x', '--replicas=2', '--replicas=-1', '-p', '{}', '--type=json', '[]', '--', 'sh', '-c', 'ls', 'x=y', 'x-',
  '--dry-run=client', '--dry-run=server', '--image=nginx', '--port=80', '--to-revision=2', '--for=condition=Ready', '--timeout=5s', '--watch=false', 'constructor', '__proto__',
  '--field-selector=metadata.name=web', '--sort-by=.metadata.name', '--show-labels', '--overwrite', '--force', '--grace-period=0', 'deploy/web', 'pod/web', 'deployment.apps/api'];

/** A deployment with one field replaced by an arbitrary JSON value (mutated manifests, as a fuzzer pastes them). */
const BASE = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'fz', labels: { app: 'fz' } }, spec: { replicas: 1, selector: { matchLabels: { app: 'fz' } }, template: { metadata: { labels: { app: 'fz' } }, spec: { containers: [{ name: 'c', image: 'nginx', ports: [{ containerPort: 80 }] }] } } } };
const PATHS = [[], ['metadata'], ['metadata', 'name'], ['metadata', 'namespace'], ['metadata', 'labels'], ['metadata', '__proto__'], ['spec'], ['spec', 'replicas'], ['spec', 'selector'],
  ['spec', 'selector', 'matchLabels'], ['spec', 'template'], ['spec', 'template', 'spec', 'containers'], ['spec', 'template', 'spec', 'containers', 0], ['spec', 'template', 'spec', 'containers', 0, 'ports'],
  ['spec', 'template', 'spec', 'containers', 0, 'image'], ['spec', 'strategy'], ['kind'], ['apiVersion'], ['items']];

function mutate(path: (string | number)[], value: unknown): unknown {
  const doc = structuredClone(BASE) as Record<string, unknown>;
  if (!path.length) return value;
  let cur = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  Object.defineProperty(cur, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return doc;
}

const quote = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;

/** Random kubectl command lines and mutated manifests: only the output and the invariants are checked. */
const fuzzCommands = [
  fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 7 }).map((ws) => new Plain(`kubectl ${ws.map(quote).join(' ')}`)),
  fc
    .tuple(fc.constantFrom(...PATHS), fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('apply', 'create', 'replace'))
    .map(([path, v, verb]) => new Plain(`kubectl ${verb} -f - <<'EOF'\n${JSON.stringify(mutate(path, v))}\nEOF`)),
];

const commands = [
  fc.tuple(name, replicas, fc.constantFrom('nginx', 'nginx:alpine', 'nginx/aplin'), fencepost, fencepost).map(([n, k, i, s, u]) => new Apply(n, k, i, s, u)),
  fc.tuple(name, replicas).map(([n, k]) => new Apply(n, k, 'nginx', '1', '1', 'no-such-node')),
  fc.tuple(name, replicas, fc.constantFrom('scale' as const, 'merge' as const, 'json' as const)).map(([n, k, h]) => new Scale(n, k, h)),
  fc
    .tuple(
      name,
      fc.constantFrom(
        ['json', '[{"op":"add","path":"/__proto__/polluted","value":1}]'],
        ['json', '[{"op":"add","path":"/spec/template/spec/constructor","value":{}}]'],
        ['json', '[{"op":"test","path":"/spec/replicas","value":"x"}]'],
        ['merge', '{"__proto__":{"polluted":1}}'],
        ['merge', '{"spec":{"replicas":"many"}}'],
        ['strategic', '{"spec":{"template":{"spec":{"containers":[{"name":"c","image":"nginx:alpine"}]}}}}'],
        ['strategic', '{"metadata":{"labels":{"constructor":"x"}}}'],
      ),
    )
    .map(([n, [t, p]]) => new HostilePatch(n, p, t)),
  fc.tuple(name, fc.boolean()).map(([n, r]) => new Delete(n, r)),
  fc.tuple(name, fc.constantFrom('', 'publishNotReadyAddresses: true\n  ')).map(
    ([n, extra]) => new Plain(`kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata: {name: ${n}}\nspec:\n  ${extra}selector: {app: ${n}}\n  ports: [{port: 80}]\nEOF`),
  ),
  fc.constantFrom('a', 'b').map((n) => new Plain(claim(n))),
  fc.constantFrom('pv-a', 'pv-b').map((n) => new Plain(volume(n))),
  fc.constantFrom('pv-a', 'pv-b').map((n) => new Plain(`kubectl patch pv ${n} -p '{"spec":{"claimRef":null}}'`)),
  fc.constantFrom('pvc a', 'pvc b', 'pv pv-a', 'svc web', 'pods --all').map((what) => new Plain(`kubectl delete ${what} --wait=false`)),
  fc.integer({ min: 1, max: 90 }).map((s) => new Plain(`sleep ${s}`)),
  fc.tuple(fc.constantFrom('stop', 'start'), fc.constantFrom(...NODES)).map(([a, n]) => new Plain(`node ${a} ${n}`)),
  fc.constant(new Plain('kubectl get all,ep,pv,pvc -o wide')),
];

/** Run the model-based property: `runs` random sequences of up to `maxCommands` commands from a fixed seed. */
export function assertModel(opts: { seed?: number; runs: number; maxCommands: number }): void {
  fc.assert(
    fc.property(fc.commands([...commands, ...fuzzCommands], { maxCommands: opts.maxCommands }), fc.integer({ min: 1, max: 999 }), (cmds, clusterSeed) => {
      fc.modelRun(() => ({ model: { deploys: new Map() }, real: newReal(clusterSeed) }), cmds);
    }),
    { seed: opts.seed, numRuns: opts.runs, endOnFailure: false },
  );
}

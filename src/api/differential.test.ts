/**
 * Differential tests: the same commands through the project's kubectl and through the real kubectl
 * v1.34 against the HTTP API over a cluster of the same seed; outputs must match line for line, ages
 * and generated name suffixes aside. The server's clock stands still between commands; `sleep` moves
 * both clusters by the same virtual time.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireRealKubectl } from '../kubectl/oracle/real-kubectl';
import { Cluster } from '../sim/cluster';
import { Shell } from '../shell/shell';
import { DiskWorkspace } from '../shell/disk-workspace';
import { listen, type RunningServer } from './server';

const here = dirname(fileURLToPath(import.meta.url));
const testdata = resolve(here, 'testdata');

/** klog's line header: severity, date, time, process id. */
const KLOG = /^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /;

/** Ages (`5s`, `3m12s`, `18d`), the random suffixes of generated names and klog's headers (the time, the pid), masked. */
function mask(text: string): string {
  return text
    .replace(new RegExp(KLOG.source, 'gm'), 'KLOG ')
    .replace(/-[bcdfghjklmnpqrstvwxz2456789]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, '-HASH-XXXXX')
    .replace(/-[bcdfghjklmnpqrstvwxz2456789]{5}\b/g, '-XXXXX')
    .replace(/\b\d+[smhd](\d+[smh])?\b/g, 'AGE')
    .split('\n')
    // column widths follow the unmasked cells
    .map((l) => l.trimEnd().replace(/ {2,}/g, '  '))
    .join('\n')
    .trim();
}

function collapseRepeats(text: string): string {
  return text
    .split('\n')
    .filter((l, i, all) => i === 0 || l !== all[i - 1])
    .join('\n');
}

function sortRows(table: string): string {
  const [head, ...rows] = table.split('\n');
  return [head, ...rows.sort()].join('\n');
}

function realKubectl(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((done) => {
    execFile(requireRealKubectl(), args, { cwd: testdata, env, timeout: 30_000 }, (_err, stdout, stderr) => {
      // a terminal shows the server's warnings first: they arrive with the response, before kubectl
      // prints; so do klog's lines, logged while the files are read
      const early = (l: string) => l.startsWith('Warning: ') || KLOG.test(l);
      const warnings = stderr.split('\n').filter(early);
      const rest = stderr.split('\n').filter((l) => !early(l)).join('\n');
      done(`${warnings.map((w) => `${w}\n`).join('')}${stdout}${rest}`);
    });
  });
}

/** Commands that watch: real kubectl runs while the served cluster lives through what the project's cluster did. */
const WATCHING = /^kubectl (get .* -w\b|rollout status )/;

/**
 * Run a watching command with real kubectl: once its watch is open, the served cluster's clock moves
 * timer by timer through `ms` of virtual time (the time the project's kubectl let pass), the client
 * reading events as they come; then wait for kubectl to end (done, or its --request-timeout).
 */
function realWatching(args: string[], ms: number): Promise<string> {
  return new Promise((done, fail) => {
    const opened = server.watches.open;
    const child = spawn(requireRealKubectl(), args, { cwd: testdata, env });
    let stdout = '';
    let stderr = '';
    let exited = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', () => {
      exited = true;
      done(`${stdout}${stderr}`);
    });
    const pause = () => new Promise((r) => setTimeout(r, 2));
    void (async () => {
      while (!exited && server.watches.open <= opened) await pause();
      const end = served.now() + ms;
      while (!exited && served.now() < end) {
        const now = served.now();
        const next = served.clock.nextAt();
        served.advance(Math.min(end, Math.max(next ?? end, now + 1)) - now);
        await pause();
      }
    })();
  });
}

/** Shell words of a command line (plain words only: the scripts below need no quoting). */
const words = (line: string) => line.trim().split(/\s+/);

const SEED = 7;
let server: RunningServer;
let served: Cluster;
let home: string;
let env: Record<string, string>;
let shell: Shell;
let own: Cluster;

beforeAll(async () => {
  served = new Cluster({ seed: SEED });
  server = await listen(served, 0);
  own = new Cluster({ seed: SEED });
  shell = new Shell({ cluster: own, fs: new DiskWorkspace(testdata) });
  home = mkdtempSync(join(tmpdir(), 'kp-diff-'));
  const kubeconfig = join(home, 'config');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1\nkind: Config\nclusters:\n- name: sim\n  cluster:\n    server: http://127.0.0.1:${server.port}\ncontexts:\n- name: sim\n  context:\n    cluster: sim\n    user: admin\n    namespace: default\ncurrent-context: sim\nusers:\n- name: admin\n  user: {}\n`,
  );
  env = { PATH: process.env.PATH ?? '', HOME: home, KUBECONFIG: kubeconfig };
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

/** Run one script line on both sides; `sleep N` advances both clusters. */
async function both(line: string): Promise<[string, string]> {
  const m = /^sleep (\d+)$/.exec(line);
  if (m) {
    shell.run(line);
    served.advance(Number(m[1]) * 1000);
    return ['', ''];
  }
  const start = own.now();
  const mine = mask(shell.run(line).out);
  if (WATCHING.test(line)) {
    // real kubectl prints every watch event; the simulation writes some objects several times over
    // in one instant (states a real controller coalesces), and the project's kubectl prints a
    // repeated row or message once: compare with repeats collapsed
    return [collapseRepeats(mine), collapseRepeats(mask(await realWatching(words(line).slice(1), own.now() - start)))];
  }
  const real = mask(await realKubectl(words(line).slice(1), env));
  // rows of a table follow names, whose random suffixes differ between the two clusters
  return /^kubectl get \S+( -o wide)?$/.test(line) ? [sortRows(mine), sortRows(real)] : [mine, real];
}

const SCRIPT = [
  // whole lists aside: the server also serves the access reviews, which the project's kubectl does not list
  'kubectl api-resources --api-group=apps -o wide',
  'kubectl api-resources --api-group=batch',
  'kubectl api-resources --api-group=apiextensions.k8s.io -o wide',
  // the core group: bindings only create, componentstatuses only get and list
  'kubectl api-resources --api-group= -o wide',
  'kubectl get componentstatuses',
  'kubectl get crd',
  'kubectl get nodes',
  'kubectl get nodes -o wide',
  'kubectl apply -f app.yaml',
  'kubectl apply -f app.yaml',
  'kubectl apply -f app-edited.yaml',
  'sleep 60',
  'kubectl get deployments',
  'kubectl get deploy kubia -o wide',
  'kubectl get svc kubia',
  'kubectl scale deployment kubia --replicas=3',
  'sleep 60',
  'kubectl get rs',
  'kubectl create configmap settings --from-literal=mode=demo',
  'kubectl get configmap settings',
  'kubectl get namespaces',
  'kubectl delete configmap settings',
  'kubectl get pods nope',
  'kubectl get ns kube-system -o yaml',
  'kubectl get pods',
  'kubectl get pods -o wide',
  'kubectl get endpoints kubia',
  'kubectl get svc -o wide',
  'kubectl rollout status deployment kubia',
  'kubectl rollout history deployment kubia',
  'kubectl describe service kubia',
  'kubectl describe deployment kubia',
  'kubectl describe node k8s-node1',
  'kubectl get pods -l app=kubia --show-labels',
  'kubectl get events',
  'kubectl apply -f pvc.yaml',
  'sleep 10',
  'kubectl get pvc',
  'kubectl describe pvc data',
  'kubectl auth can-i create pods',
  'kubectl auth can-i create pods --as=system:serviceaccount:default:default',
  'kubectl auth can-i --list --as=system:serviceaccount:default:default',
  'kubectl run web --image=nginx',
  'kubectl get pod web -w --request-timeout=5s',
  'kubectl describe pod web',
  'kubectl create deployment api --image=nginx --replicas=2',
  'kubectl rollout status deployment api',
  'kubectl set image deployment api nginx=nginx:1.27',
  'kubectl rollout status deployment api',
  'kubectl get deployment api',
  // kubectl patch sends no fieldValidation: the server's default (Warn) drops the notes' misspelt field with a warning
  'kubectl patch deployment api --patch-file=unknown-field-patch.json',
  'kubectl patch deployment api --type=merge --patch-file=unknown-field-patch.json',
  'kubectl explain pod.spec.containers',
  'kubectl explain deployment.spec.strategy',
  // kubectl's older explain, from the /openapi/v2 models
  'kubectl explain pods.spec --output=plaintext-openapiv2',
  'kubectl explain deployments.apps.spec.template.spec.containers.ports --output=plaintext-openapiv2',
  'kubectl explain pods.metadata.managedFields.fieldsV1 --output=plaintext-openapiv2',
  'kubectl explain pods.spec.containers --recursive --output=plaintext-openapiv2',
  'kubectl apply -f bad-field.yaml',
  'kubectl apply -f bad-field.yaml --validate=false',
  // a kind the OpenAPI lacks: kubectl reads /openapi/v2 and the CRDs before the mapping fails
  'kubectl apply -f unknown-kind.yaml',
  'kubectl get pod bad -o jsonpath={.spec.containers[0].name}',
  // kubectl decodes metadata itself: type errors there (YAML 1.1's `y` is a bool) never reach the server
  'kubectl apply -f bad-metadata.yaml',
  'kubectl create -f bad-metadata.yaml',
  // get's table prints its aggregated errors without "error: "; with -o, one file's error stops the output
  'kubectl get -f bad-metadata.yaml',
  'kubectl get -f bad-metadata.yaml -o name',
  // a v1 List is the one document kubectl still validates itself, against /openapi/v2
  'kubectl apply -f list-invalid.yaml',
  // missing required fields are reported in the Go struct order the served OpenAPI keeps
  'kubectl apply -f list-required.yaml',
  // a List's items are mapped one by one: the ConfigMap is applied, the unknown kinds fail as one aggregate
  'kubectl apply -f list-unknown-kind.yaml',
  'kubectl create -f list-unknown-kind.yaml',
  'kubectl apply -f list-unknown-kind.yaml -f unknown-kind.yaml',
  // delete: the objects' errors first, then the List's aggregate
  'kubectl delete -f list-unknown-kind.yaml',
  'kubectl delete -f list-unknown-kind.yaml',
  // warn leaves validation to the server: kubectl logs that a List (and an unknown kind) gets none
  'kubectl apply -f list-unknown-kind.yaml --validate=warn',
  'kubectl apply -f list-invalid.yaml --validate=warn',
  // typed clients send protobuf, whose zero values the server reads as the Go object holds them
  'kubectl create priorityclass p0 --value=0',
  'kubectl get priorityclass p0 -o yaml',
  'kubectl create deployment none --image=nginx --replicas=0',
  'kubectl get deployment none -o yaml',
  'kubectl create service clusterip plain --tcp=80:8080',
  'kubectl get service plain -o yaml',
  'kubectl create job once --image=busybox',
  'kubectl get job once -o jsonpath={.spec.suspend}{.spec.parallelism}{.spec.template.spec.containers[0].name}',
];

describe('real kubectl v1.34 against the HTTP API', () => {
  it('prints what the project kubectl prints, command by command', async () => {
    for (const line of SCRIPT) {
      const [mine, real] = await both(line);
      if (process.env.KP_DIFF_PRINT && real !== mine) process.stdout.write(`$ ${line}\n--- real\n${real}\n--- mine\n${mine}\n`);
      if (process.env.KP_DIFF_PRINT) continue;
      if (!line.startsWith('sleep')) expect(real, line).not.toBe('');
      expect(real, line).toBe(mine);
    }
  }, 240_000);
});

/**
 * Hostile input through the shell, as a learner or a shared link could type it: the lessons' own
 * manifests mutated (fields dropped, renamed or given odd values, prototype keys, deep nesting,
 * broken indentation, Lists with junk items) and random kubectl command lines. After each input it
 * checks what must never happen: a bug report (the internal-error text), JavaScript text in the
 * output, a thrown exception, a change to Object.prototype, an invariant violation, a command that
 * takes more than 1.5 s of work. Usage: `npm run fuzz:inputs -- [seed] [inputs]`; exits 1 on a finding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { MemoryWorkspace } from '../src/kubectl/context';
import { Shell } from '../src/shell/shell';
import { Cluster } from '../src/sim/cluster';
import { watchInvariants } from '../src/sim/invariants';
import { bugReports } from '../src/sim/internal-error';
import { Rng } from '../src/sim/random';

const seed = Number(process.argv[2] ?? 1);
const inputs = Number(process.argv[3] ?? 3000);
const rng = new Rng(seed);
const pick = <T>(a: readonly T[]): T => a[rng.int(a.length)];
const chance = (p: number) => rng.next() < p;

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return filesUnder(p, keep);
    return keep(f) ? [p] : [];
  });
}
const CORPUS = filesUnder('lessons', (f) => /\.ya?ml$/.test(f) && f !== 'checks.yaml' && f !== 'lesson.yaml').map((f) => readFileSync(f, 'utf8'));
const LESSON_COMMANDS = filesUnder('lessons', (f) => f === 'README.en.md')
  .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
  .filter((l) => /^kubectl\s/.test(l));

const ODD: unknown[] = [null, [], {}, '', 0, -1, 1.5, Infinity, NaN, 2 ** 63, '.nan', true, 'x'.repeat(300), ['a', null, 1], '1000m', '-5', '0x1F', '中文', 'a b', '::', '../..', '999999999999999999999'];
const ODD_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'Name', 'spec', 'status', 'metadata', 'items'];

type Json = Record<string, unknown> | unknown[];

function mutate(o: unknown): unknown {
  if (o === null || typeof o !== 'object') return chance(0.3) ? pick(ODD) : o;
  const obj = o as Json;
  const keys = Object.keys(obj);
  if (!keys.length) return o;
  const k = pick(keys);
  const rec = obj as Record<string, unknown>;
  const r = rng.next();
  if (r < 0.15 && !Array.isArray(obj)) delete rec[k];
  else if (r < 0.3) rec[k] = pick(ODD);
  // defineProperty: a plain assignment of __proto__ would set the prototype instead of a key
  else if (r < 0.4 && !Array.isArray(obj)) Object.defineProperty(obj, pick(ODD_KEYS), { value: pick(ODD), enumerable: true, configurable: true, writable: true });
  else if (r < 0.5 && !Array.isArray(obj)) {
    rec[k.toUpperCase()] = rec[k];
    delete rec[k];
  } else if (r < 0.55) rec[k] = [rec[k], rec[k]];
  else if (r < 0.6) {
    const root: Record<string, unknown> = {};
    let d = root;
    for (let i = 0; i < 200; i++) d = (d.a = {}) as Record<string, unknown>;
    rec[k] = root;
  } else rec[k] = mutate(rec[k]);
  return o;
}

function breakText(t: string): string {
  const lines = t.split('\n');
  const i = rng.int(lines.length);
  const edits = [
    () => (lines[i] = ' ' + lines[i]),
    () => (lines[i] = lines[i].replace(':', '')),
    () => (lines[i] = '\t' + lines[i]),
    () => lines.splice(i, 1),
    () => (lines[i] += ' // comment'),
    () => lines.splice(i, 0, '---'),
    () => (lines[i] = lines[i].replace(/(\w+)/, '&anchor $1')),
  ];
  pick(edits)();
  return lines.join('\n');
}

function manifest(): string {
  const base = pick(CORPUS);
  let text = base;
  if (chance(0.7)) {
    try {
      const docs = YAML.parseAllDocuments(base).map((d) => d.toJS() as unknown);
      const mutated = docs.map((d) => {
        let x = d;
        for (let i = 0, n = 1 + rng.int(3); i < n; i++) x = mutate(x);
        return x;
      });
      text = chance(0.15) ? YAML.stringify({ apiVersion: 'v1', kind: 'List', items: [...mutated, null, 1, 'x'] }) : mutated.map((m) => YAML.stringify(m)).join('---\n');
    } catch {
      // a start file that is broken on purpose stays as it is
    }
  }
  return chance(0.3) ? breakText(text) : text;
}

const FLAGS = ['-o yaml', '-o json', '-o wide', '-o name', "-o jsonpath='{.items[*].metadata.name}'", "-o jsonpath='{.constructor}'", "-o go-template='{{.constructor}}'", '-A', '-n kube-system', '-n nope', '--show-labels', '-l app=x', '-l ==', '--field-selector status.phase=Running', '--dry-run=client', '--dry-run=server', '--force', '--grace-period=0', '--as=system:serviceaccount:default:default', '--as=bob', '--replicas=3', '--replicas=-1', '--image=nginx', '--port=80', '--type=json', "-p '{}'", '-p \'[{"op":"add","path":"/__proto__/x","value":1}]\'', '-p \'{"spec":{"replicas":"x"}}\'', '--to-revision=2', '--timeout=1s', '-c nope', '-- sh -c "echo hi"', '-- ps'];
const VERBS = ['get', 'describe', 'delete', 'patch', 'scale', 'label', 'annotate', 'exec', 'logs', 'rollout status', 'rollout undo', 'rollout history', 'expose', 'set image', 'explain', 'top pods', 'auth can-i', 'run', 'cordon', 'drain', 'create deployment', 'create service clusterip', 'create configmap', 'create secret generic', 'api-resources'];
const RESOURCES = ['pods', 'deploy', 'svc', 'rs', 'pv', 'pvc', 'cm', 'secret', 'sts', 'ds', 'job', 'nodes', 'ns', 'ep', 'ing', 'sa', 'roles', 'clusterroles', 'netpol', 'all', 'nope', '__proto__', 'constructor'];
const NAMES = ['kubia', 'web', 'x', '', 'a'.repeat(300), 'Kubia', 'k8s-node1', '__proto__', 'constructor'];
const APPLY = ['kubectl apply -f f.yaml', 'kubectl create -f f.yaml', 'kubectl replace -f f.yaml', 'kubectl delete -f f.yaml', 'kubectl apply -f f.yaml --dry-run=server', 'kubectl diff -f f.yaml', 'kubectl apply -f f.yaml --server-side'];

function commandLine(): string {
  if (LESSON_COMMANDS.length && chance(0.25)) return pick(LESSON_COMMANDS);
  const parts = ['kubectl', pick(VERBS)];
  if (chance(0.8)) parts.push(pick(RESOURCES));
  if (chance(0.6)) parts.push(pick(NAMES));
  for (let i = 0, n = rng.int(3); i < n; i++) parts.push(pick(FLAGS));
  return parts.join(' ');
}

const JS_TEXT = /internal error|TypeError|Cannot read propert|is not a function|undefined is not|\[object Object\]|Maximum call stack|function Object\(\)|native code/;
const protoShape = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

const cluster = new Cluster({ seed });
const fs = new MemoryWorkspace();
const shell = new Shell({ cluster, fs });
const invariants = watchInvariants(cluster);
const bugs: string[] = [];
bugReports.onBug = (e) => bugs.push(String((e as Error)?.stack ?? e).split('\n').slice(0, 4).join(' | '));
const proto = protoShape();
const findings: string[] = [];
const found = (kind: string, line: string, detail = '') => findings.push(`${kind}: ${line}${detail ? `\n    ${detail.slice(0, 500)}` : ''}`);

for (let i = 0; i < inputs && findings.length < 20; i++) {
  let line: string;
  if (chance(0.4)) {
    fs.write('f.yaml', manifest());
    line = pick(APPLY);
  } else if (chance(0.03)) line = `node ${pick(['stop', 'start'])} ${pick(['k8s-node1', 'k8s-node2', 'nope'])}`;
  else if (chance(0.05)) line = `sleep ${pick(['1', '30', '5m'])}`;
  else line = commandLine();
  const before = bugs.length;
  const virtual0 = cluster.now();
  const t0 = performance.now();
  let out = '';
  try {
    out = shell.run(line).out;
  } catch (e) {
    found('THROWN', line, String((e as Error)?.stack ?? e));
  }
  const ms = performance.now() - t0;
  if (ms > 1500 && !line.startsWith('sleep')) {
    const file = line.includes('f.yaml') ? `\n    ${fs.read('f.yaml')?.slice(0, 400).replace(/\n/g, '\n    ')}` : '';
    found('SLOW', line, `${Math.round(ms)} ms, ${Math.round((cluster.now() - virtual0) / 1000)} s of virtual time${file}`);
  }
  if (bugs.length > before) found('BUG', line, bugs[bugs.length - 1]);
  else if (JS_TEXT.test(out)) found('JS TEXT', line, out);
  if (protoShape() !== proto || ({} as Record<string, unknown>).x !== undefined) {
    found('PROTOTYPE CHANGED', line);
    break;
  }
  if (invariants.violations.length) {
    found('INVARIANT', line, invariants.violations.join('; '));
    invariants.violations.length = 0;
  }
}
console.log(`seed ${seed}: ${inputs} inputs, ${findings.length} findings`);
for (const f of findings) console.log(`- ${f}`);
process.exit(findings.length ? 1 : 0);

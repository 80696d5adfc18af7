/**
 * Runs one kubectl command line through the project's kubectl and through the real kubectl v1.34
 * (extracted at install into node_modules/.cache/kubectl-v34), for byte-for-byte comparison.
 * The real one gets a kubeconfig whose server is a closed local port, so only client-side work
 * (generators, argument and flag checks) can succeed; anything else shows as a connection error.
 * Its discovery cache is filled with the resources the simulated API server serves, as kubectl
 * would have cached them from it, so commands that map resource names (`run`, `create role`)
 * resolve them without a server.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RESOURCES, type ResourceType } from '../../sim/apiserver/resources';
import { Cluster } from '../../sim/cluster';
import { MemoryWorkspace } from '../context';
import { runKubectl } from '../kubectl';
import { runRealKubectl, type Outcome } from './real-kubectl';

/** The kubeconfig's server: a closed port, so a command that reaches for the server shows it. */
export const NOWHERE = '127.0.0.1:1';

const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: nowhere
  cluster:
    server: https://${NOWHERE}
contexts:
- name: nowhere
  context:
    cluster: nowhere
    user: nowhere
    namespace: default
current-context: nowhere
users:
- name: nowhere
  user:
    token: none
`;

/** Split a command line into words: single and double quotes, no expansions. */
export function splitWords(line: string): string[] {
  const words: string[] = [];
  let cur = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1);
      if (end < 0) throw new Error(`unclosed quote in ${line}`);
      cur += line.slice(i + 1, end);
      i = end;
      inWord = true;
    } else if (c === ' ') {
      if (inWord) words.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

/** kubectl's discovery cache (`~/.kube/cache/discovery/<host_port>/`) for the simulated API's resources. */
function writeDiscoveryCache(dir: string): void {
  const byGv = new Map<string, ResourceType[]>();
  for (const r of RESOURCES) {
    const gv = r.group ? `${r.group}/${r.version}` : r.version;
    byGv.set(gv, [...(byGv.get(gv) ?? []), r]);
  }
  const groups = new Map<string, string[]>();
  for (const gv of byGv.keys()) {
    const g = gv.includes('/') ? gv.slice(0, gv.indexOf('/')) : '';
    groups.set(g, [...(groups.get(g) ?? []), gv]);
  }
  const version = (gv: string) => ({ groupVersion: gv, version: gv.slice(gv.indexOf('/') + 1) });
  mkdirSync(dir, { recursive: true });
  const list = [...groups].map(([name, gvs]) => ({ name, versions: gvs.map(version), preferredVersion: version(gvs[0]) }));
  writeFileSync(join(dir, 'servergroups.json'), JSON.stringify({ kind: 'APIGroupList', apiVersion: 'v1', groups: list }));
  for (const [gv, rs] of byGv) {
    mkdirSync(join(dir, gv), { recursive: true });
    const resources = rs.map((r) => ({
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: r.verbs ?? ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      ...(r.shortNames.length ? { shortNames: r.shortNames } : {}),
    }));
    writeFileSync(join(dir, gv, 'serverresources.json'), JSON.stringify({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources }));
  }
}

/** A scratch directory with the kubeconfig and the input files, shared by both sides. */
export class OracleBench {
  readonly dir = mkdtempSync(join(tmpdir(), 'kubectl-oracle-'));
  private readonly fs = new MemoryWorkspace();
  private readonly cluster = new Cluster({ seed: 1 });

  constructor(files: Record<string, string>) {
    writeFileSync(join(this.dir, 'kubeconfig'), KUBECONFIG);
    writeDiscoveryCache(join(this.dir, 'home', '.kube', 'cache', 'discovery', NOWHERE.replace(':', '_')));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, 'work', name)), { recursive: true });
      writeFileSync(join(this.dir, 'work', name), text);
      this.fs.write(name, text);
    }
    mkdirSync(join(this.dir, 'work'), { recursive: true });
  }

  /** The real kubectl v1.34 (throws with a clear message when the install step did not extract it). */
  real(argv: string[]): Outcome {
    return runRealKubectl(argv, { cwd: join(this.dir, 'work'), env: { HOME: join(this.dir, 'home'), KUBECONFIG: join(this.dir, 'kubeconfig') } });
  }

  ours(argv: string[]): Outcome {
    const r = runKubectl(argv, { cluster: this.cluster, fs: this.fs, namespace: 'default' });
    return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', code: r.code };
  }
}

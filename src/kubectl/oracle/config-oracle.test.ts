import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Cluster } from '../../sim/cluster';
import { MemoryWorkspace } from '../context';
import { Kubeconfig, KUBECONFIG_PATH } from '../kubeconfig';
import { runKubectl } from '../kubectl';
import { splitWords } from './oracle';
import { runRealKubectl } from './real-kubectl';

/**
 * `kubectl config` is client-side: the real kubectl v1.34 gets the playground's own kubeconfig
 * (`config view --raw`) as its file, then both run the same commands in a row, each seeing what the
 * ones before changed. The file's path in kubectl's messages is the playground's `~/.kube/config`.
 */
const SESSIONS: Record<string, string[]> = {
  'views': [
    'config view', 'config view --raw', 'config view -o json', 'config view --minify', 'config view --flatten',
    "config view -o jsonpath={.contexts[0].context.user}", 'config view -o name', 'config view -o wide', 'config view extra',
    'config current-context', 'config get-contexts', 'config get-contexts --no-headers', 'config get-contexts -o name',
    'config get-contexts -o wide', 'config get-contexts nope', 'config get-contexts a b', 'config get-clusters', 'config get-users',
    'config view --minify --context=nope',
  ],
  'contexts': [
    'config set-context --current --namespace=kube-system', 'config get-contexts', 'config view --minify',
    'config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev', 'config set-context dev --namespace=dev2',
    'config get-contexts', 'config get-contexts dev', 'config use-context nope', 'config use-context dev', 'config current-context',
    'config use kubernetes-admin@kubernetes', 'config use-context', 'config use-context a b', 'config use-context ""',
    'config rename-context dev dev3', 'config rename-context dev3 kubernetes-admin@kubernetes', 'config rename-context nope x',
    'config rename-context a', 'config set-context', 'config set-context a b', 'config set-context x --current',
    'config delete-context dev3', 'config delete-context dev3', 'config delete-context', 'config delete-context a b',
    'config delete-context kubernetes-admin@kubernetes', 'config set-context --current --namespace=y', 'config view --minify',
    'config current-context', 'config set-context --current', 'config set-context empty', 'config view',
  ],
  'clusters and users': [
    'config set-cluster foo --server=https://1.2.3.4 --insecure-skip-tls-verify=true --tls-server-name=x --proxy-url=http://p:3',
    'config set-cluster foo --certificate-authority=/nope --embed-certs', 'config set-cluster x --embed-certs',
    'config set-cluster x --insecure-skip-tls-verify=true --certificate-authority=/x', 'config set-cluster', 'config set-cluster ""',
    'config set-cluster kubernetes --insecure-skip-tls-verify', 'config set-cluster c2 --certificate-authority=ca.crt', 'config set-cluster c3 --certificate-authority=ca.crt --embed-certs',
    'config set-credentials bob --token=abc', 'config set-credentials bob --username=x --token=y', 'config set-credentials bob --username=u',
    'config set-credentials bob --client-key=k --password=p', 'config set-credentials bob --embed-certs', 'config set-credentials',
    'config set-credentials ""', 'config set-credentials bob --client-certificate=/nope --embed-certs', 'config view', 'config view --raw',
    'config get-clusters', 'config get-users', 'config delete-cluster foo', 'config delete-cluster foo', 'config delete-cluster',
    'config delete-user bob', 'config delete-user bob', 'config delete-user', 'config view -o json',
  ],
  'set and unset': [
    'config set current-context foo', 'config current-context', 'config set contexts.foo.namespace bar', 'config set contexts.a.b.namespace n',
    'config set clusters.kubernetes.insecure-skip-tls-verify nb', 'config set clusters.kubernetes.insecure-skip-tls-verify true',
    'config set clusters.kubernetes.certificate-authority-data abc', 'config set clusters.kubernetes.certificate-authority-data YWJj',
    'config set users.x.token t', 'config set foo bar', 'config set foo.bar x', 'config set', 'config set foo', 'config unset foo',
    'config unset contexts.nope.namespace', 'config unset contexts.foo.namespace', 'config unset users.x', 'config unset current-context',
    'config current-context', 'config view --raw', 'config unset', 'config', 'config foo',
  ],
  'help': [
    'config --help', 'config view --help', 'config current-context --help', 'config get-contexts --help', 'config get-clusters --help',
    'config get-users --help', 'config use-context --help', 'config use --help', 'config set-context --help', 'config set-cluster --help',
    'config set-credentials --help', 'config delete-context --help', 'config delete-cluster --help', 'config delete-user --help',
    'config rename-context --help', 'config set --help', 'config unset -h', 'config view --bogus', 'config set-context --namespace',
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'kubectl-config-oracle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kubectl config against kubectl v1.34', () => {
  it.each(Object.entries(SESSIONS))('%s', (name, lines) => {
    const cluster = new Cluster({ seed: 1 });
    const fs = new MemoryWorkspace();
    fs.write('ca.crt', 'vm\n');
    const kubeconfig = new Kubeconfig();
    const ours = (argv: string[]) => runKubectl(argv, { cluster, fs, namespace: 'default', kubeconfig });
    // the real kubectl's home stands for /root, where the playground's prompt works
    const home = join(dir, name.replace(/\W/g, '-'));
    const file = join(home, '.kube', 'config');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, ours(['config', 'view', '--raw']).stdout ?? '');
    writeFileSync(join(home, 'ca.crt'), 'vm\n');
    for (const line of lines) {
      const argv = splitWords(line);
      const real = runRealKubectl(argv, { cwd: home, env: { HOME: home, KUBECONFIG: file } });
      // get-clusters and get-users list Go's map in its random order; the playground sorts them
      const unordered = /^config get-(clusters|users)/.test(line);
      const order = (s: string) => (unordered ? s.split('\n').sort().join('\n') : s);
      const fix = (s: string) => order(s.split(file).join(KUBECONFIG_PATH).split(home).join('/root'));
      const mine = ours(argv);
      expect({ line, stdout: order(mine.stdout ?? ''), stderr: mine.stderr, code: mine.code }).toEqual({ line, stdout: fix(real.stdout), stderr: fix(real.stderr), code: real.code });
    }
  }, 60_000);
});

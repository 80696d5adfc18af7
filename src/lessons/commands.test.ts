/**
 * Every kubectl command the lessons and the notes use is one kubectl has: the lessons' prose (code
 * spans and blocks in both languages), setups, solutions and checks, and the command lines of the
 * study notes. A command missing from kubectl's list fails here by name, so no lesson can pass by
 * never reaching it.
 */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../kubectl/kubectl';
import { loadLessonsFromDisk } from './load-node';
import { solutionCommands, splitCommands } from './replay';

const lessons = loadLessonsFromDisk(process.cwd());

/**
 * The words after `kubectl` where a command line runs it (at the start, after a `$ ` prompt, a pipe,
 * a list operator or `$(`), up to a pipe, a list operator or a redirect; `<name>` placeholders read as a word.
 */
function kubectlArgv(line: string): string[][] {
  const found: string[][] = [];
  for (const m of line.replace(/<[\w-]+>/g, 'x').matchAll(/(?:^\s*(?:\$\s+)?|[;&|(]\s*)kubectl((?:[ \t]+[^\s|;&<>`)]+)*)/g)) found.push(m[1].trim().split(/\s+/).filter(Boolean));
  return found;
}

/** The code of a README: fenced blocks and inline code spans (prose may name kubectl in a sentence). */
function codeOf(markdown: string): string[] {
  const code: string[] = [];
  const fence = /^```[^\n]*\n([\s\S]*?)^```/gm;
  for (const m of markdown.matchAll(fence)) code.push(...m[1].split('\n'));
  for (const m of markdown.replace(fence, '').matchAll(/`([^`\n]+)`/g)) code.push(m[1]);
  return code;
}

/** kubectl's own command words of a use, e.g. `rollout status`; undefined when kubectl has no such command. */
const resolve = (argv: string[]) => findCommand(argv)?.def.path.join(' ');

/** Commands the lessons show on purpose although kubectl v1.34 does not have them, as the notes do. */
const NOT_COMMANDS = new Map([
  ['creat', 'the notes\' typo for create (kubectl: unknown command, "Did you mean this? create")'],
  ['rolling-update', 'removed in kubectl v1.18; v1.34 answers unknown command "rolling-update"'],
]);

/** The study notes' command lines (k8s-notes.zh.txt, chapters 5-12), with the command each one runs. */
const NOTES: [string, string][] = [
  ['kubectl expose deployment nginx --port=88 --type=NodePort --target-port=80 --name=nginx-service', 'expose'],
  ['kubectl get svc', 'get'],
  ['kubectl -n kube-system exec coredns-7b8dbb87dd-pb9hk -- ls /', 'exec'],
  ['kubectl -n kube-system describe svc kube-dns', 'describe'],
  ['kubectl create  -f ingress.yml', 'create'],
  ['kubectl apply -f pv1.yml', 'apply'],
  ['kubectl run -it --rm --image=mysql:5.6 --restart=Never mysql-client -- mysql -h mysql -ppassword', 'run'],
  ['kubectl create configmap my-conf-yh --from-file=customkey=config-file.conf', 'create configmap'],
  ['kubectl -n <namespace> get configmap', 'get'],
  ['kubectl exec config-volume-yh -c web-server ls /etc/nginx/conf.d', 'exec'],
  ['kubectl create secret generic https-yh --from-file=https.key  --from-file=https.cert  --from-file=foo', 'create secret generic'],
  ['kubectl get secret mysecret -o yaml', 'get'],
  ['kubectl delete rc --all', 'delete'],
  ['kubectl create -f kubectl.depl-v1.yaml --record', 'create'],
  ['kubectl rollout status deployment kubia', 'rollout status'],
  ['kubectl edit deployment kubia', 'edit'],
  ["kubectl patch deployment kubia -p '{...}'", 'patch'],
  ['kubectl replace -f kubia-deploy-v2.yml', 'replace'],
  ['kubectl rollout undo deployment kubia --to-revision=1', 'rollout undo'],
  ['kubectl rollout history deployment kubia', 'rollout history'],
  ['kubectl get componentstatuses', 'get'],
  ['kubectl create serviceaccount yaohong', 'create serviceaccount'],
  ['kubectl describe sa yaohong', 'describe'],
  ['kubectl -n kube-system create -f service-reader.yml', 'create'],
  ['kubectl  create rolebinding test --role=service-reader', 'create rolebinding'],
  ['kubectl create clusterrole flannel --verb=get,list -n kube-system', 'create clusterrole'],
  ['kubectl  create clusterrolebinding  cluster-tetst  --clusterrole=pv-reader  --serviceaccount=kuebsystem:yaohong', 'create clusterrolebinding'],
  // kubectl v1.18 removed rolling-update: v1.34 answers `unknown command "rolling-update"`, and so do we
  ['kubectl rolling-update kubia-v1 kubia-v2 --image=luksa/kubia:v2', ''],
  // the notes' typo: an unknown command, as in kubectl ("Did you mean this? create")
  ['kubectl creat configmap configmap-yaohong --from-literal=foo=bar', ''],
];

describe('kubectl commands the lessons and notes use', () => {
  it('finds kubectl uses in the lessons (the extraction itself works)', () => {
    const uses = lessons.flatMap((l) => l.steps.flatMap((s) => codeOf(s.readme.en).flatMap(kubectlArgv)));
    expect(uses.length).toBeGreaterThan(50);
  });

  it('every kubectl command in a lesson is one kubectl has', () => {
    const missing: string[] = [];
    for (const lesson of lessons) for (const step of lesson.steps) {
      const where = `${lesson.dir}/${step.dir}`;
      const lines = [
        ...codeOf(step.readme.en).map((l) => ['README.en.md', l]),
        ...codeOf(step.readme.zh).map((l) => ['README.zh.md', l]),
        ...splitCommands(step.setup ?? '').map((l) => ['start/setup.sh', l]),
        ...solutionCommands(step).map((l) => ['solution', l]),
        ...step.checks.map((c) => [`checks.yaml ${c.id}`, c.run]),
      ];
      for (const [file, line] of lines) {
        for (const argv of kubectlArgv(line)) {
          // `kubectl` alone, `kubectl --help` and `kubectl <placeholder>` name no command
          const first = argv.find((a) => !a.startsWith('-'));
          if (first === undefined || !/^[a-z]/.test(first)) continue;
          if (NOT_COMMANDS.has(first)) expect(resolve(argv), `${where}: ${NOT_COMMANDS.get(first)}`).toBeUndefined();
          else if (resolve(argv) === undefined) missing.push(`${where} ${file}: kubectl ${argv.join(' ')}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(NOTES)('the notes: %s', (line, command) => {
    expect(resolve(kubectlArgv(line)[0]) ?? '').toBe(command);
  });
});

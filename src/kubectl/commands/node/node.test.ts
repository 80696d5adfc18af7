import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../../context';
import { runKubectl } from '../../kubectl';
import { testCluster } from '../../../sim/kubelet/test-util';

function session() {
  const cluster = testCluster();
  const fs = new MemoryWorkspace();
  const k = (argv: string[], stdin?: string) => runKubectl(argv, { cluster, fs, namespace: 'default', stdin });
  return { cluster, k };
}

describe('kubectl exec', () => {
  it('needs -- before the command', () => {
    const { k } = session();
    expect(k(['exec', 'x', 'ls']).out).toBe("error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n");
  });

  it('prints the exit code of a failed command', () => {
    const { cluster, k } = session();
    k(['run', 'bb', '--image=busybox', '--', 'sleep', '3600']);
    cluster.advance(20_000);
    expect(k(['exec', 'bb', '--', 'sh', '-c', 'echo hi; exit 3'])).toMatchObject({ out: 'hi\ncommand terminated with exit code 3\n', code: 3 });
    expect(k(['exec', 'bb', '--', 'bash']).out).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\ncommand terminated with exit code 126\n',
    );
  });

  it("keeps the remote command's stderr apart from its stdout, as the exec streams do", () => {
    const { cluster, k } = session();
    k(['run', 'bb', '--image=busybox', '--', 'sleep', '3600']);
    cluster.advance(20_000);
    expect(k(['exec', 'bb', '--', 'sh', '-c', 'echo one; echo oops >&2; echo two; ls /nope'])).toMatchObject({
      stdout: 'one\ntwo\n',
      stderr: "oops\nls: /nope: No such file or directory\ncommand terminated with exit code 1\n",
    });
    expect(k(['exec', 'bb', '--', 'sh', '-c', 'echo moved 1>&2; ls /nope 2>&1'])).toMatchObject({ stdout: 'ls: /nope: No such file or directory\n', stderr: 'moved\ncommand terminated with exit code 1\n' });
  });

  it('defaults to the first container with a notice, or the annotated one', () => {
    const { cluster, k } = session();
    cluster.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'two', namespace: 'default' },
      spec: { containers: [{ name: 'a', image: 'busybox', command: ['sleep', '3600'] }, { name: 'b', image: 'alpine', command: ['sleep', '3600'] }] },
    });
    cluster.advance(30_000);
    expect(k(['exec', 'two', '--', 'hostname']).out).toBe('Defaulted container "a" out of: a, b\ntwo\n');
    expect(k(['exec', 'two', '-c', 'b', '--', 'cat', '/etc/alpine-release']).out).toBe('3.22.1\n');
  });
});

describe('kubectl logs', () => {
  it('prints what the process wrote, and the previous instance with -p', () => {
    const { cluster, k } = session();
    k(['run', 'kubia', '--image=luksa/kubia']);
    cluster.advance(30_000);
    expect(k(['logs', 'kubia']).out).toBe('Kubia server starting...\n');
    expect(k(['logs', 'kubia', '-p']).out).toBe('Error from server (BadRequest): previous terminated container "kubia" in pod "kubia" not found\n');
  });

  it('explains a container still waiting for its image', () => {
    const { cluster, k } = session();
    k(['run', 'bad', '--image=nginx/aplin']);
    cluster.advance(5_000);
    expect(k(['logs', 'bad']).out).toMatch(/^Error from server \(BadRequest\): container "bad" in pod "bad" is waiting to start: (image can't be pulled|trying and failing to pull image)\n$/);
  });
});

describe('kubectl run', () => {
  it('applies --overrides as a JSON merge patch by default (lists replaced), or as a strategic merge patch (containers merged by name)', () => {
    const { cluster, k } = session();
    const vol = '"volumes":[{"name":"d","emptyDir":{}}]';
    const merge = `{"spec":{${vol},"containers":[{"name":"web","image":"nginx","volumeMounts":[{"name":"d","mountPath":"/data"}]}]}}`;
    const pod = JSON.parse(k(['run', 'web', '--image=nginx', '--port=80', '--dry-run=client', '-o', 'json', `--overrides=${merge}`]).out);
    expect(pod.spec.volumes).toEqual([{ name: 'd', emptyDir: {} }]);
    // the override's list replaces the generated one: the port and empty resources are gone
    expect(pod.spec.containers).toEqual([{ name: 'web', image: 'nginx', volumeMounts: [{ name: 'd', mountPath: '/data' }] }]);
    const strategic = `{"spec":{${vol},"containers":[{"name":"web","volumeMounts":[{"name":"d","mountPath":"/data"}]}]}}`;
    const merged = JSON.parse(k(['run', 'web', '--image=nginx', '--port=80', '--dry-run=client', '-o', 'json', '--override-type=strategic', `--overrides=${strategic}`]).out);
    expect(merged.spec.containers[0]).toMatchObject({ name: 'web', image: 'nginx', ports: [{ containerPort: 80 }], volumeMounts: [{ name: 'd', mountPath: '/data' }] });
    const json = '[{"op":"add","path":"/spec/nodeName","value":"k8s-node2"}]';
    expect(JSON.parse(k(['run', 'web', '--image=nginx', '--dry-run=client', '-o', 'json', '--override-type=json', `--overrides=${json}`]).out).spec.nodeName).toBe('k8s-node2');
    // and the created pod mounts the volume
    k(['run', 'web', '--image=nginx', `--overrides=${merge}`]);
    cluster.advance(20_000);
    expect(k(['exec', 'web', '--', 'sh', '-c', 'echo hi > /data/f; ls /data']).out).toBe('f\n');
  });

  it('refuses an unknown override type and overrides that are not JSON, as the Overrider does', () => {
    const { k } = session();
    const run = (...extra: string[]) => k(['run', 'web', '--image=nginx', '--dry-run=client', ...extra]).out;
    expect(run('--overrides={}', '--override-type=yaml')).toBe('error: invalid override type: yaml\n');
    expect(run('--overrides={bad')).toBe('error: Invalid JSON Patch\n');
    expect(run('--overrides={bad', '--override-type=strategic')).toBe('error: invalid JSON document\n');
    expect(run('--overrides={}', '--override-type=json')).toBe('error: json: cannot unmarshal object into Go value of type jsonpatch.Patch\n');
    // without --overrides the type is not looked at
    expect(run('--override-type=yaml')).toBe('pod/web created (dry run)\n');
  });

  it('creates a pod labelled run=<name>', () => {
    const { cluster, k } = session();
    expect(k(['run', 'kubia', '--image=luksa/kubia', '--port=8080']).out).toBe('pod/kubia created\n');
    const p = cluster.api.get('pods', 'default', 'kubia');
    expect(p.metadata.labels).toEqual({ run: 'kubia' });
    expect(p.spec.containers[0].ports).toEqual([{ containerPort: 8080, protocol: 'TCP' }]);
  });

  it('attaches, prints the output and deletes with -it --rm (stdin not a terminal: no TTY)', () => {
    const { k } = session();
    const r = k(['run', '-it', '--rm', '--image=busybox', '--restart=Never', 't', '--', 'sh', '-c', 'echo inside']);
    expect(r.out).toBe("Unable to use a TTY - input is not a terminal or the right kind of file\nIf you don't see a command prompt, try pressing enter.\ninside\npod \"t\" deleted from default namespace\n");
  });

  it('rejects --rm without attaching', () => {
    const { k } = session();
    expect(k(['run', 'x', '--image=nginx', '--rm']).out).toBe("error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples\n");
  });
});

describe('kubectl cordon, uncordon, drain', () => {
  it('cordons and uncordons', () => {
    const { k } = session();
    expect(k(['cordon', 'k8s-node1']).out).toBe('node/k8s-node1 cordoned\n');
    expect(k(['cordon', 'k8s-node1']).out).toBe('node/k8s-node1 already cordoned\n');
    expect(k(['uncordon', 'k8s-node1']).out).toBe('node/k8s-node1 uncordoned\n');
  });

  it('refuses DaemonSet pods without --ignore-daemonsets', () => {
    const { cluster, k } = session();
    const proxy = cluster.api.list('pods', 'kube-system').find((p) => p.spec.nodeName === 'k8s-node2' && p.metadata.name!.startsWith('kube-proxy'))!;
    const r = k(['drain', 'k8s-node2']);
    expect(r.out).toContain(`error: unable to drain node "k8s-node2" due to error: cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/${proxy.metadata.name}, continuing command...\nThere are pending nodes to be drained:\n k8s-node2\n`);
    expect(r.code).toBe(1);
  });

  it('without --timeout retries a refused eviction until interrupted: the prompt stops it after 10 minutes and says so in its own words', () => {
    const { cluster, k } = session();
    k(['create', 'deployment', 'web', '--image=nginx', '--replicas=2']);
    k(['create', 'pdb', 'web', '--selector=app=web', '--min-available=2']);
    cluster.advanceUntil(() => cluster.api.list('pods', 'default').filter((p) => p.status?.phase === 'Running').length === 2, 60_000, 500);
    const node = cluster.api.list('pods', 'default')[0].spec.nodeName;
    const t0 = cluster.now();
    const r = k(['drain', node, '--ignore-daemonsets']);
    expect(r.code).toBe(130);
    expect(cluster.now() - t0).toBe(600_000);
    // kubectl's own lines are its retries; the last line is the playground's, not kubectl's
    const lines = r.out.trim().split('\n');
    expect(lines.at(-2)).toMatch(/^error when evicting pods\/"web-\S+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\.$/);
    expect((r.stderr ?? '').endsWith('playground: kubectl drain keeps retrying until interrupted when --timeout is 0 (its default); stopped after 10m of simulated time, as Ctrl+C would (exit code 130). Give --timeout to bound the wait.\n')).toBe(true);
  });
});

describe('kubectl logs of a crashing container', () => {
  it('shows the last run while backing off, with --timestamps when asked', () => {
    const { cluster, k } = session();
    k(['run', 'crash', '--image=busybox', '--', 'sh', '-c', 'echo oops; exit 1']);
    cluster.advanceUntil(() => cluster.api.get('pods', 'default', 'crash').status?.containerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff', 60_000, 500);
    expect(k(['logs', 'crash']).out).toBe('oops\n');
    expect(k(['logs', 'crash', '-p']).out).toBe('oops\n');
    expect(k(['logs', 'crash', '--timestamps']).out).toMatch(/^2026-01-01T08:00:\d\d\.\d{9}Z oops\n$/);
  });
});

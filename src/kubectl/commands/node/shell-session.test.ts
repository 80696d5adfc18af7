import { describe, expect, it } from 'vitest';
import { MemoryWorkspace, type TtySession } from '../../context';
import { runKubectl } from '../../kubectl';
import { testCluster } from '../../../sim/kubelet/test-util';

/** kubectl on a terminal: sessions that commands open are caught for the test to type into. */
function onTerminal() {
  const cluster = testCluster();
  const fs = new MemoryWorkspace();
  let session: TtySession | undefined;
  const tty = { open: (s: TtySession) => void (session = s) };
  const k = (line: string, stdin?: string) => runKubectl(line.split(' '), { cluster, fs, namespace: 'default', stdin, tty });
  const take = () => {
    const s = session;
    session = undefined;
    if (!s) throw new Error('no session opened');
    return s;
  };
  return { cluster, k, take, opened: () => session !== undefined };
}

describe('kubectl exec -it … -- sh on a terminal', () => {
  it('opens the image shell with its prompt; lines run inside the container and keep their state; exit returns', () => {
    const { cluster, k, take } = onTerminal();
    k('run bb --image=busybox -- sleep 3600');
    cluster.advance(20_000);
    expect(k('exec -it bb -- sh')).toMatchObject({ out: '', code: 0 });
    const sh = take();
    expect(sh.prompt()).toBe('/ # ');
    expect(sh.input('hostname')).toEqual({ out: 'bb\n' });
    expect(sh.input('cd /tmp && export GREETING=hi')).toEqual({ out: '' });
    expect(sh.prompt()).toBe('/tmp # ');
    expect(sh.input('echo $GREETING > note; cat /tmp/note; pwd')).toEqual({ out: 'hi\n/tmp\n' });
    expect(sh.input('cd')).toEqual({ out: '' });
    expect(sh.prompt()).toBe('~ # ');
    expect(sh.input('exit')).toEqual({ out: '', end: { out: '', code: 0 } });
  });

  it('is a process of its container while it runs: ps lists PID 1, the shell and ps itself', () => {
    const { cluster, k, take } = onTerminal();
    k('run bb --image=busybox -- sleep 3600');
    cluster.advance(20_000);
    k('exec -it bb -- sh');
    expect(take().input('ps')).toEqual({ out: 'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n    7 root      0:00 sh\n   13 root      0:00 ps\n' });
  });

  it('says how the shell ended: exit N, Ctrl+D, and a container that went away', () => {
    const { cluster, k, take } = onTerminal();
    k('run bb --image=busybox -- sleep 3600');
    cluster.advance(20_000);
    k('exec -it bb -- sh');
    expect(take().input('false; exit 3').end).toMatchObject({ out: 'command terminated with exit code 3\n', code: 3 });
    k('exec -it bb -- sh');
    const sh = take();
    sh.input('false');
    expect(sh.eof()).toMatchObject({ out: '\n', end: { out: 'command terminated with exit code 1\n', code: 1 } });
    k('exec -it bb -- sh');
    const gone = take();
    expect(gone.poll()).toBeUndefined();
    k('delete pod bb --wait=false');
    cluster.advance(60_000);
    expect(gone.poll()?.end).toMatchObject({ out: 'command terminated with exit code 137\n', code: 137 });
  });

  it('uses the image shell: dash `# ` for sh on Debian images, Debian bash `root@host:/# ` with exit echoed', () => {
    const { cluster, k, take } = onTerminal();
    k('create deployment kubia --image=luksa/kubia');
    cluster.advance(30_000);
    const pod = cluster.api.list('pods', 'default')[0].metadata.name!;
    k('exec -it deploy/kubia -- sh');
    const sh = take();
    expect(sh.prompt()).toBe('# ');
    expect(sh.input('hostname').out).toBe(`${pod}\n`);
    sh.input('exit');
    k(`exec -it ${pod} -- bash`);
    const bash = take();
    expect(bash.prompt()).toBe(`root@${pod}:/# `);
    expect(bash.input('exit')).toEqual({ out: 'exit\n', end: { out: '', code: 0 } });
  });

  it('honours -c and -n, and reports errors without opening a session', () => {
    const { cluster, k, take, opened } = onTerminal();
    k('create namespace team');
    cluster.api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'two', namespace: 'team' },
      spec: { containers: [{ name: 'a', image: 'busybox', command: ['sleep', '3600'] }, { name: 'b', image: 'alpine', command: ['sleep', '3600'] }] },
    });
    cluster.advance(30_000);
    expect(k('exec -it two -n team -c b -- sh').out).toBe('');
    expect(take().input('cat /etc/alpine-release').out).toBe('3.22.1\n');
    expect(k('exec -it two -n team -- sh').out).toBe('Defaulted container "a" out of: a, b\n');
    take();
    expect(k('exec -it two -n team -c a -- bash').out).toBe(
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\ncommand terminated with exit code 126\n',
    );
    expect(k('exec -it nope -- sh').out).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(opened()).toBe(false);
  });

  it('without a terminal (heredoc, pipe) says so and runs stdin as the script', () => {
    const { cluster, k, opened } = onTerminal();
    k('run bb --image=busybox -- sleep 3600');
    cluster.advance(20_000);
    expect(k('exec -it bb -- sh', 'hostname\necho $HOME\n')).toMatchObject({ out: 'Unable to use a TTY - input is not a terminal or the right kind of file\nbb\n/root\n', code: 0 });
    expect(k('exec -i bb -- sh', 'exit 4\n')).toMatchObject({ out: 'command terminated with exit code 4\n', code: 4 });
    expect(opened()).toBe(false);
  });
});

describe('kubectl run -it on a terminal', () => {
  it('--rm: the pod shell takes the terminal; after exit the pod is deleted with kubectl\'s message', () => {
    const { cluster, k, take } = onTerminal();
    const r = k('run -it --rm test --image=busybox --restart=Never -- sh');
    expect(r.out).toBe("If you don't see a command prompt, try pressing enter.\n");
    const sh = take();
    expect(sh.prompt()).toBe('/ # ');
    expect(sh.input('hostname').out).toBe('test\n');
    expect(sh.input('nslookup kubernetes.default.svc.cluster.local').out).toContain('Address: 10.96.0.1');
    const end = sh.input('exit');
    expect(end.end).toEqual({ out: 'pod "test" deleted from default namespace\n', code: 0, stdout: 'pod "test" deleted from default namespace\n', stderr: '' });
    expect(cluster.api.tryGet('pods', 'default', 'test')).toBeUndefined();
  });

  it('a failing shell fails the pod and kubectl; without --rm a restarting pod can be resumed', () => {
    const { cluster, k, take } = onTerminal();
    k('run -it fails --image=busybox --restart=Never -- sh');
    expect(take().input('exit 2').end).toMatchObject({ out: 'pod default/fails terminated (Error)\n', code: 2 });
    expect(cluster.api.get('pods', 'default', 'fails').status.phase).toBe('Failed');
    k('run -it again --image=busybox -- sh');
    expect(take().input('exit').end?.out).toBe("Session ended, resume using 'kubectl attach again -c again -i -t' command when the pod is running\n");
  });
});

import { describe, expect, it } from 'vitest';
import { execInContainer, pod, testCluster } from '../test-util';

function running(spec: Parameters<typeof pod>[1], extra: Record<string, unknown> = {}) {
  const c = testCluster();
  c.api.create(pod('p', spec, extra));
  c.advanceUntil(() => !!c.api.get('pods', 'default', 'p').status?.containerStatuses?.every((s: { state: { running?: unknown } }) => s.state.running), 60_000, 200);
  const x = (argv: string[], container?: string) => execInContainer(c, 'default', 'p', container, argv);
  return { c, x };
}

describe('exec command set', () => {
  it('fails a missing executable with the OCI message and 126', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(x(['bash'])).toEqual({ out: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\n', code: 126 });
    expect(x(['/bin/bash']).code).toBe(127);
  });

  it('writes with > and >>, lists with modes and owners', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(x(['sh', '-c', 'echo one > /tmp/f; echo two >> /tmp/f; cat /tmp/f'])).toEqual({ out: 'one\ntwo\n', code: 0 });
    expect(x(['ls', '-l', '/tmp']).out).toMatch(/^total 4\n-rw-r--r-- {4}1 root {5}root {13}8 \w{3} [ \d]\d \d\d:\d\d f\n$/);
    expect(x(['ls', '/nope'])).toEqual({ out: 'ls: /nope: No such file or directory\n', code: 1 });
  });

  it('aligns ls -l as busybox does: link counts right-aligned in four columns', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    x(['sh', '-c', 'mkdir /d; mkdir /d/0 /d/1 /d/2 /d/3 /d/4 /d/5 /d/6 /d/7 /d/8 /d/9']);
    expect(x(['ls', '-ld', '/d']).out).toMatch(/^drwxr-xr-x {3}12 root {5}root {10}4096 /);
  });

  it('lists operands as ls does: missing ones first, then files, then directories, by name', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    x(['sh', '-c', 'mkdir /d; echo > /d/z; echo > /b; echo > /a']);
    expect(x(['ls', '/d', '/b', '/nope', '/a'])).toEqual({ out: 'ls: /nope: No such file or directory\n/a\n/b\n\n/d:\nz\n', code: 1 });
  });

  it('lists directories recursively with -R: a header per directory, subdirectories depth first', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    x(['sh', '-c', 'mkdir -p /data/a/b /data/c; echo hi > /data/a/b/f; echo > /data/top']);
    expect(x(['ls', '-R', '/data'])).toEqual({ out: '/data:\na\nc\ntop\n\n/data/a:\nb\n\n/data/a/b:\nf\n\n/data/c:\n', code: 0 });
    expect(x(['sh', '-c', 'cd /data/a && ls -R'])).toEqual({ out: '.:\nb\n\n./b:\nf\n', code: 0 });
    expect(x(['ls', '-R', '/data/top', '/data/c']).out).toBe('/data/top\n\n/data/c:\n');
  });

  it('pipes and chains in sh -c', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(x(['sh', '-c', 'echo a; echo b | grep b && echo ok || echo no']).out).toBe('a\nb\nok\n');
    expect(x(['sh', '-c', 'nosuch']).out).toBe('sh: nosuch: not found\n');
    expect(x(['sh', '-c', 'nosuch']).code).toBe(127);
  });

  it('reads heredocs, &> and >&2 with the grammar of the prompt, and ${NAME:-word} defaults', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(x(['sh', '-c', "cat <<'EOF'\none\ntwo\nEOF\ncat <<-X\n\ttab\n\tX"])).toEqual({ out: 'one\ntwo\ntab\n', code: 0 });
    expect(x(['sh', '-c', 'echo both &> /tmp/b; cat /tmp/b; echo [${NOPE:-d}] [${NOPE-e}]'])).toEqual({ out: 'both\n[d] [e]\n', code: 0 });
    // redirections apply left to right: `>&2 2>/dev/null` leaves stdout on the old stderr (busybox, dash and bash print it), `>/dev/null 2>&1` silences both
    expect(x(['sh', '-c', 'echo shown >&2 2>/dev/null; echo hidden >/dev/null 2>&1'])).toEqual({ out: 'shown\n', code: 0 });
    expect(x(['sh', '-c', 'A="x  y"; B=$A; echo "$B"'])).toEqual({ out: 'x  y\n', code: 0 });
    expect(x(['sh', '-c', 'echo `echo open'])).toEqual({ out: 'sh: syntax error: EOF in backquote substitution\n', code: 2 });
  });

  it('shows the pod DNS config and hosts file', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(x(['cat', '/etc/resolv.conf']).out).toBe('search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n');
    expect(x(['cat', '/etc/hosts']).out).toContain('# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n');
    expect(x(['hostname']).out).toBe('p\n');
  });

  it('heads a long listing with the 1K blocks its entries hold, as busybox 1.35 does on a 4K-block filesystem', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    // a 3-byte file 4, a directory 4, a short symlink 0; -a adds . and ..
    x(['sh', '-c', 'mkdir -p /w/d && echo hi > /w/a && ln -s a /w/l']);
    expect(x(['ls', '-l', '/w']).out).toMatch(/^total 8\n-rw-r--r-- .* a\ndrwxr-xr-x .* d\nlrwxrwxrwx .* l -> a\n$/);
    expect(x(['ls', '-l', '/w/d']).out).toBe('total 0\n');
    expect(x(['ls', '-la', '/w/d']).out.split('\n')[0]).toBe('total 8');
  });

  it('needs CAP_SYS_TIME for date -s', () => {
    const { x } = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'] }]);
    // busybox date.c: bb_perror_msg (not _and_die), then the date asked for is displayed and date exits 0
    expect(x(['date', '+%T', '-s', '12:00:00'])).toEqual({ out: "date: can't set date: Operation not permitted\n12:00:00\n", code: 0 });
    expect(x(['date', '-s', '2020-01-01 00:00:00'])).toEqual({ out: "date: can't set date: Operation not permitted\nWed Jan  1 00:00:00 UTC 2020\n", code: 0 });
    expect(x(['date', '-s', '2020-13-01'])).toEqual({ out: "date: invalid date '2020-13-01'\n", code: 1 });
    // coreutils date.c: error (0, errno, "cannot set date"), the date still shown, exit 1
    const debian = running([{ name: 'c', image: 'nginx' }]);
    expect(debian.x(['date', '+%Y-%m-%d', '-s', '2020-01-02'])).toEqual({ out: 'date: cannot set date: Operation not permitted\n2020-01-02\n', code: 1 });
    const withCap = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext: { capabilities: { add: ['SYS_TIME'] } } }]);
    expect(withCap.x(['date', '+%T', '-s', '12:00:00'])).toEqual({ out: '12:00:00\n', code: 0 });
    expect(withCap.x(['date', '+%Y-%m-%d %T', '-s', '@86400'])).toEqual({ out: '1970-01-02 00:00:00\n', code: 0 });
    expect(withCap.x(['date', '+%Y-%m-%d %T', '-s', '010203042021.05'])).toEqual({ out: '2021-01-02 03:04:05\n', code: 0 });
  });

  it('runs as the securityContext user', () => {
    const { x } = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext: { runAsUser: 405 } }]);
    expect(x(['id']).out).toBe('uid=405(guest) gid=100(users) groups=100(users)\n');
    expect(x(['touch', '/etc/x']).out).toBe('touch: /etc/x: Permission denied\n');
    // HOME follows the user the process runs as, not the image's
    const other = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext: { runAsUser: 1000 } }]);
    expect(other.x(['sh', '-c', 'echo $HOME']).out).toBe('/\n');
  });

  it('gives an emptyDir to the fsGroup with set-group-ID, so files created in it join that group', () => {
    const { x } = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], volumeMounts: [{ name: 'd', mountPath: '/data' }] }], {
      securityContext: { runAsUser: 2, fsGroup: 10 },
      volumes: [{ name: 'd', emptyDir: {} }],
    });
    x(['sh', '-c', 'touch /data/f /tmp/f; mkdir /data/sub']);
    expect(x(['ls', '-ld', '/data']).out).toMatch(/^drwxrwsrwx {4}3 root {5}wheel {9}4096 .* \/data\n$/);
    expect(x(['ls', '-ln', '/data']).out).toMatch(/^total 4\n-rw-r--r-- {4}1 2 {8}10 .* f\ndrwxr-sr-x {4}2 2 {8}10 .* sub\n$/);
    expect(x(['ls', '-l', '/tmp/f']).out).toMatch(/ daemon {3}daemon /);
  });

  it('mounts ConfigMaps read-only with the atomic writer layout', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { 'app.conf': 'x=1\n' } });
    c.api.create(pod('p', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], volumeMounts: [{ name: 'v', mountPath: '/etc/cfg' }] }], { volumes: [{ name: 'v', configMap: { name: 'cfg' } }] }));
    c.advance(20_000);
    const x = (argv: string[]) => execInContainer(c, 'default', 'p', undefined, argv);
    expect(x(['cat', '/etc/cfg/app.conf']).out).toBe('x=1\n');
    expect(x(['ls', '/etc/cfg']).out).toBe('app.conf\n');
    expect(x(['ls', '-la', '/etc/cfg']).out).toContain('app.conf -> ..data/app.conf');
    expect(x(['sh', '-c', 'echo y > /etc/cfg/new']).out).toBe("sh: can't create /etc/cfg/new: Read-only file system\n");
  });

  it('shares an emptyDir between containers and serves it from nginx', () => {
    const { x } = running(
      [
        { name: 'writer', image: 'busybox', command: ['sh', '-c', 'echo hello > /data/index.html; sleep 3600'], volumeMounts: [{ name: 'html', mountPath: '/data' }] },
        { name: 'web', image: 'nginx:alpine', volumeMounts: [{ name: 'html', mountPath: '/usr/share/nginx/html' }] },
      ],
      { volumes: [{ name: 'html', emptyDir: {} }] },
    );
    expect(x(['wget', '-qO-', 'localhost'], 'web')).toEqual({ out: 'hello\n', code: 0 });
    expect(x(['cat', '/usr/share/nginx/html/index.html'], 'web').out).toBe('hello\n');
  });

  it('talks to redis with redis-cli', () => {
    const { x } = running([{ name: 'redis', image: 'redis' }]);
    expect(x(['redis-cli', 'ping']).out).toBe('PONG\n');
    expect(x(['redis-cli', 'set', 'k', 'v']).out).toBe('OK\n');
    expect(x(['redis-cli', 'get', 'k']).out).toBe('v\n');
  });

  it('keeps mysql data in /var/lib/mysql', () => {
    const { x } = running([{ name: 'db', image: 'mysql:5.6', env: [{ name: 'MYSQL_ROOT_PASSWORD', value: 'password' }] }]);
    expect(x(['mysql', '-ppassword', '-e', 'create database d; use d; create table t (id int); insert into t values (1),(2); select * from t']).out).toBe(
      'Warning: Using a password on the command line interface can be insecure.\nid\n1\n2\n',
    );
    expect(x(['ls', '/var/lib/mysql']).out).toContain('mysql');
    expect(x(['mysql', '-pwrong', '-e', 'show databases']).out).toContain("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)");
  });

  it('resolves $(VAR) in command and env from the downward API', () => {
    const { c, x } = running([
      { name: 'c', image: 'busybox', command: ['sh', '-c', 'echo $(POD) $MSG; sleep 3600'], env: [{ name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }, { name: 'MSG', value: 'hi-$(POD)' }] },
    ]);
    expect(x(['printenv', 'MSG']).out).toBe('hi-p\n');
    expect(x(['printenv', 'POD', 'MSG'])).toMatchObject({ out: 'p\nhi-p\n', code: 0 });
    expect(x(['printenv', 'NOPE', 'MSG'])).toMatchObject({ out: 'hi-p\n', code: 1 });
    const k = c.services.kubelet as { find(ns: string, n: string): { containers: { logs: string }[] } };
    expect(k.find('default', 'p').containers[0].logs).toBe('p hi-p\n');
  });
});

describe('text utilities in a container: the ones the prompt has, as the image\'s coreutils print them', () => {
  it('starts tail at line N with -n +N, and drops the last lines with head -n -N (they worked only at the prompt)', () => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    x(['sh', '-c', 'printf "a\\nb\\nc\\n" > /tmp/f']);
    expect(x(['tail', '-n', '+2', '/tmp/f'])).toEqual({ out: 'b\nc\n', code: 0 });
    expect(x(['head', '-n', '-1', '/tmp/f'])).toEqual({ out: 'a\nb\n', code: 0 });
    expect(x(['sh', '-c', 'cut -d: -f2 /etc/passwd | head -n 1'])).toEqual({ out: 'x\n', code: 0 });
  });

  it('words a missing file as busybox does, or as GNU coreutils on a debian image', () => {
    const bb = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(bb.x(['head', '/nope'])).toEqual({ out: 'head: /nope: No such file or directory\n', code: 1 });
    expect(bb.x(['wc', '/etc/hostname']).out).toMatch(/^ {8}1 {9}1 +\d+ \/etc\/hostname\n$/);
    const deb = running([{ name: 'c', image: 'nginx', command: ['sleep', '3600'] }]);
    expect(deb.x(['head', '/nope'])).toEqual({ out: "head: cannot open '/nope' for reading: No such file or directory\n", code: 1 });
  });
});

describe('configMap volume updates', () => {
  it('shows a changed ConfigMap in the volume after a while, but not in env', () => {
    const c = testCluster();
    c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { k: 'one' } });
    c.api.create(
      pod('p', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], env: [{ name: 'K', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'k' } } }], volumeMounts: [{ name: 'v', mountPath: '/etc/cfg' }] }], {
        volumes: [{ name: 'v', configMap: { name: 'cfg' } }],
      }),
    );
    c.advance(20_000);
    const x = (argv: string[]) => execInContainer(c, 'default', 'p', undefined, argv).out;
    const cm = structuredClone(c.api.get('configmaps', 'default', 'cfg'));
    cm.data = { k: 'two' };
    c.api.update(cm);
    c.runUntilIdle();
    expect(x(['cat', '/etc/cfg/k'])).toBe('one');
    c.advance(61_000);
    expect(x(['cat', '/etc/cfg/k'])).toBe('two');
    expect(x(['printenv', 'K'])).toBe('one\n');
  });
});

describe('security context', () => {
  it('denies chown when CHOWN is dropped', () => {
    const { x } = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext: { capabilities: { drop: ['CHOWN'] } } }]);
    expect(x(['chown', 'guest', '/tmp'])).toEqual({ out: 'chown: /tmp: Operation not permitted\n', code: 1 });
    // names come from the image's /etc/passwd and /etc/group (alpine has nobody and nogroup)
    expect(x(['chown', 'nobody:nogroup', '/tmp'])).toEqual({ out: 'chown: /tmp: Operation not permitted\n', code: 1 });
  });

  it('chown looks names up in the container\'s /etc/passwd and /etc/group, with busybox\'s and coreutils\' words for unknown ones', () => {
    const { x } = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'] }]);
    expect(x(['chown', 'nobody:nogroup', '/tmp'])).toEqual({ out: '', code: 0 });
    expect(x(['ls', '-ld', '/tmp']).out).toMatch(/^d\S+ +\d+ nobody +nogroup /);
    expect(x(['chown', 'nosuchuser', '/tmp'])).toEqual({ out: 'chown: unknown user nosuchuser\n', code: 1 });
    expect(x(['chown', 'root:nosuchgrp', '/tmp'])).toEqual({ out: 'chown: unknown user/group root:nosuchgrp\n', code: 1 });
    const debian = running([{ name: 'c', image: 'nginx' }]);
    expect(debian.x(['chown', 'nosuchuser', '/tmp'])).toEqual({ out: "chown: invalid user: 'nosuchuser'\n", code: 1 });
    expect(debian.x(['chown', 'root:nosuchgrp', '/tmp'])).toEqual({ out: "chown: invalid group: 'root:nosuchgrp'\n", code: 1 });
  });

  it('refuses writes to a read-only root filesystem but not to volumes', () => {
    const { x } = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext: { readOnlyRootFilesystem: true }, volumeMounts: [{ name: 'v', mountPath: '/volume' }] }], {
      volumes: [{ name: 'v', emptyDir: {} }],
    });
    expect(x(['touch', '/new-file'])).toEqual({ out: 'touch: /new-file: Read-only file system\n', code: 1 });
    expect(x(['touch', '/volume/new-file']).code).toBe(0);
  });

  it('shows the host devices to a privileged container', () => {
    const plain = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'] }]);
    const priv = running([{ name: 'c', image: 'alpine', command: ['sleep', '3600'], securityContext: { privileged: true } }]);
    expect(plain.x(['ls', '/dev']).out.split('\n').length).toBeLessThan(priv.x(['ls', '/dev']).out.split('\n').length);
    expect(priv.x(['ls', '/dev']).out).toContain('sda1');
  });
});

describe('command substitution in the container shell', () => {
  it.each([
    ['for a in $(echo "a  b"; echo c); do echo "[$a]"; done', '[a]\n[b]\n[c]\n'],
    ['echo "[$(echo "a  b")]"', '[a  b]\n'],
    ['echo "`echo in quotes`"', 'in quotes\n'],
    ['echo $(echo ")" "(")', ') (\n'],
    ['echo `echo \\`echo nested\\``', 'nested\n'],
    ['echo $(echo $(echo inner) outer)', 'inner outer\n'],
    ['X=$(printf "x\\n\\n"); echo "[$X]"', '[x]\n'],
    ['for a in pre$(echo " 1 2 ")post; do echo "[$a]"; done', '[pre]\n[1]\n[2]\n[post]\n'],
    ['for a in a $(true) b; do echo "[$a]"; done', '[a]\n[b]\n'],
  ])('%s', (script, out) => {
    const { x } = running([{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]);
    expect(x(['sh', '-c', script])).toEqual({ out, code: 0 });
  });
});

describe('id: the user, group and groups the securityContext gives a container', () => {
  const sleep = { command: ['sleep', '3600'] };
  it.each([
    // the image's USER (root) and the groups alpine's /etc/group gives root
    ['alpine', {}, {}, 'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)'],
    // a system user of alpine: its /etc/passwd group, its /etc/group memberships, then the pod's groups
    ['alpine', { runAsUser: 2, fsGroup: 10, supplementalGroups: [20] }, {}, 'uid=2(daemon) gid=2(daemon) groups=1(bin),2(daemon),4(adm),10(wheel),20(dialout)'],
    // a uid /etc/passwd does not know keeps gid 0; the gid is always one of the groups
    ['busybox', { runAsUser: 1000 }, {}, 'uid=1000 gid=0(root) groups=0(root)'],
    // the docs' security-context-demo: fsGroup and supplementalGroups join the gid, sorted
    ['busybox', { runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000, supplementalGroups: [4000] }, {}, 'uid=1000 gid=3000 groups=2000,3000,4000'],
    // the container's settings override the pod's; fsGroup and supplementalGroups are pod-only
    ['busybox', { runAsUser: 1000, runAsGroup: 3000, supplementalGroups: [5000] }, { runAsUser: 2000, runAsGroup: 4000 }, 'uid=2000 gid=4000 groups=4000,5000'],
    // Strict leaves out what the image's /etc/group adds
    ['alpine', { supplementalGroupsPolicy: 'Strict', fsGroup: 10 }, {}, 'uid=0(root) gid=0(root) groups=0(root),10(wheel)'],
    // coreutils (debian images) prints the gid first, then the others
    ['nginx', { runAsUser: 1000, runAsGroup: 3000, fsGroup: 2000 }, {}, 'uid=1000 gid=3000 groups=3000,2000'],
    ['nginx', {}, {}, 'uid=0(root) gid=0(root) groups=0(root)'],
  ])('%s pod %j container %j', (image, podSc, containerSc, want) => {
    const { x } = running([{ name: 'c', image, ...sleep, securityContext: containerSc }], { securityContext: podSc });
    expect(x(['id'])).toEqual({ out: want + '\n', code: 0 });
  });
});

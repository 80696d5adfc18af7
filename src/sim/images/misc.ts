import { nginxServer } from './nginx';
import { BUSYBOX_APPLETS, DEBIAN_TOOLS, type ImageDef, type ProgramCtx } from './types';
import { parseQuantityBytes } from './stress-util';

/** ikubernetes/myapp: nginx on alpine that tells its version and pod name. */
const myapp = (version: string): ImageDef => ({
  repo: 'docker.io/ikubernetes/myapp',
  tags: [version],
  size: 6_354_234,
  user: { uid: 0, gid: 0, name: 'root' },
  entrypoint: [],
  cmd: ['nginx', '-g', 'daemon off;'],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NGINX_VERSION: '1.12.2' },
  flavor: 'busybox',
  binaries: [...BUSYBOX_APPLETS, 'nginx'],
  files: {
    '/usr/share/nginx/html/index.html': `Hello MyApp | Version: ${version} | <a href="hostname.html">Pod Name</a>\n`,
    '/etc/nginx/conf.d/default.conf': 'server {\n    listen       80;\n    root   /usr/share/nginx/html;\n}\n',
  },
  daemons: {
    nginx: (ctx: ProgramCtx) => {
      ctx.fs.write('/usr/share/nginx/html/hostname.html', `${ctx.hostname}\n`);
      return nginxServer(ctx, false);
    },
  },
});

/** polinux/stress: `stress --vm 1 --vm-bytes 150M --vm-hang 1` holds that much memory; over the limit the kernel kills it. */
function stress(ctx: ProgramCtx) {
  const a = ctx.argv;
  let vm = 0;
  let cpu = 0;
  let bytes = 256 * 2 ** 20;
  let timeout: number | undefined;
  for (let i = 1; i < a.length; i++) {
    if (a[i] === '--vm' || a[i] === '-m') vm = Number(a[++i]);
    else if (a[i] === '--cpu' || a[i] === '-c') cpu = Number(a[++i]) || 0;
    else if (a[i] === '--vm-bytes') bytes = parseQuantityBytes(a[++i] ?? '') ?? bytes;
    else if (a[i] === '--timeout' || a[i] === '-t') timeout = Number(String(a[++i]).replace(/s$/, '')) * 1000;
  }
  ctx.log(`stress: info: [1] dispatching hogs: ${cpu} cpu, 0 io, ${vm} vm, 0 hdd`);
  const total = vm * bytes;
  if (ctx.memoryLimit !== undefined && total > ctx.memoryLimit) {
    // the allocation takes a moment before the OOM killer steps in
    ctx.after(1000, () => ctx.exit(137, 'OOMKilled'));
  } else if (timeout !== undefined) {
    ctx.after(timeout, () => {
      ctx.log(`stress: info: [1] successful run completed in ${timeout / 1000}s`);
      ctx.exit(0);
    });
  }
  // each cpu hog spins one core; each vm hog holds its bytes
  const usage = { cpu: cpu * 1000, memory: total + 2 ** 20 };
  return { sigterm: 'ignore' as const, extraProcs: Array.from({ length: vm + cpu }, () => a.join(' ')), usage };
}

const PATH_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' };
const root = { uid: 0, gid: 0, name: 'root' };

export const MISC_IMAGES: ImageDef[] = [
  {
    repo: 'docker.io/luksa/ssd-monitor',
    tags: ['latest'],
    size: 1_247_932,
    user: root,
    entrypoint: ['/bin/sh', '-c', 'while true; do echo "SSD OK"; sleep 5; done'],
    cmd: [],
    env: PATH_ENV,
    flavor: 'busybox',
    binaries: [...BUSYBOX_APPLETS],
  },
  {
    repo: 'docker.io/luksa/batch-job',
    tags: ['latest'],
    size: 1_248_016,
    user: root,
    entrypoint: ['/bin/sh', '-c', 'echo "$(date) Batch job starting"; sleep 120; echo "$(date) Finished succesfully"'],
    cmd: [],
    env: PATH_ENV,
    flavor: 'busybox',
    binaries: [...BUSYBOX_APPLETS],
  },
  {
    // the PV controller's recycler pod image (pkg/volume NewPersistentVolumeRecyclerPodTemplate)
    repo: 'registry.k8s.io/build-image/debian-base',
    tags: [/^bookworm-v1\.0\.\d+$/],
    size: 29_153_524,
    user: root,
    entrypoint: [],
    cmd: ['/bin/sh'],
    env: PATH_ENV,
    flavor: 'gnu',
    binaries: [...DEBIAN_TOOLS],
  },
  {
    repo: 'docker.io/tutum/dnsutils',
    tags: ['latest'],
    size: 74_593_420,
    user: root,
    entrypoint: [],
    cmd: ['bash'],
    env: PATH_ENV,
    flavor: 'gnu',
    binaries: [...DEBIAN_TOOLS, 'nslookup', 'dig', 'host', 'ps'],
  },
  {
    repo: 'docker.io/curlimages/curl',
    tags: [/^(latest|\d+(\.\d+){0,2})$/],
    size: 11_382_318,
    user: { uid: 100, gid: 101, name: 'curl_user' },
    entrypoint: ['/entrypoint.sh'],
    cmd: ['curl'],
    env: PATH_ENV,
    flavor: 'busybox',
    wrappers: ['entrypoint.sh'],
    binaries: [...BUSYBOX_APPLETS, 'curl', 'entrypoint.sh'],
    files: { '/entrypoint.sh': '#!/bin/sh\nexec "$@"\n' },
  },
  myapp('v1'),
  myapp('v2'),
  {
    repo: 'k8s.gcr.io/test-webserver',
    tags: ['latest'],
    size: 4_534_272,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: ['/test-webserver'],
    cmd: [],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    flavor: 'none',
    binaries: ['test-webserver'],
    daemons: {
      'test-webserver': (ctx) => ({
        sigterm: 'exit',
        http: { 80: (req) => ({ status: 200, body: req.path === '/' ? `Hello from ${ctx.hostname}\n` : 'ok\n' }) },
      }),
    },
  },
  {
    repo: 'docker.io/polinux/stress',
    tags: ['latest'],
    size: 4_041_123,
    user: { uid: 0, gid: 0, name: 'root' },
    entrypoint: [],
    cmd: ['stress', '--help'],
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
    flavor: 'busybox',
    binaries: [...BUSYBOX_APPLETS, 'stress'],
    daemons: { stress },
  },
];

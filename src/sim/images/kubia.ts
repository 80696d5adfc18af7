import { DEBIAN_TOOLS, type ImageDef, type Program, type ProgramCtx } from './types';

/** luksa/kubia family: the book's Node.js app on 8080 (node:7 base, so curl and wget are there). */
const base = {
  user: { uid: 0, gid: 0, name: 'root' },
  entrypoint: ['node', 'app.js'],
  cmd: [],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', NODE_VERSION: '7.10.1', NPM_CONFIG_LOGLEVEL: 'info' },
  flavor: 'gnu' as const,
  // node:7 is built on buildpack-deps:jessie; Kubernetes in Action runs ifconfig in it (13.1.1)
  binaries: [...DEBIAN_TOOLS, 'node', 'npm', 'curl', 'wget', 'ps', 'ping', 'ifconfig'],
  // node's heap and runtime, idle
  usage: { cpu: 1, memory: 9 * 2 ** 20 },
};

type Answer = (n: number, host: string) => { status: number; body: string };

/** A kubia server answering per request count; `node` as PID 1 ignores SIGTERM. */
function kubiaServer(answer: Answer): (ctx: ProgramCtx) => Program {
  return (ctx) => {
    let count = 0;
    ctx.log('Kubia server starting...');
    return {
      sigterm: 'ignore',
      http: {
        8080: (req) => {
          ctx.log(`Received request from ::ffff:${req.clientIP}`);
          count++;
          return answer(count, ctx.hostname);
        },
      },
    };
  };
}

const APP = '/app.js';

const v1: Answer = (_n, host) => ({ status: 200, body: `You've hit ${host}\n` });
const v2: Answer = (_n, host) => ({ status: 200, body: `This is v2 running in pod ${host}\n` });
// v3 fails from the fifth request on (the book's rollback example)
const v3: Answer = (n, host) =>
  n >= 5 ? { status: 500, body: `Some internal error has occurred! This is pod ${host}\n` } : { status: 200, body: `This is v3 running in pod ${host}\n` };
// kubia-unhealthy: healthy for five requests, then 500 forever
const unhealthy: Answer = (n, host) => (n > 5 ? { status: 500, body: "I'm not well. Please restart me!" } : { status: 200, body: `You've hit ${host}\n` });

export const KUBIA_IMAGES: ImageDef[] = [
  { ...base, repo: 'docker.io/luksa/kubia', tags: ['latest', 'v1'], size: 264_061_530, files: { [APP]: '// kubia v1\n' }, daemons: { node: kubiaServer(v1) } },
  { ...base, repo: 'docker.io/luksa/kubia', tags: ['v2'], size: 264_063_114, files: { [APP]: '// kubia v2\n' }, daemons: { node: kubiaServer(v2) } },
  { ...base, repo: 'docker.io/luksa/kubia', tags: ['v3'], size: 264_064_275, files: { [APP]: '// kubia v3\n' }, daemons: { node: kubiaServer(v3) } },
  {
    ...base,
    repo: 'docker.io/luksa/kubia-unhealthy',
    tags: ['latest'],
    size: 264_062_018,
    files: { [APP]: '// kubia-unhealthy\n' },
    daemons: { node: kubiaServer(unhealthy) },
  },
  // a private Docker Hub repository for the imagePullSecrets exercise (notes 7.5.5)
  {
    ...base,
    repo: 'docker.io/yaohong/kubia-private',
    tags: ['latest', 'v1'],
    size: 264_061_530,
    files: { [APP]: '// kubia v1\n' },
    daemons: { node: kubiaServer(v1) },
    private: { username: 'yaohong', password: 'k8s-in-action' },
  },
];

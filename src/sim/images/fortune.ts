import { DEBIAN_TOOLS, type ImageDef, type Program, type ProgramCtx } from './types';
import { unixDate } from './util';

/** Short sayings of our own: what `/usr/games/fortune` prints in the simulation. */
const FORTUNES = [
  'A journey of a thousand pods begins with a single apply.',
  'Today is a good day to read the events.',
  'You will be scheduled onto a node with plenty of memory.',
  'He who labels well selects well.',
  'A liveness probe a day keeps the stuck process away.',
  'Patience: the image is still being pulled.',
  'Your ReplicaSet will never leave you alone.',
  'Every Service needs an endpoint to call home.',
  'Do not fear the CrashLoopBackOff; read the logs.',
  'The best time to add resource requests was yesterday.',
  'Small containers have few surprises.',
  'A ConfigMap changed is a restart postponed.',
];

const HTML = '/var/htdocs/index.html';

/** fortuneloop.sh: write a fortune every interval; bash as PID 1 only traps SIGINT. */
function fortuneLoop(intervalFrom: 'fixed' | 'env' | 'args'): (ctx: ProgramCtx) => Program {
  return (ctx) => {
    let interval = 10;
    if (intervalFrom === 'env') interval = Number(ctx.env.INTERVAL) || 10;
    if (intervalFrom === 'args') interval = Number(ctx.argv[1]) || 10;
    if (intervalFrom !== 'fixed') ctx.log(`Configured to generate new fortune every ${interval} seconds`);
    ctx.fs.mkdirp('/var/htdocs');
    const write = () => {
      ctx.log(`${unixDate(ctx.now())} Writing fortune to ${HTML}`);
      ctx.fs.write(HTML, FORTUNES[ctx.random(FORTUNES.length)] + '\n');
    };
    write();
    ctx.every(interval * 1000, write);
    return { sigterm: 'ignore' };
  };
}

const base = {
  repo: 'docker.io/luksa/fortune',
  user: { uid: 0, gid: 0, name: 'root' },
  entrypoint: ['/bin/fortuneloop.sh'],
  env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' },
  flavor: 'gnu' as const,
  binaries: [...DEBIAN_TOOLS, 'fortune', 'fortuneloop.sh', 'ps'],
  files: { '/bin/fortuneloop.sh': '#!/bin/bash\n# writes a fortune to /var/htdocs/index.html in a loop\n' },
};

export const FORTUNE_IMAGES: ImageDef[] = [
  { ...base, tags: ['latest'], size: 49_870_212, cmd: [], daemons: { 'fortuneloop.sh': fortuneLoop('fixed') } },
  { ...base, tags: ['env'], size: 49_870_340, cmd: [], daemons: { 'fortuneloop.sh': fortuneLoop('env') } },
  { ...base, tags: ['args'], size: 49_870_351, cmd: ['10'], daemons: { 'fortuneloop.sh': fortuneLoop('args') } },
];

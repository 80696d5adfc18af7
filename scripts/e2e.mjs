// Runs the Playwright e2e suite against a production build, in Debian's Chromium (never a downloaded browser).
// Extra arguments go to `playwright test` (e.g. `npm run e2e -- e2e/app.spec.ts`).
// On a fresh Debian machine it installs the browser and the CJK fonts itself when it runs as root.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

const specs = existsSync('e2e') ? readdirSync('e2e').filter((f) => f.endsWith('.spec.ts')) : [];
if (specs.length === 0) {
  console.log('e2e: no specs yet');
  process.exit(0);
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', ...env } });
  if (r.error) console.error(`e2e: ${cmd}: ${r.error.message}`);
  return r.status === 0;
};

/** Debian's chromium and fonts-noto-cjk: present, installed now (root with apt-get), or the one command to run. */
function ensureBrowser() {
  if (existsSync(CHROMIUM) && existsSync(CJK_FONT)) return;
  const missing = [!existsSync(CHROMIUM) && CHROMIUM, !existsSync(CJK_FONT) && 'the Noto CJK fonts'].filter(Boolean).join(' and ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = ['/usr/bin/apt-get', '/bin/apt-get'].find((p) => existsSync(p));
  if (isRoot && apt) {
    console.log(`e2e: ${missing} missing; installing ${PACKAGES.join(' ')} with apt-get`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run(apt, ['update'], env) && run(apt, ['install', '-y', ...PACKAGES], env) && existsSync(CHROMIUM)) return;
    console.error('e2e: apt-get could not install the browser');
  }
  console.error(`e2e: ${missing} missing. Install Debian's packages, then run npm test again:\n\n  sudo apt-get update && sudo apt-get install -y ${PACKAGES.join(' ')}\n`);
  process.exit(1);
}

ensureBrowser();
mkdirSync('e2e-artifacts', { recursive: true });
if (!run('npx', ['vite', 'build'])) process.exit(1);
if (!run('npx', ['playwright', 'test', ...process.argv.slice(2)])) process.exit(1);

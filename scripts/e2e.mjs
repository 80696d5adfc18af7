// Runs the Playwright e2e suite against a production build, in Debian's Chromium (never a downloaded browser).
// Extra arguments go to `playwright test` (e.g. `npm run e2e -- e2e/app.spec.ts`).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const specs = existsSync('e2e') ? readdirSync('e2e').filter((f) => f.endsWith('.spec.ts')) : [];
if (specs.length === 0) {
  console.log('e2e: no specs yet');
  process.exit(0);
}
if (!existsSync('/usr/bin/chromium')) {
  console.error('e2e: /usr/bin/chromium is missing (apt-get install chromium fonts-noto-cjk)');
  process.exit(1);
}
mkdirSync('e2e-artifacts', { recursive: true });
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['vite', 'build']);
run('npx', ['playwright', 'test', ...process.argv.slice(2)]);

// Runs the Playwright e2e suite against a production build, in Debian's Chromium.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const specs = existsSync('e2e') ? readdirSync('e2e').filter((f) => f.endsWith('.spec.ts')) : [];
if (specs.length === 0) {
  console.log('e2e: no specs yet');
  process.exit(0);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['vite', 'build']);
run('npx', ['playwright', 'test']);

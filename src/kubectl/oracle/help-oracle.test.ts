import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands';
import { runRealKubectl } from './real-kubectl';

// Every command with a help text prints what kubectl v1.34.5 prints for `--help` (help needs no server).
const WITH_HELP = COMMANDS.filter((c) => c.help).map((c) => [c.path.join(' '), c.help!] as const);

describe('kubectl --help against kubectl v1.34', () => {
  it('has commands with help', () => expect(WITH_HELP.length).toBeGreaterThan(10));
  it.each(WITH_HELP)('kubectl %s --help', (path, help) => {
    const real = runRealKubectl([...path.split(' '), '--help'], { env: { HOME: '/root' } });
    expect({ code: real.code, help }).toEqual({ code: 0, help: real.stdout });
  }, 30_000);
});

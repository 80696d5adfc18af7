import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { Cluster } from '../sim/cluster';
import { Shell } from './shell';

const sh = new Shell({ cluster: new Cluster({ seed: 1 }), fs: new MemoryWorkspace() });

describe('printf at the prompt formats as bash does', { timeout: 60_000 }, () => {
  // expected values printed by GNU bash 5.2's printf builtin
  it.each([
    ["printf '[%5s|%-5s|%.2s]\\n' ab cd xyz", '[   ab|cd   |xy]\n'],
    ["printf '[%05d|%+d|% d|%-4d|%.3d|%5d]\\n' 42 7 3 9 5 -12", '[00042|+7| 3|9   |005|  -12]\n'],
    ["printf '%s=%d;' a 1 b 2", 'a=1;b=2;'],
    ["printf '100%%\\n'", '100%\n'],
  ])('%s', (line, out) => {
    expect(sh.run(line).out).toBe(out);
  });

  it('writes a file of an exact size with a field width (how a lesson makes a Secret over 1 MiB)', () => {
    const fs = new MemoryWorkspace();
    const s = new Shell({ cluster: new Cluster({ seed: 1 }), fs });
    s.run("printf '%1048577s' > big.txt");
    expect(s.run('wc -c big.txt').out).toBe('1048577 big.txt\n');
    expect(s.run('kubectl create secret generic big --from-file=big.txt').out).toBe(
      'error: failed to create secret Secret "big" is invalid: data: Too long: may not be more than 1048576 bytes\n',
    );
    // a ConfigMap's limit is on the whole object: its field path is empty
    expect(s.run('kubectl create configmap big --from-file=big.txt').out).toBe(
      'error: failed to create configmap: ConfigMap "big" is invalid: : Too long: may not be more than 1048576 bytes\n',
    );
  });

  it('refuses output that would not fit in memory instead of building it', () => {
    expect(sh.run("printf '%999999999s' x")).toEqual({ out: 'bash: printf: write error: No space left on device\n', code: 1 });
  });
});

import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskWorkspace } from '../shell/disk-workspace';
import { parseCliArgs, runScript } from './sim';

describe('sim CLI arguments', () => {
  it.each([
    [['s.sh'], { seed: 1, script: 's.sh' }],
    [['--seed', '42', 's.sh'], { seed: 42, script: 's.sh' }],
    [['--seed=7', '-'], { seed: 7, script: '-' }],
    [['--etcd-members', '5', 's.sh'], { seed: 1, script: 's.sh', etcdMembers: 5 }],
    [['--etcd-members=4', 's.sh'], 'invalid --etcd-members value: 4 (1, 3, 5 or 7)'],
    [[], 'missing SCRIPT (use - for stdin)'],
    [['--seed', 'x', 's.sh'], 'invalid --seed value: x'],
    [['--bogus', 's.sh'], 'unknown option: --bogus'],
    [['a.sh', 'b.sh'], 'unexpected argument: b.sh'],
  ])('%j → %j', (argv, want) => {
    expect(parseCliArgs(argv)).toEqual(want);
  });
});

describe('sim CLI workspace', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sim-'));
  mkdirSync(join(dir, 'manifests'));
  writeFileSync(join(dir, 'manifests', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-disk\n');

  it('reads files relative to the script folder and keeps writes in memory', () => {
    const ws = new DiskWorkspace(dir);
    expect(ws.read('manifests/cm.yaml')).toContain('from-disk');
    expect(ws.read('./manifests/cm.yaml')).toContain('from-disk');
    expect(ws.read('nope.yaml')).toBeUndefined();
    ws.write('manifests/cm.yaml', 'changed');
    expect(ws.read('manifests/cm.yaml')).toBe('changed');
    expect(readFileSync(join(dir, 'manifests', 'cm.yaml'), 'utf8')).toContain('from-disk');
    expect(ws.list()).toEqual(['manifests/cm.yaml']);
  });

  it('runs a script to a transcript that depends only on script and seed', () => {
    const script = 'kubectl apply -f manifests\necho hi > out.txt\ncat out.txt\nnope\n';
    const a = runScript(script, 3, dir);
    expect(a).toBe('$ kubectl apply -f manifests\nconfigmap/from-disk created\n$ echo hi > out.txt\n$ cat out.txt\nhi\n$ nope\nbash: nope: command not found\n');
    expect(runScript(script, 3, dir)).toBe(a);
  });
});

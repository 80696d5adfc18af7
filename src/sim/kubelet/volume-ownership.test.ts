import { describe, expect, it } from 'vitest';
import { Tree } from './fs';
import { setVolumeOwnership } from './volume-ownership';

const modes = (t: Tree, path: string[]) => {
  const n = t.node(path)!;
  return [n.mode.toString(8), n.gid];
};

describe('SetVolumeOwnership (volume_linux.go changeFilePermission)', () => {
  it('adds roMask/rwMask to files, set-group-ID and search to directories, and only re-groups symlinks', () => {
    for (const [readOnly, file, dir] of [
      [true, '440', '2755'],
      [false, '660', '2775'],
    ] as const) {
      const t = new Tree(0, 0o755);
      t.put('d/f', 'x', 0, 0o400);
      t.link('l', 'd/f', 0);
      setVolumeOwnership(t.root, 2000, readOnly);
      expect(modes(t, ['d', 'f'])).toEqual([file, 2000]);
      expect(modes(t, ['d'])).toEqual([dir, 2000]);
      expect(modes(t, ['l'])).toEqual(['777', 2000]);
    }
  });

  it('keeps a sticky tmpfs root sticky', () => {
    const t = new Tree(0, 0o1777);
    setVolumeOwnership(t.root, 5, true);
    expect(modes(t, [])).toEqual(['3777', 5]);
  });

  it('does nothing without fsGroup; OnRootMismatch skips a volume whose root already matches, Always walks it', () => {
    const t = new Tree(0, 0o755);
    setVolumeOwnership(t.root, undefined, false);
    expect(modes(t, [])).toEqual(['755', 0]);
    const matched = new Tree(0, 0o2770, 0, 7);
    matched.put('f', 'x', 0, 0o600);
    setVolumeOwnership(matched.root, 7, false, 'OnRootMismatch');
    expect(modes(matched, ['f'])).toEqual(['600', 0]);
    setVolumeOwnership(matched.root, 7, false, 'Always');
    expect(modes(matched, ['f'])).toEqual(['660', 7]);
    const mismatched = new Tree(0, 0o2770, 0, 8);
    mismatched.put('f', 'x', 0, 0o600);
    setVolumeOwnership(mismatched.root, 7, false, 'OnRootMismatch');
    expect(modes(mismatched, ['f'])).toEqual(['660', 7]);
  });
});

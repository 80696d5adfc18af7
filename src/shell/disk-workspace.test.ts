import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiskWorkspace } from './disk-workspace';

describe('the CLI workspace', () => {
  it('reads a file as bytes, so kubectl can tell a binary one from text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-'));
    writeFileSync(join(dir, 'blob.bin'), Uint8Array.from([0x00, 0xff, 0x01]));
    const ws = new DiskWorkspace(dir);
    expect(ws.readBytes('blob.bin')).toEqual(Uint8Array.from([0x00, 0xff, 0x01]));
    ws.write('blob.bin', 'hé');
    expect(ws.readBytes('blob.bin')).toEqual(new TextEncoder().encode('hé'));
    ws.remove('blob.bin');
    expect(ws.readBytes('blob.bin')).toBeUndefined();
  });
});

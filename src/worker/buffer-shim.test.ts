import { describe, expect, it } from 'vitest';

describe('Buffer shim for the worker', () => {
  it('converts like Node for base64, base64url and utf8', async () => {
    const NodeBuffer = globalThis.Buffer;
    // load the shim into a scope without Buffer
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    await import('./buffer-shim');
    const Shim = (globalThis as unknown as { Buffer: typeof NodeBuffer }).Buffer;
    (globalThis as { Buffer?: unknown }).Buffer = NodeBuffer;
    for (const s of ['hello', '中文 ok', 'a?b>c~']) {
      expect(Shim.from(s).toString('base64')).toBe(NodeBuffer.from(s).toString('base64'));
      expect(Shim.from(s).toString('base64url')).toBe(NodeBuffer.from(s).toString('base64url'));
      expect(Shim.from(NodeBuffer.from(s).toString('base64'), 'base64').toString('utf8')).toBe(s);
    }
  });
});

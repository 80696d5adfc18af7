import { describe, expect, it } from 'vitest';
import { MemoryWorkspace } from '../kubectl/context';
import { errorText } from '../kubectl/errors';
import { Cluster } from '../sim/cluster';
import { INTERNAL_ERROR_TEXT, InternalError } from '../sim/internal-error';
import { Shell } from './shell';

describe('the top-level guard', { timeout: 60_000 }, () => {
  it('reports a bug with a fixed text and a hint, never the JavaScript message, and the next command works', () => {
    const cluster = new Cluster({ seed: 3 });
    let boom = true;
    const sh = new Shell({
      cluster,
      fs: new MemoryWorkspace(),
      interceptKubectl: () => {
        if (!boom) return undefined;
        boom = false;
        return (null as unknown as { x: () => never }).x();
      },
    });
    const t = sh.transcript('kubectl get pods\nkubectl create cm after --from-literal=a=b\n');
    expect(t).toContain(INTERNAL_ERROR_TEXT);
    expect(t).toMatch(/^error: an internal error occurred\nhint: .*link/m);
    expect(t).not.toMatch(/Cannot read|null|TypeError/);
    expect(t).toContain('configmap/after created');
  });

  it('keeps domain errors and hides engine errors', () => {
    expect(errorText(new Error('unable to parse requirement: found \'\', expected: identifier'))).toBe("error: unable to parse requirement: found '', expected: identifier");
    expect(errorText(new TypeError("Cannot read properties of null (reading 'apiVersion')"))).toBe(INTERNAL_ERROR_TEXT);
    expect(errorText(new RangeError('Maximum call stack size exceeded'))).toBe(INTERNAL_ERROR_TEXT);
    expect(errorText(new InternalError('cluster did not settle'))).toBe(INTERNAL_ERROR_TEXT);
  });
});

import { describe, expect, it } from 'vitest';
import type { CheckSpec } from './types';
import { describeExpectation, evaluateChecks, mismatch } from './checks';

const spec = (expect: CheckSpec['expect']): CheckSpec => ({ id: 'c', title: { zh: 'c', en: 'c' }, run: 'x', expect });

describe('checks', () => {
  it.each([
    [{ words: 3 }, '10.244.1.5 10.244.2.6 10.244.2.7\n', true],
    [{ words: 3 }, '10.244.1.5\n', false],
    [{ equals: 'NodePort 30123' }, 'NodePort 30123\n', true],
    [{ matches: '^\\d+\\.\\d+' }, '1.2.3.4', true],
    [{ contains: "You've hit" }, "You've hit kubia-1\n", true],
    [{ notContains: 'error' }, 'fine', true],
  ])('compares %j with %j', (e, out, passed) => {
    expect(mismatch(spec(e), { out, code: 0 }) === undefined).toBe(passed);
  });

  it('ignores kubectl warnings (stderr) when counting words', () => {
    const out = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n1.1.1.1 2.2.2.2\n';
    expect(mismatch(spec({ words: 2 }), { out, code: 0 })).toBeUndefined();
  });

  it('fails a check whose command fails unless an exit code is expected', () => {
    expect(mismatch(spec({ contains: '' }), { out: 'Error from server (NotFound)', code: 1 })).toMatch(/exit code 1/);
    expect(mismatch(spec({ exitCode: 1, contains: 'NotFound' }), { out: 'Error from server (NotFound)', code: 1 })).toBeUndefined();
  });

  it('runs each check through the shell and reports its output', () => {
    const shell = { run: (t: string) => ({ out: t === 'a' ? 'yes\n' : 'no\n', code: 0 }) };
    const res = evaluateChecks(shell, [{ ...spec({ equals: 'yes' }), id: 'a', run: 'a' }, { ...spec({ equals: 'yes' }), id: 'b', run: 'b' }]);
    expect(res).toEqual([
      { id: 'a', passed: true, output: 'yes\n' },
      { id: 'b', passed: false, output: 'no\n' },
    ]);
  });

  it('leaves the path of the learner\'s last request as it was', () => {
    const services: Record<string, unknown> = { lastTrace: ['mine'] };
    const shell = { opts: { cluster: { services } }, run: () => ((services.lastTrace = ['check']), { out: 'x', code: 0 }) };
    evaluateChecks(shell, [spec({ equals: 'x' })]);
    expect(services.lastTrace).toEqual(['mine']);
  });

  it('says what was expected in both languages', () => {
    expect(describeExpectation(spec({ words: 3 }), 'en')).toBe('expected 3 items in the output');
    expect(describeExpectation(spec({ words: 3 }), 'zh')).toBe('输出应有 3 项');
  });
});

import { describe, expect, it } from 'vitest';
import { formatSelector, matchesSelector, parseSelector, selectorFromString } from './labels';

describe('label selectors', () => {
  it.each([
    ['app=kubia', { app: 'kubia' }, true],
    ['app=kubia', { app: 'other' }, false],
    ['app==kubia,env!=prod', { app: 'kubia', env: 'dev' }, true],
    ['app==kubia,env!=prod', { app: 'kubia', env: 'prod' }, false],
    ['env in (dev, qa)', { env: 'qa' }, true],
    ['env notin (dev)', {}, true],
    ['app', { app: '' }, true],
    ['!app', { app: 'x' }, false],
    ['', { any: 'thing' }, true],
  ])('%s on %j → %s', (sel, labels, want) => {
    expect(selectorFromString(sel)(labels as Record<string, string>)).toBe(want);
  });

  it('rejects malformed selectors', () => {
    expect(() => parseSelector('app=kubia,,')).toThrow();
  });

  it('treats a null API selector as matching nothing and an empty one as everything', () => {
    expect(matchesSelector(null, { a: 'b' })).toBe(false);
    expect(matchesSelector({}, { a: 'b' })).toBe(true);
    expect(matchesSelector({ matchExpressions: [{ key: 'a', operator: 'In', values: ['b'] }] }, { a: 'b' })).toBe(true);
  });

  it('formats selectors sorted by key', () => {
    expect(formatSelector({ matchLabels: { b: '2', a: '1' } })).toBe('a=1,b=2');
    expect(formatSelector({})).toBe('<none>');
  });
});

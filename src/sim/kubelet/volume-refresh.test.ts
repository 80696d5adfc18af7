import { describe, expect, it } from 'vitest';
import { tokenRefreshSeconds } from './volume-refresh';

describe('projected token renewal (kubelet token manager requiresRefresh)', () => {
  it.each([
    // the kube-api-access volume's lifetime: 3607 - 3607*20/100 (integer division)
    [3607, 2886],
    [3600, 2880],
    [600, 480],
    // a token is renewed at least once a day
    [172800, 86400],
  ])('renews a token of %i s after %i s', (lifetime, after) => {
    expect(tokenRefreshSeconds(lifetime)).toBe(after);
  });
});

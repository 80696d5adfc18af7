import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';

describe('edit distance', () => {
  it.each([
    ['', '', 0],
    ['', 'get', 3],
    ['get', '', 3],
    ['get', 'get', 0],
    ['creat', 'create', 1],
    ['gte', 'get', 2],
    ['kitten', 'sitting', 3],
    ['contianers', 'containers', 2],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

import { describe, expect, it } from 'vitest';
import { packScoreLists, packScores, scoreAt } from './packed-scores';

const read = (p: ReturnType<typeof packScores>, n: number) => Array.from({ length: n }, (_, i) => scoreAt(p, i));

describe('packScoreLists', () => {
  it('reads back every list as packScores of that list does', () => {
    const lists = [[100, undefined, 0, 42], [3, 7], [undefined, 254, 1]];
    const packed = packScoreLists(lists);
    lists.forEach((l, i) => expect(read(packed[i], l.length + 1)).toEqual(read(packScores(l), l.length + 1)));
  });

  it('widens every list to shorts when one score needs them', () => {
    const packed = packScoreLists([[1, 2], [300, undefined]]);
    expect(packed[0]).toBeInstanceOf(Uint16Array);
    expect(read(packed[1], 2)).toEqual([300, undefined]);
  });

  it('keeps lists it cannot pack as packScores keeps them', () => {
    const packed = packScoreLists([[1.5, 2], [3]]);
    expect(packed[0]).toEqual([1.5, 2]);
    expect(read(packed[1], 1)).toEqual([3]);
  });
});

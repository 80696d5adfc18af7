/**
 * A scheduling attempt's per-node scores as the activity log keeps them: scores are small integers (0..100 per
 * plugin, their weighted sum at most a few thousand), so a typed array of bytes or shorts holds them, with its
 * highest value standing for a node that was not scored. A pod scored on hundreds of nodes then keeps a few
 * kilobytes in the log instead of tens; anything else is kept as given.
 */
export type PackedScores = readonly (number | undefined)[] | Uint8Array | Uint16Array;

/** The smallest typed array that holds every score exactly (its top value marking "not scored"), else the list itself. */
export function packScores(scores: readonly (number | undefined)[]): PackedScores {
  let max = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s === undefined) continue;
    if (!Number.isInteger(s) || s < 0 || Object.is(s, -0)) return scores;
    if (s > max) max = s;
  }
  if (max >= 0xffff) return scores;
  const out = max < 0xff ? new Uint8Array(scores.length) : new Uint16Array(scores.length);
  const none = max < 0xff ? 0xff : 0xffff;
  for (let i = 0; i < scores.length; i++) out[i] = scores[i] ?? none;
  return out;
}

/**
 * packScores of several lists at once, in one typed array of the type the largest score needs and a view
 * of it per list: a pod scored by eight plugins costs one buffer, not nine (a typed array's own buffer is
 * the costly part of making one). Lists that cannot be packed are packed one by one, as packScores does.
 */
export function packScoreLists(lists: readonly (readonly (number | undefined)[])[]): PackedScores[] {
  let max = 0;
  let total = 0;
  for (const scores of lists) {
    total += scores.length;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i];
      if (s === undefined) continue;
      if (!Number.isInteger(s) || s < 0 || Object.is(s, -0) || s >= 0xffff) return lists.map(packScores);
      if (s > max) max = s;
    }
  }
  const buf = max < 0xff ? new Uint8Array(total) : new Uint16Array(total);
  const none = max < 0xff ? 0xff : 0xffff;
  const out: PackedScores[] = [];
  let at = 0;
  for (const scores of lists) {
    for (let i = 0; i < scores.length; i++) buf[at + i] = scores[i] ?? none;
    out.push(buf.subarray(at, at + scores.length));
    at += scores.length;
  }
  return out;
}

/** The score of node `i`, undefined where it was not scored (or past the end, as an array reads). */
export function scoreAt(scores: PackedScores, i: number): number | undefined {
  if (Array.isArray(scores)) return scores[i];
  const s = (scores as Uint8Array | Uint16Array)[i];
  return s === undefined || s === (scores instanceof Uint8Array ? 0xff : 0xffff) ? undefined : s;
}

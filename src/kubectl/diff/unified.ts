/**
 * `diff -u` of two texts (what kubectl diff runs on its LIVE and MERGED files): a shortest edit
 * script (Myers), printed as hunks with three lines of context, deletions before insertions.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

/** A shortest edit script turning `a` into `b` (Myers' greedy algorithm, keeping each round's frontier). */
function editScript(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
    v = next;
  }
  // walk the frontiers back from the end
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const t = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && t[offset + k - 1] < t[offset + k + 1]);
    const pk = down ? k + 1 : k - 1;
    const px = d === 0 ? 0 : t[offset + pk];
    const py = px - pk;
    while (x > px && y > py && x > 0 && y > 0 && a[x - 1] === b[y - 1]) {
      ops.push({ kind: ' ', line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (down) ops.push({ kind: '+', line: b[--y] });
    else ops.push({ kind: '-', line: a[--x] });
  }
  ops.reverse();
  return ops;
}

/** Changed-line flags with a zero at each end (GNU diff's sentinels): line k is at k + 1. */
class Flags {
  readonly f: Uint8Array;
  constructor(n: number) {
    this.f = new Uint8Array(n + 2);
  }
  get(k: number): number {
    return this.f[k + 1];
  }
  set(k: number, v: number): void {
    this.f[k + 1] = v;
  }
}

/**
 * GNU diff's shift_boundaries: a run of changed lines next to an identical unchanged line may
 * move; runs slide to join neighbouring changes, and otherwise as far down as they go, then back
 * to where they face a change in the other file.
 */
function shiftBoundaries(changed: Flags, other: Flags, lines: string[]): void {
  const end = lines.length;
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < end && !changed.get(i)) {
      while (other.get(j++));
      i++;
    }
    if (i === end) break;
    let start = i;
    while (changed.get(++i));
    while (other.get(j)) j++;
    let runLength: number;
    let corresponding: number;
    do {
      runLength = i - start;
      while (start && lines[start - 1] === lines[i - 1]) {
        changed.set(--start, 1);
        changed.set(--i, 0);
        while (changed.get(start - 1)) start--;
        while (other.get(--j));
      }
      corresponding = other.get(j - 1) ? i : end;
      while (i !== end && lines[start] === lines[i]) {
        changed.set(start++, 0);
        changed.set(i++, 1);
        while (changed.get(i)) i++;
        while (other.get(++j)) corresponding = i;
      }
    } while (runLength !== i - start);
    while (corresponding < i) {
      changed.set(--start, 1);
      changed.set(--i, 0);
      while (other.get(--j));
    }
  }
}

/** The script diff prints: changes placed as GNU diff places them, each block's deletions first. */
function diffOps(a: string[], b: string[]): Op[] {
  const ca = new Flags(a.length);
  const cb = new Flags(b.length);
  let x = 0;
  let y = 0;
  for (const op of editScript(a, b)) {
    if (op.kind === '-') ca.set(x++, 1);
    else if (op.kind === '+') cb.set(y++, 1);
    else {
      x++;
      y++;
    }
  }
  shiftBoundaries(ca, cb, a);
  shiftBoundaries(cb, ca, b);
  const out: Op[] = [];
  x = 0;
  y = 0;
  while (x < a.length || y < b.length) {
    if (x < a.length && y < b.length && !ca.get(x) && !cb.get(y)) {
      out.push({ kind: ' ', line: a[x++] });
      y++;
      continue;
    }
    const at = x + y;
    while (x < a.length && ca.get(x)) out.push({ kind: '-', line: a[x++] });
    while (y < b.length && cb.get(y)) out.push({ kind: '+', line: b[y++] });
    // both sides keep as many unchanged lines; should they not, what is left still prints and the loop ends
    if (x + y === at) out.push(x < a.length ? { kind: '-', line: a[x++] } : { kind: '+', line: b[y++] });
  }
  return out;
}

/** `-l,s` of a hunk header: a one-line range drops `,1`; an empty one names the line before it. */
function range(start: number, size: number): string {
  if (size === 1) return String(start);
  return `${size === 0 ? start - 1 : start},${size}`;
}

function lines(text: string): string[] {
  if (text === '') return [];
  const l = text.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
}

/** The hunks of `diff -u` (without the `---`/`+++` header); '' when the texts are equal. */
export function unifiedHunks(from: string, to: string, context = 3): string {
  const ops = diffOps(lines(from), lines(to));
  const changed = ops.map((o, i) => (o.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
  if (!changed.length) return '';
  // group changes whose gap of unchanged lines is at most two contexts
  const groups: [number, number][] = [];
  for (const i of changed) {
    const last = groups[groups.length - 1];
    if (last && i - last[1] - 1 <= 2 * context) last[1] = i;
    else groups.push([i, i]);
  }
  let text = '';
  for (const [first, last] of groups) {
    const start = Math.max(0, first - context);
    const end = Math.min(ops.length - 1, last + context);
    // line numbers at the hunk's start
    let aLine = 1;
    let bLine = 1;
    for (let i = 0; i < start; i++) {
      if (ops[i].kind !== '+') aLine++;
      if (ops[i].kind !== '-') bLine++;
    }
    let aSize = 0;
    let bSize = 0;
    let body = '';
    for (let i = start; i <= end; i++) {
      if (ops[i].kind !== '+') aSize++;
      if (ops[i].kind !== '-') bSize++;
      body += `${ops[i].kind}${ops[i].line}\n`;
    }
    text += `@@ -${range(aLine, aSize)} +${range(bLine, bSize)} @@\n${body}`;
  }
  return text;
}

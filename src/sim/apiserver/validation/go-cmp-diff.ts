/**
 * The comparison tree go-cmp's default reporter builds (one node per path step, with counts of
 * equal and unequal leaves, children and depth), and the edit script it uses to line up slice
 * elements. Our own implementation of the behaviour of github.com/google/go-cmp v0.7.0 with its
 * search direction fixed to forward-first (go-cmp picks it at random per process).
 */
import type { GoMap, GoStruct, GoType, GoValue } from './go-types';

/** A value that is absent on one side (an inserted or removed element or entry). */
const ABSENT = undefined;

export interface DiffRecord {
  /** Struct field name or map key; none for slice elements. */
  key?: string;
  node: DiffNode;
}

export interface DiffNode {
  type: GoType;
  x: GoValue | undefined;
  y: GoValue | undefined;
  numSame: number;
  numDiff: number;
  /** Leaves compared by an `Equal` method. */
  numCompared: number;
  numChildren: number;
  maxDepth: number;
  records?: DiffRecord[];
  /** The pointed-to value of a pointer node. */
  value?: DiffNode;
}

function leaf(type: GoType, x: GoValue | undefined, y: GoValue | undefined, equal: boolean, byMethod = false): DiffNode {
  return { type, x, y, numSame: equal ? 1 : 0, numDiff: equal ? 0 : 1, numCompared: byMethod ? 1 : 0, numChildren: 0, maxDepth: 0 };
}

function adopt(parent: DiffNode, child: DiffNode): void {
  parent.numSame += child.numSame;
  parent.numDiff += child.numDiff;
  parent.numCompared += child.numCompared;
  parent.numChildren += child.numChildren + 1;
  parent.maxDepth = Math.max(parent.maxDepth, child.maxDepth + 1);
}

/** Compare x and y of type t (either may be ABSENT) into a tree of nodes. */
export function compareValues(t: GoType, x: GoValue | undefined, y: GoValue | undefined): DiffNode {
  if (x === ABSENT || y === ABSENT) return leaf(t, x, y, false);
  if (t.kind === 'struct' && t.equal) return leaf(t, x, y, t.equal(x as GoStruct, y as GoStruct), true);
  if (t.kind === 'basic') return leaf(t, x, y, x === y);
  if (t.kind !== 'struct' && (x === null || y === null)) return leaf(t, x, y, x === null && y === null);
  const node: DiffNode = { type: t, x, y, numSame: 0, numDiff: 0, numCompared: 0, numChildren: 0, maxDepth: 0 };
  const push = (child: DiffNode, key?: string) => {
    (node.records ??= []).push({ key, node: child });
    adopt(node, child);
  };
  switch (t.kind) {
    case 'ptr': {
      const child = compareValues(t.elem, x, y);
      node.value = child;
      adopt(node, child);
      return node;
    }
    case 'struct':
      node.records = [];
      for (const f of t.fields) push(compareValues(f.type, (x as GoStruct)[f.name], (y as GoStruct)[f.name]), f.name);
      return node;
    case 'map': {
      node.records = [];
      const xs = new Map((x as GoMap).entries);
      const ys = new Map((y as GoMap).entries);
      const keys = [...new Set([...xs.keys(), ...ys.keys()])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const k of keys) push(compareValues(t.elem, xs.get(k), ys.get(k)), k);
      return node;
    }
    case 'slice': {
      node.records = [];
      const xs = x as GoValue[];
      const ys = y as GoValue[];
      const script = editScript(xs.length, ys.length, (i, j) => {
        const n = compareValues(t.elem, xs[i], ys[j]);
        return { same: n.numSame, diff: n.numDiff };
      });
      let i = 0;
      let j = 0;
      for (const e of script) {
        if (e === 'X') push(compareValues(t.elem, xs[i++], ABSENT));
        else if (e === 'Y') push(compareValues(t.elem, ABSENT, ys[j++]));
        else push(compareValues(t.elem, xs[i++], ys[j++]));
      }
      return node;
    }
  }
}

/** `.` identity, `M` modified, `X` only in x, `Y` only in y. */
type Edit = '.' | 'M' | 'X' | 'Y';
type Result = { same: number; diff: number };

const isEqual = (r: Result) => r.diff === 0;
const isSimilar = (r: Result) => r.same + 1 >= r.diff;

/** 0, -1, 1, -2, 2, ... */
function zigzag(i: number): number {
  return i % 2 === 1 ? -(i + 1) / 2 : i / 2;
}

class Walk {
  edits: Edit[] = [];
  constructor(
    readonly dir: 1 | -1,
    public x: number,
    public y: number,
  ) {}

  step(e: Edit): void {
    this.edits.push(e);
    if (e !== 'Y') this.x += this.dir;
    if (e !== 'X') this.y += this.dir;
  }

  /** Walk to (tx, ty), preferring matches, then similar pairs, then the longer remaining side. */
  connect(tx: number, ty: number, f: (i: number, j: number) => Result): void {
    if (this.dir > 0) {
      while (tx > this.x && ty > this.y) {
        const r = f(this.x, this.y);
        this.step(isEqual(r) ? '.' : isSimilar(r) ? 'M' : tx - this.x >= ty - this.y ? 'X' : 'Y');
      }
      while (tx > this.x) this.step('X');
      while (ty > this.y) this.step('Y');
    } else {
      while (this.x > tx && this.y > ty) {
        const r = f(this.x - 1, this.y - 1);
        this.step(isEqual(r) ? '.' : isSimilar(r) ? 'M' : this.y - ty >= this.x - tx ? 'Y' : 'X');
      }
      while (this.x > tx) this.step('X');
      while (this.y > ty) this.step('Y');
    }
  }
}

/**
 * The edit script from x (nx elements) to y (ny): a greedy search from both ends that stops at
 * the first matching pair on each diagonal, within a linear budget (not a minimal diff).
 */
export function editScript(nx: number, ny: number, f: (i: number, j: number) => Result): Edit[] {
  const fwd = new Walk(1, 0, 0);
  const rev = new Walk(-1, nx, ny);
  const ff = { x: 0, y: 0 };
  const rf = { x: nx, y: ny };
  let budget = 4 * (nx + ny);
  let forward = true;
  while (ff.x < rf.x && ff.y < rf.y && budget > 0) {
    let stop1 = false;
    let stop2 = false;
    for (let i = 0; !(stop1 && stop2) && budget > 0; i++) {
      const z = zigzag(i);
      if (forward) {
        const px = ff.x + z;
        const py = ff.y - z;
        if (px >= rev.x || py < fwd.y) stop1 = true;
        else if (py >= rev.y || px < fwd.x) stop2 = true;
        else if (isEqual(f(px, py))) {
          fwd.connect(px, py, f);
          fwd.step('.');
          while (fwd.x < rev.x && fwd.y < rev.y && isEqual(f(fwd.x, fwd.y))) fwd.step('.');
          ff.x = fwd.x;
          ff.y = fwd.y;
          stop1 = stop2 = true;
        } else budget--;
      } else {
        const px = rf.x - z;
        const py = rf.y + z;
        if (fwd.x >= px || rev.y < py) stop1 = true;
        else if (fwd.y >= py || rev.x < px) stop2 = true;
        else if (isEqual(f(px - 1, py - 1))) {
          rev.connect(px, py, f);
          rev.step('.');
          while (fwd.x < rev.x && fwd.y < rev.y && isEqual(f(rev.x - 1, rev.y - 1))) rev.step('.');
          rf.x = rev.x;
          rf.y = rev.y;
          stop1 = stop2 = true;
        } else budget--;
      }
    }
    if (forward) {
      if (rev.x - ff.x >= rev.y - ff.y) ff.x++;
      else ff.y++;
    } else if (rf.x - fwd.x >= rf.y - fwd.y) rf.x--;
    else rf.y--;
    forward = !forward;
  }
  fwd.connect(rev.x, rev.y, f);
  return [...fwd.edits, ...rev.edits.reverse()];
}

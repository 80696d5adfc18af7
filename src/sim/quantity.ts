/** Kubernetes resource quantities (`100m`, `128Mi`, `1.5`, `2G`, `1e3`). */
const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

const QUANTITY_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;

export function isQuantity(v: unknown): boolean {
  return (typeof v === 'number' && isFinite(v)) || (typeof v === 'string' && QUANTITY_RE.test(v.trim()));
}

/** Parse to a plain number (cores for CPU, bytes for memory). Throws on bad input. */
export function parseQuantity(v: string | number): number {
  if (typeof v === 'number') return v;
  const m = QUANTITY_RE.exec(v.trim());
  if (!m) throw new Error(`quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'`);
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  if (suffix in BINARY) return n * BINARY[suffix];
  if (suffix in DECIMAL) return n * DECIMAL[suffix];
  return n * Math.pow(10, Number(suffix.slice(1)));
}

/** CPU in millicores (what the scheduler sums). */
export function milliCpu(v: string | number | undefined): number {
  return v === undefined ? 0 : Math.round(parseQuantity(v) * 1000);
}

/** Memory in bytes. */
export function bytes(v: string | number | undefined): number {
  return v === undefined ? 0 : Math.round(parseQuantity(v));
}

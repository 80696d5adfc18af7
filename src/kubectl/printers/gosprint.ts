import { formatNumber } from './yaml';

/** fmt.Sprint of a decoded JSON value: maps as `map[k:v]` with sorted keys, slices as `[a b]`. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(goSprint).join(' ') + ']';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return (
      'map[' +
      Object.keys(o)
        .sort()
        .map((k) => `${k}:${goSprint(o[k])}`)
        .join(' ') +
      ']'
    );
  }
  return String(v);
}

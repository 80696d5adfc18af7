/** `150M`, `1G`, `512k`, `100Mi` as stress and Kubernetes read them. */
export function parseQuantityBytes(s: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)([kKmMgGtT]i?)?[bB]?$/.exec(s.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toUpperCase().replace('I', '');
  const mult: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30, T: 2 ** 40 };
  return Number(m[1]) * mult[unit];
}

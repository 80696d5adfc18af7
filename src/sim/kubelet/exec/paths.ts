/** `/bin/sh` → `sh`. */
export function basename(p: string): string {
  const s = p.replace(/\/+$/, '');
  return s.slice(s.lastIndexOf('/') + 1) || '/';
}

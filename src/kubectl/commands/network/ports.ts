/** Port parsing shared by `kubectl create service` and `kubectl expose` (kubectl's parsePorts, IsValidPortName). */
import { KubectlError } from '../../errors';

/** apimachinery IsValidPortName: the messages joined with "," as kubectl prints them. */
function portNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (name.length > 15) errs.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) errs.push('must contain at least one letter (a-z)');
  if (name.includes('--')) errs.push('must not contain consecutive hyphens');
  if (name.length > 0 && (name.startsWith('-') || name.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/** Go's strconv.ParseUint(s, 10, 16) with its error texts. */
function parseUint16(s: string): number {
  if (!/^\d+$/.test(s)) throw new KubectlError(`strconv.ParseUint: parsing ${JSON.stringify(s)}: invalid syntax`);
  const n = Number(s);
  if (n > 65535) throw new KubectlError(`strconv.ParseUint: parsing ${JSON.stringify(s)}: value out of range`);
  return n;
}

/** `80`, `80:8080` or `80:http` → port and target port (a number or a port name). */
export function parsePortSpec(spec: string): { port: number; targetPort: number | string } {
  const parts = spec.split(':');
  const port = parseUint16(parts[0]);
  if (parts.length === 1) return { port, targetPort: port };
  const t = parts[1];
  if (/^[+-]?\d+$/.test(t)) {
    const n = Number(t);
    if (n < 1 || n > 65535) throw new KubectlError('must be between 1 and 65535, inclusive');
    return { port, targetPort: n };
  }
  const errs = portNameErrors(t);
  if (errs.length) throw new KubectlError(errs.join(','));
  return { port, targetPort: t };
}

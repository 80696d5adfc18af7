/**
 * Time zones as Go's time package sees them (LoadLocation, Time.In, time.Date), over the IANA
 * database that Intl carries. kube-controller-manager runs in a container without
 * /etc/localtime, so its Local zone is UTC.
 */

/** A wall-clock reading of an instant in one zone (month 1-12, weekday 0 = Sunday). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

export interface Zone {
  /** The IANA name (`UTC` for UTC and Local). */
  readonly name: string;
  /** The zone's offset from UTC at instant `ms`, in ms. */
  offsetAt(ms: number): number;
}

const UTC_ZONE: Zone = { name: 'UTC', offsetAt: () => 0 };
const zones = new Map<string, Zone>();

/** time.LoadLocation: `""`, `UTC` and `Local` are UTC; any other name must be in the database, spelled as it is there. */
export function loadLocation(name: string): Zone | { error: string } {
  if (name === '' || name === 'UTC' || name === 'Local') return UTC_ZONE;
  const known = zones.get(name);
  if (known) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    return { error: `unknown time zone ${name}` };
  }
  // the database's files are case-sensitive; Intl is not
  const resolved = format.resolvedOptions().timeZone;
  if (resolved !== name && resolved.toLowerCase() === name.toLowerCase()) return { error: `unknown time zone ${name}` };
  const zone: Zone = { name, offsetAt: (ms) => intlOffset(format, ms) };
  zones.set(name, zone);
  return zone;
}

function intlOffset(format: Intl.DateTimeFormat, ms: number): number {
  const at = Math.floor(ms / 1000) * 1000;
  const n = Object.create(null) as Record<string, number>;
  for (const p of format.formatToParts(at)) if (p.type !== 'literal') n[p.type] = Number(p.value);
  return Date.UTC(n.year, n.month - 1, n.day, n.hour, n.minute, n.second) - at;
}

/** Time.In(zone): the wall clock at instant `ms`. */
export function wallTime(zone: Zone, ms: number): WallTime {
  const d = new Date(ms + zone.offsetAt(ms));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), weekday: d.getUTCDay() };
}

/** time.Date: the instant of a wall time, fields normalised (month 13 is next January); in a gap or an overlap, the zone's offset just before wins. */
export function zonedDate(zone: Zone, year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const guess = asUtc - zone.offsetAt(asUtc);
  const off = zone.offsetAt(guess);
  return asUtc - off;
}

/** Go's RFC3339 layout: `Z` for a zero offset, else `±hh:mm`. */
export function formatRfc3339(zone: Zone, ms: number): string {
  const off = zone.offsetAt(ms);
  const w = wallTime(zone, ms);
  const p2 = (n: number) => String(n).padStart(2, '0');
  const date = `${String(w.year).padStart(4, '0')}-${p2(w.month)}-${p2(w.day)}T${p2(w.hour)}:${p2(w.minute)}:${p2(w.second)}`;
  if (off === 0) return `${date}Z`;
  const mins = Math.abs(off) / 60_000;
  return `${date}${off < 0 ? '-' : '+'}${p2(Math.floor(mins / 60))}:${p2(mins % 60)}`;
}

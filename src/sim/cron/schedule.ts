/**
 * robfig/cron v3's standard parser (cron.ParseStandard), which kube-apiserver validates with and
 * the CronJob controller schedules by: five fields (minute hour day-of-month month day-of-week)
 * of comma lists of `*`/`?`, numbers, names, ranges and steps, or a @descriptor, optionally after
 * `TZ=<zone>`/`CRON_TZ=<zone>`; and its `Next`, searched on the zone's wall clock.
 */
import { goDuration } from '../parse-duration';
import { loadLocation, wallTime, zonedDate, type WallTime, type Zone } from './zone';

/** A parsed schedule: the first activation strictly after `ms`, undefined when none comes within five years. */
export interface CronSchedule {
  next(ms: number): number | undefined;
}

interface Bounds {
  min: number;
  max: number;
  names?: Record<string, number>;
}

const MONTH_NAMES: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DOW_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DOM: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = { min: 1, max: 12, names: MONTH_NAMES };
const DOW: Bounds = { min: 0, max: 6, names: DOW_NAMES };

/** The values a field allows; `star` when it was written `*` or `?` without a step over 1 (day matching reads it). */
interface Field {
  values: Set<number>;
  star: boolean;
}

interface Spec {
  minute: Field;
  hour: Field;
  dom: Field;
  month: Field;
  dow: Field;
}

type Parsed = { schedule: CronSchedule } | { error: string };

const fail = (error: string): { error: string } => ({ error });

/** cron.ParseStandard, with robfig's error texts. */
export function parseStandard(input: string): Parsed {
  if (input.length === 0) return fail('empty spec string');
  let spec = input;
  let zone: Zone = loadLocation('UTC') as Zone;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const name = spec.slice(spec.indexOf('=') + 1, space === -1 ? undefined : space);
    const loc = loadLocation(name);
    if ('error' in loc) return fail(`provided bad location ${name}: ${loc.error}`);
    zone = loc;
    spec = space === -1 ? '' : spec.slice(space).trim();
  }
  if (spec.startsWith('@')) return descriptor(spec, zone);
  const fields = spec.split(/\s+/).filter((f) => f !== '');
  if (fields.length !== 5) return fail(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  const parsed: Field[] = [];
  for (const [i, b] of [MINUTES, HOURS, DOM, MONTHS, DOW].entries()) {
    const f = parseField(fields[i], b);
    if ('error' in f) return f;
    parsed.push(f);
  }
  const [minute, hour, dom, month, dow] = parsed;
  return { schedule: specSchedule({ minute, hour, dom, month, dow }, zone) };
}

function all(b: Bounds): Field {
  return { values: range(b.min, b.max, 1), star: true };
}

function one(v: number): Field {
  return { values: new Set([v]), star: false };
}

const DESCRIPTORS: Record<string, () => Spec> = {
  '@yearly': () => ({ minute: one(0), hour: one(0), dom: one(1), month: one(1), dow: all(DOW) }),
  '@annually': () => DESCRIPTORS['@yearly'](),
  '@monthly': () => ({ minute: one(0), hour: one(0), dom: one(1), month: all(MONTHS), dow: all(DOW) }),
  '@weekly': () => ({ minute: one(0), hour: one(0), dom: all(DOM), month: all(MONTHS), dow: one(0) }),
  '@daily': () => ({ minute: one(0), hour: one(0), dom: all(DOM), month: all(MONTHS), dow: all(DOW) }),
  '@midnight': () => DESCRIPTORS['@daily'](),
  '@hourly': () => ({ minute: one(0), hour: all(HOURS), dom: all(DOM), month: all(MONTHS), dow: all(DOW) }),
};

function descriptor(spec: string, zone: Zone): Parsed {
  if (Object.hasOwn(DESCRIPTORS, spec)) return { schedule: specSchedule(DESCRIPTORS[spec](), zone) };
  const every = '@every ';
  if (spec.startsWith(every)) {
    const d = goDuration(spec.slice(every.length));
    if ('error' in d) return fail(`failed to parse duration ${spec}: ${d.error}`);
    // cron.Every: at least a second, truncated to whole seconds
    const delay = Math.max(1000, d.ms - (d.ms % 1000));
    return { schedule: { next: (ms) => Math.floor(ms / 1000) * 1000 + delay } };
  }
  return fail(`unrecognized descriptor: ${spec}`);
}

function parseField(field: string, b: Bounds): Field | { error: string } {
  const out: Field = { values: new Set(), star: false };
  for (const expr of field.split(',').filter((e) => e !== '')) {
    const r = parseRange(expr, b);
    if ('error' in r) return r;
    for (const v of r.values) out.values.add(v);
    out.star ||= r.star;
  }
  return out;
}

/** getRange: `*`, `?`, `n`, `a-b`, each optionally `/step` (`n/step` runs to the maximum). */
function parseRange(expr: string, b: Bounds): Field | { error: string } {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    [start, end, star] = [b.min, b.max, true];
  } else {
    const s = parseIntOrName(lowAndHigh[0], b.names);
    if (typeof s === 'string') return fail(s);
    start = s;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const e = parseIntOrName(lowAndHigh[1], b.names);
      if (typeof e === 'string') return fail(e);
      end = e;
    } else return fail(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const s = parseUint(rangeAndStep[1]);
    if (typeof s === 'string') return fail(s);
    step = s;
    if (lowAndHigh.length === 1) end = b.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) return fail(`too many slashes: ${expr}`);
  if (start < b.min) return fail(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) return fail(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) return fail(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) return fail(`step of range should be a positive number: ${expr}`);
  return { values: range(start, end, step), star };
}

function range(min: number, max: number, step: number): Set<number> {
  const s = new Set<number>();
  for (let i = min; i <= max; i += step) s.add(i);
  return s;
}

function parseIntOrName(expr: string, names?: Record<string, number>): number | string {
  const lower = expr.toLowerCase();
  if (names && Object.hasOwn(names, lower)) return names[lower];
  return parseUint(expr);
}

/** mustParseInt: strconv.Atoi, then no negatives. */
function parseUint(expr: string): number | string {
  if (!/^[+-]?\d+$/.test(expr)) return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: invalid syntax`;
  const n = Number(expr);
  if (Math.abs(n) > 2 ** 63 - 1) return `failed to parse int from ${expr}: strconv.Atoi: parsing ${JSON.stringify(expr)}: value out of range`;
  if (n < 0) return `negative number (${n}) not allowed: ${expr}`;
  return n;
}

/** SpecSchedule.Next: walk month, day, hour and minute forward on the zone's wall clock, starting over when one wraps. */
function specSchedule(s: Spec, zone: Zone): CronSchedule {
  const dayMatches = (w: WallTime) => {
    const domMatch = s.dom.values.has(w.day);
    const dowMatch = s.dow.values.has(w.weekday);
    return s.dom.star || s.dow.star ? domMatch && dowMatch : domMatch || dowMatch;
  };
  const date = (w: WallTime, month: number, day: number, hour: number, minute: number) => zonedDate(zone, w.year, month, day, hour, minute, 0);
  return {
    next(from: number): number | undefined {
      // the upcoming whole second
      let t = Math.floor(from / 1000) * 1000 + 1000;
      let w = wallTime(zone, t);
      let added = false;
      const yearLimit = w.year + 5;
      wrap: for (;;) {
        if (w.year > yearLimit) return undefined;
        while (!s.month.values.has(w.month)) {
          if (!added) {
            added = true;
            w = wallTime(zone, (t = date(w, w.month, 1, 0, 0)));
          }
          w = wallTime(zone, (t = date(w, w.month + 1, w.day, w.hour, w.minute)));
          if (w.month === 1) continue wrap;
        }
        while (!dayMatches(w)) {
          if (!added) {
            added = true;
            w = wallTime(zone, (t = date(w, w.month, w.day, 0, 0)));
          }
          w = wallTime(zone, (t = date(w, w.month, w.day + 1, w.hour, w.minute)));
          // a DST change can move midnight: snap back to it
          if (w.hour !== 0) w = wallTime(zone, (t += (w.hour > 12 ? 24 - w.hour : -w.hour) * 3_600_000));
          if (w.day === 1) continue wrap;
        }
        while (!s.hour.values.has(w.hour)) {
          if (!added) {
            added = true;
            w = wallTime(zone, (t = date(w, w.month, w.day, w.hour, 0)));
          }
          w = wallTime(zone, (t += 3_600_000));
          if (w.hour === 0) continue wrap;
        }
        while (!s.minute.values.has(w.minute)) {
          if (!added) {
            added = true;
            t -= t % 60_000;
          }
          w = wallTime(zone, (t += 60_000));
          if (w.minute === 0) continue wrap;
        }
        // the standard parser's seconds field is 0
        if (w.second !== 0) {
          if (!added) t -= t % 1000;
          t += (60 - w.second) * 1000;
          w = wallTime(zone, t);
          added = true;
          continue wrap;
        }
        return t;
      }
    },
  };
}

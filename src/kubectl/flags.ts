import { goDuration } from '../sim/parse-duration';

/** A pflag-style parser: `--name=value`, `--name value`, `-n value`, `-nvalue`, bool flags, and `--`. */
/** `strings` is pflag's StringSlice (splits on commas); `stringArray` is StringArray (each use is one value). */
/** `duration` is pflag's Duration: checked with Go's time.ParseDuration, kept as the typed text. */
/** `int32` is pflag's Int32: like `int`, and out of range past 32 bits. */
type FlagType = 'bool' | 'string' | 'strings' | 'stringArray' | 'int' | 'int32' | 'duration';

export interface FlagSpec {
  name: string;
  short?: string;
  type: FlagType;
  default?: string | boolean | number | string[];
  /** pflag NoOptDefVal: the value of `--flag` given without `=value` (the next argument is not consumed). */
  noOptDefault?: string;
  /** cobra MarkFlagRequired: checked after parsing, before the command runs. */
  required?: boolean;
}

export interface ParsedArgs {
  /** Positional arguments before `--`. */
  args: string[];
  /** Everything after `--` (the command for `exec` / `run`). */
  command: string[];
  /** Whether `--` was present. */
  dashDash: boolean;
  flags: Record<string, string | boolean | number | string[] | undefined>;
  /** Flags the user actually set. */
  set: Set<string>;
  /** Every flag occurrence in command-line order, with its text (`true` for a bare bool): what `--record` writes. */
  given?: [string, string][];
}

export class FlagError extends Error {}

/** Flags every kubectl command accepts. */
const GLOBAL_FLAGS: FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'as', type: 'string' },
  { name: 'as-group', type: 'stringArray' },
  { name: 'as-uid', type: 'string' },
  { name: 'token', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'server', short: 's', type: 'string' },
  { name: 'v', short: 'v', type: 'int' },
  { name: 'request-timeout', type: 'string' },
  { name: 'warnings-as-errors', type: 'bool' },
];

export function parseFlags(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const all = [...GLOBAL_FLAGS, ...specs];
  const byName = new Map(all.map((s) => [s.name, s]));
  const byShort = new Map(all.filter((s) => s.short).map((s) => [s.short!, s]));
  const out: ParsedArgs = { args: [], command: [], dashDash: false, flags: {}, set: new Set(), given: [] };
  for (const s of all) if (s.default !== undefined) out.flags[s.name] = Array.isArray(s.default) ? [...s.default] : s.default;

  const assign = (spec: FlagSpec, raw: string | undefined, shown: string): void => {
    out.set.add(spec.name);
    out.given!.push([spec.name, raw ?? 'true']);
    // pflag names a flag with its shorthand in "invalid argument" errors, however it was typed
    const named = spec.short ? `-${spec.short}, --${spec.name}` : `--${spec.name}`;
    if (spec.type === 'bool') {
      if (raw === undefined || raw === 'true') out.flags[spec.name] = true;
      else if (raw === 'false') out.flags[spec.name] = false;
      else throw new FlagError(`invalid argument "${raw}" for "${named}" flag: strconv.ParseBool: parsing "${raw}": invalid syntax`);
      return;
    }
    if (raw === undefined) throw new FlagError(`flag needs an argument: ${shown}`);
    if (spec.type === 'int' || spec.type === 'int32') {
      if (!/^-?\d+$/.test(raw)) throw new FlagError(`invalid argument "${raw}" for "${named}" flag: strconv.ParseInt: parsing "${raw}": invalid syntax`);
      const n = Number(raw);
      if (spec.type === 'int32' && (n > 2 ** 31 - 1 || n < -(2 ** 31))) throw new FlagError(`invalid argument "${raw}" for "${named}" flag: strconv.ParseInt: parsing "${raw}": value out of range`);
      out.flags[spec.name] = n;
    } else if (spec.type === 'duration') {
      const d = goDuration(raw);
      if ('error' in d) throw new FlagError(`invalid argument "${raw}" for "${named}" flag: ${d.error}`);
      out.flags[spec.name] = raw;
    } else if (spec.type === 'strings' || spec.type === 'stringArray') {
      const prev = out.set.has(spec.name) && Array.isArray(out.flags[spec.name]) && out.flags[`__${spec.name}`] ? (out.flags[spec.name] as string[]) : [];
      // pflag reads an empty StringSlice value as no items, `a,` as `a` and ''
      out.flags[spec.name] = [...prev, ...(spec.type === 'strings' ? (raw === '' ? [] : raw.split(',')) : [raw])];
      out.flags[`__${spec.name}`] = true;
    } else {
      out.flags[spec.name] = raw;
    }
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.dashDash = true;
      out.command = argv.slice(i + 1);
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = byName.get(name);
      if (!spec) throw new FlagError(`unknown flag: --${name}`);
      let raw = eq >= 0 ? a.slice(eq + 1) : undefined;
      if (raw === undefined && spec.type !== 'bool') {
        if (spec.noOptDefault !== undefined) raw = spec.noOptDefault;
        else if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: --${name}`);
        else raw = argv[++i];
      }
      assign(spec, raw, `--${name}`);
    } else if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      // a run of shorthand flags, e.g. -it, -n default, -ndefault, -oyaml
      for (let j = 1; j < a.length; j++) {
        const ch = a[j];
        const spec = byShort.get(ch);
        if (!spec) throw new FlagError(`unknown shorthand flag: '${ch}' in ${a}`);
        if (spec.type === 'bool') {
          if (a[j + 1] === '=') {
            assign(spec, a.slice(j + 2), `-${ch}, --${spec.name}`);
            break;
          }
          assign(spec, undefined, `-${ch}, --${spec.name}`);
          continue;
        }
        let raw = a.slice(j + 1);
        // pflag drops the `=` of `-c=x` but takes a lone `-c=` as the value "="
        if (raw.startsWith('=') && raw.length > 1) raw = raw.slice(1);
        if (raw === '') {
          if (i + 1 >= argv.length) throw new FlagError(`flag needs an argument: '${ch}' in -${ch}`);
          raw = argv[++i];
        }
        assign(spec, raw, `-${ch}, --${spec.name}`);
        break;
      }
    } else {
      out.args.push(a);
    }
  }
  for (const k of Object.keys(out.flags)) if (k.startsWith('__')) delete out.flags[k];
  return out;
}

/** cobra's ValidateRequiredFlags: the unset required flags, by name as pflag visits them. */
export function missingRequiredFlags(p: ParsedArgs, specs: FlagSpec[]): string | undefined {
  const missing = specs.filter((s) => s.required && !p.set.has(s.name)).map((s) => s.name).sort();
  return missing.length ? `required flag(s) "${missing.join('", "')}" not set` : undefined;
}

/** What every exec command uses: a success result, the image's flavour, paths and busybox-style options. */
import { normalize } from '../fs';
import type { CmdCtx, CmdResult } from './host';

export const ok = (out = ''): CmdResult => ({ out, code: 0 });

export const gnu = (c: CmdCtx) => c.host.def.flavor === 'gnu';

export const path = (c: CmdCtx, p: string) => normalize(p, c.cwd);

/** Split flags (`-la`, `-n 5`) from operands. */
export function opts(argv: string[], withValue: string[] = []): { flags: Set<string>; values: Record<string, string>; args: string[] } {
  const flags = new Set<string>();
  const values: Record<string, string> = {};
  const args: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) values[a.slice(2, eq)] = a.slice(eq + 1);
      else if (withValue.includes(a.slice(2))) values[a.slice(2)] = argv[++i] ?? '';
      else flags.add(a.slice(2));
    } else if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      for (let j = 1; j < a.length; j++) {
        if (withValue.includes(a[j])) {
          values[a[j]] = a.slice(j + 1) || (argv[++i] ?? '');
          break;
        }
        flags.add(a[j]);
      }
    } else args.push(a);
  }
  return { flags, values, args };
}

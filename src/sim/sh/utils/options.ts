/** Split flags (`-la`, `-n 5`) from operands, as busybox's getopt32 and GNU getopt read a command line (argv[0] is the command). */
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

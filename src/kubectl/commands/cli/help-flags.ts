/** Flag specs read from a command's help text, for commands whose flags are only listed there. */
import type { FlagSpec } from '../../flags';

/** The flags a help text lists under Options: type from the default's form, as pflag prints it. */
export function flagsFromHelp(help: string): FlagSpec[] {
  const specs: FlagSpec[] = [];
  const options = help.slice(help.indexOf('\nOptions:\n'), help.indexOf('\nUsage:\n'));
  for (const m of options.matchAll(/^ {4}(?:-(\w), )?--([\w-]+)=(.*):$/gm)) {
    const [, short, name, def] = m;
    let type: FlagSpec['type'] = 'string';
    if (def === 'true' || def === 'false') type = 'bool';
    else if (def.startsWith('[')) type = 'stringArray';
    else if (/^-?\d+$/.test(def)) type = 'int';
    else if (/^\d+(\.\d+)?(ns|us|ms|s|m|h)/.test(def)) type = 'duration';
    specs.push({ name, ...(short ? { short } : {}), type, ...(name === 'dry-run' ? { noOptDefault: 'unchanged' } : {}) });
  }
  return specs;
}


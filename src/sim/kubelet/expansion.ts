/**
 * `$(VAR)` expansion in env values, command and args (the kubelet's forked expansion package):
 * `$$` is an escaped `$`, unknown references stay as written, no recursion.
 */
export function expand(input: string, mapping: (name: string) => string | undefined): string {
  let out = '';
  let i = 0;
  while (i < input.length) {
    const c = input[i];
    if (c !== '$' || i + 1 >= input.length) {
      out += c;
      i++;
      continue;
    }
    const next = input[i + 1];
    if (next === '$') {
      // escaped: `$$` becomes `$`
      out += '$';
      i += 2;
      continue;
    }
    if (next === '(') {
      const close = input.indexOf(')', i + 2);
      const name = close < 0 ? '' : input.slice(i + 2, close);
      // a nested `$(` or `(` inside the name makes the reference malformed: keep it as is
      if (close < 0 || name.includes('(') || name.includes('$') || name === '') {
        if (close < 0) {
          out += input.slice(i);
          break;
        }
        out += input.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      const v = mapping(name);
      out += v === undefined ? `$(${name})` : v;
      i = close + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** A mapping over several maps, first match wins (container env before service env). */
export function mappingOf(...maps: Record<string, string>[]): (name: string) => string | undefined {
  return (name) => {
    for (const m of maps) if (Object.prototype.hasOwnProperty.call(m, name)) return m[name];
    return undefined;
  };
}

/** curl's command-line shapes that the curl command reads: grouped short options and `--write-out`. */

/** Short options that take a value (curl's tool_getparam table); in a group the value is the rest of the word or the next word. */
const SHORT_WITH_VALUE = new Set(['o', 'w', 'm', 'H', 'X', 'd', 'u', 'E', 'e', 'A', 'b', 'c', 'x', 'r', 'T', 'F', 'K', 'C', 'Y', 'y', 'z', 'U', 'Q', 'P']);

/** `-sSo f` → `-s -S -o f`, `-m2` → `-m 2`; long options and URLs pass through. */
export function expandShortOptions(argv: string[]): string[] {
  const out: string[] = [argv[0]];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-') || a.startsWith('--') || a.length < 2) {
      out.push(a);
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const f = a[k];
      out.push(`-${f}`);
      if (!SHORT_WITH_VALUE.has(f)) continue;
      const rest = a.slice(k + 1);
      if (rest) out.push(rest);
      else if (i + 1 < argv.length) out.push(argv[++i]);
      break;
    }
  }
  return out;
}

/** What one transfer leaves for `--write-out`. */
export interface TransferInfo {
  url: string;
  /** 0 when no response came (curl prints 000). */
  status: number;
  exitCode: number;
  ms: number;
  ip?: string;
  port: number;
  size: number;
  contentType?: string;
  method: string;
  errorMessage: string;
}

const seconds = (ms: number) => (ms / 1000).toFixed(6);

/** Render a `-w` format: `%{variable}`, `%%`, and the `\n`, `\r`, `\t`, `\\` escapes; unknown variables are reported and print nothing. */
export function writeOut(format: string, t: TransferInfo): { out: string; err: string } {
  const vars: Record<string, string> = {
    http_code: String(t.status).padStart(3, '0'),
    response_code: String(t.status).padStart(3, '0'),
    exitcode: String(t.exitCode),
    url: t.url,
    url_effective: t.url,
    remote_ip: t.ip ?? '',
    remote_port: t.ip ? String(t.port) : '',
    size_download: String(t.size),
    content_type: t.contentType ?? '',
    method: t.method,
    errormsg: t.errorMessage,
    time_total: seconds(t.ms),
  };
  let out = '';
  let err = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '%' && format[i + 1] === '%') {
      out += '%';
      i++;
    } else if (ch === '%' && format[i + 1] === '{') {
      const end = format.indexOf('}', i);
      if (end < 0) {
        out += format.slice(i);
        break;
      }
      const name = format.slice(i + 2, end);
      if (name in vars) out += vars[name];
      else err += `curl: unknown --write-out variable: '${name}'\n`;
      i = end;
    } else if (ch === '\\' && i + 1 < format.length && 'nrt\\'.includes(format[i + 1])) {
      out += { n: '\n', r: '\r', t: '\t', '\\': '\\' }[format[i + 1]];
      i++;
    } else out += ch;
  }
  return { out, err };
}

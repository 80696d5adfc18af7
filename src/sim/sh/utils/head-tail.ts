/** head and tail: the first or last lines (or bytes) of their inputs; `tail -n +N` starts at line N. */
import { StreamWriter } from '../streams';
import { inputs, type Util, type UtilCtx } from './context';

interface Count {
  n: number;
  /** `+N`: from the Nth line (or byte) on. */
  fromStart: boolean;
  /** `head -n -N`: all but the last N. */
  allBut: boolean;
  bytes: boolean;
  files: string[];
}

/** Parse `-n N`, `-nN`, `-N`, `+N` (tail), `--lines=N`, `-c N`; a string is the error. */
function parseCount(name: 'head' | 'tail', args: string[], ctx: UtilCtx): Count | string {
  const c: Count = { n: 10, fromStart: false, allBut: false, bytes: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    let v: string | undefined;
    let bytes = false;
    if (a === '-n' || a === '--lines') v = args[++i];
    else if (a.startsWith('--lines=')) v = a.slice(8);
    else if (/^-n.+/.test(a)) v = a.slice(2);
    else if (a === '-c' || a === '--bytes') [v, bytes] = [args[++i], true];
    else if (/^-c.+/.test(a)) [v, bytes] = [a.slice(2), true];
    else if (/^-\d+$/.test(a)) v = a.slice(1);
    else if (name === 'tail' && /^\+\d+$/.test(a) && !c.files.length) v = a;
    else if (a.startsWith('-') && a !== '-') return `invalid option -- '${a.slice(1, 2)}'`;
    else {
      c.files.push(a);
      continue;
    }
    if (v === undefined || !/^[+-]?\d+$/.test(v)) return ctx.flavor === 'busybox' ? `invalid number '${v ?? ''}'` : `invalid number of ${bytes ? 'bytes' : 'lines'}: '${v ?? ''}'`;
    c.fromStart = v.startsWith('+');
    c.allBut = name === 'head' && v.startsWith('-');
    c.bytes = bytes;
    c.n = Math.abs(Number(v));
  }
  return c;
}

/** Lines with their newlines (the last one may have none). */
function rawLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function pick(name: 'head' | 'tail', c: Count, text: string): string {
  const all = c.bytes ? [...text] : rawLines(text);
  const kept = name === 'head' ? all.slice(0, c.allBut ? Math.max(0, all.length - c.n) : c.n) : c.fromStart ? all.slice(Math.max(0, c.n - 1)) : c.n ? all.slice(-c.n) : [];
  return kept.join('');
}

function headTail(name: 'head' | 'tail'): Util {
  return (args, ctx) => {
    const w = new StreamWriter();
    const c = parseCount(name, args, ctx);
    if (typeof c === 'string') return w.err(`${name}: ${c}`).done();
    const texts = inputs(name, c.files, ctx, w);
    texts.forEach((t, k) => {
      if (c.files.length > 1) w.out(`${k ? '\n' : ''}==> ${t.name === '-' ? 'standard input' : t.name} <==\n`);
      w.out(pick(name, c, t.text));
    });
    return w.done();
  };
}

export const head = headTail('head');
export const tail = headTail('tail');

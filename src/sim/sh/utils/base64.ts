/** base64: encoded output wrapped at 76 columns (`-w 0` does not wrap), `-d` decodes. */
import { decodeBase64Bytes, encodeBase64 } from '../../base64';
import { StreamWriter } from '../streams';
import { inputs, type Util } from './context';

export const base64: Util = (args, ctx) => {
  const w = new StreamWriter();
  let decode = false;
  let wrap = 76;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-d' || a === '--decode' || a === '-D') decode = true;
    else if (a === '-w' || a === '--wrap') wrap = Number(args[++i] ?? '76');
    else if (a.startsWith('-w')) wrap = Number(a.slice(2));
    else if (a.startsWith('--wrap=')) wrap = Number(a.slice(7));
    else if (a === '-i' || a === '--ignore-garbage') continue;
    else if (a.startsWith('-') && a !== '-') return w.err(`base64: invalid option -- '${a.replace(/^-+/, '')}'\nTry 'base64 --help' for more information.`).done();
    else files.push(a);
  }
  const [input] = inputs('base64', files.slice(0, 1), ctx, w);
  if (input === undefined) return w.done();
  if (decode) {
    const clean = input.text.replace(/\s+/g, '');
    const ok = /^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.length % 4 !== 1;
    const decodable = ok ? clean.slice(0, clean.length - (clean.length % 4)) : clean.replace(/[^A-Za-z0-9+/=].*$/, '');
    const bytes = decodeBase64Bytes(decodable.slice(0, decodable.length - (decodable.length % 4)));
    w.out(new TextDecoder().decode(bytes));
    if (!ok || clean.length % 4 !== 0) w.err('base64: invalid input');
    return w.done();
  }
  const enc = encodeBase64(input.text);
  const lines = wrap > 0 ? (enc.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []) : [enc];
  w.out(lines.length ? lines.join('\n') + '\n' : enc ? enc + '\n' : '');
  return w.done();
};

/**
 * A small subset of Go text/template as kubectl's `-o go-template` uses it: text, `{{.a.b}}`, `{{.}}`,
 * `{{"lit"}}`, `{{range .x}}…{{end}}`, `{{if .x}}…{{else}}…{{end}}`, `{{index .m "k"}}`, `{{len .x}}`,
 * `{{base64decode .x}}`, trim markers `{{-` / `-}}`. Missing keys print `<no value>`.
 */
import { decodeBase64 } from '../../sim/base64';
import { own, hasOwn } from '../../sim/own';
import { KubectlError } from '../errors';
import { goSprint } from './gosprint';

type Tpl = { t: 'text'; s: string } | { t: 'expr'; e: string } | { t: 'range'; e: string; body: Tpl[]; else: Tpl[] } | { t: 'if'; e: string; body: Tpl[]; else: Tpl[] };

function tokenize(src: string): { text?: string; action?: string }[] {
  const out: { text?: string; action?: string }[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push({ text: src.slice(i) });
      break;
    }
    let text = src.slice(i, open);
    let start = open + 2;
    if (src[start] === '-' && src[start + 1] === ' ') {
      text = text.replace(/\s+$/, '');
      start += 1;
    }
    if (text) out.push({ text });
    const close = src.indexOf('}}', start);
    if (close < 0) throw new KubectlError('error parsing template, template: output:1: unclosed action');
    let action = src.slice(start, close);
    i = close + 2;
    if (action.endsWith(' -')) {
      action = action.slice(0, -2);
      while (i < src.length && /\s/.test(src[i])) i++;
    }
    out.push({ action: action.trim() });
  }
  return out;
}

function parse(tokens: { text?: string; action?: string }[], pos: { i: number }, stopAt: string[]): { nodes: Tpl[]; stop: string } {
  const nodes: Tpl[] = [];
  while (pos.i < tokens.length) {
    const tk = tokens[pos.i++];
    if (tk.text !== undefined) {
      nodes.push({ t: 'text', s: tk.text });
      continue;
    }
    const a = tk.action!;
    const word = a.split(/\s+/)[0];
    if (stopAt.includes(word)) return { nodes, stop: word };
    if (a.startsWith('/*')) continue;
    if (word === 'range' || word === 'if') {
      const e = a.slice(word.length).trim();
      const body = parse(tokens, pos, ['end', 'else']);
      let els: Tpl[] = [];
      if (body.stop === 'else') els = parse(tokens, pos, ['end']).nodes;
      nodes.push({ t: word, e, body: body.nodes, else: els });
      continue;
    }
    nodes.push({ t: 'expr', e: a });
  }
  if (stopAt.length) throw new KubectlError('error parsing template, template: output:1: unexpected EOF');
  return { nodes, stop: '' };
}

const MISSING = Symbol('missing');

function field(dot: unknown, path: string): unknown {
  if (path === '.') return dot;
  let cur: unknown = dot;
  for (const part of path.split('.').slice(1)) {
    // a map lookup: only the object's own keys exist (`.constructor` is a missing key)
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur) || !hasOwn(cur, part)) return MISSING;
    cur = own(cur, part);
  }
  return cur;
}

function splitArgs(e: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g;
  let m;
  while ((m = re.exec(e))) out.push(m[0]);
  return out;
}

function evalArg(arg: string, dot: unknown, root: unknown): unknown {
  if (arg.startsWith('"')) return JSON.parse(arg);
  if (arg.startsWith('`')) return arg.slice(1, -1);
  if (arg.startsWith('$')) return field(root, arg.slice(1) || '.');
  if (arg.startsWith('.')) return field(dot, arg);
  if (/^-?\d+$/.test(arg)) return Number(arg);
  if (arg === 'true' || arg === 'false') return arg === 'true';
  throw new KubectlError(`error parsing template, template: output:1: function "${arg}" not defined`);
}

function evalExpr(e: string, dot: unknown, root: unknown): unknown {
  const args = splitArgs(e.replace(/^\(|\)$/g, ''));
  const fn = args[0];
  if (fn === 'index') {
    let v = evalArg(args[1], dot, root);
    for (const k of args.slice(2)) {
      const key = evalArg(k, dot, root);
      if (v === null || typeof v !== 'object') return MISSING;
      v = Array.isArray(v) ? (typeof key === 'number' ? v[key] : undefined) : own(v, String(key));
      if (v === undefined) return MISSING;
    }
    return v;
  }
  if (fn === 'len') {
    const v = evalArg(args[1], dot, root);
    if (Array.isArray(v) || typeof v === 'string') return v.length;
    if (v && typeof v === 'object') return Object.keys(v).length;
    return 0;
  }
  if (fn === 'base64decode') {
    const v = evalArg(args[1], dot, root);
    return typeof v === 'string' ? decodeBase64(v) : '';
  }
  if (fn === 'printf') {
    const fmtStr = evalArg(args[1], dot, root) as string;
    const vals = args.slice(2).map((a) => evalArg(a, dot, root));
    let k = 0;
    return fmtStr.replace(/%[sdv]/g, () => goSprint(vals[k++]));
  }
  if (args.length !== 1) throw new KubectlError(`error parsing template, template: output:1: function "${fn}" not defined`);
  return evalArg(fn, dot, root);
}

function truthy(v: unknown): boolean {
  if (v === MISSING || v === null || v === undefined || v === false || v === 0 || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

function exec(nodes: Tpl[], dot: unknown, root: unknown): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.s;
    else if (n.t === 'expr') {
      const v = evalExpr(n.e, dot, root);
      out += v === MISSING ? '<no value>' : goSprint(v);
    } else if (n.t === 'if') {
      out += exec(truthy(evalExpr(n.e, dot, root)) ? n.body : n.else, dot, root);
    } else {
      const v = evalExpr(n.e, dot, root);
      const items = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => (v as Record<string, unknown>)[k]) : [];
      if (items.length === 0) out += exec(n.else, dot, root);
      for (const item of items) out += exec(n.body, item, root);
    }
  }
  return out;
}

/** Run a go-template against one object (kubectl allows missing keys by default). */
export function goTemplate(src: string, data: unknown): string {
  const nodes = parse(tokenize(src), { i: 0 }, []).nodes;
  return exec(nodes, data, data);
}

/**
 * A tiny markdown reader for lesson text: headings, paragraphs, lists, fenced code, inline code,
 * bold, italics and links. It produces data, never HTML, so lesson text cannot inject markup or script.
 */
import { splitCommands } from '../../lessons/replay';

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { t: 'heading'; level: number; c: Inline[] }
  | { t: 'para'; c: Inline[] }
  | { t: 'code'; lang: string; text: string }
  | { t: 'list'; ordered: boolean; start: number; items: Block[][] };

/** A stand-in origin to resolve relative links against: only where the browser would go matters. */
const BASE = new URL('https://same-origin.invalid/lessons/');

/**
 * Only explicit http(s) links and links that stay on this site survive, checked the way the browser
 * resolves them (`/\evil.com` is `https://evil.com/`); everything else (javascript:, data: …) becomes text.
 */
export function safeHref(href: string): string | undefined {
  const h = href.trim();
  let url: URL;
  try {
    url = new URL(h, BASE);
  } catch {
    return undefined;
  }
  if (/^https?:\/\//i.test(h)) return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  // a relative link must resolve to the page's own origin, and is kept in its resolved form
  if (url.origin !== BASE.origin || !/^[/#]/.test(h)) return undefined;
  return h.startsWith('#') ? url.hash : url.pathname + url.search + url.hash;
}

/** Parse inline markup. */
export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
  };
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i) {
        flush();
        out.push({ t: 'code', v: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '*' && s[i + 1] === '*') {
      const end = s.indexOf('**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ t: 'strong', c: parseInline(s.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    if (ch === '*' && s[i + 1] !== ' ') {
      const end = s.indexOf('*', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ t: 'em', c: parseInline(s.slice(i + 1, end)) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const m = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(s.slice(i));
      if (m) {
        flush();
        const href = safeHref(m[2]);
        if (href) out.push({ t: 'link', href, c: parseInline(m[1]) });
        else out.push({ t: 'text', v: m[1] });
        i += m[0].length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;
const FENCE = /^(\s*)```\s*([\w-]*)\s*$/;

/** Parse lesson markdown into blocks. */
export function parseMarkdown(md: string): Block[] {
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const readFence = (indent: number, lang: string): Block => {
    const body: string[] = [];
    i++;
    while (i < lines.length && !/^\s*```\s*$/.test(lines[i])) {
      body.push(lines[i].slice(Math.min(indent, lines[i].length - lines[i].trimStart().length)));
      i++;
    }
    i++; // closing fence
    return { t: 'code', lang, text: body.join('\n') };
  };
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      blocks.push(readFence(fence[1].length, fence[2]));
      continue;
    }
    const h = /^(#{1,4})\s+(.*)$/.exec(line);
    if (h) {
      blocks.push({ t: 'heading', level: h[1].length, c: parseInline(h[2].trim()) });
      i++;
      continue;
    }
    const li = LIST_ITEM.exec(line);
    if (li) {
      const indent = li[1].length;
      const ordered = /\d/.test(li[2]);
      const items: Block[][] = [];
      const indentOf = (l: string) => l.length - l.trimStart().length;
      const nextNonBlank = (from: number) => {
        let j = from;
        while (j < lines.length && !lines[j].trim()) j++;
        return j;
      };
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i]);
        if (!m || m[1].length !== indent) break;
        const item: Block[] = [];
        let text = [m[3]];
        const flushText = () => {
          if (text.length) item.push({ t: 'para', c: parseInline(text.join(' ')) });
          text = [];
        };
        i++;
        while (i < lines.length) {
          const l = lines[i];
          if (!l.trim()) {
            // a blank line ends the item unless indented content follows
            const j = nextNonBlank(i);
            if (j < lines.length && indentOf(lines[j]) > indent && !(LIST_ITEM.exec(lines[j])?.[1].length === indent)) {
              flushText();
              i = j;
              continue;
            }
            break;
          }
          const f = FENCE.exec(l);
          if (f && f[1].length > indent) {
            flushText();
            item.push(readFence(f[1].length, f[2]));
            continue;
          }
          if (LIST_ITEM.exec(l) || indentOf(l) <= indent) break;
          text.push(l.trim());
          i++;
        }
        flushText();
        items.push(item);
        // blank lines between items of the same list
        const j = nextNonBlank(i);
        if (j > i && j < lines.length && LIST_ITEM.exec(lines[j])?.[1].length === indent) i = j;
      }
      blocks.push({ t: 'list', ordered, start: ordered ? parseInt(li[2], 10) : 1, items });
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() && !FENCE.exec(lines[i]) && !/^#{1,4}\s/.test(lines[i]) && !LIST_ITEM.exec(lines[i])) para.push(lines[i++].trim());
    blocks.push({ t: 'para', c: parseInline(para.join(' ')) });
  }
  return blocks;
}

/** Commands of a ```sh block, each runnable unless it is a comment or holds a `<placeholder>` to fill in. */
export function shellCommands(text: string): { text: string; runnable: boolean }[] {
  return splitCommands(text, true).map((c) => ({
    text: c,
    runnable: !c.trim().startsWith('#') && !/<[^<>\s][^<>]*>/.test(c.split('\n')[0].replace(/<<-?\s*\S+/, '')),
  }));
}

import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref, shellCommands } from './markdown';

describe('lesson markdown', () => {
  it('reads headings, paragraphs, lists with code under an item, and fences', () => {
    const md = '# Title\n\nSome `code` and **bold**.\n\n1. First\n   ```\n   error: x\n   ```\n2. Second\n\n```sh\nkubectl get pods\n```\n';
    const b = parseMarkdown(md);
    expect(b.map((x) => x.t)).toEqual(['heading', 'para', 'list', 'code']);
    const list = b[2] as Extract<typeof b[number], { t: 'list' }>;
    expect(list.items).toHaveLength(2);
    expect(list.items[0][1]).toEqual({ t: 'code', lang: '', text: 'error: x' });
    expect(b[3]).toEqual({ t: 'code', lang: 'sh', text: 'kubectl get pods' });
  });

  it('keeps a paragraph indented under an item in that item, and numbers lists from their first number', () => {
    const b = parseMarkdown('1. One\n   ```\n   err\n   ```\n   Still one.\n2. Two\n\nAfter.\n\n3. Three\n');
    expect(b.map((x) => x.t)).toEqual(['list', 'para', 'list']);
    const first = b[0] as Extract<typeof b[number], { t: 'list' }>;
    expect(first.items.map((it) => it.map((x) => x.t))).toEqual([['para', 'code', 'para'], ['para']]);
    expect((b[2] as Extract<typeof b[number], { t: 'list' }>).start).toBe(3);
  });

  it('never keeps script URLs or raw HTML as markup', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('//evil.example')).toBeUndefined();
    // the browser reads a backslash as a slash: these leave the site
    expect(safeHref('/\\evil.example')).toBeUndefined();
    expect(safeHref('/\\/evil.example')).toBeUndefined();
    expect(safeHref('\\\\evil.example')).toBeUndefined();
    expect(safeHref('/%09/evil.example')).toBe('/%09/evil.example');
    expect(safeHref(' java\tscript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,x')).toBeUndefined();
    expect(safeHref('https://kubernetes.io/docs/')).toBe('https://kubernetes.io/docs/');
    expect(safeHref('/lessons/services/expose?x=1#a')).toBe('/lessons/services/expose?x=1#a');
    expect(safeHref('#section')).toBe('#section');
    expect(parseInline('[x](javascript:alert(1))')).toEqual([{ t: 'text', v: 'x' }, { t: 'text', v: ')' }]);
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([{ t: 'text', v: '<img src=x onerror=alert(1)>' }]);
  });

  it('makes command lines runnable except comments and placeholders', () => {
    expect(shellCommands('# look\nkubectl get svc\ncurl http://<node IP>:30123\nkubectl apply -f - <<EOF\na: 1\nEOF')).toEqual([
      { text: '# look', runnable: false },
      { text: 'kubectl get svc', runnable: true },
      { text: 'curl http://<node IP>:30123', runnable: false },
      { text: 'kubectl apply -f - <<EOF\na: 1\nEOF', runnable: true },
    ]);
  });
});

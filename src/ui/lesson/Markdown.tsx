import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, shellCommands, type Block, type Inline } from './markdown';
import { LESSON_TEXT } from './strings';
import { translate } from '../i18n';
import type { Lang } from '../../lessons';

function inline(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.t) {
      case 'text':
        return <Fragment key={i}>{n.v}</Fragment>;
      case 'code':
        // short snippets (flags, names) never break across lines
        return (
          <code key={i} className={n.v.length <= 28 ? 'nw' : undefined}>
            {n.v}
          </code>
        );
      case 'strong':
        return <strong key={i}>{inline(n.c)}</strong>;
      case 'em':
        return <em key={i}>{inline(n.c)}</em>;
      case 'link':
        return (
          <a key={i} href={n.href} target={n.href.startsWith('http') ? '_blank' : undefined} rel="noopener noreferrer">
            {inline(n.c)}
          </a>
        );
    }
  });
}

export interface MarkdownProps {
  text: string;
  lang: Lang;
  onRun(command: string): void;
}

/** A command's words as atoms, so a narrow panel wraps it between words (`--image=x` stays whole). */
function words(text: string): ReactNode[] {
  return text.split(/(\s+)/).map((w, i) => (!w || /\s/.test(w) ? w : <span key={i} className="lp-word">{w}</span>));
}

function ShellBlock({ text, lang, onRun }: { text: string; lang: Lang; onRun(c: string): void }) {
  return (
    <div className="lp-sh" data-testid="lesson-sh">
      {shellCommands(text).map((c, i) => (
        <div key={i} className="lp-sh-line">
          <pre>{words(c.text)}</pre>
          {c.runnable ? (
            <button className="lp-run" title={translate(lang, LESSON_TEXT.runTitle)} data-command={c.text} onClick={() => onRun(c.text)}>
              ▶ {translate(lang, LESSON_TEXT.run)}
            </button>
          ) : !c.text.trim().startsWith('#') ? (
            <span className="lp-fill">{translate(lang, LESSON_TEXT.fillIn)}</span>
          ) : null}
        </div>
      ))}
    </div>
  );
}

function block(b: Block, key: number, props: MarkdownProps): ReactNode {
  switch (b.t) {
    case 'heading': {
      const H = (['h2', 'h3', 'h4', 'h5'] as const)[b.level - 1];
      return <H key={key}>{inline(b.c)}</H>;
    }
    case 'para':
      return <p key={key}>{inline(b.c)}</p>;
    case 'code':
      return b.lang === 'sh' || b.lang === 'bash' ? (
        <ShellBlock key={key} text={b.text} lang={props.lang} onRun={props.onRun} />
      ) : (
        <pre key={key} className={`lp-code lang-${b.lang || 'text'}`}>
          {words(b.text)}
        </pre>
      );
    case 'list': {
      const items = b.items.map((item, i) => <li key={i}>{item.map((x, j) => block(x, j, props))}</li>);
      return b.ordered ? (
        <ol key={key} start={b.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
  }
}

/** Lesson markdown as React elements (never HTML strings): safe by construction. */
export const Markdown = memo(function Markdown(props: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(props.text), [props.text]);
  return <div className="lp-md">{blocks.map((b, i) => block(b, i, props))}</div>;
});

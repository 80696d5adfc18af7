/** The shell's grammar: `cmd [args] [redirections] | cmd ...`, pipelines joined by `&&`, `||`, `;`. */
import type { OpKind, Token, WordToken } from '../sim/sh/lexer';
import { heredocRedirect, type Redirect } from '../sim/sh/parse';

export interface SimpleCommand {
  /** Leading `NAME=value` words. */
  assigns: WordToken[];
  words: WordToken[];
  redirects: Redirect[];
}

interface Pipeline {
  commands: SimpleCommand[];
}

/** A command line: pipelines, each run depending on the previous one's exit code. */
export interface CommandList {
  items: { pipeline: Pipeline; /** How this pipeline is joined to the previous one. */ joiner: ';' | '&&' | '||' }[];
}

export class ShellSyntaxError extends Error {}

const CONTROL = new Set<OpKind>(['|', '&&', '||', ';', '&']);

/** Parse one scanned command's tokens. Throws ShellSyntaxError with bash's wording. */
export function parseTokens(tokens: Token[]): CommandList {
  const list: CommandList = { items: [] };
  let joiner: ';' | '&&' | '||' = ';';
  let pipeline: Pipeline = { commands: [] };
  let cmd: SimpleCommand = { assigns: [], words: [], redirects: [] };
  const near = (t: Token | undefined) => `syntax error near unexpected token \`${t ? (t.type === 'op' ? t.op : t.value) : 'newline'}'`;

  const endCommand = (t: Token | undefined): void => {
    if (!cmd.assigns.length && !cmd.words.length && !cmd.redirects.length) throw new ShellSyntaxError(near(t));
    pipeline.commands.push(cmd);
    cmd = { assigns: [], words: [], redirects: [] };
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'word') {
      if (t.assign && !cmd.words.length) cmd.assigns.push(t);
      else cmd.words.push(t);
      continue;
    }
    if (CONTROL.has(t.op)) {
      endCommand(t);
      if (t.op === '|') continue;
      list.items.push({ pipeline, joiner });
      pipeline = { commands: [] };
      // a trailing `;` or `&` ends the line; `&` runs in the foreground (there is no job control)
      joiner = t.op === '&&' || t.op === '||' ? t.op : ';';
      if ((t.op === ';' || t.op === '&') && i === tokens.length - 1) return list;
      continue;
    }
    // the prompt runs simple commands only: a subshell or `case` item is bash's syntax error here
    if (t.op === '(' || t.op === ')' || t.op === ';;' || t.op === '\n') throw new ShellSyntaxError(near(t));
    if (t.op === '2>&1' || t.op === '>&2') {
      cmd.redirects.push({ kind: t.op === '2>&1' ? 'errToOut' : 'outToErr' });
      continue;
    }
    if (t.op === '<<' || t.op === '<<-') {
      const h = t.heredoc!;
      cmd.redirects.push(heredocRedirect(h));
      continue;
    }
    const target = tokens[i + 1];
    if (!target || target.type !== 'word') throw new ShellSyntaxError(near(target));
    i++;
    const path = target;
    if (t.op === '>' || t.op === '>>') cmd.redirects.push({ kind: 'out', append: t.op === '>>', path });
    else if (t.op === '2>' || t.op === '2>>') cmd.redirects.push({ kind: 'err', append: t.op === '2>>', path });
    else if (t.op === '&>') cmd.redirects.push({ kind: 'both', path });
    else if (t.op === '<') cmd.redirects.push({ kind: 'in', path });
  }
  if (joiner !== ';' || pipeline.commands.length || cmd.assigns.length || cmd.words.length || cmd.redirects.length) endCommand(undefined);
  list.items.push({ pipeline, joiner });
  return list;
}

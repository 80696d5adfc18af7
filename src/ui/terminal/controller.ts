import type { Terminal } from '@xterm/xterm';
import type { CommandResult } from '../../kubectl/context';
import type { TerminalHandle } from '../../state/cluster';
import type { AppStore } from '../../state/store';
import { isWatch } from '../../worker/watch';
import { layoutInput, textCells } from './cells';
import { complete } from './complete';
import { needsMoreInput } from '../../sim/sh/parse';
import { afterSubmit, applyKey, emptyLine, insert, splitKeys, type LineState } from './lineEditor';
import { sanitizeTerminalOutput } from './sanitize';

const PROMPT = '\x1b[1;32m$\x1b[0m ';
const PROMPT_LEN = 2;
const CONT = '> ';

/** Text for xterm: filtered to the sequences a session needs, \n becomes \r\n. */
const crlf = (s: string) => sanitizeTerminalOutput(s).replace(/\r?\n/g, '\r\n');

/** Messages the controller needs in the UI language. */
export interface TerminalTexts {
  welcome: string;
  edit: (tab: string) => string;
}

/**
 * Drives an xterm Terminal: prompt, line editing, history, completion, continuation lines, Ctrl+C,
 * `clear`, `kubectl get -w` streams and `kubectl edit`; commands go to the sim through the store.
 */
export class TerminalController {
  private line: LineState = emptyLine();
  private mode: 'idle' | 'busy' | 'watch' = 'idle';
  /** The lines typed so far of a command that goes on (a heredoc, an open quote or `for` loop, a trailing `|` or `\`). */
  private pending: string[] | null = null;
  private stopWatch: (() => void) | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private disposed = false;
  /** Rows between the first row of the input (prompt) and the cursor, when the input wraps. */
  private cursorRow = 0;
  /** Nothing but the welcome line has been shown since the last reset: it may be redrawn in another language. */
  private pristine = true;
  private readonly unsubscribe: () => void;
  readonly handle: TerminalHandle;

  constructor(
    private readonly term: Terminal,
    private readonly store: AppStore,
    private texts: TerminalTexts,
  ) {
    this.handle = {
      print: (text) => this.printAbove(text),
      type: (command) => this.enqueue(() => this.typeAndRun(command)),
      show: (command, exec) => this.enqueue(() => this.showAndRun(command, exec)),
      reset: () => this.reset(),
    };
    term.onData((d) => this.onData(d));
    // a session that ends by itself (its pod went away) gives the prompt back
    this.unsubscribe = store.subscribe((s, prev) => {
      if (prev.session && !s.session && this.mode === 'idle' && !this.disposed) this.redraw();
    });
    term.writeln(`\x1b[2m${texts.welcome}\x1b[0m`);
    this.prompt();
  }

  /** A fresh terminal: no output, no running watch or unfinished command, the welcome line and a prompt. */
  private reset(): void {
    this.stopWatch?.();
    this.stopWatch = null;
    this.pending = null;
    this.mode = 'idle';
    this.line = emptyLine(this.line.history);
    this.term.reset();
    this.term.writeln(`\x1b[2m${this.texts.welcome}\x1b[0m`);
    this.pristine = true;
    this.prompt();
  }

  /** The page's language changed: later messages use it, and an untouched terminal redraws its welcome line. */
  setTexts(texts: TerminalTexts): void {
    this.texts = texts;
    if (this.pristine && this.mode === 'idle' && !this.pending && !this.session && this.line.buffer === '') this.reset();
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribe();
    this.stopWatch?.();
  }

  /** The open shell inside a pod, if the terminal belongs to one. */
  private get session() {
    return this.store.getState().session;
  }

  /** What precedes the input: a continuation line's `> `, the pod shell's prompt, or the playground's `$ `. */
  private promptText(): { text: string; len: number } {
    if (this.pending) return { text: CONT, len: CONT.length };
    const s = this.session;
    if (s) return { text: s.prompt, len: textCells(s.prompt) };
    return { text: PROMPT, len: PROMPT_LEN };
  }

  private enqueue<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.queue.then(fn, fn);
    this.queue = p.catch(() => undefined);
    return p;
  }

  private prompt(): void {
    this.cursorRow = 0;
    this.term.write(this.promptText().text);
  }

  /** Escape codes that move to the input's first row and erase the input (all its wrapped rows). */
  private eraseInput(): string {
    const up = this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '';
    this.cursorRow = 0;
    return `${up}\r\x1b[J`;
  }

  /** Redraw the current line (prompt + buffer), wrapped over as many rows as it needs, and place the cursor. */
  private redraw(): void {
    const { text: p, len } = this.promptText();
    const cols = Math.max(1, this.term.cols || 80);
    // rows and columns in cells: a CJK character takes two, and one that does not fit wraps whole
    const { cursor, end } = layoutInput(len, this.line.buffer, this.line.cursor, cols);
    let out = `${this.eraseInput()}${p}${this.line.buffer}`;
    // at the row's edge xterm holds the cursor in the last column: step onto the next row
    if (end.col === 0 && end.row > 0) out += ' \x1b[1D';
    const endRow = end.row;
    const { row, col } = cursor;
    if (endRow > row) out += `\x1b[${endRow - row}A`;
    out += '\r' + (col > 0 ? `\x1b[${col}C` : '');
    this.cursorRow = row;
    this.term.write(out);
  }

  /** Print output above the prompt without losing what the learner is typing. */
  private printAbove(text: string): void {
    this.pristine = false;
    if (this.mode === 'idle') this.term.write(this.eraseInput());
    this.term.write(crlf(text));
    if (this.mode === 'idle') this.redraw();
  }

  private onData(data: string): void {
    if (this.disposed) return;
    if (this.mode !== 'idle') {
      if (data === '\x03') this.interruptRunning();
      return;
    }
    // a paste: run each complete line, keep the rest at the prompt
    if (data.length > 1 && !data.startsWith('\x1b') && /[\r\n]/.test(data)) {
      const parts = data.replace(/\r\n/g, '\n').split(/[\r\n]/);
      const last = parts.pop() ?? '';
      void this.enqueue(async () => {
        for (const p of parts) {
          this.line = insert(this.line, p);
          this.redraw();
          await this.submit();
        }
        this.line = insert(this.line, last);
        this.redraw();
      });
      return;
    }
    for (const key of splitKeys(data)) this.key(key);
  }

  private key(key: string): void {
    const a = applyKey(this.line, key);
    switch (a.kind) {
      case 'none':
        return;
      case 'edit':
        this.line = a.state;
        this.redraw();
        return;
      case 'clear':
        this.term.clear();
        this.redraw();
        return;
      case 'interrupt':
        this.term.write('^C\r\n');
        this.pending = null;
        this.line = a.state;
        this.prompt();
        return;
      case 'complete':
        // inside a pod's shell the playground's kubectl completion does not apply
        if (!this.session) this.complete();
        return;
      case 'eof':
        if (this.session) void this.enqueue(() => this.endOfInput());
        return;
      case 'submit':
        void this.enqueue(() => this.submit());
        return;
    }
  }

  private complete(): void {
    const s = this.store.getState();
    const r = complete(this.line.buffer, this.line.cursor, s.completions, s.view?.objects ?? []);
    if (r.candidates.length > 1 && r.line === this.line.buffer) {
      this.term.write('\r\n' + r.candidates.join('  ') + '\r\n');
      this.cursorRow = 0;
    }
    this.line = { ...this.line, buffer: r.line, cursor: r.cursor };
    this.redraw();
  }

  /** Enter pressed: ask for another line while the command goes on (as bash does), or run it. */
  private async submit(): Promise<void> {
    const text = this.line.buffer;
    // leave the cursor after the whole (possibly wrapped) input before the newline
    this.line = { ...this.line, cursor: this.line.buffer.length };
    this.redraw();
    this.cursorRow = 0;
    this.term.write('\r\n');
    const first = !this.pending;
    // history keeps a command's first line, the one Up brings back to edit
    this.line = first ? afterSubmit(this.line, text) : emptyLine(this.line.history);
    if (first && this.session) return this.sessionLine(text);
    const lines = [...(this.pending ?? []), text];
    const full = lines.join('\n');
    if (needsMoreInput(full)) {
      this.pending = lines;
      return this.prompt();
    }
    this.pending = null;
    return this.execute(full);
  }

  private async execute(text: string): Promise<void> {
    this.pristine = false;
    const t = text.trim();
    if (t === '' || t.startsWith('#')) return this.prompt();
    if (t === 'clear') {
      this.term.clear();
      return this.prompt();
    }
    if (t === 'history') {
      this.term.write(crlf(this.line.history.map((h, i) => `${String(i + 1).padStart(5)}  ${h}`).join('\n') + '\n'));
      return this.prompt();
    }
    this.mode = 'busy';
    try {
      if (isWatch(t)) return await this.watch(t);
      const r = await this.store.getState().run(text);
      this.write(r);
      if (r.editing) this.term.write(crlf(`${this.texts.edit(r.editing)}\n`));
    } catch (e) {
      this.term.write(crlf(`error: ${(e as Error).message}\n`));
    }
    this.mode = 'idle';
    this.prompt();
  }

  /** A line typed at the pod shell's prompt runs in the container. */
  private async sessionLine(text: string): Promise<void> {
    if (text.trim() === 'clear') {
      this.term.clear();
      return this.prompt();
    }
    this.mode = 'busy';
    try {
      this.write(await this.store.getState().input(text));
    } catch (e) {
      this.term.write(crlf(`error: ${(e as Error).message}\n`));
    }
    this.mode = 'idle';
    this.prompt();
  }

  /** Ctrl+D at the pod shell's empty prompt: the shell exits, kubectl prints its last words. */
  private async endOfInput(): Promise<void> {
    this.cursorRow = 0;
    this.mode = 'busy';
    try {
      const r = await this.store.getState().input(null);
      if (r.out) this.term.write(crlf(r.out));
    } catch (e) {
      this.term.write(crlf(`error: ${(e as Error).message}\n`));
    }
    this.mode = 'idle';
    this.prompt();
  }

  private write(r: CommandResult): void {
    if (r.out) this.term.write(crlf(r.out.endsWith('\n') ? r.out : r.out + '\n'));
  }

  /** `kubectl get -w`: initial table, then rows as they change, until Ctrl+C. */
  private async watch(t: string): Promise<void> {
    this.mode = 'watch';
    const { result, stop } = await this.store.getState().watch(t, (chunk) => this.term.write(crlf(chunk)));
    this.write(result);
    if (result.code !== 0) {
      this.mode = 'idle';
      this.prompt();
      return;
    }
    this.stopWatch = stop;
  }

  private interruptRunning(): void {
    this.term.write('^C\r\n');
    if (this.mode === 'watch') {
      this.stopWatch?.();
      this.stopWatch = null;
      this.mode = 'idle';
      this.prompt();
    }
  }

  private async typeAndRun(command: string): Promise<void> {
    if (this.mode === 'watch') this.interruptRunning();
    this.line = { ...this.line, buffer: '', cursor: 0 };
    this.redraw();
    const delay = Math.max(4, Math.min(18, 700 / Math.max(1, command.length)));
    const lines = command.split('\n');
    for (let li = 0; li < lines.length; li++) {
      for (const ch of lines[li]) {
        this.line = insert(this.line, ch);
        this.redraw();
        await sleep(delay);
      }
      await this.submit();
    }
  }

  private async showAndRun(command: string | null, exec: () => Promise<CommandResult>): Promise<CommandResult> {
    this.pristine = false;
    const saved = this.line;
    this.term.write(command === null ? this.eraseInput() : `${this.eraseInput()}${PROMPT}${command}\r\n`);
    this.mode = 'busy';
    try {
      const r = await exec();
      this.write(r);
      return r;
    } finally {
      this.mode = 'idle';
      this.line = saved;
      this.redraw();
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}


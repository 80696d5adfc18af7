import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Requests that left the page's origin (should stay empty). */
export interface Guard {
  external: string[];
  errors: string[];
}

/**
 * Fail-safe network and console guard: every request to another origin is aborted and recorded,
 * every console error and uncaught exception is recorded.
 */
export async function guard(context: BrowserContext, page: Page): Promise<Guard> {
  const g: Guard = { external: [], errors: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    g.external.push(url.href);
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') g.errors.push(m.text());
  });
  page.on('pageerror', (e) => g.errors.push(e.message));
  return g;
}

/** The playground page, driven the way a learner would (plus a store handle to read state). */
export class AppPage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<void> {
    await this.page.goto(path);
  }

  /** Wait until the simulated cluster answered its first view. */
  async waitReady(): Promise<void> {
    await this.page.waitForFunction(() => {
      const kp = (window as unknown as { __kp?: { store: { getState(): { ready: boolean; view: unknown } } } }).__kp;
      return !!kp && kp.store.getState().ready && !!kp.store.getState().view;
    });
  }

  /** Click a canvas card once the layout and the camera have stopped moving it (a click on a moving card lands beside it). */
  async clickWhenStill(card: Locator): Promise<void> {
    await expect
      .poll(async () => {
        const before = JSON.stringify(await card.boundingBox());
        await this.page.waitForTimeout(300);
        return before === JSON.stringify(await card.boundingBox());
      })
      .toBe(true);
    await card.click();
  }

  /** The visible terminal text. */
  async terminalText(): Promise<string> {
    return (await this.page.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }

  /** Type a command at the prompt and press Enter. */
  async type(command: string): Promise<void> {
    await this.page.locator('[data-testid=terminal] .xterm').click();
    await this.page.keyboard.type(command, { delay: 5 });
    await this.page.keyboard.press('Enter');
  }

  async expectTerminal(text: string | RegExp): Promise<void> {
    await expect.poll(() => this.terminalText(), { timeout: 15_000 }).toMatch(text);
  }

  /** Replace the active tab's text (as a paste would) through the store. */
  async setEditorText(text: string): Promise<void> {
    await this.page.evaluate((t) => {
      const s = (window as unknown as { __kp: { store: { getState(): { active: string | null; setFile(n: string, t: string): void } } } }).__kp.store.getState();
      s.setFile(s.active!, t);
    }, text);
  }

  async editorText(): Promise<string> {
    return this.page.evaluate(() => {
      const s = (window as unknown as { __kp: { store: { getState(): { active: string | null; files: Record<string, string> } } } }).__kp.store.getState();
      return s.files[s.active!];
    });
  }

  /** A workspace file's text as the editor holds it (undefined: no such tab). */
  async fileText(name: string): Promise<string | undefined> {
    return this.page.evaluate((n) => {
      const s = (window as unknown as { __kp: { store: { getState(): { files: Record<string, string> } } } }).__kp.store.getState();
      return s.files[n];
    }, name);
  }

  /** Names of the pods in the current cluster view, sorted. */
  async podNames(namespace = 'default'): Promise<string[]> {
    return this.page.evaluate((ns) => {
      const s = (window as unknown as { __kp: { store: { getState(): { view: { objects: { kind: string; metadata: { name: string; namespace?: string } }[] } } } } }).__kp.store.getState();
      return s.view.objects.filter((o) => o.kind === 'Pod' && o.metadata.namespace === ns).map((o) => o.metadata.name).sort();
    }, namespace);
  }

  async waitMonaco(): Promise<void> {
    await this.page.locator('[data-testid=monaco] .monaco-editor').waitFor();
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `e2e-artifacts/${name}.png` });
  }
}

import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app-page';

/** The lesson page as a learner uses it: the panel's checks, Run buttons and navigation, plus the canvas. */
export class LessonPage extends AppPage {
  readonly panel: Locator;
  readonly canvas: Locator;

  constructor(page: Page) {
    super(page);
    this.panel = page.getByTestId('lesson-panel');
    this.canvas = page.getByTestId('cluster-canvas');
  }

  check(id: string): Locator {
    return this.panel.locator(`[data-check="${id}"]`);
  }

  /** Wait until every check of the step has been evaluated at least once. */
  async waitChecksEvaluated(): Promise<void> {
    await expect(this.panel.locator('[data-state="pending"]')).toHaveCount(0, { timeout: 30_000 });
  }

  async expectStepComplete(): Promise<void> {
    await expect(this.panel).toHaveAttribute('data-complete', 'true', { timeout: 30_000 });
  }

  /** Click the Run button of the panel's command that starts with `prefix`. */
  async runFromLesson(prefix: string): Promise<void> {
    await this.panel.locator(`.lp-run[data-command^="${prefix.replace(/"/g, '\\"')}"]`).first().click();
  }

  /** Paste YAML over the active Monaco tab's text, as a learner copying from elsewhere (typing would auto-indent each line). */
  async pasteIntoEditor(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    // Monaco takes input through a textarea or, in recent Chromium, an EditContext on its view: click where the text is
    await this.page.locator('[data-testid=monaco] .monaco-editor .view-lines').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  async clickApply(): Promise<void> {
    await this.page.getByRole('button', { name: /Apply|应用/ }).first().click();
  }

  /** A card on the canvas. */
  node(kind: string, name?: string, namespace = 'default'): Locator {
    return this.canvas.locator(`[data-kind="${kind}"][data-namespace="${namespace}"]${name ? `[data-name="${name}"]` : ''}`);
  }

  edges(relation: string, source?: string, target?: string): Locator {
    return this.canvas.locator(`[data-relation="${relation}"]${source ? `[data-source="${source}"]` : ''}${target ? `[data-target="${target}"]` : ''}`);
  }
}

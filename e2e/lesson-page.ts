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

  /** Type YAML into the active Monaco tab (replacing its text), the way a paste does. */
  async typeIntoEditor(text: string): Promise<void> {
    const editor = this.page.locator('[data-testid=monaco] .monaco-editor textarea').first();
    await editor.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    await this.page.keyboard.insertText(text);
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

import { expect, test } from '@playwright/test';
import { loadLessonsFromDisk } from '../src/lessons/load-node';
import { LessonPage } from './lesson-page';

const lessons = loadLessonsFromDisk(process.cwd());

// One screenshot of every lesson step, in both languages, at the step's start state.
for (const lang of ['en', 'zh'] as const) {
  test.describe(`every lesson step (${lang})`, () => {
    test.use({ locale: lang === 'zh' ? 'zh-CN' : 'en-US' });
    for (const lesson of lessons) {
      for (const step of lesson.steps) {
        test(`${lesson.id}/${step.id} opens with its text, tabs and failing checks`, async ({ page }) => {
          const app = new LessonPage(page);
          await app.open(`/lessons/${lesson.id}/${step.id}`);
          await app.waitReady();
          await expect(app.panel).toHaveAttribute('data-step', step.id);
          await expect(app.panel.locator('h2').first()).toHaveText(step.title[lang]);
          await app.waitChecksEvaluated();
          // the start state must leave something to do
          await expect(app.panel).toHaveAttribute('data-complete', 'false');
          await page.waitForTimeout(600);
          await app.screenshot(`${lesson.dir}-${step.dir}-${lang}`);
        });
      }
    }
  });
}

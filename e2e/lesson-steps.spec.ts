import { expect, test } from '@playwright/test';
import { loadLessonsFromDisk } from '../src/lessons/load-node';
import { startFiles } from '../src/lessons/replay';
import { LessonPage } from './lesson-page';

const lessons = loadLessonsFromDisk(process.cwd());

// One screenshot of every lesson step at its start state, in English and in Chinese (switched on the page).
test.describe('every lesson step', () => {
  test.use({ locale: 'en-US' });
  for (const lesson of lessons) {
    for (const step of lesson.steps) {
      test(`${lesson.id}/${step.id} opens with its text and failing checks, in both languages`, async ({ page }) => {
        // later steps replay every earlier solution first
        test.setTimeout(150_000);
        const app = new LessonPage(page);
        await app.open(`/lessons/${lesson.id}/${step.id}`);
        await app.waitReady();
        await expect(app.panel).toHaveAttribute('data-step', step.id);
        await expect(app.panel.locator('h2').first()).toHaveText(step.title.en);
        await app.waitChecksEvaluated();
        // a step that starts with editor tabs shows them
        if (Object.keys(startFiles(lesson, step.index)).length) await app.waitMonaco();
        // the start state must leave something to do
        await expect(app.panel).toHaveAttribute('data-complete', 'false');
        await page.waitForTimeout(800);
        await app.screenshot(`${lesson.dir}-${step.dir}-en`);
        await page.getByTestId('lang-switch').click();
        await expect(app.panel.locator('h2').first()).toHaveText(step.title.zh);
        await page.waitForTimeout(400);
        await app.screenshot(`${lesson.dir}-${step.dir}-zh`);
      });
    }
  }
});

test('a check on a file re-runs when a command saves it, though no API object changed', async ({ page }) => {
  const app = new LessonPage(page);
  await app.open('/lessons/architecture/components');
  await app.waitReady();
  await app.waitChecksEvaluated();
  await expect(app.check('components-saved')).toHaveAttribute('data-state', 'fail');
  await app.runFromLesson('kubectl get pods -n kube-system -o wide >');
  await expect(app.check('components-saved')).toHaveAttribute('data-state', 'pass');
  await expect(app.check('proxy-per-node')).toHaveAttribute('data-state', 'pass');
});

import { expect, test } from '@playwright/test';
import { AppPage, guard } from './app-page';

test('a command longer than the terminal is wide is echoed once, wrapped, and runs', async ({ page, context }) => {
  const g = await guard(context, page);
  const app = new AppPage(page);
  await app.open('/play?lang=en');
  await app.waitReady();
  const long = 'kubectl get pods --namespace kube-system --selector k8s-app=kube-dns,k8s-app!=a-label-value-that-makes-this-line-very-long,k8s-app!=another-long-label-value-to-wrap-twice -o wide --show-labels --sort-by=.metadata.name';
  expect(long.length).toBeGreaterThan(200);
  await app.type(long);
  await app.expectTerminal(/coredns-/);
  const text = await app.terminalText();
  // the echoed command appears once (its first 40 characters), not once per keystroke
  expect(text.split(long.slice(0, 40)).length - 1).toBe(1);
  expect(g.errors).toEqual([]);
});

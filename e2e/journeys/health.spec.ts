import { expect, test } from '@playwright/test';

test('the app is served with its API on one port and reports a healthy database', async ({
  page,
  request,
}) => {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  expect((await health.json()).database.reachable).toBe(true);

  const docs = await request.get('/api/openapi.json');
  expect(docs.ok()).toBe(true);

  await page.goto('/');
  await expect(page.getByRole('banner')).toContainText('Habeas');
});

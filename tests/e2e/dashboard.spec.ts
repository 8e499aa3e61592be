import { expect, test } from './fixtures';

test('loads the built dashboard and shows the headline figures with their sources', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: /Homeland Security Task Forces/ })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Headline figures' });
  await expect(cards).toBeVisible();
  const arrests = cards.getByRole('article', { name: 'Arrests' });
  await expect(arrests).toContainText('3,266');
  await expect(arrests).toContainText('Secondary');
  await expect(cards.getByRole('article', { name: 'Fentanyl pills' })).toContainText('2.1 million pills');
  await expect(page.getByText(/Data last reviewed/)).toBeVisible();
});

test('works from a sub-folder of a static host', async ({ page }) => {
  // scripts/serve.mjs mounts dist/ at /nested/hstf/ too; assets and the dataset are relative.
  const datasetRequest = page.waitForRequest(/data\/hstf\.json$/);
  await page.goto('./nested/hstf/');
  expect(new URL((await datasetRequest).url()).pathname).toBe('/nested/hstf/data/hstf.json');
  await expect(page.getByRole('list', { name: 'Headline figures' })).toBeVisible();
});

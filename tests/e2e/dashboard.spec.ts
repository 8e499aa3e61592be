import { expect, test } from './fixtures';

test('loads the built dashboard and shows the headline figures with their sources', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: /Homeland Security Task Forces/ })).toBeVisible();
  const cards = page.getByRole('list', { name: 'Headline figures' });
  await expect(cards).toBeVisible();
  const arrests = cards.getByRole('article', { name: 'Arrests' });
  const latest = arrests.getByRole('group', { name: 'Latest' });
  await expect(latest).toContainText('3,266');
  await expect(latest).toContainText('Secondary');
  // The caveat is visible on the card, whole (two lines at most on a desk; the whole on hover).
  await expect(latest.getByText('May count seizures too.')).toBeVisible();
  await expect(latest.getByText('May count seizures too.')).toHaveAttribute(
    'title',
    'May count seizures too.',
  );
  const best = arrests.getByRole('group', { name: 'Best-supported' });
  await expect(best).toBeVisible();
  await expect(best).toContainText('more than 3,200 people');
  await expect(best).toContainText('Primary');
  await expect(best).toContainText('Said by Attorney General Pam Bondi, Oct 23, 2025');
  // On a desk the line saying why both are shown is beside the section's heading, once.
  await expect(
    page.getByText('Latest claim and best-supported claim differ: both are shown.').first(),
  ).toBeVisible();
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

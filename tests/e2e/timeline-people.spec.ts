import { expect, test } from './fixtures';
import { axeViolations, COLOUR_RULES } from './page-checks';

test('a link filters the timeline; choosing a chart mark focuses its list entry', async ({ page }) => {
  await page.goto('./?type=operation,meeting&from=2025-08-25');
  const section = page.getByRole('region', { name: 'Timeline of events' });
  await expect(section.getByText('Showing 6 of 14 events')).toBeVisible();
  const list = section.getByRole('list', { name: 'Events in date order' });
  await expect(list.getByRole('article')).toHaveCount(6);
  // The month-precision event is labelled approximately, never as the first of the month.
  await expect(list.getByRole('article', { name: /fully operational/ })).toContainText('late Aug 2025');

  // The chart is loaded lazily, when it nears the screen, and draws one mark per listed event.
  await section.getByText('Select a mark to highlight its entry').scrollIntoViewIfNeeded();
  const chart = section.getByRole('group', { name: 'Events by type over time' });
  const marks = chart.getByRole('button');
  await expect(marks).toHaveCount(6);
  await chart.getByRole('button', { name: /^White House roundtable on the Homeland/ }).click();
  await expect(page).toHaveURL(/[?&]focus=hstf-roundtable(&|$)/);
  const entry = list.getByRole('article', {
    name: 'White House roundtable on the Homeland Security Task Forces',
  });
  await expect(entry).toBeFocused();
  await expect(entry).toBeInViewport();

  // Back restores the view without the focus.
  await page.goBack();
  await expect(page).toHaveURL(/\?type=operation,meeting&from=2025-08-25$/);

  expect(await axeViolations(page, { include: ['#timeline'], tags: [] })).toEqual([]);
});

test('the Recharts chart is not part of the first download', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('./?table=timeline');
  const section = page.getByRole('region', { name: 'Timeline of events' });
  await expect(section.getByRole('table', { name: 'Events shown in the timeline chart' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const before = scripts.length;
  await section.getByRole('button', { name: 'Show as table' }).click();
  await expect(
    section.getByRole('group', { name: 'Events by type over time' }).getByRole('button'),
  ).toHaveCount(14);
  // The chart's code arrived only when the chart was asked for.
  expect(scripts.slice(before).length).toBeGreaterThan(0);
});

test('a link opens and scrolls to a person card', async ({ page }) => {
  await page.goto('./?focus=pete-hegseth');
  const section = page.getByRole('region', { name: 'People involved' });
  const card = section.getByRole('article', { name: 'Pete Hegseth' });
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  await expect(card.getByRole('button', { name: 'Details: Pete Hegseth' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(card).toContainText('Secretary of Defense');
  await expect(card).toContainText('Secretary of War (secondary title since Sep 5, 2025)');

  // Another card opens from the keyboard.
  const toggle = section.getByRole('button', { name: 'Details: Pam Bondi' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(section.getByRole('article', { name: 'Pam Bondi' })).toContainText(
    'Ninety-one tons of drugs have been seized',
  );

  expect(await axeViolations(page, { include: ['#people'], tags: [] })).toEqual([]);
});

test('timeline and people have no axe violations in light or dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?focus=hstf-roundtable');
  // The chart draws once it comes near the screen, as a reader scrolling to it would see.
  await page.getByRole('figure', { name: 'Events by type over time' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('group', { name: 'Events by type over time' }).getByRole('button')).toHaveCount(
    14,
  );
  const sections = ['#timeline', '#people'];
  expect(await axeViolations(page, { include: sections, tags: [] }), 'axe violations in light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(
    await axeViolations(page, { include: sections, rules: COLOUR_RULES }),
    'axe violations in dark',
  ).toEqual([]);
});

import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';

import { DATASET_URL } from '../mocks/handlers';
import { server } from '../mocks/server';
import realDataset from '../public/data/hstf.json';
import { synthetic } from '../scripts/synthetic-data.mjs';
import { renderApp } from './render-app';

/**
 * Lists that grow with the data stay short: the dataset is copied 20 times (synthetic, made
 * here, never shipped), as `npm run bench:scale` does at 10× and 100×, and each list shows a
 * page with "Show more" (or names the first few and says where the rest are).
 */
const SCALE = 20;
const grown = synthetic(realDataset, SCALE);

beforeEach(() => {
  server.use(http.get(DATASET_URL, () => HttpResponse.json(grown)));
});

it('names the first ten sources in a chart caption and says where the rest are', async () => {
  renderApp();
  const chart = await screen.findByRole('figure', { name: 'How the reported figure changed' });
  const arrestSources = new Set(
    grown.figures.filter((f) => f.metricId === 'arrests').flatMap((f) => f.sourceIds),
  );
  expect(chart).toHaveTextContent(
    `and ${arrestSources.size - 10} more sources, named row by row in the table`,
  );
});

it('draws at most 40 marks in a chart and says so; the table keeps every row', async () => {
  const { user } = renderApp();
  const chart = await screen.findByRole('figure', { name: 'How the reported figure changed' });
  const reports = grown.figures.filter((f) => f.metricId === 'arrests').length;
  expect(chart).toHaveTextContent(
    `The chart draws the latest 40 of ${reports} reports; the table lists every one.`,
  );
  await user.click(within(chart).getByRole('button', { name: 'Show as table' }));
  const table = await within(chart).findByRole('table');
  // A header row, then one row per report.
  expect(within(table).getAllByRole('row')).toHaveLength(reports + 1);
});

it('shows the named groups a page at a time, moving focus to the first newly shown', async () => {
  const { user } = renderApp();
  const groups = await screen.findByRole('list', { name: 'Named groups' });
  const items = () => within(groups).getAllByRole('button', { expanded: false });
  expect(items()).toHaveLength(8);
  const total = realDataset.groups.length * SCALE;
  await user.click(screen.getByRole('button', { name: `Show 8 more (${total - 8} not shown)` }));
  expect(items()).toHaveLength(16);
  const ninth = within(groups).getAllByRole('listitem')[8]!;
  expect(ninth).toHaveTextContent(grown.groups[8]!.name);
  expect(ninth).toHaveFocus();
});

it('shows another period’s figures a page at a time', async () => {
  const { user } = renderApp();
  const opener = await screen.findByRole('button', { name: /^A different period/ });
  await user.click(opener);
  const panel = await screen.findByRole('list', { name: /surge/i });
  expect(await within(panel).findAllByRole('listitem')).toHaveLength(12);
  await user.click(screen.getByRole('button', { name: /^Show 12 more \(\d+ not shown\)$/ }));
  expect(within(panel).getAllByRole('listitem')).toHaveLength(24);
});

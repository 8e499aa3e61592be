import { screen, waitFor, within } from '@testing-library/react';

import { formatFigure } from '../src/data/figure-format';
import { en } from '../src/i18n/messages';
import {
  arrestsByGroup,
  drugsSeized,
  narcoticsDisagreement,
  reportedChange,
  reportedChangeMetrics,
} from '../src/sections/outcomes/outcomes';
import { arrestsByGroupView } from '../src/sections/outcomes/arrests-by-group';
import { drugsSeizedView } from '../src/sections/outcomes/drugs-seized';
import { narcoticsDisagreementView } from '../src/sections/outcomes/narcotics-disagreement';
import { reportedChangeView } from '../src/sections/outcomes/reported-change';
import { renderApp } from './render-app';
import { realDataset as dataset } from './real-dataset';

const ALL = { category: null, from: null, to: null };

async function chart(name: string) {
  return screen.findByRole('figure', { name });
}

/** The body rows of a table, each as the text of its cells. */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => Array.from(row.children).map((cell) => cell.textContent ?? ''));
}

describe('outcome charts', () => {
  it('draws each chart, lazily, with a title, a summary, axis labels and a caption naming the sources', async () => {
    renderApp();
    const change = await chart('How the reported figure changed');
    expect(within(change).getByRole('combobox', { name: 'Metric' })).toHaveValue('arrests');
    expect(change).toHaveTextContent(
      'Summary: Arrests: 5 reports. First reported: more than 3,000 people (Unnamed sources cited in the preview, Oct 23, 2025). Most recent: 3,266 people (DOJ release, Jan 26, 2026). Best-supported: more than 3,200 people (Attorney General Pam Bondi, Oct 23, 2025); support: Primary.',
    );
    // Recharts arrives in its own chunk; the chart's axis text appears once it has loaded.
    expect(await within(change).findByText('Reported value (people)')).toBeVisible();
    expect(within(change).queryByText('Loading the chart…')).not.toBeInTheDocument();
    expect(within(change).getByRole('link', { name: 'Deseret News' })).toBeVisible();

    for (const name of ['Arrests by affiliated group', 'Drugs seized', 'The narcotics disagreement']) {
      const frame = await chart(name);
      expect(within(frame).getByRole('button', { name: 'Show as table' })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      expect(within(frame).getByText(/^Sources:/)).toBeVisible();
    }
    const drugs = await chart('Drugs seized');
    // Pills are counted, not weighed: never on the weight axis.
    expect(await within(drugs).findByText('Weight (metric tons)')).toBeVisible();
    expect(drugs).toHaveTextContent('Fentanyl pills (counted, not weighed)');
    // Only the disagreement chart plots a bare "tons", and says how it reads it.
    expect(within(drugs).queryByText(/treats it as metric tons/)).not.toBeInTheDocument();
    expect(
      within(await chart('The narcotics disagreement')).getByText(/the chart treats it as metric tons/),
    ).toBeVisible();
  });

  it('switches a chart to a table with the same numbers, and back, through the address', async () => {
    const { user } = renderApp();
    const drugs = await chart('Drugs seized');
    const toggle = within(drugs).getByRole('button', { name: 'Show as table' });
    await user.click(toggle);
    await waitFor(() => expect(window.location.search).toBe('?table=drugs-seized'));
    // The sections below the headline cards follow a change after it has been painted.
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    const rows = bodyRows(await within(drugs).findByRole('table'));
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Cocaine', '58,000 kg', '58 metric tons'],
      ['Fentanyl powder', '2,300 kg', '2.3 metric tons'],
      ['Narcotics (total weight)', 'more than 90 metric tons', 'more than 90 metric tons'],
      ['Fentanyl pills', '2,100,000 pills', '2,100,000 pills'],
    ]);
    await user.click(toggle);
    await waitFor(() => expect(window.location.search).toBe(''));
    await waitFor(() => expect(within(drugs).queryByRole('table')).not.toBeInTheDocument());
  });

  it('lists every narcotics total as stated, with its source, in the disagreement table', async () => {
    renderApp('?table=narcotics-disagreement');
    const frame = await chart('The narcotics disagreement');
    const rows = bodyRows(within(frame).getByRole('table'));
    const narcotics = dataset.figures.filter((f) => f.metricId === 'narcotics');
    expect(rows.map((r) => r[1])).toEqual([...narcotics.map((f) => formatFigure(f, en).full), '58,000 kg']);
    expect(rows.map((r) => r[1])).toEqual([
      '7 tons',
      '70 tons',
      'more than 70 tons',
      '91 tons',
      'more than 91 metric tons',
      'more than 90 metric tons',
      '58,000 kg',
    ]);
    expect(rows[0]?.[4]).toContain('Support: Disputed');
    expect(rows[1]?.[5]).toContain('Voz (English)');
    expect(frame).toHaveTextContent('cocaine alone was reported as 58,000 kg (58 metric tons)');
  });

  it('shows the chosen metric, marking reported and converted values, in the table', async () => {
    const { user } = renderApp('?table=reported-change');
    const frame = await chart('How the reported figure changed');
    expect(bodyRows(within(frame).getByRole('table')).map((r) => r[1])).toEqual([
      'more than 3,000 people',
      'more than 3,000 people',
      'more than 3,200 people',
      'over 3,200 people',
      '3,266 people',
    ]);
    await user.selectOptions(within(frame).getByRole('combobox', { name: 'Metric' }), 'narcotics');
    await waitFor(() => expect(bodyRows(within(frame).getByRole('table'))[0]?.[1]).toBe('7 tons'));
    const rows = bodyRows(within(frame).getByRole('table'));
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['7 tons', '7 metric tons'],
      ['70 tons', '70 metric tons'],
      ['more than 70 tons', 'more than 70 metric tons'],
      ['91 tons', '91 metric tons'],
      ['more than 91 metric tons', 'more than 91 metric tons'],
      ['more than 90 metric tons', 'more than 90 metric tons'],
    ]);
    // The chosen metric is what the reader sees, so it is in the address (one history entry).
    await waitFor(() => expect(window.location.search).toBe('?table=reported-change&metric=narcotics'));
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?table=reported-change'));
    await waitFor(() =>
      expect(within(frame).getByRole('combobox', { name: 'Metric' })).toHaveDisplayValue('Arrests'),
    );
  });

  it('keeps a chart in step with the filter while categories and dates change', async () => {
    const { user } = renderApp('?table=narcotics-disagreement');
    const filters = () => screen.getByRole('region', { name: 'Filters' });
    const category = (name: string) =>
      within(within(filters()).getByRole('group', { name: 'Category' })).getByRole('button', { name });
    /** The narcotics table's rows: every total as stated, then cocaine for scale. */
    const statedTotals = async () =>
      bodyRows(within(await chart('The narcotics disagreement')).getByRole('table')).map((r) => r[1]);
    expect(await statedTotals()).toHaveLength(7);

    await user.click(category('Arrests'));
    await waitFor(() =>
      expect(screen.queryByRole('figure', { name: 'The narcotics disagreement' })).not.toBeInTheDocument(),
    );
    // Drugs back on, beside arrests: the chart shows every report again.
    await user.click(category('Drugs'));
    await waitFor(async () => expect(await statedTotals()).toHaveLength(7));

    await user.click(within(filters()).getByRole('button', { name: /^More filters/ }));
    await user.type(within(filters()).getByLabelText('To'), '2025-10-31');
    await waitFor(async () =>
      expect(await statedTotals()).toEqual([
        '7 tons',
        '70 tons',
        'more than 70 tons',
        '91 tons',
        '58,000 kg',
      ]),
    );
    window.history.back();
    await waitFor(async () => expect(await statedTotals()).toHaveLength(7));
  });

  it('shows the arrests by group in each source’s wording', async () => {
    renderApp('?table=arrests-by-group');
    const frame = await chart('Arrests by affiliated group');
    expect(bodyRows(within(frame).getByRole('table')).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Sinaloa Cartel', 'over 1,000 people', 'Support: Reported'],
      ['Sinaloa Cartel', '1,041 people', 'Support: Secondary'],
      ['Cártel de Jalisco Nueva Generación (CJNG)', 'more than 850 people', 'Support: Reported'],
      ['Cártel de Jalisco Nueva Generación (CJNG)', '856 people', 'Support: Secondary'],
      ['MS-13', '641 people', 'Support: Reported'],
      ['Tren de Aragua', '456 people', 'Support: Reported'],
    ]);
  });

  it('limits charts to the selected categories', async () => {
    renderApp('?category=firearms');
    const change = await chart('How the reported figure changed');
    expect(
      within(within(change).getByRole('combobox', { name: 'Metric' }))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Firearms']);
    expect(screen.queryByRole('figure', { name: 'Drugs seized' })).not.toBeInTheDocument();
    expect(screen.queryByRole('figure', { name: 'Arrests by affiliated group' })).not.toBeInTheDocument();
  });

  it('shows an empty state with a way out when no category is selected', async () => {
    const { user } = renderApp('?category=');
    const section = await screen.findByRole('region', { name: 'Reported outcomes' });
    expect(section).toHaveTextContent('No outcome categories are selected.');
    await user.click(within(section).getByRole('button', { name: 'Show all categories' }));
    expect(await chart('Drugs seized')).toBeVisible();
  });

  it('highlights a linked charted figure in its table', async () => {
    renderApp('?focus=cocaine-bondi-roundtable&table=drugs-seized');
    const frame = await chart('Drugs seized');
    const row = within(frame)
      .getAllByRole('row')
      .find((r) => r.getAttribute('aria-current') === 'true');
    expect(row).toHaveTextContent('58,000 kg');
  });
});

describe('outcome chart derivation', () => {
  it('puts every narcotics total side by side with cocaine for scale', () => {
    const data = narcoticsDisagreement(dataset, ALL);
    expect(data.rows.map((r) => r.plotted)).toEqual([7, 70, 70, 91, 91, 90]);
    expect(data.rows.filter((r) => r.disputed).map((r) => r.figure.id)).toEqual([
      'narcotics-preview',
      'narcotics-voz-copy',
    ]);
    expect(data.cocaine?.plotted).toBe(58);
    expect(data.tonsAsMetric).toBe(true);
  });

  it('keeps pills off the weight axis', () => {
    const drugs = drugsSeized(dataset, ALL);
    expect(drugs.weights.map((r) => r.figure.unit)).not.toContain('pills');
    expect(drugs.pills.map((r) => r.figure.id)).toEqual(['fentanyl-pills-bondi-roundtable']);
  });

  it('marks lower bounds and keeps the report order', () => {
    const metric = dataset.metrics.find((m) => m.id === 'arrests');
    const change = reportedChange(dataset, ALL, metric!);
    expect(change.rows.map((r) => r.kind)).toEqual([
      'lower-bound',
      'lower-bound',
      'lower-bound',
      'lower-bound',
      'unqualified',
    ]);
    expect(change.axisUnit).toBe('people');
  });

  it('follows the category filter and the report-date window', () => {
    expect(reportedChangeMetrics(dataset, { ...ALL, category: ['currency'] }).map((m) => m.id)).toEqual([
      'currency',
    ]);
    expect(arrestsByGroup(dataset, { ...ALL, category: ['drugs'] })).toEqual([]);
    expect(arrestsByGroup(dataset, { ...ALL, to: '2025-12-31' })).toEqual([]);
    expect(narcoticsDisagreement(dataset, { ...ALL, to: '2025-10-31' }).rows).toHaveLength(4);
  });

  it('makes a chart’s view again only when what the chart reads changes', () => {
    const headline = ['arrests', 'drugs', 'firearms', 'currency'];
    const drugs = narcoticsDisagreementView(dataset, { ...ALL, category: ['drugs', 'arrests'] }, en);
    // Another category on or off: the drug charts read only whether drugs are shown.
    expect(narcoticsDisagreementView(dataset, { ...ALL, category: ['drugs', 'firearms'] }, en)).toBe(drugs);
    // A report-date window changes what they show, and so does hiding drugs.
    const untilOctober = narcoticsDisagreementView(
      dataset,
      { ...ALL, category: ['drugs'], to: '2025-10-31' },
      en,
    );
    expect(untilOctober.rows).toHaveLength(4);
    expect(drugs.rows).toHaveLength(6);
    expect(narcoticsDisagreementView(dataset, { ...ALL, category: ['arrests'] }, en).rows).toEqual([]);

    // The measure chart reads the headline categories and the chosen measure.
    const change = reportedChangeView(dataset, { ...ALL, category: headline }, 'firearms', en);
    expect(
      reportedChangeView(dataset, { ...ALL, category: [...headline, 'operations'] }, 'firearms', en),
    ).toBe(change);
    expect(reportedChangeView(dataset, { ...ALL, category: headline }, 'arrests', en)?.metric.id).toBe(
      'arrests',
    );
    expect(change?.metric.id).toBe('firearms');
  });

  it('words each chart’s summary and tooltips without rendering', () => {
    const change = reportedChangeView(dataset, ALL, 'narcotics', en);
    expect(change?.metric.id).toBe('narcotics');
    expect(change?.summary).toBe(
      'Narcotics (total weight): 6 reports. First reported: 7 tons (Unnamed sources cited in the preview, Oct 23, 2025). Most recent: more than 90 metric tons (DOJ release, Jan 26, 2026). Best-supported: 91 tons (Attorney General Pam Bondi, Oct 23, 2025); support: Primary. 2 of these reports are disputed.',
    );
    expect(change?.data[0]?.tooltip).toEqual([
      '7 metric tons (7 tons)',
      'Unnamed sources cited in the preview, Oct 23, 2025',
      'Support: Disputed',
      'Disputed figure',
      expect.stringMatching(/^Sources: /),
    ]);
    // An unknown or hidden measure falls back to the first one the filter leaves.
    expect(reportedChangeView(dataset, { ...ALL, category: ['currency'] }, 'narcotics', en)?.metric.id).toBe(
      'currency',
    );
    expect(reportedChangeView(dataset, { ...ALL, category: [] }, null, en)).toBeNull();

    expect(arrestsByGroupView(dataset, ALL, en).summary).toMatch(
      /^Arrests by affiliated group reported from the DOJ release: Sinaloa Cartel: over 1,000 people \(Latin Times, Reported\);/,
    );
    expect(drugsSeizedView(dataset, ALL, en).summary).toMatch(/Counted separately: 2,100,000 pills\.$/);
    const narcotics = narcoticsDisagreementView(dataset, ALL, en);
    expect(narcotics.cocaineText).toBe('58,000 kg (58 metric tons)');
    expect(narcotics.data[1]?.barLabel).toBe('70 tons\nDisputed');
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describeIssue } from '../src/data/describe-issue';
import { hstfDatasetSchema } from '../src/data/integrity';
import { problemText } from '../src/i18n/en/problems';
import type { Dataset } from '../src/data/schema';

const datasetPath = resolve(import.meta.dirname, '../public/data/hstf.json');
const raw: unknown = JSON.parse(readFileSync(datasetPath, 'utf8'));

// The seed article lives beside the repository (shared/sources), not in it.
const seedArticlePath = resolve(
  process.env.HSTF_SOURCES_DIR ?? resolve(import.meta.dirname, '../../shared/sources'),
  '000_87eaa174dabcdec3.txt',
);

function parsed(): Dataset {
  const result = hstfDatasetSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues
      .slice(0, 10)
      .map(describeIssue)
      .map(({ path, problem }) => `${path}: ${problemText(problem)}`)
      .join('\n');
    throw new Error(`public/data/hstf.json is invalid:\n${first}`);
  }
  return result.data;
}

describe('public/data/hstf.json', () => {
  it('matches the schema, with unique ids and resolving references', () => {
    expect(() => parsed()).not.toThrow();
  });

  it('has unique ids within each kind', () => {
    const data = parsed();
    for (const kind of [
      'sources',
      'reports',
      'figures',
      'events',
      'people',
      'agencies',
      'groups',
      'metrics',
      'periods',
      'categories',
    ] as const) {
      const ids = data[kind].map((item) => item.id);
      expect(new Set(ids).size, kind).toBe(ids.length);
    }
  });

  it('resolves every figure to its source, report and metric', () => {
    const data = parsed();
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const reportIds = new Set(data.reports.map((r) => r.id));
    const metricIds = new Set(data.metrics.map((m) => m.id));
    for (const figure of data.figures) {
      expect(reportIds.has(figure.reportId), `${figure.id} report`).toBe(true);
      expect(metricIds.has(figure.metricId), `${figure.id} metric`).toBe(true);
      for (const s of figure.sourceIds) expect(sourceIds.has(s), `${figure.id} source ${s}`).toBe(true);
    }
  });

  it('resolves every person to an agency and every event to its sources', () => {
    const data = parsed();
    const agencyIds = new Set(data.agencies.map((a) => a.id));
    const sourceIds = new Set(data.sources.map((s) => s.id));
    for (const person of data.people.filter((p) => p.group === 'official')) {
      expect(person.agencyId && agencyIds.has(person.agencyId), `${person.id} agency`).toBe(true);
    }
    for (const event of data.events) {
      expect(event.sourceIds.length, event.id).toBeGreaterThan(0);
      for (const s of event.sourceIds) expect(sourceIds.has(s), `${event.id} source ${s}`).toBe(true);
    }
  });

  it('has valid calendar dates that are not in the future of its review date', () => {
    const data = parsed();
    const dates = [
      data.reviewedOn,
      ...data.sources.map((s) => s.date),
      ...data.reports.map((r) => r.date),
      ...data.events.map((e) => e.date),
    ];
    for (const date of dates) {
      const parsedDate = new Date(`${date}T00:00:00Z`);
      expect(parsedDate.toISOString().slice(0, 10), date).toBe(date);
      expect(date <= data.reviewedOn, date).toBe(true);
    }
  });

  it('gives every figure and person quote non-empty text', () => {
    const data = parsed();
    for (const figure of data.figures) expect(figure.quote.text.trim(), figure.id).not.toBe('');
    for (const person of data.people) {
      for (const quote of person.quotes) expect(quote.text.trim(), person.id).not.toBe('');
    }
  });

  it('keeps month-precision events as the first of the month', () => {
    const data = parsed();
    for (const item of [...data.events, ...data.reports, ...data.sources]) {
      if (item.datePrecision === 'month') expect(item.date.endsWith('-01'), item.id).toBe(true);
    }
  });

  it.runIf(existsSync(seedArticlePath))('quotes the seed article exactly', () => {
    const article = readFileSync(seedArticlePath, 'utf8');
    const data = parsed();
    const seedQuotes = [
      ...data.figures
        .filter((f) => f.sourceIds.includes('seed-preview') && f.quote.verbatim)
        .map((f) => f.quote.text),
      ...data.people.flatMap((p) =>
        p.quotes.filter((q) => q.sourceIds.includes('seed-preview')).map((q) => q.text),
      ),
    ];
    expect(seedQuotes.length).toBeGreaterThan(0);
    for (const quote of seedQuotes) expect(article, quote).toContain(quote);
  });
});

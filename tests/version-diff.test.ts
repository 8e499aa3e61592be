import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parseDataset } from '../src/data/parse-dataset';
import type { Dataset, Figure } from '../src/data/schema';
import { changeCount, diffDatasets, figureHighlights } from '../src/data/version-diff';

function figure(id: string, over: Partial<Figure> = {}): Figure {
  return {
    id,
    metricId: 'arrests',
    category: 'arrests',
    value: 3000,
    unit: 'people',
    qualifier: 'more-than',
    statedAs: 'more than 3,000',
    quote: { text: 'more than 3,000', verbatim: true, language: 'en' },
    saidBy: 'Someone',
    reportId: 'r',
    sourceIds: ['s1'],
    support: 'reported',
    ...over,
  };
}

/** Two tiny versions written by hand: every kind of change appears once. */
function older(): Dataset {
  return {
    schemaVersion: 2,
    version: '2026-01-01',
    reviewedOn: '2026-01-01',
    title: 'T',
    categories: [{ id: 'arrests', label: 'Arrests', outcome: true }],
    agencies: [{ id: 'doj', name: 'Department of Justice', shortName: 'DOJ' }],
    sources: [
      {
        id: 's1',
        publisher: 'P1',
        title: 'T1',
        date: '2025-10-23',
        datePrecision: 'day',
        kind: 'news-report',
        language: 'en',
      },
      {
        id: 'old-name',
        publisher: 'P2',
        title: 'T2',
        date: '2025-10-23',
        datePrecision: 'day',
        kind: 'news-report',
        language: 'en',
      },
    ],
    periods: [],
    metrics: [
      { id: 'arrests', label: 'Arrests', category: 'arrests', headline: true },
      { id: 'ops', label: 'Operations', category: 'arrests', headline: false },
    ],
    reports: [],
    figures: [
      figure('preview'),
      figure('unchanged', { value: 400, metricId: 'ops', statedAs: '400' }),
      figure('reworded', { note: 'old note' }),
      figure('support-only', { metricId: 'ops', support: 'secondary' }),
      figure('gone', { metricId: 'ops' }),
    ],
    events: [],
    people: [],
    groups: [],
    aliases: {},
  };
}

function newer(): Dataset {
  const data = older();
  return {
    ...data,
    version: '2026-01-02',
    sources: [data.sources[0]!, { ...data.sources[1]!, id: 'new-name', url: 'https://example.org/a' }],
    figures: [
      figure('preview', { value: 3266, qualifier: 'exact', statedAs: '3,266' }),
      figure('unchanged', { value: 400, metricId: 'ops', statedAs: '400' }),
      figure('reworded', { note: 'new note' }),
      figure('support-only', { metricId: 'ops', support: 'reported' }),
      figure('fresh', { metricId: 'ops', value: 12 }),
    ],
    aliases: { 'old-name': 'new-name' },
  };
}

describe('diff between two data versions', () => {
  const diff = diffDatasets(older(), newer());

  it('finds added, removed and changed figures, and leaves unchanged ones out', () => {
    expect(diff.figures.map((c) => [c.kind, c.id])).toEqual([
      ['changed', 'preview'],
      ['changed', 'reworded'],
      ['changed', 'support-only'],
      ['added', 'fresh'],
      ['removed', 'gone'],
    ]);
    const preview = diff.figures[0]!;
    expect(preview.kind === 'changed' && preview.fields).toEqual(['value', 'qualifier', 'statedAs']);
    const reworded = diff.figures[1]!;
    expect(reworded.kind === 'changed' && reworded.fields).toEqual(['note']);
  });

  it('follows an alias: a renamed record is a change of id, not a removal and an addition', () => {
    expect(diff.sources).toHaveLength(1);
    const renamed = diff.sources[0]!;
    expect(renamed.kind).toBe('changed');
    if (renamed.kind !== 'changed') return;
    expect([renamed.previousId, renamed.id, renamed.fields]).toEqual(['old-name', 'new-name', ['id', 'url']]);
  });

  it('counts every change', () => {
    expect(changeCount(diff, 'figures')).toBe(5);
    expect(changeCount(diff)).toBe(6);
    expect(changeCount(diffDatasets(older(), older()))).toBe(0);
  });

  it('names value changes first, headline measures first, and wording-only changes not at all', () => {
    const highlights = figureHighlights(diff, newer());
    expect(highlights.map((h) => [h.aspect, h.before?.id ?? null, h.after?.id ?? null])).toEqual([
      ['value', 'preview', 'preview'],
      ['value', null, 'fresh'],
      ['value', 'gone', null],
      ['support', 'support-only', 'support-only'],
    ]);
    expect(highlights[0]!.headline).toBe(true);
  });
});

describe('the first published change (2026-11-28 → 2026-11-28-2)', () => {
  const dir = resolve(import.meta.dirname, '../public/data/archive');
  const v1 = parseDataset('v1', readFileSync(resolve(dir, '2026-11-28.json'), 'utf8'));
  const v2 = parseDataset('v2', readFileSync(resolve(dir, '2026-11-28-2.json'), 'utf8'));
  const diff = diffDatasets(v1, v2);

  it('records the review: a renamed source, HSI, new support levels and qualifiers', () => {
    const renamed = diff.sources.find((c) => c.kind === 'changed' && c.previousId === 'es-secondary');
    expect(renamed?.id).toBe('laaurorademexico-doj-release');
    expect(diff.events.find((c) => c.id === 'fbi-hsi-co-lead-statement')?.kind).toBe('added');
    const highlights = figureHighlights(diff, v2);
    const voz = highlights.find((h) => h.after?.id === 'narcotics-voz-copy');
    expect([voz?.aspect, voz?.before?.qualifier, voz?.after?.qualifier]).toEqual([
      'value',
      'exact',
      'unknown',
    ]);
    const ms13 = highlights.find((h) => h.after?.id === 'arrests-ms-13-doj');
    expect([ms13?.aspect, ms13?.before?.support, ms13?.after?.support]).toEqual([
      'support',
      'secondary',
      'reported',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parseDataset } from '../src/data/parse-dataset';
import type { Dataset, Figure } from '../src/data/schema';
import { changeCount, diffDatasets, figureHighlights, type DatasetDiff } from '../src/data/version-diff';

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
    schemaVersion: 3,
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
      figure('preview', { value: 3266, qualifier: 'none', statedAs: '3,266' }),
      figure('unchanged', { value: 400, metricId: 'ops', statedAs: '400' }),
      figure('reworded', { note: 'new note' }),
      figure('support-only', { metricId: 'ops', support: 'reported' }),
      figure('fresh', { metricId: 'ops', value: 12 }),
    ],
    aliases: { 'old-name': 'new-name' },
  };
}

// Computed in each test rather than once here: mutation testing (stryker.config.mjs) then knows
// which tests reach which code.
describe('diff between two data versions', () => {
  let diff: DatasetDiff;
  beforeEach(() => {
    diff = diffDatasets(older(), newer());
  });

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
  it('records the review: a renamed source, HSI, new support levels and qualifiers', () => {
    const dir = resolve(import.meta.dirname, '../public/data/archive');
    const v1 = parseDataset('v1', readFileSync(resolve(dir, '2026-11-28.json'), 'utf8'));
    const v2 = parseDataset('v2', readFileSync(resolve(dir, '2026-11-28-2.json'), 'utf8'));
    const diff = diffDatasets(v1, v2);
    const renamed = diff.sources.find((c) => c.kind === 'changed' && c.previousId === 'es-secondary');
    expect(renamed?.id).toBe('laaurorademexico-doj-release');
    expect(diff.events.find((c) => c.id === 'fbi-hsi-co-lead-statement')?.kind).toBe('added');
    const highlights = figureHighlights(diff, v2);
    const voz = highlights.find((h) => h.after?.id === 'narcotics-voz-copy');
    expect([voz?.aspect, voz?.before?.qualifier, voz?.after?.qualifier]).toEqual([
      'value',
      'none',
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

/** A dataset holding only `figures`, with the two measures of `older()` (one of them headline). */
function withFigures(figures: Figure[], aliases: Record<string, string> = {}): Dataset {
  return { ...older(), figures, aliases };
}

describe('what counts as a change of a record', () => {
  it('ignores the order of keys, nested ones included', () => {
    const before = figure('f', { quote: { text: 'more than 3,000', verbatim: true, language: 'en' } });
    const reversed = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).reverse()) as T;
    const after = reversed({ ...before, quote: reversed(before.quote) });
    expect(Object.keys(after.quote)).toEqual(['language', 'verbatim', 'text']);
    expect(changeCount(diffDatasets(withFigures([before]), withFigures([after])))).toBe(0);
  });

  it('names a changed nested field, a removed field and an added one, newer keys first', () => {
    const before = figure('f', { note: 'old note' });
    const after = figure('f', {
      quote: { text: 'more than 3,000', verbatim: false, language: 'en' },
      periodId: 'p',
    });
    delete after.note;
    const [change] = diffDatasets(withFigures([before]), withFigures([after])).figures;
    expect(change?.kind === 'changed' && change.fields).toEqual(['quote', 'periodId', 'note']);
  });

  it('matches a record by its own id when it is still there, whatever the aliases say', () => {
    const diff = diffDatasets(
      withFigures([figure('a'), figure('b', { value: 1 })]),
      withFigures([figure('a'), figure('b', { value: 1 })], { a: 'b' }),
    );
    expect(diff.figures).toEqual([]);
  });

  it('lists additions in the newer order among the changes, removals last in the older order', () => {
    const diff = diffDatasets(
      withFigures([figure('x'), figure('a'), figure('y'), figure('b')]),
      withFigures([figure('new-1'), figure('a', { value: 1 }), figure('new-2'), figure('b', { value: 2 })]),
    );
    expect(diff.figures.map((c) => [c.kind, c.id])).toEqual([
      ['added', 'new-1'],
      ['changed', 'a'],
      ['added', 'new-2'],
      ['changed', 'b'],
      ['removed', 'x'],
      ['removed', 'y'],
    ]);
  });

  it('compares events, people and sources as it does figures', () => {
    const base = older();
    const event = {
      id: 'e',
      title: 'Old title',
    } as unknown as Dataset['events'][number];
    const person = { id: 'p', name: 'A Person' } as unknown as Dataset['people'][number];
    const before = { ...base, events: [event], people: [person] };
    const after = {
      ...base,
      sources: base.sources.slice(0, 1),
      events: [{ ...event, title: 'New title' }],
      people: [],
    };
    const diff = diffDatasets(before, after);
    expect(diff.events.map((c) => [c.kind, c.id, c.kind === 'changed' ? c.fields : []])).toEqual([
      ['changed', 'e', ['title']],
    ]);
    expect(diff.people.map((c) => [c.kind, c.id])).toEqual([['removed', 'p']]);
    expect(diff.sources.map((c) => [c.kind, c.id])).toEqual([['removed', 'old-name']]);
    expect(diff.figures).toEqual([]);
    expect([changeCount(diff, 'events'), changeCount(diff, 'people'), changeCount(diff, 'sources')]).toEqual([
      1, 1, 1,
    ]);
  });
});

describe('the figure changes a notice names', () => {
  const highlightOf = (before: Figure, after: Figure) => {
    const newerData = withFigures([after]);
    return figureHighlights(diffDatasets(withFigures([before]), newerData), newerData);
  };

  it.each<[string, Partial<Figure>]>([
    ['value', { value: 3001 }],
    ['unit', { unit: 'pills' }],
    ['qualifier', { qualifier: 'none' }],
    ['statedAs', { statedAs: 'over 3,000' }],
  ])('names a change of the %s alone as a change of the number', (_field, over) => {
    const highlights = highlightOf(figure('f'), figure('f', over));
    expect(highlights.map((h) => [h.aspect, h.metricId, h.headline])).toEqual([['value', 'arrests', true]]);
  });

  it('names a change of support, with other changes that are not of the number', () => {
    const highlights = highlightOf(
      figure('f', { metricId: 'ops', support: 'secondary' }),
      figure('f', { metricId: 'ops', support: 'reported', note: 'confirmed' }),
    );
    expect(highlights.map((h) => [h.aspect, h.before?.support, h.after?.support, h.headline])).toEqual([
      ['support', 'secondary', 'reported', false],
    ]);
  });

  it('does not name a change of notes, quotes or sources alone', () => {
    expect(
      highlightOf(
        figure('f'),
        figure('f', { note: 'new', sourceIds: ['s2'], quote: { text: 'q', verbatim: true, language: 'en' } }),
      ),
    ).toEqual([]);
  });

  it.each<[string, Partial<Figure>]>([
    ['saidBy', { saidBy: 'Other' }],
    ['attribution', { attribution: 'reported' }],
    ['caveat', { caveat: 'May count seizures too.' }],
    ['saidBy and the note', { saidBy: 'Other', note: 'Now attributed to Other.' }],
  ])('names a change of the %s (no number, no support) as a change of attribution', (_field, over) => {
    expect(highlightOf(figure('f'), figure('f', over)).map((h) => h.aspect)).toEqual(['attribution']);
  });

  it('orders attribution changes after support changes', () => {
    const before = [figure('who', { saidBy: 'A' }), figure('support', { support: 'secondary' })];
    const after = [figure('who', { saidBy: 'B' }), figure('support')];
    const newerData = withFigures(after);
    const highlights = figureHighlights(diffDatasets(withFigures(before), newerData), newerData);
    expect(highlights.map((h) => [h.after?.id, h.aspect])).toEqual([
      ['support', 'support'],
      ['who', 'attribution'],
    ]);
  });

  it('tells headline measures from the others, for added and removed figures too', () => {
    const older_ = withFigures([figure('gone-headline'), figure('gone-other', { metricId: 'ops' })]);
    const newer_ = withFigures([figure('new-headline'), figure('new-other', { metricId: 'ops' })]);
    const highlights = figureHighlights(diffDatasets(older_, newer_), newer_);
    expect(highlights.map((h) => [h.before?.id ?? h.after?.id, h.headline])).toEqual([
      ['new-headline', true],
      ['gone-headline', true],
      ['new-other', false],
      ['gone-other', false],
    ]);
  });

  it('orders number changes before support changes, headline measures first in each, else as listed', () => {
    const before = [
      figure('support-other', { metricId: 'ops', support: 'secondary' }),
      figure('support-headline', { support: 'secondary' }),
      figure('value-other-1', { metricId: 'ops' }),
      figure('value-other-2', { metricId: 'ops' }),
      figure('value-headline', {}),
    ];
    const after = [
      figure('support-other', { metricId: 'ops' }),
      figure('support-headline'),
      figure('value-other-1', { metricId: 'ops', value: 1 }),
      figure('value-other-2', { metricId: 'ops', value: 2 }),
      figure('value-headline', { value: 3 }),
    ];
    const newerData = withFigures(after);
    const highlights = figureHighlights(diffDatasets(withFigures(before), newerData), newerData);
    expect(highlights.map((h) => h.after?.id)).toEqual([
      'value-headline',
      'value-other-1',
      'value-other-2',
      'support-headline',
      'support-other',
    ]);
  });
});

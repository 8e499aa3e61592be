import raw from '../public/data/hstf.json';
import { datasetErrorText } from '../src/app/dataset-error-text';
import { formatIssuePath } from '../src/data/describe-issue';
import { checkIntegrity } from '../src/data/integrity';
import { parseDataset } from '../src/data/parse-dataset';
import type { Dataset } from '../src/data/schema';
import { problemText } from '../src/i18n/en/problems';
import { es } from '../src/i18n/es/messages';
import { problemText as spanishProblemText } from '../src/i18n/es/problems';
import { en } from '../src/i18n/messages';

/**
 * The integrity check is what stops a dangling reference or a repeated id from reaching a
 * reader as a wrong or missing number. Each case breaks one thing in a copy of the real
 * dataset and asserts the line the error panel shows for it.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function indexWhere(kind: string, test: (item: Json) => boolean): number {
  const index = (raw as Json)[kind].findIndex(test);
  if (index < 0) throw new Error(`the dataset has no ${kind} entry for this case`);
  return index;
}

/** What a reader sees for a dataset broken by `breakIt`: the message and the listed paths. */
function shownFor(
  breakIt: (data: Json) => void,
  language: 'en' | 'es' = 'en',
): { message: string; details: string[] } {
  const copy = structuredClone(raw) as Json;
  breakIt(copy);
  try {
    parseDataset('data/hstf.json', JSON.stringify(copy));
  } catch (error) {
    return language === 'en'
      ? datasetErrorText(error, en, problemText)
      : datasetErrorText(error, es, spanishProblemText);
  }
  throw new Error('the broken dataset was accepted');
}

/**
 * The lines the error panel lists for what the integrity check alone finds in a copy of the
 * shipped dataset broken by `breakIt` (every line, not the first five; no schema, so quick).
 */
function integrityLines(breakIt: (data: Json) => void): string[] {
  const copy = structuredClone(raw) as Json;
  breakIt(copy);
  return checkIntegrity(copy as Dataset).map(
    ({ path, problem }) => `${formatIssuePath(path)}: ${problemText(problem)}`,
  );
}

const withQuotes = indexWhere('people', (p) => p.quotes.length > 0);
const withChanges = indexWhere('people', (p) => p.changes.length > 0);
const withTitle = indexWhere('people', (p) => p.secondaryTitle !== undefined);

describe('a dataset whose references do not resolve', () => {
  it.each<[string, (d: Json) => void, string]>([
    [
      'figure → report',
      (d) => (d.figures[0].reportId = 'gone'),
      'figures[0].reportId: unknown report id "gone"',
    ],
    [
      'figure → metric',
      (d) => (d.figures[0].metricId = 'gone'),
      'figures[0].metricId: unknown metric id "gone"',
    ],
    [
      'figure → source',
      (d) => (d.figures[0].sourceIds = ['gone']),
      'figures[0].sourceIds[0]: unknown source id "gone"',
    ],
    [
      'figure → person',
      (d) => (d.figures[0].personId = 'gone'),
      'figures[0].personId: unknown person id "gone"',
    ],
    [
      'figure → period',
      (d) => (d.figures[0].periodId = 'gone'),
      'figures[0].periodId: unknown period id "gone"',
    ],
    ['figure → group', (d) => (d.figures[0].groupId = 'gone'), 'figures[0].groupId: unknown group id "gone"'],
    [
      'metric → category',
      (d) => (d.metrics[0].category = 'gone'),
      'metrics[0].category: unknown category id "gone"',
    ],
    [
      'agency → parent',
      (d) => (d.agencies[0].parentId = 'gone'),
      'agencies[0].parentId: unknown agency id "gone"',
    ],
    [
      'report → person',
      (d) => (d.reports[0].personIds = ['gone']),
      'reports[0].personIds[0]: unknown person id "gone"',
    ],
    [
      'report → agency',
      (d) => (d.reports[0].agencyIds = ['gone']),
      'reports[0].agencyIds[0]: unknown agency id "gone"',
    ],
    [
      'report → period',
      (d) => (d.reports[0].periodId = 'gone'),
      'reports[0].periodId: unknown period id "gone"',
    ],
    [
      'report → source',
      (d) => (d.reports[0].sourceIds = ['gone']),
      'reports[0].sourceIds[0]: unknown source id "gone"',
    ],
    [
      'event → agency',
      (d) => (d.events[0].agencyIds = ['gone']),
      'events[0].agencyIds[0]: unknown agency id "gone"',
    ],
    [
      'event → category',
      (d) => (d.events[0].categories = ['gone']),
      'events[0].categories[0]: unknown category id "gone"',
    ],
    [
      'event → source',
      (d) => (d.events[0].sourceIds = ['gone']),
      'events[0].sourceIds[0]: unknown source id "gone"',
    ],
    [
      'event → report',
      (d) => (d.events[0].reportId = 'gone'),
      'events[0].reportId: unknown report id "gone"',
    ],
    [
      'person → agency',
      (d) => (d.people[0].agencyId = 'gone'),
      'people[0].agencyId: unknown agency id "gone"',
    ],
    [
      'person → source',
      (d) => (d.people[0].sourceIds = ['gone']),
      'people[0].sourceIds[0]: unknown source id "gone"',
    ],
    [
      'person quote → source',
      (d) => (d.people[withQuotes].quotes[0].sourceIds = ['gone']),
      `people[${withQuotes}].quotes[0].sourceIds[0]: unknown source id "gone"`,
    ],
    [
      'role change → source',
      (d) => (d.people[withChanges].changes[0].sourceIds = ['gone']),
      `people[${withChanges}].changes[0].sourceIds[0]: unknown source id "gone"`,
    ],
    [
      'secondary title → source',
      (d) => (d.people[withTitle].secondaryTitle.sourceIds = ['gone']),
      `people[${withTitle}].secondaryTitle.sourceIds[0]: unknown source id "gone"`,
    ],
    [
      'group mention → source',
      (d) => (d.groups[0].mentions[0].sourceIds = ['gone']),
      'groups[0].mentions[0].sourceIds[0]: unknown source id "gone"',
    ],
  ])('names the dangling reference (%s)', (_kind, breakIt, line) => {
    const shown = shownFor(breakIt);
    expect(shown.message).toMatch(
      /^The dataset \(data\/hstf\.json\) does not have the expected shape \(\d+ problems?\)\. First invalid paths:$/,
    );
    // The first line names the broken reference (a metric moved to an unknown category also
    // leaves its figures disagreeing with it, which follows).
    expect(shown.details[0]).toBe(line);
  });
});

describe('a dataset with repeated ids or impossible values', () => {
  it('names a duplicate id within a kind', () => {
    const shown = shownFor((d) => (d.reports[1].id = d.reports[0].id));
    expect(shown.details).toContain(`reports[1].id: duplicate id "${raw.reports[0]!.id}"`);
  });

  it('names an id shared by a person and a source, which would make focus= ambiguous', () => {
    const shown = shownFor((d) => (d.sources[0].id = d.people[0].id));
    expect(shown.details).toContain(
      `sources[0].id: id "${raw.people[0]!.id}" is also used in people; focus links would be ambiguous`,
    );
  });

  it('names a date that is not on the calendar', () => {
    const shown = shownFor((d) => (d.events[0].date = '2025-02-30'));
    expect(shown.details).toEqual([expect.stringMatching(/^events\[0\]\.date: .*date/i)]);
  });

  it('names a period that ends before it starts', () => {
    const shown = shownFor((d) => {
      [d.periods[0].from, d.periods[0].to] = [d.periods[0].to, d.periods[0].from];
    });
    expect(shown.details).toEqual(['periods[0].to: period ends before it starts']);
  });

  it('names a figure filed under another category than its metric', () => {
    const index = indexWhere('figures', (f) => f.category !== 'drugs');
    const shown = shownFor((d) => (d.figures[index].category = 'drugs'));
    expect(shown.details).toEqual([
      `figures[${index}].category: category "drugs" differs from its metric's "${raw.figures[index]!.category}"`,
    ]);
  });

  it('names a part of the month on a day-precision event', () => {
    const index = indexWhere('events', (e) => e.datePrecision === 'day');
    const shown = shownFor((d) => (d.events[index].monthPart = 'late'));
    expect(shown.details).toEqual([`events[${index}].monthPart: monthPart needs datePrecision "month"`]);
  });

  it('counts every problem and lists the first five', () => {
    const shown = shownFor((d) => {
      for (const figure of d.figures.slice(0, 7)) figure.reportId = 'gone';
    });
    expect(shown.message).toContain('(7 problems)');
    expect(shown.details).toHaveLength(5);
  });

  it('accepts the dataset as shipped', () => {
    expect(() => parseDataset('data/hstf.json', JSON.stringify(raw))).not.toThrow();
  });
});

describe('ids the integrity check compares', () => {
  it('finds nothing wrong with the dataset as shipped', () => {
    expect(integrityLines(() => {})).toEqual([]);
  });

  it.each([
    'categories',
    'agencies',
    'sources',
    'periods',
    'metrics',
    'reports',
    'figures',
    'events',
    'people',
    'groups',
  ])('names a repeated id among the %s', (kind) => {
    const id: string = (raw as Json)[kind][0].id;
    const lines = integrityLines((d) => (d[kind][1].id = id));
    expect(lines).toContain(`${kind}[1].id: duplicate id "${id}"`);
    // Only the second one is the repeat.
    expect(lines).not.toContain(`${kind}[0].id: duplicate id "${id}"`);
  });

  it('names the kind that used a focusable id first', () => {
    const person = raw.people[0]!.id;
    const event = raw.events[0]!.id;
    const figure = raw.figures[0]!.id;
    const lines = integrityLines((d) => {
      d.events[1].id = person;
      d.figures[1].id = event;
      d.sources[1].id = figure;
    });
    // (The records renamed here also leave references to their old ids dangling.)
    expect(lines.filter((line) => line.includes('focus links'))).toEqual([
      `events[1].id: id "${person}" is also used in people; focus links would be ambiguous`,
      `figures[1].id: id "${event}" is also used in events; focus links would be ambiguous`,
      `sources[1].id: id "${figure}" is also used in figures; focus links would be ambiguous`,
    ]);
  });

  it('lets an id that focus= cannot address be reused in another kind', () => {
    // Categories, agencies and metrics are never named by focus=, so their ids may meet.
    const lines = integrityLines((d) => {
      d.categories.push({ ...d.categories[0], id: d.agencies[0].id });
      d.metrics.push({ ...d.metrics[0], id: d.agencies[1].id });
    });
    expect(lines).toEqual([]);
  });

  it('names a figure filed under an unknown category, and that it differs from its metric', () => {
    const metricCategory = raw.figures[0]!.category;
    expect(integrityLines((d) => (d.figures[0].category = 'gone'))).toEqual([
      'figures[0].category: unknown category id "gone"',
      `figures[0].category: category "gone" differs from its metric's "${metricCategory}"`,
    ]);
  });

  it('accepts a period of a single day', () => {
    expect(integrityLines((d) => (d.periods[0].to = d.periods[0].from))).toEqual([]);
  });
});

describe('aliases of renamed ids', () => {
  it('accepts an alias to a current person, event, figure, source, category or agency', () => {
    const lines = integrityLines((d) => {
      d.aliases = {
        'old-person': d.people[0].id,
        'old-event': d.events[0].id,
        'old-figure': d.figures[0].id,
        'old-source': d.sources[0].id,
        'old-category': d.categories[0].id,
        'old-agency': d.agencies[0].id,
      };
    });
    expect(lines).toEqual([]);
  });

  it('names an alias that leads nowhere', () => {
    const lines = integrityLines((d) => (d.aliases = { 'old-id': 'no-such-id' }));
    expect(lines).toEqual(['aliases.old-id: unknown id "no-such-id"']);
  });

  it('names an alias whose old id is still in use, whatever kind uses it', () => {
    const person = raw.people[0]!.id;
    const category = raw.categories[0]!.id;
    const agency = raw.agencies[0]!.id;
    const target = raw.sources[0]!.id;
    const lines = integrityLines((d) => {
      d.aliases = { [person]: target, [category]: target, [agency]: target };
    });
    expect(lines).toEqual([
      `aliases.${person}: "${person}" is still an id; an alias names a retired id`,
      `aliases.${category}: "${category}" is still an id; an alias names a retired id`,
      `aliases.${agency}: "${agency}" is still an id; an alias names a retired id`,
    ]);
  });
});

describe('agencies nested in themselves', () => {
  const at = (id: string) => indexWhere('agencies', (a) => a.id === id);

  it('names every agency of a loop through their parents', () => {
    // DHS → FBI → HSI → DHS.
    const lines = integrityLines((d) => {
      d.agencies[at('dhs')].parentId = 'fbi';
      d.agencies[at('fbi')].parentId = 'hsi';
    });
    expect(lines).toEqual([
      `agencies[${at('dhs')}].parentId: agency "dhs" is part of itself through its parents`,
      `agencies[${at('hsi')}].parentId: agency "hsi" is part of itself through its parents`,
      `agencies[${at('fbi')}].parentId: agency "fbi" is part of itself through its parents`,
    ]);
  });

  it('finishes for an agency whose parents lead into a loop it is not part of', () => {
    const lines = integrityLines((d) => {
      d.agencies[at('dhs')].parentId = 'hsi';
      d.agencies[at('white-house')].parentId = 'dhs';
    });
    expect(lines).toEqual(
      expect.arrayContaining([
        `agencies[${at('dhs')}].parentId: agency "dhs" is part of itself through its parents`,
        `agencies[${at('hsi')}].parentId: agency "hsi" is part of itself through its parents`,
      ]),
    );
  });

  it('accepts agencies nested two deep', () => {
    expect(integrityLines((d) => (d.agencies[at('doj')].parentId = 'white-house'))).toEqual([]);
  });
});

describe('a broken dataset on a Spanish page', () => {
  it.each<[string, (d: Json) => void, string]>([
    [
      'a dangling reference',
      (d) => (d.figures[0].reportId = 'gone'),
      'figures[0].reportId: id de informe desconocido “gone”',
    ],
    [
      'a wrong type',
      (d) => (d.figures[0].value = 'many'),
      'figures[0].value: se esperaba número, se recibió texto',
    ],
    [
      'a date off the calendar',
      (d) => (d.events[0].date = '2025-02-30'),
      'events[0].date: se esperaba una fecha ISO válida',
    ],
    [
      'an id that is not kebab-case',
      (d) => (d.events[0].id = 'Not A Slug'),
      'events[0].id: se esperaba un id en minúsculas con guiones, como “doj-release-jan-2026”',
    ],
    ['an unknown field', (d) => (d.events[0].extra = 1), 'events[0]: clave desconocida: “extra”'],
    [
      'a negative value',
      (d) => (d.figures[0].value = -1),
      'figures[0].value: se esperaba un número mayor o igual que 0',
    ],
  ])('words %s in Spanish', (_what, breakIt, line) => {
    const shown = shownFor(breakIt, 'es');
    expect(shown.message).toMatch(/^El conjunto de datos \(data\/hstf\.json\) no tiene la forma esperada/);
    expect(shown.details).toContain(line);
  });

  it('words a repeated id and an agency nested in itself in Spanish', () => {
    const repeated = shownFor((d) => (d.reports[1].id = d.reports[0].id), 'es');
    expect(repeated.details).toContain(`reports[1].id: id repetido “${raw.reports[0]!.id}”`);
    const cycle = shownFor((d) => {
      d.agencies[0].parentId = d.agencies[0].id;
    }, 'es');
    expect(cycle.details).toContain(
      `agencies[0].parentId: la agencia “${raw.agencies[0]!.id}” forma parte de sí misma a través de sus agencias superiores`,
    );
  });
});

import fc from 'fast-check';

import raw from '../public/data/hstf.json';
import { canonicalAgencies } from '../src/data/agencies';
import { LANGUAGES } from '../src/i18n/language';
import { LINK_MIGRATIONS, migrateLink } from '../src/view-state/link-migrations';
import { toggleTable } from '../src/view-state/table-toggle';
import { pinnedAddress, searchWith } from '../src/view-state/pinned-link';
import type { Dataset } from '../src/data/schema';
import {
  activeFilterCount,
  CHART_IDS,
  clearFilters,
  DEFAULT_VIEW_STATE,
  EVENT_TYPES,
  MAX_QUERY_LENGTH,
  PANEL_IDS,
  PARAM_ORDER,
  languageOf,
  parseViewState,
  searchWithLanguage,
  SOURCE_SORTS,
  serialiseViewState,
  type ViewState,
  type Vocabulary,
  vocabularyOf,
} from '../src/view-state/view-state';

const vocabulary: Vocabulary = {
  categories: ['arrests', 'drugs', 'firearms', 'currency', 'operations'],
  agencies: ['white-house', 'dhs', 'hsi', 'doj', 'fbi', 'defense', 'odni'],
  focusIds: new Set(['donald-trump', 'hstf-roundtable', 'arrests-preview', 'seed-preview', 'new-source']),
  metrics: ['arrests', 'fentanyl-pills', 'narcotics'],
  agencyParents: new Map([
    ['hsi', 'dhs'],
    ['fbi', 'doj'],
  ]),
  aliases: new Map([['old-source', 'new-source']]),
  versions: ['2026-11-28', '2026-11-28-2'],
};

function parse(search: string) {
  return parseViewState(search, vocabulary);
}

describe('parsing a link', () => {
  it('gives the default view for an empty link', () => {
    expect(parse('')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
  });

  it('reads every parameter of the contract', () => {
    const { state, ignored } = parse(
      '?category=drugs,arrests&agency=doj&type=report,policy&from=2025-08-01&to=2025-12-31&q=Bondi&focus=donald-trump&table=drugs-seized&metric=narcotics&sort=date-desc&embed=kpis&v=2026-11-28&lang=es',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      category: ['arrests', 'drugs'],
      agency: ['doj'],
      type: ['policy', 'report'],
      from: '2025-08-01',
      to: '2025-12-31',
      q: 'Bondi',
      focus: 'donald-trump',
      table: ['drugs-seized'],
      metric: 'narcotics',
      sort: 'date-desc',
      embed: 'kpis',
      v: '2026-11-28',
      lang: 'es',
    });
  });

  it('keeps the chosen measure and table order, leaves their defaults out, drops unknown ones', () => {
    expect(parse('?metric=arrests')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, metric: 'arrests' }, vocabulary)).toBe('');
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, metric: 'narcotics' }, vocabulary)).toBe(
      '?metric=narcotics',
    );
    expect(parse('?metric=cocaine&sort=colour')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [
        { key: 'metric', value: 'cocaine', reason: 'unknown-value' },
        { key: 'sort', value: 'colour', reason: 'unknown-value' },
      ],
    });
    expect(parse('?sort=KIND').state.sort).toBe('kind');
  });

  it('tells an empty list ("none selected") from an absent one ("all")', () => {
    expect(parse('?category=').state.category).toEqual([]);
    expect(parse('?type=').state.type).toEqual([]);
    expect(parse('').state.category).toBeNull();
  });

  it('drops unknown values but keeps the rest of the list', () => {
    const { state, ignored } = parse('?category=drugs,weapons-of-mass-destruction');
    expect(state.category).toEqual(['drugs']);
    expect(ignored).toEqual([
      { key: 'category', value: 'weapons-of-mass-destruction', reason: 'unknown-value' },
    ]);
  });

  it('collapses a list holding every value to absent: it is the default, not a filter', () => {
    const every = parse(
      `?category=${vocabulary.categories.join(',')}&type=${[...EVENT_TYPES].reverse().join(',')}`,
    );
    expect(every).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(activeFilterCount(every.state)).toBe(0);
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, agency: [...vocabulary.agencies] }, vocabulary)).toBe(
      '',
    );
  });

  it('treats a search of only spaces as no search', () => {
    expect(parse('?q=%20%20')).toEqual({ state: DEFAULT_VIEW_STATE, ignored: [] });
    expect(parse(`?q=${'%20'.repeat(150)}x`).state.q).toBe('');
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, q: '   ' }, vocabulary)).toBe('');
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, q: ' war ' }, vocabulary)).toBe('?q=%20war%20');
  });

  it('falls back to all when no listed value is known', () => {
    expect(parse('?agency=cia').state.agency).toBeNull();
  });

  it('drops impossible dates and a window whose start is after its end', () => {
    expect(parse('?from=2025-02-30').ignored).toEqual([
      { key: 'from', value: '2025-02-30', reason: 'invalid-date' },
    ]);
    const reversed = parse('?from=2025-12-01&to=2025-01-01');
    expect(reversed.state.from).toBeNull();
    expect(reversed.state.to).toBeNull();
    expect(reversed.ignored.map((i) => i.reason)).toEqual(['from-after-to', 'from-after-to']);
  });

  it('truncates over-long search text to 100 characters', () => {
    const { state, ignored } = parse(`?q=${'a'.repeat(150)}`);
    expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(ignored[0]?.reason).toBe('truncated');
  });

  it('uses the first of repeated parameters and reports the others', () => {
    const { state, ignored } = parse('?q=first&q=second');
    expect(state.q).toBe('first');
    expect(ignored).toEqual([{ key: 'q', value: 'second', reason: 'repeated' }]);
  });

  it('drops unknown parameters, unknown focus ids and unknown panels', () => {
    const { state, ignored } = parse('?utm_source=x&focus=<img src=x onerror=alert(1)>&embed=everything');
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored.map((i) => [i.key, i.reason])).toEqual([
      ['utm_source', 'unknown-parameter'],
      ['focus', 'unknown-id'],
      ['embed', 'unknown-value'],
    ]);
  });
});

describe('data versions, aliases and nested agencies in a link', () => {
  it('keeps a known v, even the newest, and drops an unknown one with a notice', () => {
    expect(parse('?v=2026-11-28-2').state.v).toBe('2026-11-28-2');
    expect(serialiseViewState(parse('?v=2026-11-28-2').state, vocabulary)).toBe('?v=2026-11-28-2');
    expect(parse('?v=2020-01-01')).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [{ key: 'v', value: '2020-01-01', reason: 'unknown-version' }],
    });
  });

  it('writes v after every other parameter of the contract', () => {
    const state = { ...DEFAULT_VIEW_STATE, v: '2026-11-28', embed: 'kpis' as const, category: ['drugs'] };
    expect(serialiseViewState(state, vocabulary)).toBe('?category=drugs&embed=kpis&v=2026-11-28');
  });

  it('maps a renamed id to its current id and writes the current one back', () => {
    const { state, ignored } = parse('?focus=old-source');
    expect(ignored).toEqual([]);
    expect(state.focus).toBe('new-source');
    expect(serialiseViewState(state, vocabulary)).toBe('?focus=new-source');
  });

  it('writes a parent once, with or without its components, and a lone component alone', () => {
    expect(parse('?agency=doj,fbi').state.agency).toEqual(['doj']);
    expect(parse('?agency=fbi,doj').state.agency).toEqual(['doj']);
    expect(parse('?agency=fbi').state.agency).toEqual(['fbi']);
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, agency: ['fbi', 'doj', 'hsi'] }, vocabulary)).toBe(
      '?agency=hsi,doj',
    );
  });

  it('still collapses a selection covering every agency and keeps an empty one', () => {
    expect(parse('?agency=white-house,dhs,doj,defense,odni').state.agency).toBeNull();
    expect(parse('?agency=').state.agency).toEqual([]);
  });
});

describe('link migrations', () => {
  const context = { aliases: new Map([['old-source', 'new-source']]) };

  it('are listed in order, each with a unique id', () => {
    const ids = LINK_MIGRATIONS.map((m) => m.id);
    expect(ids).toEqual(['renamed-dataset-ids']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('renamed-dataset-ids: maps retired ids in focus, category and agency, and nothing else', () => {
    const migration = LINK_MIGRATIONS.find((m) => m.id === 'renamed-dataset-ids')!;
    const out = migration.migrate(
      new URLSearchParams('focus=old-source&agency=doj,old-source&q=old-source&table=timeline'),
      context,
    );
    expect([...out]).toEqual([
      ['focus', 'new-source'],
      ['agency', 'doj,new-source'],
      ['q', 'old-source'],
      ['table', 'timeline'],
    ]);
  });

  it('leaves a link no migration applies to exactly as it was', () => {
    expect(migrateLink('?q=a%20b&focus=donald-trump', context)).toBe('?q=a%20b&focus=donald-trump');
  });
});

describe('writing a link', () => {
  it('writes parameters in contract order, lists in dataset order, and leaves out defaults', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      embed: 'outcomes',
      table: ['drugs-seized', 'reported-change'],
      category: ['drugs', 'arrests'],
      q: 'cartel war',
    };
    expect(serialiseViewState(state, vocabulary)).toBe(
      '?category=arrests,drugs&q=cartel%20war&table=reported-change,drugs-seized&embed=outcomes',
    );
    expect(
      parse('?embed=outcomes&q=cartel%20war&table=reported-change,drugs-seized&category=drugs,arrests'),
    ).toMatchObject({
      state: { category: ['arrests', 'drugs'], table: ['reported-change', 'drugs-seized'] },
    });
  });

  it('toggles a chart to its table and back, keeping table= in chart order', () => {
    const once = toggleTable({ ...DEFAULT_VIEW_STATE, table: ['timeline'] }, 'reported-change');
    expect(once.table).toEqual(['reported-change', 'timeline']);
    expect(toggleTable(once, 'timeline').table).toEqual(['reported-change']);
  });

  it('writes nothing for the default view and keeps an empty list', () => {
    expect(serialiseViewState(DEFAULT_VIEW_STATE, vocabulary)).toBe('');
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, category: [] }, vocabulary)).toBe('?category=');
  });
});

const subsetOf = <T>(values: readonly T[]) =>
  fc.subarray([...values]).map((picked) => values.filter((v) => picked.includes(v)));

const isoDay = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A list filter in canonical form: every value is the same view as absent, so it is written as absent. */
const listFilter = <T>(values: readonly T[]) =>
  fc
    .option(subsetOf(values), { nil: null })
    .map((list) => (list !== null && list.length === values.length ? null : list));

const validState: fc.Arbitrary<ViewState> = fc
  .record({
    category: listFilter(vocabulary.categories),
    agency: listFilter(vocabulary.agencies),
    type: listFilter(EVENT_TYPES),
    dates: fc.tuple(fc.option(isoDay, { nil: null }), fc.option(isoDay, { nil: null })),
    q: fc
      .string({ maxLength: MAX_QUERY_LENGTH })
      // eslint-disable-next-line no-control-regex
      .map((q) => q.replace(/[\u0000-\u001f\u007f]/g, ' '))
      .map((q) => (q.trim() === '' ? '' : q)),
    focus: fc.option(fc.constantFrom(...vocabulary.focusIds), { nil: null }),
    table: subsetOf(CHART_IDS),
    metric: fc.option(fc.constantFrom('fentanyl-pills', 'narcotics'), { nil: null }),
    sort: fc.option(fc.constantFrom(...SOURCE_SORTS), { nil: null }),
    embed: fc.option(fc.constantFrom(...PANEL_IDS), { nil: null }),
    v: fc.option(fc.constantFrom(...vocabulary.versions), { nil: null }),
    lang: fc.constantFrom(...LANGUAGES),
  })
  .map(({ dates: [a, b], agency, ...rest }) => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    // The state a link can hold: agencies in canonical form (a parent covers its components).
    return {
      ...rest,
      agency: canonicalAgencies(vocabulary.agencyParents, vocabulary.agencies, agency),
      from,
      to,
    };
  });

describe('properties', () => {
  it('a list holding every value, in any order, writes the same link as no list at all', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...vocabulary.categories], { minLength: 1 }), (picked) => {
        const { state } = parse(`?category=${picked.join(',')}`);
        const link = serialiseViewState(state, vocabulary);
        if (picked.length === vocabulary.categories.length) expect(link).toBe('');
        else expect(link).toMatch(/^\?category=[^&]+$/);
      }),
      { numRuns: 200 },
    );
  });

  it('gives every parameter of the view a place in the canonical order, once', () => {
    expect([...PARAM_ORDER].sort()).toEqual(Object.keys(DEFAULT_VIEW_STATE).sort());
  });

  it('setting `v` or `embed` in a canonical link writes the link "Copy permanent link" writes', () => {
    fc.assert(
      fc.property(
        validState,
        fc.constantFrom(...vocabulary.versions),
        fc.constantFrom(...PANEL_IDS),
        (state, v, embed) => {
          const search = serialiseViewState(state, vocabulary);
          const pinned = serialiseViewState({ ...state, v }, vocabulary);
          expect(searchWith(search, 'v', v)).toBe(pinned);
          expect(searchWith(pinned, 'embed', embed)).toBe(
            serialiseViewState({ ...state, v, embed }, vocabulary),
          );
          expect(pinnedAddress(`https://example.org/hstf/${search}#versions`, v)).toBe(
            `https://example.org/hstf/${pinned}#versions`,
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any valid state serialises to a canonical link that parses back to the same state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const search = serialiseViewState(state, vocabulary);
        const parsed = parse(search);
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(state);
        expect(serialiseViewState(parsed.state, vocabulary)).toBe(search);
      }),
      { numRuns: 300 },
    );
  });

  it('any text in any parameter parses without throwing into a state whose link is canonical', () => {
    const anyKey = fc.oneof(fc.constantFrom(...PARAM_ORDER), fc.string());
    fc.assert(
      fc.property(
        fc.array(fc.tuple(anyKey, fc.string({ unit: 'binary', maxLength: 200 })), { maxLength: 8 }),
        (pairs) => {
          const search = `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`;
          const { state } = parse(search);
          const canonical = serialiseViewState(state, vocabulary);
          expect(parse(canonical)).toEqual({ state, ignored: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes back a search holding a lone surrogate without throwing', () => {
    const { state } = parse('?q=%ED%A0%80abc');
    expect(() => serialiseViewState({ ...state, q: `${state.q}\uD800` }, vocabulary)).not.toThrow();
    expect(parse(`?q=${encodeURIComponent('a')}\uD800`).state.q).toBe('a\uFFFD');
  });

  it('raw, un-encoded hostile strings never throw either', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
        expect(() => parse(raw)).not.toThrow();
        expect(() => parse(`?q=${raw}&focus=${raw}&category=${raw}`)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('the language (lang=)', () => {
  it('reads en and es, writes English as absent, and drops anything else', () => {
    expect(parse('?lang=es').state.lang).toBe('es');
    expect(serialiseViewState(parse('?lang=en&category=drugs').state, vocabulary)).toBe('?category=drugs');
    const { state, ignored } = parse('?lang=fr');
    expect(state.lang).toBe('en');
    expect(ignored).toEqual([{ key: 'lang', value: 'fr', reason: 'unknown-value' }]);
  });

  it('is known before the dataset loads, exactly as the full parse reads it', () => {
    expect(languageOf('?category=drugs&lang=ES')).toBe('es');
    expect(languageOf('?lang=xx')).toBe('en');
    expect(languageOf('')).toBe('en');
  });

  it('switches language keeping every other parameter as written, lang last', () => {
    expect(searchWithLanguage('?category=drugs,arrests&q=a%20b', 'es')).toBe(
      '?category=drugs,arrests&q=a%20b&lang=es',
    );
    expect(searchWithLanguage('?lang=es&type=report', 'en')).toBe('?type=report');
    expect(searchWithLanguage('', 'en')).toBe('');
  });
});

describe('space, case and empty pieces in a link', () => {
  it('trims and lower-cases every value it reads', () => {
    const { state, ignored } = parse(
      '?category=%20Drugs,%20arrests%20&type=%20Report&from=%202025-08-01%20&to=2025-12-31%20' +
        '&focus=%20Donald-Trump&table=%20Timeline&metric=%20Narcotics%20&sort=%20date&embed=%20KPIs' +
        '&v=%202026-11-28%20&lang=%20ES',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      category: ['arrests', 'drugs'],
      type: ['report'],
      from: '2025-08-01',
      to: '2025-12-31',
      focus: 'donald-trump',
      table: ['timeline'],
      metric: 'narcotics',
      sort: 'date',
      embed: 'kpis',
      v: '2026-11-28',
      lang: 'es',
    });
  });

  it('reads a list of only spaces as none selected, and skips empty pieces without a notice', () => {
    expect(parse('?category=%20%20').state.category).toEqual([]);
    expect(parse('?category=drugs,,%20,arrests&table=,timeline,,')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, category: ['arrests', 'drugs'], table: ['timeline'] },
      ignored: [],
    });
  });

  it('drops an unknown table and names it, keeping the known ones in chart order', () => {
    expect(parse('?table=timeline,pie-chart,drugs-seized')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, table: ['drugs-seized', 'timeline'] },
      ignored: [{ key: 'table', value: 'pie-chart', reason: 'unknown-value' }],
    });
  });

  it('writes a list of every category as absent, in whatever order it was built', () => {
    const every = { ...DEFAULT_VIEW_STATE, category: [...vocabulary.categories].reverse() };
    expect(serialiseViewState(every, vocabulary)).toBe('');
  });
});

describe('search text in a link', () => {
  it('turns control characters into spaces, so words stay apart', () => {
    expect(parse('?q=cartel%00war%0Anews%7F').state.q).toBe('cartel war news ');
  });

  it('keeps a search of exactly 100 characters whole, and says when it cut a longer one', () => {
    const hundred = 'é'.repeat(MAX_QUERY_LENGTH);
    expect(parse(`?q=${encodeURIComponent(hundred)}`)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, q: hundred },
      ignored: [],
    });
    const longer = `${hundred}xyz`;
    expect(parse(`?q=${encodeURIComponent(longer)}`)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, q: hundred },
      ignored: [{ key: 'q', value: longer, reason: 'truncated' }],
    });
  });

  it('writes a lone surrogate typed into the search as the replacement character', () => {
    expect(serialiseViewState({ ...DEFAULT_VIEW_STATE, q: 'a\uD800b' }, vocabulary)).toBe('?q=a%EF%BF%BDb');
  });
});

describe('a date window in a link', () => {
  it('keeps a lone start or end, and a window of one day', () => {
    expect(parse('?from=2025-08-01')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, from: '2025-08-01' },
      ignored: [],
    });
    expect(parse('?to=2025-08-01')).toEqual({
      state: { ...DEFAULT_VIEW_STATE, to: '2025-08-01' },
      ignored: [],
    });
    expect(parse('?from=2025-08-01&to=2025-08-01').state).toMatchObject({
      from: '2025-08-01',
      to: '2025-08-01',
    });
  });

  it('names both ends of a window that ends before it starts', () => {
    expect(parse('?from=2025-12-01&to=2025-01-01').ignored).toEqual([
      { key: 'from', value: '2025-12-01', reason: 'from-after-to' },
      { key: 'to', value: '2025-01-01', reason: 'from-after-to' },
    ]);
  });
});

describe('filters, and clearing them', () => {
  const everyFilter: ViewState = {
    ...DEFAULT_VIEW_STATE,
    category: ['drugs'],
    agency: ['doj'],
    type: ['report'],
    from: '2025-08-01',
    to: '2025-12-31',
    q: 'cartel',
  };

  it('counts each filter once, whichever it is', () => {
    expect(activeFilterCount(DEFAULT_VIEW_STATE)).toBe(0);
    expect(activeFilterCount(everyFilter)).toBe(6);
    for (const key of ['category', 'agency', 'type', 'from', 'to', 'q'] as const) {
      expect([key, activeFilterCount({ ...DEFAULT_VIEW_STATE, [key]: everyFilter[key] })]).toEqual([key, 1]);
    }
    // An empty list ("none selected") is a filter; a search of spaces is not.
    expect(activeFilterCount({ ...DEFAULT_VIEW_STATE, category: [], q: '  ' })).toBe(1);
    // How the view is shown is not a filter.
    expect(
      activeFilterCount({
        ...DEFAULT_VIEW_STATE,
        focus: 'donald-trump',
        table: ['timeline'],
        metric: 'narcotics',
        sort: 'date',
        embed: 'kpis',
        v: '2026-11-28',
        lang: 'es',
      }),
    ).toBe(0);
  });

  it('clears every filter and keeps how charts and tables are shown, the version and the language', () => {
    const shown = {
      table: ['timeline'] as ViewState['table'],
      metric: 'narcotics',
      sort: 'date' as const,
      embed: 'kpis' as const,
      v: '2026-11-28',
      lang: 'es' as const,
    };
    expect(clearFilters({ ...everyFilter, ...shown, focus: 'donald-trump' })).toEqual({
      ...DEFAULT_VIEW_STATE,
      ...shown,
    });
  });
});

describe('the vocabulary of a dataset', () => {
  // The ids alone, straight from the shipped file: the vocabulary reads nothing else.
  const dataset = raw as unknown as Dataset;

  it('names every id a link may use, and only the headline measures', () => {
    const words = vocabularyOf(dataset);
    expect(words.categories).toEqual(raw.categories.map((c) => c.id));
    expect(words.agencies).toEqual(raw.agencies.map((a) => a.id));
    expect(words.metrics).toEqual(raw.metrics.filter((m) => m.headline).map((m) => m.id));
    expect(words.metrics).not.toContain('cocaine');
    expect([...words.focusIds].sort()).toEqual(
      [...raw.people, ...raw.events, ...raw.figures, ...raw.sources].map((r) => r.id).sort(),
    );
    expect(words.agencyParents.get('fbi')).toBe('doj');
    expect(words.aliases.get('es-secondary')).toBe('laaurorademexico-doj-release');
    // Without the list of published versions, only the version on screen can be named.
    expect(words.versions).toEqual([raw.version]);
    expect(vocabularyOf(dataset, ['2026-11-28', raw.version]).versions).toEqual(['2026-11-28', raw.version]);
  });

  it('reads a link naming the shipped ids', () => {
    const { state, ignored } = parseViewState(
      '?category=drugs&agency=fbi&focus=es-secondary&metric=fentanyl-pills',
      vocabularyOf(dataset),
    );
    expect(ignored).toEqual([]);
    expect(state).toMatchObject({
      category: ['drugs'],
      agency: ['fbi'],
      focus: 'laaurorademexico-doj-release',
      metric: 'fentanyl-pills',
    });
  });

  it('is worked out once per dataset', () => {
    expect(vocabularyOf(dataset).focusIds).toBe(vocabularyOf(dataset, []).focusIds);
  });
});

describe('renamed ids in a link', () => {
  it('maps a retired id however it is spaced or cased', () => {
    const context = { aliases: new Map([['old-source', 'new-source']]) };
    expect(migrateLink('?focus=%20Old-Source&category=drugs', context)).toBe(
      '?focus=new-source&category=drugs',
    );
  });
});

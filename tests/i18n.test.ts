import { formatDateWithPrecision, formatValue } from '../src/data/figure-format';
import { type HstfEvent } from '../src/data/schema';
import { es } from '../src/i18n/es/messages';
import { en, type Messages } from '../src/i18n/messages';
import { formatNumber } from '../src/lib/format';
import { plural, pluralCategory } from '../src/lib/plural';
import { eventDateText } from '../src/sections/timeline/timeline';

const forms = { one: 'report', other: 'reports' };
const formas = { one: 'informe', other: 'informes', many: 'de informes' };

describe('plural forms through Intl.PluralRules', () => {
  it.each([
    [1, 'one', 'one'],
    [2, 'other', 'other'],
    [0, 'other', 'other'],
    [1_000_000, 'other', 'many'],
    [2_000_000, 'other', 'many'],
    [2_100_000, 'other', 'other'],
  ] as const)('%s is "%s" in English and "%s" in Spanish', (n, english, spanish) => {
    expect(pluralCategory(n, en.locale)).toBe(english);
    expect(pluralCategory(n, es.locale)).toBe(spanish);
  });

  it('gives millions written in words the Spanish "many" form, and English none', () => {
    expect(pluralCategory(2_100_000, es.locale, true)).toBe('many');
    expect(pluralCategory(2_100_000, en.locale, true)).toBe('other');
    expect(pluralCategory(999_999, es.locale, true)).toBe('other');
  });

  it('falls back to "other" when a language gives no word for a form', () => {
    expect(plural(1_000_000, forms, es.locale)).toBe('reports');
    expect(plural(1_000_000, formas, es.locale)).toBe('de informes');
    expect(plural(1, formas, es.locale)).toBe('informe');
    expect(plural(2, formas, es.locale)).toBe('informes');
  });

  it('counts in interface messages: one, two and a million', () => {
    expect(en.kpis.latestOf(1)).toBe('Latest of 1 report');
    expect(en.kpis.latestOf(2)).toBe('Latest of 2 reports');
    expect(en.kpis.latestOf(1_000_000)).toBe('Latest of 1,000,000 reports');
    expect(es.kpis.latestOf(1)).toBe('La más reciente de 1 informe');
    expect(es.kpis.latestOf(2)).toBe('La más reciente de 2 informes');
    expect(es.timeline.typePlural.meeting(1)).toBe('1 reunión');
    expect(es.timeline.typePlural.meeting(2)).toBe('2 reuniones');
    expect(es.filters.active(1)).toBe('1 filtro activo');
    expect(es.filters.active(3)).toBe('3 filtros activos');
    expect(en.filters.active(1)).toBe('1 filter active');
  });

  it('Spanish: a name that opens with an article is lower-cased inside a sentence', () => {
    expect(es.figure.attribution('La fiscal general Pam Bondi', '23 oct 2025', false)).toBe(
      'Según la fiscal general Pam Bondi, 23 oct 2025',
    );
    expect(
      es.figure.attribution('Las estadísticas del Departamento de Seguridad Nacional', '10 dic 2025', false),
    ).toBe('Según las estadísticas del Departamento de Seguridad Nacional, 10 dic 2025');
    // An outlet that reported figures whose maker it does not name is not who "said" them.
    expect(es.figure.attribution('Fox News', '17 feb 2026', true)).toBe(
      'Publicado por Fox News, 17 feb 2026',
    );
    expect(en.figure.attribution('Fox News', 'Feb 17, 2026', true)).toBe(
      'Reported by Fox News, Feb 17, 2026',
    );
    expect(en.figure.attribution('Attorney General Pam Bondi', 'Oct 23, 2025', false)).toBe(
      'Said by Attorney General Pam Bondi, Oct 23, 2025',
    );
    expect(es.outcomes.pointLabel('Arrestos', 'El presidente Donald Trump', '23 oct 2025')).toBe(
      'Arrestos: el presidente Donald Trump, 23 oct 2025',
    );
    // Standing alone (a table cell), the name keeps its capital.
    expect(es.figureDetail.saidBy('La fiscal general Pam Bondi', '23 oct 2025')).toBe(
      'La fiscal general Pam Bondi, 23 oct 2025',
    );
  });
});

describe('numbers in each language', () => {
  it.each([
    [1, '1', '1'],
    [2, '2', '2'],
    [3_000, '3,000', '3,000'],
    [1_000_000, '1,000,000', '1,000,000'],
    [2.5, '2.5', '2.5'],
  ])('%s → "%s" (en-US), "%s" (es-419)', (n, english, spanish) => {
    expect(formatNumber(n, en.locale)).toBe(english);
    expect(formatNumber(n, es.locale)).toBe(spanish);
  });

  const cases: [
    number,
    Parameters<typeof formatValue>[1],
    Parameters<typeof formatValue>[2],
    string,
    string,
  ][] = [
    [1, 'people', 'none', '1 persona', '1 persona'],
    [2, 'people', 'none', '2 personas', '2 personas'],
    [3_000, 'people', 'more-than', 'más de 3,000 personas', 'más de 3,000 personas'],
    [1_000_000, 'people', 'none', '1 millón de personas', '1,000,000 de personas'],
    [2_100_000, 'pills', 'none', '2.1 millones de pastillas', '2,100,000 pastillas'],
    [
      2_000_000,
      'pills',
      'approximately',
      'aproximadamente 2 millones de pastillas',
      'aproximadamente 2,000,000 de pastillas',
    ],
    [3_250_000, 'usd', 'about', 'alrededor de USD 3.25 millones', 'alrededor de USD 3,250,000'],
    [1, 'metric-tons', 'none', '1 tonelada métrica', '1 tonelada métrica'],
    [91, 'metric-tons', 'more-than', 'más de 91 toneladas métricas', 'más de 91 toneladas métricas'],
    [50, 'percent', 'none', '50%', '50%'],
  ];
  it.each(cases)('%s %s (%s) in Spanish → "%s", in full "%s"', (value, unit, qualifier, short, full) => {
    const text = formatValue(value, unit, qualifier, es);
    expect(text.short.replace(/\u00a0/g, ' ')).toBe(short);
    expect(text.full.replace(/\u00a0/g, ' ')).toBe(full);
  });

  it('keeps the English forms for the same values', () => {
    expect(formatValue(1, 'people', 'none', en).short).toBe('1 person');
    expect(formatValue(1_000_000, 'people', 'none', en).short).toBe('1 million people');
    expect(formatValue(1_000_000, 'people', 'none', en).full).toBe('1,000,000 people');
  });
});

describe('dates in each language', () => {
  const event = (overrides: Partial<HstfEvent>): HstfEvent => ({
    id: 'x',
    date: '2025-08-01',
    datePrecision: 'day',
    type: 'operation',
    title: 'T',
    summary: 'S',
    agencyIds: [],
    categories: [],
    sourceIds: ['s'],
    support: 'reported',
    ...overrides,
  });

  it('shows a day', () => {
    expect(formatDateWithPrecision('2025-10-23', 'day', en.locale)).toBe('Oct 23, 2025');
    expect(formatDateWithPrecision('2025-10-23', 'day', es.locale)).toBe('23 oct 2025');
  });

  it('shows a month-precision date as the month, never as its first day', () => {
    const january = (m: Messages, long = false) =>
      eventDateText(event({ date: '2026-01-01', datePrecision: 'month' }), m, long);
    expect(january(en)).toBe('Jan 2026');
    expect(january(es)).toBe('ene 2026');
    expect(january(es, true)).toBe('enero de 2026');
    expect(january(es)).not.toMatch(/\b1\b/);
  });

  it('words the part of a month', () => {
    const late = (m: Messages) =>
      eventDateText(event({ date: '2025-08-01', datePrecision: 'month', monthPart: 'late' }), m);
    expect(late(en)).toBe('late Aug 2025');
    expect(late(es)).toBe('finales de ago 2025');
  });
});

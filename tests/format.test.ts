import { attributedTo, formatDateWithPrecision, formatFigure, formatValue } from '../src/data/figure-format';
import type { Figure } from '../src/data/schema';
import { en } from '../src/i18n/messages';
import { qualifierKind, toMetricTons } from '../src/sections/outcomes/outcomes';

describe('formatting a reported value', () => {
  it.each([
    [0, 'people', 'none', '0 people', '0 people'],
    [1, 'people', 'none', '1 person', '1 person'],
    [999, 'firearms', 'none', '999 firearms', '999 firearms'],
    [1000, 'firearms', 'over', 'over 1,000 firearms', 'over 1,000 firearms'],
    [3266, 'people', 'none', '3,266 people', '3,266 people'],
    [2_100_000, 'pills', 'none', '2.1 million pills', '2,100,000 pills'],
    [2_000_000, 'pills', 'approximately', 'approximately 2 million pills', 'approximately 2,000,000 pills'],
    [3_250_000, 'usd', 'about', 'about $3.25 million', 'about $3,250,000'],
    [3_000_000, 'usd', 'over', 'over $3 million', 'over $3,000,000'],
    [491_000, 'usd', 'about', 'about $491,000', 'about $491,000'],
    [2.3, 'metric-tons', 'none', '2.3 metric tons', '2.3 metric tons'],
    [0.5, 'metric-tons', 'none', '0.5 metric tons', '0.5 metric tons'],
    [1, 'metric-tons', 'none', '1 metric ton', '1 metric ton'],
    [91, 'metric-tons', 'more-than', 'more than 91 metric tons', 'more than 91 metric tons'],
    [7, 'tons', 'none', '7 tons', '7 tons'],
    [58_000, 'kg', 'none', '58,000 kg', '58,000 kg'],
    [1109, 'pounds', 'none', '1,109 pounds', '1,109 pounds'],
    [50, 'percent', 'none', '50%', '50%'],
  ] as const)('%s %s (%s) → "%s", in full "%s"', (value, unit, qualifier, short, full) => {
    const text = formatValue(value, unit, qualifier, en);
    expect(text.short).toBe(short);
    expect(text.full).toBe(full);
  });

  it('never drops the qualifier, in the compact or the full form', () => {
    const figure = {
      value: 3_000,
      unit: 'people',
      qualifier: 'more-than',
    } as Figure;
    const text = formatFigure(figure, en);
    expect(text.short).toBe('more than 3,000 people');
    expect(text.amount).toBe('more than 3,000');
    expect(text.unitText).toBe('people');
  });

  it('gives the amount and the unit words apart, the words in the form the short text uses', () => {
    const pills = formatValue(2_100_000, 'pills', 'approximately', en);
    expect([pills.amount, pills.unitText]).toEqual(['approximately 2.1 million', 'pills']);
    const one = formatValue(1, 'firearms', 'none', en);
    expect([one.amount, one.unitText]).toEqual(['1', 'firearm']);
    // Dollars and percent carry their sign in the number: no words.
    const usd = formatValue(3_000_000, 'usd', 'over', en);
    expect([usd.amount, usd.unitText]).toEqual(['over $3 million', '']);
    expect(formatValue(12.5, 'percent', 'about', en)).toEqual({
      short: 'about 12.5%',
      full: 'about 12.5%',
      amount: 'about 12.5%',
      unitText: '',
    });
  });
});

describe('a date as precise as its source', () => {
  const words = { early: 'early', mid: 'mid', late: 'late' };

  it('writes a day short or long, and never a part of the month for it', () => {
    expect(formatDateWithPrecision('2025-10-23', 'day', 'en-US')).toBe('Oct 23, 2025');
    expect(formatDateWithPrecision('2025-10-23', 'day', 'en-US', { long: true })).toBe('October 23, 2025');
    expect(
      formatDateWithPrecision('2025-10-23', 'day', 'en-US', { monthPart: 'late', monthPartWords: words }),
    ).toBe('Oct 23, 2025');
  });

  it('writes a month short or long, with the part of the month when there are words for it', () => {
    expect(formatDateWithPrecision('2025-08-01', 'month', 'en-US')).toBe('Aug 2025');
    expect(formatDateWithPrecision('2025-08-01', 'month', 'en-US', { long: true })).toBe('August 2025');
    expect(
      formatDateWithPrecision('2025-08-01', 'month', 'en-US', {
        long: true,
        monthPart: 'mid',
        monthPartWords: words,
      }),
    ).toBe('mid August 2025');
    expect(formatDateWithPrecision('2025-08-01', 'month', 'en-US', { monthPart: 'early' })).toBe('Aug 2025');
    expect(formatDateWithPrecision('2025-08-01', 'month', 'en-US', { monthPartWords: words })).toBe(
      'Aug 2025',
    );
  });
});

describe('converting weights for a common axis', () => {
  it('converts kg, pounds and both kinds of tons to metric tons, and nothing else', () => {
    expect(toMetricTons(58_000, 'kg')).toBe(58);
    expect(toMetricTons(2_300, 'kg')).toBe(2.3);
    expect(toMetricTons(91, 'metric-tons')).toBe(91);
    // A bare "tons" is read as metric tons; the charts' captions say so.
    expect(toMetricTons(70, 'tons')).toBe(70);
    expect(toMetricTons(1_109, 'pounds')).toBeCloseTo(0.503, 3);
    expect(toMetricTons(2_100_000, 'pills')).toBeNull();
    expect(toMetricTons(3_000_000, 'usd')).toBeNull();
  });

  it('groups qualifiers into none stated, lower bound and estimate', () => {
    expect(qualifierKind('none')).toBe('unqualified');
    expect(qualifierKind('more-than')).toBe('lower-bound');
    expect(qualifierKind('over')).toBe('lower-bound');
    expect(qualifierKind('approximately')).toBe('approximate');
    expect(qualifierKind('about')).toBe('approximate');
  });
});

describe('who a figure is attributed to', () => {
  const figure = { saidBy: 'Fox News' } as Figure;
  it('names whoever made the claim as they are', () => {
    expect(attributedTo(figure, en)).toBe('Fox News');
  });
  it('names an outlet that only reported the figure as the outlet', () => {
    expect(attributedTo({ ...figure, attribution: 'reported' }, en)).toBe('Reported by Fox News');
  });
});

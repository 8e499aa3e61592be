import { formatFigure, formatValue } from '../src/data/figure-format';
import type { Figure } from '../src/data/schema';
import { en } from '../src/i18n/messages';
import { qualifierKind, toMetricTons } from '../src/sections/outcomes/outcomes';

describe('formatting a reported value', () => {
  it.each([
    [0, 'people', 'exact', '0 people', '0 people'],
    [1, 'people', 'exact', '1 person', '1 person'],
    [999, 'firearms', 'exact', '999 firearms', '999 firearms'],
    [1000, 'firearms', 'over', 'over 1,000 firearms', 'over 1,000 firearms'],
    [3266, 'people', 'exact', '3,266 people', '3,266 people'],
    [2_100_000, 'pills', 'exact', '2.1 million pills', '2,100,000 pills'],
    [2_000_000, 'pills', 'approximately', 'approximately 2 million pills', 'approximately 2,000,000 pills'],
    [3_250_000, 'usd', 'about', 'about $3.25 million', 'about $3,250,000'],
    [3_000_000, 'usd', 'over', 'over $3 million', 'over $3,000,000'],
    [491_000, 'usd', 'about', 'about $491,000', 'about $491,000'],
    [2.3, 'metric-tons', 'exact', '2.3 metric tons', '2.3 metric tons'],
    [0.5, 'metric-tons', 'exact', '0.5 metric tons', '0.5 metric tons'],
    [1, 'metric-tons', 'exact', '1 metric ton', '1 metric ton'],
    [91, 'metric-tons', 'more-than', 'more than 91 metric tons', 'more than 91 metric tons'],
    [7, 'tons', 'exact', '7 tons', '7 tons'],
    [58_000, 'kg', 'exact', '58,000 kg', '58,000 kg'],
    [1109, 'pounds', 'exact', '1,109 pounds', '1,109 pounds'],
    [50, 'percent', 'exact', '50%', '50%'],
  ] as const)('%s %s (%s) → "%s", exact "%s"', (value, unit, qualifier, short, full) => {
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

  it('groups qualifiers into exact, lower bound and estimate', () => {
    expect(qualifierKind('exact')).toBe('exact');
    expect(qualifierKind('more-than')).toBe('lower-bound');
    expect(qualifierKind('over')).toBe('lower-bound');
    expect(qualifierKind('approximately')).toBe('approximate');
    expect(qualifierKind('about')).toBe('approximate');
  });
});

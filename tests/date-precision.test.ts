import { formatDateWithPrecision } from '../src/data/figure-format';
import { type HstfEvent } from '../src/data/schema';
import { machineDate } from '../src/data/record-selectors';
import { en } from '../src/i18n/messages';
import {
  chronological,
  eventDateText,
  eventMatches,
  eventRange,
  overlapsWindow,
  timelineSpan,
} from '../src/sections/timeline/timeline';
import { DEFAULT_VIEW_STATE } from '../src/view-state/view-state';
import { realDataset as dataset } from './real-dataset';

function event(overrides: Partial<HstfEvent>): HstfEvent {
  return {
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
  };
}

describe('formatting a date with its precision', () => {
  it('shows a day-precision date as that day', () => {
    expect(eventDateText(event({ date: '2025-10-23' }), en)).toBe('Oct 23, 2025');
    expect(eventDateText(event({ date: '2025-10-23' }), en, true)).toBe('October 23, 2025');
  });

  it.each([
    ['early', 'early Aug 2025'],
    ['mid', 'mid Aug 2025'],
    ['late', 'late Aug 2025'],
  ] as const)('shows a %s-month date as "%s", never as the first of the month', (monthPart, text) => {
    const approximate = event({ datePrecision: 'month', monthPart });
    expect(eventDateText(approximate, en)).toBe(text);
    expect(eventDateText(approximate, en)).not.toMatch(/\b1\b/);
  });

  it('shows a month-precision date without a part as the month alone', () => {
    expect(eventDateText(event({ date: '2026-01-01', datePrecision: 'month' }), en)).toBe('Jan 2026');
    expect(eventDateText(event({ date: '2026-01-01', datePrecision: 'month' }), en, true)).toBe(
      'January 2026',
    );
  });

  it('ignores the month part of a day-precision date', () => {
    expect(formatDateWithPrecision('2025-08-01', 'day', 'en-US', { monthPart: 'late' })).toBe('Aug 1, 2025');
  });

  it('gives <time> a month, not a day, for month precision', () => {
    expect(machineDate(event({ datePrecision: 'month' }))).toBe('2025-08');
    expect(machineDate(event({ date: '2025-10-23' }))).toBe('2025-10-23');
  });

  it('shows no dataset event as the first of a month unless it is day-precision', () => {
    for (const item of dataset.events) {
      const text = eventDateText(item, en);
      if (item.datePrecision === 'month') expect(text, item.id).not.toMatch(/\d{1,2}, \d{4}/);
      else expect(text, item.id).toMatch(/\d{1,2}, \d{4}/);
    }
  });
});

describe('the days a date may fall on', () => {
  it('is one day for day precision', () => {
    expect(eventRange(event({ date: '2025-09-02' }))).toEqual({ start: '2025-09-02', end: '2025-09-02' });
  });

  it.each([
    ['early', '2025-08-01', '2025-08-10'],
    ['mid', '2025-08-11', '2025-08-20'],
    ['late', '2025-08-21', '2025-08-31'],
  ] as const)('covers the %s part of the month', (monthPart, start, end) => {
    expect(eventRange(event({ datePrecision: 'month', monthPart }))).toEqual({ start, end });
  });

  it('covers the whole month, with the right last day, when no part is known', () => {
    expect(eventRange(event({ date: '2026-02-01', datePrecision: 'month' }))).toEqual({
      start: '2026-02-01',
      end: '2026-02-28',
    });
    expect(eventRange(event({ date: '2024-02-01', datePrecision: 'month', monthPart: 'late' }))).toEqual({
      start: '2024-02-21',
      end: '2024-02-29',
    });
  });

  it('overlaps a window if any possible day is inside it (inclusive)', () => {
    const late = { start: '2025-08-21', end: '2025-08-31' };
    expect(overlapsWindow(late, '2025-08-31', null)).toBe(true);
    expect(overlapsWindow(late, '2025-09-01', null)).toBe(false);
    expect(overlapsWindow(late, null, '2025-08-21')).toBe(true);
    expect(overlapsWindow(late, null, '2025-08-20')).toBe(false);
    expect(overlapsWindow(late, '2025-08-25', '2025-08-26')).toBe(true);
    expect(overlapsWindow(late, null, null)).toBe(true);
  });

  it('filters a month-precision event by its possible days', () => {
    const late = event({ datePrecision: 'month', monthPart: 'late' });
    const filter = { ...DEFAULT_VIEW_STATE };
    expect(eventMatches(late, { ...filter, from: '2025-08-15', to: '2025-08-22' })).toBe(true);
    expect(eventMatches(late, { ...filter, from: '2025-08-01', to: '2025-08-20' })).toBe(false);
  });

  it('orders by first possible day, a precise day before a month that starts with it', () => {
    const month = event({ id: 'month', date: '2026-01-01', datePrecision: 'month' });
    const firstDay = event({ id: 'day', date: '2026-01-01' });
    const later = event({ id: 'later', date: '2026-01-23' });
    expect(chronological([later, month, firstDay]).map((e) => e.id)).toEqual(['day', 'month', 'later']);
  });

  it('spans the dataset from Executive Order 14159 to the latest report', () => {
    expect(timelineSpan(dataset)).toEqual({ start: '2025-01-20', end: '2026-02-17' });
  });
});

/**
 * Number and date formatting, always through Intl with an explicit locale so the
 * Spanish interface and build-time prerendering produce the same text as the browser.
 */

import { cached } from './cached';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `kind` names the options (one name per set), so a lookup builds no key from them. */
function numberFormat(locale: string, kind: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale + kind, () => new Intl.NumberFormat(locale, options));
}

/**
 * Texts already made, per locale and value: the same figures are written again on every
 * filter change, thousands of them at 100× the data, and Intl's `format` is the costly part.
 * It holds at most the dataset's own numbers (and counts of them) in each language.
 */
const numberTexts = new Map<string, string>();

/** Full value with grouping: 3266 → "3,266", 2.5 → "2.5". */
export function formatNumber(value: number, locale: string): string {
  return cached(numberTexts, `${locale}|${value}`, () =>
    numberFormat(locale, 'n', { maximumFractionDigits: 2 }).format(value),
  );
}

/** Values from a million up are written in compact form ("2.1 million"). */
export const COMPACT_FROM = 1_000_000;

/**
 * Compact value for large round numbers: 2100000 → "2.1 million". Below a million the
 * full value is clearer ("58,000"), so it is kept.
 */
export function formatCompactNumber(value: number, locale: string): string {
  if (Math.abs(value) < COMPACT_FROM) return formatNumber(value, locale);
  return numberFormat(locale, 'c', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).format(value);
}

export function formatUsd(value: number, locale: string, compact: boolean): string {
  const currency = numberFormat(locale, Number.isInteger(value) ? '$' : '$.', {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
  });
  if (!compact || Math.abs(value) < COMPACT_FROM) return currency.format(value);
  // Intl's compact currency gives "$3.25M"; readers expect "$3.25 million", so the
  // digits of the currency pattern are swapped for the long compact number.
  const digits = formatCompactNumber(value, locale);
  let text = '';
  let placed = false;
  for (const part of currency.formatToParts(value)) {
    if (
      part.type === 'integer' ||
      part.type === 'group' ||
      part.type === 'decimal' ||
      part.type === 'fraction'
    ) {
      if (!placed) text += digits;
      placed = true;
    } else {
      text += part.value;
    }
  }
  return text;
}

export function formatPercent(value: number, locale: string): string {
  return numberFormat(locale, '%', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

function dateParts(iso: string): Date {
  // Dates in the dataset are calendar dates; read them as UTC so no time zone shifts the day.
  return new Date(`${iso}T00:00:00Z`);
}

// Building an Intl.DateTimeFormat costs far more than using one, and a page formats hundreds
// of dates as it starts: one formatter per locale and style, kept like the number formats.
const dateStyles = {
  day: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'short', year: 'numeric', timeZone: 'UTC' },
  longMonth: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  longDay: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
// The dataset has a few hundred distinct dates, each formatted again on every render of the
// lists, the filters and the tables: the text is kept once made.
const formattedDates = new Map<string, string>();

function formatDate(iso: string, locale: string, style: keyof typeof dateStyles): string {
  const key = locale + style;
  return cached(formattedDates, `${key}|${iso}`, () =>
    cached(dateFormats, key, () => new Intl.DateTimeFormat(locale, dateStyles[style])).format(dateParts(iso)),
  );
}

export function formatDay(iso: string, locale: string): string {
  return formatDate(iso, locale, 'day');
}

export function formatMonth(iso: string, locale: string): string {
  return formatDate(iso, locale, 'month');
}

export function formatLongMonth(iso: string, locale: string): string {
  return formatDate(iso, locale, 'longMonth');
}

export function formatLongDay(iso: string, locale: string): string {
  return formatDate(iso, locale, 'longDay');
}

/** Milliseconds since the epoch for a calendar date, for time axes. */
export function dayValue(iso: string): number {
  return dateParts(iso).getTime();
}

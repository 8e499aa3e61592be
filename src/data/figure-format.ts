import type { CoreMessages } from '../i18n/messages';
import {
  COMPACT_FROM,
  formatCompactNumber,
  formatDay,
  formatLongDay,
  formatLongMonth,
  formatMonth,
  formatNumber,
  formatPercent,
  formatUsd,
} from '../lib/format';
import { plural } from '../lib/plural';
import type { DatePrecision, Figure, MonthPart, Qualifier, Unit } from './schema';

/**
 * The one place a reported figure becomes text. The source's qualifier is always
 * kept: "more than 3,200 people", "approximately 2 million pills", "over $3 million".
 */

export interface FigureText {
  /** What is shown: may be compact ("2.1 million"). */
  short: string;
  /** The exact value in full, for the accessible name and tables ("approximately 2,100,000 pills"). */
  full: string;
  /** The number alone, with qualifier, without unit ("more than 3,200"). */
  amount: string;
  /** The unit words alone ("pills"); empty for USD and percent, whose sign is in the number. */
  unitText: string;
}

/** `compact`: the number is written in compact form ("2.1 million"), which some languages inflect differently. */
export function unitWords(unit: Unit, value: number, messages: CoreMessages, compact = false): string {
  return plural(value, messages.units[unit], messages.locale, compact && isCompacted(value, unit));
}

/** Whether `numberText(…, compact: true)` writes the value in words ("2.1 million"). */
function isCompacted(value: number, unit: Unit): boolean {
  return unit !== 'percent' && Math.abs(value) >= COMPACT_FROM;
}

function numberText(value: number, unit: Unit, compact: boolean, locale: string): string {
  if (unit === 'usd') return formatUsd(value, locale, compact);
  if (unit === 'percent') return formatPercent(value, locale);
  return compact ? formatCompactNumber(value, locale) : formatNumber(value, locale);
}

/**
 * Who a figure is attributed to, as a table cell or a line says it: whoever made the claim, or
 * "Reported by <outlet>" when the dataset can name only the outlet that reported it.
 */
export function attributedTo(figure: Figure, m: CoreMessages): string {
  return figure.attribution === 'reported' ? m.figure.reportedBy(figure.saidBy) : figure.saidBy;
}

function withQualifier(qualifier: Qualifier, text: string, messages: CoreMessages): string {
  const word = messages.qualifier[qualifier];
  return word ? `${word} ${text}` : text;
}

export function formatValue(
  value: number,
  unit: Unit,
  qualifier: Qualifier,
  messages: CoreMessages,
): FigureText {
  const unitText = unitWords(unit, value, messages, true);
  const fullUnitText = unitWords(unit, value, messages);
  const join = (n: string, words: string) => (words ? `${n} ${words}` : n);
  const shortNumber = withQualifier(qualifier, numberText(value, unit, true, messages.locale), messages);
  const fullNumber = withQualifier(qualifier, numberText(value, unit, false, messages.locale), messages);
  return {
    short: join(shortNumber, unitText),
    full: join(fullNumber, fullUnitText),
    amount: shortNumber,
    unitText,
  };
}

export function formatFigure(figure: Figure, messages: CoreMessages): FigureText {
  return formatValue(figure.value, figure.unit, figure.qualifier, messages);
}

/** A date as precise as the source is, and no more: "23 Oct 2025", "Jan 2026", "late Aug 2025". */
export function formatDateWithPrecision(
  iso: string,
  precision: DatePrecision,
  locale: string,
  options: {
    long?: boolean;
    monthPart?: MonthPart | undefined;
    monthPartWords?: Record<MonthPart, string>;
  } = {},
): string {
  if (precision === 'day') return options.long ? formatLongDay(iso, locale) : formatDay(iso, locale);
  const month = options.long ? formatLongMonth(iso, locale) : formatMonth(iso, locale);
  if (options.monthPart && options.monthPartWords)
    return `${options.monthPartWords[options.monthPart]} ${month}`;
  return month;
}

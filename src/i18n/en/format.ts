import { formatNumber } from '../../lib/format';
import { pluralFor } from '../../lib/plural';

/** The English locale, and its number and plural helpers for the message files. */
export const LOCALE = 'en-US';
export const n = (value: number) => formatNumber(value, LOCALE);
export const p = pluralFor(LOCALE);

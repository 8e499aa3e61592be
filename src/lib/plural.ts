/**
 * Plural forms through Intl.PluralRules, never `n === 1`: Spanish has a third form,
 * "many", for round millions ("1,000,000 de personas"), and other languages differ again.
 */

import { cached } from './cached';

type PluralCategory = Intl.LDMLPluralRule;

/** The words for each plural form; `other` is required and used for any form not given. */
export type PluralForms<T = string> = Partial<Record<PluralCategory, T>> & { other: T };

/** Each locale's rules, and whether they have a "many" form (asked once, not per number). */
const rulesByLocale = new Map<string, [Intl.PluralRules, boolean]>();

function rulesOf(locale: string): [Intl.PluralRules, boolean] {
  return cached(rulesByLocale, locale, () => {
    const rules = new Intl.PluralRules(locale);
    return [rules, rules.resolvedOptions().pluralCategories.includes('many')];
  });
}

/** Categories already asked for, per locale and number (thousands per filter change at 100×). */
const categories = new Map<string, PluralCategory>();

/**
 * The plural category of a number as it is written. `compact`: the number is shown in
 * compact notation ("2.1 million"), which CLDR gives an exponent (e = 6): in Spanish that
 * is the "many" form ("2.1 millones de pastillas"). Intl.PluralRules has no notation
 * option in today's engines, so the exponent rule is applied here for millions and above.
 */
export function pluralCategory(value: number, locale: string, compact = false): PluralCategory {
  const [rules, hasMany] = rulesOf(locale);
  if (compact && hasMany && Math.abs(value) >= 1_000_000) return 'many';
  return cached(categories, `${locale}|${value}`, () => rules.select(value));
}

/** Picks the form for `value`: `plural(3, { one: 'report', other: 'reports' }, 'en-US')` → "reports". */
export function plural<T>(value: number, forms: PluralForms<T>, locale: string, compact = false): T {
  return forms[pluralCategory(value, locale, compact)] ?? forms.other;
}

/** A `plural` bound to one locale, for a message module: `const p = pluralFor('es-419')`. */
export function pluralFor(locale: string) {
  return <T>(value: number, forms: PluralForms<T>): T => plural(value, forms, locale);
}

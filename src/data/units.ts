import type { Qualifier, Unit } from './schema';

/**
 * How a value is worded: with no qualifier (which says nothing of its precision), a lower bound
 * ("more than", "over"), an estimate, or a qualifier the record cannot establish.
 */
export type QualifierKind = 'unqualified' | 'lower-bound' | 'approximate' | 'unknown';

export function qualifierKind(qualifier: Qualifier): QualifierKind {
  if (qualifier === 'more-than' || qualifier === 'over') return 'lower-bound';
  if (qualifier === 'approximately' || qualifier === 'about') return 'approximate';
  if (qualifier === 'unknown') return 'unknown';
  return 'unqualified';
}

const METRIC_TONS_PER: Partial<Record<Unit, number>> = {
  'metric-tons': 1,
  // The sources' bare "tons" is read as metric tons; the caption says so (research notes:
  // nothing supports short tons, and DHS and DOJ later stated metric tons).
  tons: 1,
  kg: 0.001,
  pounds: 0.000_453_592_37,
};

/** A weight in metric tons, or `null` for a unit that is not a weight. */
export function toMetricTons(value: number, unit: Unit): number | null {
  const factor = METRIC_TONS_PER[unit];
  if (factor === undefined) return null;
  // Rounded to the gram, so 58,000 kg gives exactly 58 rather than a float artefact.
  return Math.round(value * factor * 1e6) / 1e6;
}

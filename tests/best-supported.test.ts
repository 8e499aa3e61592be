import type { Figure, SupportLevel } from '../src/data/schema';
import { bestSupported, mainPeriod } from '../src/data/selectors';
import { headlineCards, sparkPoints } from '../src/sections/kpis/kpis';
import { realDataset as dataset } from './real-dataset';

const ALL = { category: null, from: null, to: null };

/** A history of reports, oldest first, with only what the rule reads. */
const history = (...levels: SupportLevel[]) =>
  levels.map((support, i) => ({ id: `f${i}`, support }) as Figure);

describe('the best-supported claim', () => {
  it('is the report with the highest support level: primary > reported > secondary > disputed', () => {
    expect(bestSupported(history('disputed', 'secondary'))?.id).toBe('f1');
    expect(bestSupported(history('secondary', 'reported', 'disputed'))?.id).toBe('f1');
    expect(bestSupported(history('reported', 'primary', 'secondary'))?.id).toBe('f1');
    expect(bestSupported(history('primary', 'reported', 'secondary', 'disputed'))?.id).toBe('f0');
  });

  it('is the most recent (the last in report order) among reports of equal support', () => {
    expect(bestSupported(history('primary', 'primary', 'reported'))?.id).toBe('f1');
    expect(bestSupported(history('secondary', 'secondary'))?.id).toBe('f1');
    expect(bestSupported(history('disputed'))?.id).toBe('f0');
    expect(bestSupported([])).toBeUndefined();
  });

  it('is Pam Bondi’s “more than 3,200” for arrests, while the latest is the DOJ release’s 3,266', () => {
    const cards = headlineCards(dataset, mainPeriod(dataset), ALL);
    const arrests = cards.find((card) => card.metric.id === 'arrests');
    expect(arrests?.latest.id).toBe('arrests-doj');
    expect(arrests?.latest.value).toBe(3266);
    expect(arrests?.best.id).toBe('arrests-bondi-roundtable');
    expect(arrests?.best).toMatchObject({ value: 3200, qualifier: 'more-than', support: 'primary' });
    // Fentanyl pills: the latest report is also the best-supported.
    const pills = cards.find((card) => card.metric.id === 'fentanyl-pills');
    expect(pills?.best).toBe(pills?.latest);
  });

  it('is chosen within the date window, as the latest is', () => {
    const until = headlineCards(dataset, mainPeriod(dataset), { ...ALL, to: '2025-10-31' });
    const arrests = until.find((card) => card.metric.id === 'arrests');
    expect(arrests?.best.id).toBe('arrests-bondi-roundtable');
    expect(arrests?.best).toBe(arrests?.latest);
  });

  it('is marked on the sparkline only when it is not the latest', () => {
    const cards = headlineCards(dataset, mainPeriod(dataset), ALL);
    const marks = (id: string) =>
      sparkPoints(cards.find((card) => card.metric.id === id) as (typeof cards)[number]).map((p) => p.best);
    expect(marks('arrests')).toEqual([false, false, true, false, false]);
    expect(marks('fentanyl-pills')).toEqual([false, false]);
  });
});

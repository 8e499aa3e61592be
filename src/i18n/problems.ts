/** The kinds of record a reference in the dataset can name. */
export type ReferenceKind =
  'agency' | 'category' | 'group' | 'metric' | 'period' | 'person' | 'report' | 'source';

/** The lists a `focus=` id can address; an id shared between two of them is a problem. */
export type FocusKind = 'people' | 'events' | 'figures' | 'sources';

/**
 * Why one path of a dataset is invalid, without words: the data layer says what is wrong,
 * and each language's module (`en/problems.ts`, `es/problems.ts`) says it to the reader.
 * Value types are zod's names (`number`, `string`, `array`, …).
 */
export type DatasetProblem =
  | { kind: 'type'; expected: string; received: string }
  | { kind: 'one-of'; values: string[] }
  | { kind: 'at-least'; minimum: number }
  | { kind: 'format'; format: string }
  | { kind: 'unknown-keys'; keys: string[] }
  | { kind: 'bad-key' }
  | { kind: 'slug' }
  | { kind: 'version-id' }
  | { kind: 'empty-text' }
  | { kind: 'empty-list' }
  | { kind: 'repeated-version' }
  | { kind: 'duplicate-id'; id: string }
  | { kind: 'shared-id'; id: string; usedIn: FocusKind }
  | { kind: 'unknown-id'; of: ReferenceKind | null; id: string }
  | { kind: 'alias-of-current-id'; id: string }
  | { kind: 'period-order' }
  | { kind: 'category-mismatch'; category: string; metricCategory: string }
  | { kind: 'month-part' }
  | { kind: 'agency-cycle'; id: string }
  | { kind: 'other' };

/** A language's wording of a problem. */
export type ProblemText = (problem: DatasetProblem) => string;

/** For the exhaustive `switch` in each language's module. */
export function unknownProblem(problem: never): never {
  throw new Error(`no wording for ${JSON.stringify(problem)}`);
}

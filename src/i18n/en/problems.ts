import type { ProblemText, ReferenceKind } from '../problems';
import { unknownProblem } from '../problems';

const quoted = (text: string) => JSON.stringify(text);
const FORMATS: Record<string, string> = { date: 'ISO date', url: 'URL', regex: 'text' };
const REFERENCES: Record<ReferenceKind, string> = {
  agency: 'agency',
  category: 'category',
  group: 'group',
  metric: 'metric',
  period: 'period',
  person: 'person',
  report: 'report',
  source: 'source',
};

/** How an invalid path of the dataset is described in English (see `../problems.ts`). */
export const problemText: ProblemText = (problem) => {
  switch (problem.kind) {
    case 'type':
      return `expected ${problem.expected}, received ${problem.received}`;
    case 'one-of':
      return problem.values.length === 1
        ? `expected ${quoted(problem.values[0]!)}`
        : `expected one of ${problem.values.map(quoted).join(' | ')}`;
    case 'at-least':
      return `expected a number of at least ${problem.minimum}`;
    case 'format':
      return `expected a valid ${FORMATS[problem.format] ?? problem.format}`;
    case 'unknown-keys':
      return `unknown ${problem.keys.length === 1 ? 'key' : 'keys'}: ${problem.keys.map(quoted).join(', ')}`;
    case 'bad-key':
      return 'invalid key';
    case 'slug':
      return 'expected a kebab-case id such as "doj-release-jan-2026"';
    case 'version-id':
      return 'expected a version id such as "2026-11-28" or "2026-11-28-2"';
    case 'empty-text':
      return 'expected non-empty text';
    case 'empty-list':
      return 'expected at least one item';
    case 'repeated-version':
      return 'version ids must be unique';
    case 'duplicate-id':
      return `duplicate id ${quoted(problem.id)}`;
    case 'shared-id':
      return `id ${quoted(problem.id)} is also used in ${problem.usedIn}; focus links would be ambiguous`;
    case 'unknown-id':
      return `unknown ${problem.of ? `${REFERENCES[problem.of]} ` : ''}id ${quoted(problem.id)}`;
    case 'alias-of-current-id':
      return `${quoted(problem.id)} is still an id; an alias names a retired id`;
    case 'period-order':
      return 'period ends before it starts';
    case 'category-mismatch':
      return `category ${quoted(problem.category)} differs from its metric's ${quoted(problem.metricCategory)}`;
    case 'month-part':
      return 'monthPart needs datePrecision "month"';
    case 'agency-cycle':
      return `agency ${quoted(problem.id)} is part of itself through its parents`;
    case 'other':
      return 'invalid value';
    default:
      return unknownProblem(problem);
  }
};

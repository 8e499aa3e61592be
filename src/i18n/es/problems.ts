import type { FocusKind, ProblemText, ReferenceKind } from '../problems';
import { unknownProblem } from '../problems';

const quoted = (text: string) => `“${text}”`;
/** zod's names for value types, as a Spanish reader says them. */
const TYPES: Record<string, string> = {
  string: 'texto',
  number: 'número',
  boolean: 'booleano',
  array: 'lista',
  object: 'objeto',
  null: 'nulo',
  undefined: 'nada (falta el campo)',
  nan: 'NaN',
  bigint: 'número entero grande',
};
const type = (name: string) => TYPES[name] ?? name;
const FORMATS: Record<string, string> = { date: 'fecha ISO', url: 'dirección URL', regex: 'texto' };
const REFERENCES: Record<ReferenceKind, string> = {
  agency: 'agencia',
  category: 'categoría',
  group: 'grupo',
  metric: 'medida',
  period: 'periodo',
  person: 'persona',
  report: 'informe',
  source: 'fuente',
};
const LISTS: Record<FocusKind, string> = {
  people: 'personas (people)',
  events: 'eventos (events)',
  figures: 'cifras (figures)',
  sources: 'fuentes (sources)',
};

/**
 * How an invalid path of the dataset is described in Spanish (see `../problems.ts`). Field
 * names and ids stay as the file writes them, since they are what its editor must find.
 */
export const problemText: ProblemText = (problem) => {
  switch (problem.kind) {
    case 'type':
      return `se esperaba ${type(problem.expected)}, se recibió ${type(problem.received)}`;
    case 'one-of':
      return problem.values.length === 1
        ? `se esperaba ${quoted(problem.values[0]!)}`
        : `se esperaba uno de ${problem.values.map(quoted).join(' | ')}`;
    case 'at-least':
      return `se esperaba un número mayor o igual que ${problem.minimum}`;
    case 'format':
      return `se esperaba una ${FORMATS[problem.format] ?? problem.format} válida`;
    case 'unknown-keys':
      return `${problem.keys.length === 1 ? 'clave desconocida' : 'claves desconocidas'}: ${problem.keys.map(quoted).join(', ')}`;
    case 'bad-key':
      return 'clave no válida';
    case 'slug':
      return 'se esperaba un id en minúsculas con guiones, como “doj-release-jan-2026”';
    case 'version-id':
      return 'se esperaba un id de versión como “2026-11-28” o “2026-11-28-2”';
    case 'empty-text':
      return 'se esperaba un texto no vacío';
    case 'empty-list':
      return 'se esperaba al menos un elemento';
    case 'repeated-version':
      return 'los ids de versión deben ser únicos';
    case 'duplicate-id':
      return `id repetido ${quoted(problem.id)}`;
    case 'shared-id':
      return `el id ${quoted(problem.id)} también se usa en ${LISTS[problem.usedIn]}; los enlaces con focus serían ambiguos`;
    case 'unknown-id':
      return `id ${problem.of ? `de ${REFERENCES[problem.of]} ` : ''}desconocido ${quoted(problem.id)}`;
    case 'alias-of-current-id':
      return `${quoted(problem.id)} sigue siendo un id; un alias nombra un id retirado`;
    case 'period-order':
      return 'el periodo termina antes de empezar';
    case 'category-mismatch':
      return `la categoría ${quoted(problem.category)} difiere de la de su medida, ${quoted(problem.metricCategory)}`;
    case 'month-part':
      return 'monthPart requiere datePrecision “month”';
    case 'agency-cycle':
      return `la agencia ${quoted(problem.id)} forma parte de sí misma a través de sus agencias superiores`;
    case 'other':
      return 'valor no válido';
    default:
      return unknownProblem(problem);
  }
};

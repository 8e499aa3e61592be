import type { Messages } from '../messages';
import { n, p } from './format';

/** El artículo al comienzo de la página de una cifra, una persona o un evento (docs/item-pages.md). */
export const itemPage: Messages['itemPage'] = {
  kind: { figure: 'Cifra declarada', person: 'Persona', event: 'Evento' },
  metaClaim: (attribution: string, quote: string, support: string) =>
    `${attribution}: «${quote}» Nivel de respaldo: ${support}.`,
  metaPerson: (role: string, organisation: string, quotes: number, figures: number) =>
    `${role} (${organisation}): ${n(quotes)} ${p(quotes, { one: 'cita', other: 'citas' })} y ${n(figures)} ${p(figures, { one: 'cifra anunciada', other: 'cifras anunciadas' })}, cada una con sus fuentes.`,
  noscript:
    'Los filtros, los gráficos y la opción de compartir necesitan JavaScript. Abajo está el elemento de esta página completo y después el panel, con los datos de cada gráfico en forma de tabla.',
  startFailed:
    'El panel no pudo iniciarse: los filtros, los gráficos y la opción de compartir no funcionan y los filtros de este enlace no se aplican. Abajo está el elemento de esta página completo y después el panel. Vuelva a cargar la página para intentarlo de nuevo.',
  moved: 'Esta página se ha trasladado a:',
  statedAs: 'Tal como se dijo',
  quote: (language: string) => `Cita (en ${language})`,
  saidBy: 'Quién lo dijo',
  reportedBy: 'Publicado por (la fuente no nombra a quien hizo la declaración)',
  date: 'Cuándo',
  statement: 'Declaración',
  period: 'Periodo al que se refiere',
  approximateBounds: 'límites aproximados',
  support: 'Nivel de respaldo',
  caveat: 'Advertencia',
  note: 'Nota',
  sources: 'Fuentes',
  otherClaims: (metric: string, period: string) => `Todas las declaraciones sobre ${metric}, ${period}`,
  otherClaimsNoPeriod: (metric: string) => `Todas las declaraciones sobre ${metric} sin periodo indicado`,
  otherClaimsIntro:
    'Cada declaración sobre la misma medida y el mismo periodo, de la más antigua a la más reciente. Cada una reemplaza a la anterior; no se suman.',
  thisClaim: 'esta declaración',
  cite: 'Cómo citar esta página',
  role: 'Cargo el 23 de octubre de 2025',
  secondaryTitle: 'Título secundario',
  since: (date: string) => `desde el ${date}`,
  organisation: 'Organización',
  appearance: 'Participación',
  changes: 'Cambios posteriores',
  noChanges: 'No hay cambios posteriores registrados.',
  quotes: 'Citas',
  noQuotes: 'No hay citas registradas.',
  figuresAnnounced: 'Cifras anunciadas',
  noFigures: 'No anunció cifras.',
  type: 'Tipo',
  summary: 'Resumen',
  agencies: 'Organismos',
  figuresInReport: 'Cifras de este informe',
};

import type { Messages } from '../messages';
import { n } from './format';

/** Texto que solo se usa después de la primera pantalla: el historial de una cifra y la línea sin JavaScript. */
export const kpiHistory: Messages['kpiHistory'] = {
  historyHeading: (metric: string) => `${metric}: todos los informes`,
  historyIntro: (period: string) =>
    `Cada declaración sobre este periodo (${period}), de la más antigua a la más reciente. Cada una reemplaza a la anterior; no se suman.`,
  close: 'Cerrar',
  reportNumber: (index: number, total: number) => `Informe ${n(index)} de ${n(total)}`,
  otherPeriodIntro:
    'Estas cifras describen otro periodo. No forman parte de las cifras principales de arriba y no se suman a ellas.',
};

export const prerendered: Messages['prerendered'] = {
  noscript:
    'Los filtros, los gráficos y la opción de compartir necesitan JavaScript. Abajo está la vista predeterminada completa, con los datos de cada gráfico en forma de tabla.',
  startFailed:
    'El panel no pudo iniciarse: los filtros, los gráficos y la opción de compartir no funcionan y los filtros de este enlace no se aplican. Abajo está la vista predeterminada completa. Vuelva a cargar la página para intentarlo de nuevo.',
};

/** El panel de “Más filtros”. */
export const moreFilters: Messages['moreFilters'] = {
  dateWindow: 'Intervalo de fechas',
  searchHint: 'Nombres, cargos, títulos, etiquetas y citas',
  selectAll: 'Todas',
  invalidRange:
    'La fecha de inicio debe ser igual o anterior a la fecha de fin; el intervalo de fechas no se cambió.',
  includedIn: (parent: string) => `incluida en ${parent}`,
};

/** El marco de un panel insertado (`embed=`). */
export const embed: Messages['embed'] = {
  openFull: 'Abrir el panel completo',
  openFullHint: '(se abre en una pestaña nueva)',
};

/** Etiquetas de los detalles de una cifra. */
export const figureDetail: Messages['figureDetail'] = {
  source: 'Fuente',
  sources: 'Fuentes',
  quote: 'Cita',
  disputedMark: 'Cifra en disputa',
  note: 'Nota',
  statedAs: 'Tal como se dijo',
  dateNote: 'Fecha',
  opensInNewTab: '(se abre en una pestaña nueva)',
  saidBy: (who: string, date: string) => `${who}, ${date}`,
  paraphrase: 'Redacción de la fuente (no es una cita textual)',
  sourceEntry: 'ficha de la fuente',
  opensFullDashboard: '(abre el panel completo en una pestaña nueva)',
};

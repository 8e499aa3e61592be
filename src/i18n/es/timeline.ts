import type { Messages } from '../messages';
import { n, p } from './format';

/** Texto de la sección de cronología. */
export const timeline: Messages['timeline'] = {
  intro:
    'Eventos con fecha en torno a las Fuerzas de Tarea de Seguridad Nacional, desde la orden ejecutiva que las creó hasta los últimos resultados anunciados. Las fechas que solo se conocen por mes se muestran como aproximadas, nunca como un día.',
  count: (shown: number, total: number) =>
    shown === total
      ? p(total, {
          one: `Se muestra ${n(total)} evento`,
          other: `Se muestran los ${n(total)} eventos`,
        })
      : `Se muestran ${n(shown)} de ${n(total)} ${p(total, { one: 'evento', other: 'eventos' })}`,
  empty: 'Ningún evento coincide con los filtros actuales.',
  clearFilters: 'Quitar filtros',
  focusHidden: 'Los filtros actuales ocultan el evento del enlace.',
  showAll: 'Mostrar todos los eventos',
  monthPartWords: { early: 'principios de', mid: 'mediados de', late: 'finales de' },
  approximate: 'fecha aproximada',
  types: {
    policy: 'Normativa',
    operation: 'Operativo',
    meeting: 'Reunión',
    speech: 'Discurso',
    report: 'Informe',
  },
  typePlural: {
    policy: (count: number) => `${n(count)} ${p(count, { one: 'normativa', other: 'normativas' })}`,
    operation: (count: number) => `${n(count)} ${p(count, { one: 'operativo', other: 'operativos' })}`,
    meeting: (count: number) => `${n(count)} ${p(count, { one: 'reunión', other: 'reuniones' })}`,
    speech: (count: number) => `${n(count)} ${p(count, { one: 'discurso', other: 'discursos' })}`,
    report: (count: number) => `${n(count)} ${p(count, { one: 'informe', other: 'informes' })}`,
  },
  list: 'Eventos en orden de fecha',
  agencies: 'Agencias',
  noAgency: 'Ninguna agencia nombrada',
  type: 'Tipo',
  date: 'Fecha',
  event: 'Evento',
  figuresCarried: 'Cifras de este informe',
  showFigure: (label: string) => `${label} (ver con sus detalles)`,
  showOnChart: 'Mostrar en el gráfico',
  showInTable: 'Mostrar en la tabla',
  chart: {
    title: 'Eventos por tipo a lo largo del tiempo',
    xAxis: 'Fecha',
    yAxis: 'Tipo de evento',
    loading: 'Cargando el gráfico…',
    roundtable: (date: string) => `Mesa redonda de las HSTF, ${date}`,
    caption: (publishers: string) => `Fuentes: ${publishers}. Las fuentes de cada evento se enumeran abajo.`,
    approximateLegend:
      'Las marcas huecas con una banda (≈) son fechas que solo se conocen por parte de un mes; la banda abarca los días posibles.',
    summary: (count: number, first: string, last: string, byType: string) =>
      count === 0
        ? 'No se muestra ningún evento.'
        : `${n(count)} ${p(count, { one: 'evento', other: 'eventos' })} del ${first} al ${last}: ${byType}.`,
    roundtableSummary: (date: string) =>
      `La mesa redonda de las HSTF del ${date} está marcada con una línea vertical.`,
    selectHint: 'Seleccione una marca para resaltar su entrada en la lista de abajo.',
    showTable: 'Mostrar como tabla',
    tableCaption: 'Eventos que se muestran en el gráfico de la cronología',
  },
};

import type { Messages } from '../messages';
import { n, p } from './format';

/** Texto de la sección de resultados. */
export const outcomes: Messages['outcomes'] = {
  tonsAsMetric:
    'Cuando una fuente dice solo “toneladas”, el gráfico las trata como toneladas métricas; nada en las fuentes indica toneladas cortas. La tabla conserva cada unidad tal como se dijo.',
  intro: (period: string) =>
    `${period}: gráficos de las cifras anunciadas. Cada punto o barra es una declaración, con su propia redacción; las declaraciones sucesivas no se suman.`,
  empty: 'Ningún gráfico coincide con los filtros actuales.',
  loadingChart: 'Cargando el gráfico…',
  showTable: 'Mostrar como tabla',
  summaryLabel: 'Resumen',
  captionSources: 'Fuentes',
  drawnOf: (type: 'points' | 'bars', shown: number, total: number) =>
    type === 'points'
      ? `El gráfico dibuja los ${n(shown)} informes más recientes de ${n(total)}; la tabla los enumera todos.`
      : `El gráfico dibuja las primeras ${n(shown)} de ${n(total)} barras; la tabla las enumera todas.`,
  captionMoreSources: (count: number) =>
    ` y ${n(count)} ${p(count, { one: 'fuente más', other: 'fuentes más' })}, nombradas fila por fila en la tabla`,
  metricLabel: 'Medida',
  axisReportDate: 'Fecha del informe (en el orden en que se hicieron las declaraciones)',
  axisReportDateShort: 'Fecha del informe',
  axisValue: (unit: string) => `Valor anunciado (${unit})`,
  axisGroup: 'Grupo de afiliación y redacción',
  axisReport: 'Informe',
  axisMetricTons: 'Peso (toneladas métricas)',
  usdUnit: 'dólares estadounidenses',
  legend: {
    heading: 'Clave',
    unqualified: 'Sin calificativo (no implica exactitud)',
    lowerBound: '“Más de”: un límite inferior',
    approximate: '“Aproximadamente” / “alrededor de”: una estimación',
    unknownQualifier: 'Calificador desconocido (vea la nota)',
    disputed: 'En disputa (contorno discontinuo)',
    primary: 'Fuente primaria',
    reported: 'Según un medio',
    secondary: 'Secundaria',
  },
  columns: {
    report: 'Informe',
    measure: 'Medida',
    group: 'Grupo',
    asReported: 'Según la fuente',
    plotted: 'En el gráfico',
    saidBy: 'Dicho por',
    support: 'Respaldo',
    sources: 'Fuentes',
  },
  reportedChange: {
    title: 'Cómo cambió la cifra anunciada',
    description: (metric: string) =>
      `${metric}: cada informe de la cifra para las mismas semanas, por fecha del informe. Los informes posteriores vuelven a dar la cifra; no se suman a ella.`,
    summary: (metric: string, count: number, first: string, last: string) =>
      `${metric}: ${n(count)} ${p(count, { one: 'informe', other: 'informes' })}. Primer informe: ${first}. Más reciente: ${last}.`,
    summaryBest: (best: string, support: string) => `Mejor respaldada: ${best}; respaldo: ${support}.`,
    summaryDisputed: (count: number) =>
      p(count, {
        one: `${n(count)} de estos informes está en disputa.`,
        other: `${n(count)} de estos informes están en disputa.`,
      }),
    caption: 'Cada punto es un informe.',
  },
  arrestsByGroup: {
    title: 'Arrestos por grupo de afiliación',
    description:
      'El desglose, en el comunicado del Departamento de Justicia, de los arrestos según el grupo al que, según se dijo, pertenecían las personas, con la redacción de cada fuente. Dos redacciones de una misma cifra son dos barras, no una suma.',
    summary: (items: string) =>
      `Arrestos por grupo de afiliación según el comunicado del Departamento de Justicia: ${items}.`,
    caption:
      'Donde el artículo de Latin Times y los resúmenes en español redactan la misma cifra de forma distinta, se muestran ambas.',
  },
  drugsSeized: {
    title: 'Drogas incautadas',
    description:
      'El informe más reciente de cada peso, en toneladas métricas. Las pastillas de fentanilo se cuentan, no se pesan, y se muestran aparte.',
    weightsHeading: 'Por peso (toneladas métricas)',
    pillsHeading: 'Pastillas de fentanilo (contadas, no pesadas)',
    summary: (weights: string, pills: string) =>
      `Informes más recientes por peso: ${weights}.${pills ? ` Contadas aparte: ${pills}.` : ''}`,
    caption:
      'El total de narcóticos es el informe más reciente del total; los informes sobre él difieren (vea “El desacuerdo sobre los narcóticos”).',
  },
  narcoticsDisagreement: {
    title: 'El desacuerdo sobre los narcóticos',
    description: (cocaine: string) =>
      `Cada peso total de narcóticos incautados que se anunció para las mismas semanas, lado a lado. Como referencia, solo la cocaína se cifró en ${cocaine}.`,
    cocaineLine: (cocaine: string) => `Solo cocaína: ${cocaine}`,
    summary: (count: number, items: string) =>
      `${n(count)} ${p(count, { one: 'informe', other: 'informes' })} del peso total de narcóticos incautados, del más antiguo al más reciente: ${items}.`,
    summaryCocaine: (cocaine: string) =>
      `Solo la cocaína se cifró en ${cocaine}; un total inferior a eso es menor que la cifra de cocaína por sí sola.`,
    caption:
      'Las dos copias del mismo adelanto dan siete y 70 toneladas; ambas están marcadas en disputa. La línea discontinua es la cifra de cocaína.',
  },
  pointLabel: (text: string, who: string, date: string) =>
    `${text}: ${who.replace(/^(El|La|Los|Las) /, (article) => article.toLowerCase())}, ${date}`,
  focusedFigure: 'Cifra enlazada',
};

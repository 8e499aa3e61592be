import type { Messages } from '../messages';
import { citing, footer } from './citing';
import { controls } from './controls';
import { downloads } from './downloads';
import { exportFiles } from './exports';
import { LOCALE, n, p } from './format';
import { itemPage } from './item-page';
import { embed, figureDetail, kpiHistory, moreFilters, prerendered } from './later';
import { notice } from './notice';
import { outcomes } from './outcomes';
import { people } from './people';
import { sources } from './sources';
import { timeline } from './timeline';
import { versions } from './versions';

/**
 * Every piece of interface text, in Spanish. Of type `Messages`, so a key missing here
 * fails the typecheck; loaded as its own chunk, only for `lang=es` (see `../load-messages.ts`).
 * Written from the English with the same neutral wording: figures are "reportadas" or
 * "anunciadas", never confirmed; the source's qualifier keeps its meaning.
 */
export const es: Messages = {
  lang: 'es',
  locale: LOCALE,
  app: {
    heading: 'Fuerzas de Tarea de Seguridad Nacional: resultados anunciados',
    intro:
      'Cifras que el gobierno de Estados Unidos ha anunciado sobre las Fuerzas de Tarea de Seguridad Nacional (HSTF, por sus siglas en inglés), creadas por orden ejecutiva el 20 de enero de 2025, cada una con quién la dio, cuándo y la fuente. Son afirmaciones del gobierno sobre su propio programa, no conteos verificados de forma independiente.',
    reviewed: (date: string) => `Datos revisados el ${date}`,
    skipToContent: 'Saltar al contenido',
    sectionsNav: 'Secciones',
    documentTitle: (parts: string[]) => [...parts, 'Panel HSTF'].join(' · '),
  },
  loading: {
    label: 'Cargando el conjunto de datos…',
  },
  languageSwitch: {
    label: 'Idioma',
    datasetTextsFailed:
      'Los textos del conjunto de datos en español no se pudieron cargar, así que se muestran en inglés.',
  },
  theme: {
    label: 'Tema',
    system: 'Sistema',
    light: 'Claro',
    dark: 'Oscuro',
  },
  errors: {
    heading: 'No se pudieron mostrar los datos',
    network: (url: string) =>
      `No se pudo descargar el conjunto de datos (${url}): la solicitud de red falló.`,
    http: (url: string, status: number, statusText: string) =>
      `No se pudo descargar el conjunto de datos (${url}): el servidor respondió ${status}${statusText ? ` ${statusText}` : ''}.`,
    empty: (url: string) => `Se descargó el conjunto de datos (${url}), pero la respuesta estaba vacía.`,
    // The detail is the browser's own parser message, in the browser's words; it says where.
    malformed: (url: string, detail: string) =>
      `El conjunto de datos (${url}) no es JSON válido. Mensaje del navegador: ${detail}`,
    invalid: (url: string, count: number) =>
      `El conjunto de datos (${url}) no tiene la forma esperada (${n(count)} ${p(count, { one: 'problema', other: 'problemas' })}). Primeras rutas no válidas:`,
    sectionHeading: (section: string) => `${section}: esta parte no se pudo mostrar`,
    unexpected: 'Algo salió mal al mostrar el panel.',
    retry: 'Reintentar',
    retrying: 'Reintentando…',
  },
  support: {
    primary: 'Primaria',
    reported: 'Según un medio',
    secondary: 'Secundaria',
    disputed: 'En disputa',
  },
  supportDescription: {
    primary: 'las propias palabras de quien habla o de la agencia, o un documento',
    reported: 'un medio de comunicación identificado que informa lo que dijeron o publicaron las autoridades',
    secondary: 'vista solo de segunda mano o en un solo medio',
    disputed: 'fuentes que deberían coincidir dan valores distintos',
  },
  qualifier: {
    none: '',
    'more-than': 'más de',
    over: 'más de',
    approximately: 'aproximadamente',
    about: 'alrededor de',
    // Sin registrar o ambiguo: la cifra se muestra tal como se dijo y la nota de la cifra lo explica.
    unknown: '',
  },
  // "many": round millions and compact millions take "de" ("2 millones de pastillas").
  units: {
    people: { one: 'persona', other: 'personas', many: 'de personas' },
    pills: { one: 'pastilla', other: 'pastillas', many: 'de pastillas' },
    'metric-tons': { one: 'tonelada métrica', other: 'toneladas métricas', many: 'de toneladas métricas' },
    tons: { one: 'tonelada', other: 'toneladas', many: 'de toneladas' },
    kg: { one: 'kg', other: 'kg', many: 'de kg' },
    pounds: { one: 'libra', other: 'libras', many: 'de libras' },
    firearms: { one: 'arma de fuego', other: 'armas de fuego', many: 'de armas de fuego' },
    usd: { one: '', other: '' },
    operations: { one: 'operativo', other: 'operativos', many: 'de operativos' },
    indictments: { one: 'acusación formal', other: 'acusaciones formales', many: 'de acusaciones formales' },
    'weapons-caches': { one: 'arsenal', other: 'arsenales', many: 'de arsenales' },
    victims: { one: 'víctima', other: 'víctimas', many: 'de víctimas' },
    percent: { one: '', other: '' },
  },
  figure: {
    attribution: (who: string, date: string, reported: boolean) =>
      reported
        ? `Publicado por ${who}, ${date}`
        : `Según ${who.replace(/^(El|La|Los|Las) /, (article) => article.toLowerCase())}, ${date}`,
    reportedBy: (outlet: string) => `Publicado por ${outlet}`,
    support: 'Respaldo',
    caveat: 'Advertencia',
    noCategories: 'No hay categorías de resultados seleccionadas.',
    showAllCategories: 'Mostrar todas las categorías',
  },
  kpis: {
    heading: 'Cifras principales',
    intro: (period: string) =>
      `${period}: para cada medida principal, la afirmación más reciente y, cuando no coinciden, la mejor respaldada. Las declaraciones posteriores sobre las mismas semanas no se suman.`,
    empty: 'Ninguna cifra principal coincide con los filtros actuales.',
    latestOf: (count: number) =>
      `La más reciente de ${n(count)} ${p(count, { one: 'informe', other: 'informes' })}`,
    latest: 'Más reciente',
    best: 'Mejor respaldada',
    bothShown: 'La afirmación más reciente y la mejor respaldada difieren: se muestran ambas.',
    disputedClaim: 'Las fuentes no coinciden sobre esta cifra',
    disputedClaimDetail: 'Algunos informes de esta cifra están en disputa; vea todos los informes.',
    disputedShort: 'Las fuentes no coinciden',
    openHistory: (count: number) =>
      p(count, {
        one: `Ver el único informe`,
        other: `Ver los ${n(count)} informes`,
      }),
    otherPeriodHeading: (period: string) => `Otro periodo: ${period}`,
    otherPeriodCount: (count: number) =>
      `${n(count)} ${p(count, { one: 'cifra, mostrada aparte', other: 'cifras, mostradas aparte' })}`,
  },
  sectionHeadings: {
    outcomes: 'Resultados anunciados',
    timeline: 'Cronología de eventos',
    people: 'Personas involucradas',
    sources: 'Fuentes',
    versions: 'Versiones de los datos',
  },
  dataVersion: {
    label: (id: string) => `Versión ${id}`,
  },
  ...controls,
  outcomes,
  sources,
  timeline,
  people,
  versions,
  notice,
  exports: exportFiles,
  kpiHistory,
  prerendered,
  moreFilters,
  embed,
  figureDetail,
  citing,
  footer,
  itemPage,
  downloads,
};

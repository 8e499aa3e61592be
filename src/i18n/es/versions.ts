import type { Messages } from '../messages';
import { n, p } from './format';

/**
 * Texto de las versiones de los datos: el panel, el aviso de una versión anterior fijada
 * en el enlace y el pie de página.
 */
export const versions: Messages['versions'] = {
  intro:
    'Cada versión publicada del conjunto de datos, de la más reciente a la más antigua, con lo que cambió respecto de la versión anterior. Los cambios se calculan a partir de los archivos archivados, no se escriben a mano. Un enlace permanente (con v=) sigue mostrando la versión que nombra.',
  toggle: (id: string) => `Cada versión publicada y lo que cambió (esta página: versión ${id})`,
  loading: 'Cargando las versiones de los datos…',
  failed: 'No se pudieron cargar las versiones de los datos.',
  reviewed: (date: string) => `revisada el ${date}`,
  latest: 'más reciente',
  shown: 'la que se muestra en esta página',
  first: 'La primera versión publicada.',
  changesSince: (id: string) => `Cambios desde la versión ${id}`,
  noChanges: 'No cambió ninguna cifra, evento, persona ni fuente.',
  collections: {
    figures: 'Cifras',
    events: 'Eventos',
    people: 'Personas',
    sources: 'Fuentes',
  },
  count: (count: number, what: string) =>
    `${what}: ${n(count)} ${p(count, { one: 'cambio', other: 'cambios' })}`,
  added: 'Añadido',
  removed: 'Eliminado',
  changed: 'Cambiado',
  renamed: (from: string, to: string) =>
    `identificador ${from} → ${to} (los enlaces antiguos siguen funcionando)`,
  arrow: (before: string, after: string) => `${before} → ${after}`,
  fieldsChanged: (fields: string) => `También cambió: ${fields}`,
  fields: {
    id: 'identificador',
    value: 'valor',
    unit: 'unidad',
    qualifier: 'calificador',
    statedAs: 'redacción de la cifra',
    quote: 'cita',
    saidBy: 'quién lo dijo',
    attribution: 'atribución',
    caveat: 'advertencia',
    personId: 'persona',
    reportId: 'informe',
    periodId: 'periodo',
    groupId: 'grupo',
    sourceIds: 'fuentes',
    support: 'respaldo',
    note: 'nota',
    metricId: 'medida',
    category: 'categoría',
    date: 'fecha',
    datePrecision: 'precisión de la fecha',
    dateNote: 'nota sobre la fecha',
    monthPart: 'parte del mes',
    type: 'tipo',
    title: 'título',
    summary: 'resumen',
    agencyIds: 'agencias',
    categories: 'categorías',
    name: 'nombre',
    role: 'cargo',
    secondaryTitle: 'cargo secundario',
    organisation: 'organización',
    agencyId: 'agencia',
    group: 'grupo',
    appearance: 'aparición',
    appearanceNote: 'nota sobre la aparición',
    quotes: 'citas',
    changes: 'cambios posteriores',
    publisher: 'editor',
    url: 'dirección',
    partialAddress: 'dirección parcial',
    kind: 'tipo',
    language: 'idioma',
  },
  qualifierUnknown: 'calificador desconocido',
  supportChange: (before: string, after: string) =>
    `respaldo: ${before.toLocaleLowerCase('es')} → ${after.toLocaleLowerCase('es')}`,
  sourcesLink: 'Cómo han cambiado estos datos: versiones de los datos',
  feedLink: 'Suscribirse a los cambios (feed Atom)',
  feed: {
    title: 'Panel HSTF: versiones de los datos',
    subtitle:
      'Cada versión publicada del conjunto de datos del Panel HSTF, con lo que cambió respecto de la versión anterior, calculado a partir de los archivos.',
    entryTitle: (id: string) => `Versión de los datos ${id}`,
    dataFolder: (id: string) => `Los archivos de la versión de los datos ${id}`,
    rights: (name: string, url: string) =>
      `Datos: ${name} (${url}). Las citas son palabras de quienes las dijeron, reproducidas como referencia; no están bajo esta licencia.`,
  },
  notice: {
    heading: (date: string) => `Datos al ${date}`,
    pinned: (id: string) =>
      `Este enlace está fijado a la versión de los datos ${id}, así que muestra los datos tal como eran entonces. Se han publicado datos más recientes.`,
    comparing: 'Comparando con los datos más recientes…',
    changedSince: (count: number, listed: boolean) =>
      count === 0
        ? 'Ninguna cifra ha cambiado desde entonces.'
        : `${n(count)} ${p(count, { one: 'cifra ha cambiado', other: 'cifras han cambiado' })} desde entonces${listed ? ', entre ellas:' : ', en sus notas, citas o fuentes.'}`,
    latestLink: 'Ver esta vista con los datos más recientes',
  },
};

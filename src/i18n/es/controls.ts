import type { controls as english } from '../en/controls';
import type { Messages } from '../messages';
import { n, p } from './format';

/** Texto de la barra de filtros, el enlace para compartir, el aviso del enlace y las inserciones. */
export const controls: Pick<Messages, keyof typeof english> = {
  filters: {
    heading: 'Filtros',
    category: 'Categoría',
    agency: 'Agencia',
    eventType: 'Tipo de evento',
    from: 'Desde',
    to: 'Hasta',
    search: 'Buscar',
    clearAll: 'Quitar todos',
    allCategories: 'Todas',
    more: 'Más filtros',
    activeShort: 'activos',
    remove: (filter: string) => `Quitar el filtro “${filter}”`,
    active: (count: number) =>
      count === 0
        ? 'Ningún filtro activo'
        : `${n(count)} ${p(count, { one: 'filtro activo', other: 'filtros activos' })}`,
    eventTypes: {
      policy: 'Normativa',
      operation: 'Operativo',
      meeting: 'Reunión',
      speech: 'Discurso',
      report: 'Informe',
    },
    summary: 'Filtros activos',
    summaryNone: 'Sin filtros: se muestra todo el conjunto de datos.',
    summaryItem: (name: string, value: string) => `${name}: ${value}`,
    none: 'ninguno',
    /** Una agencia y las agencias que forman parte de ella: "DOJ (incl. FBI)". */
    including: (agency: string, components: string) => `${agency} (incl. ${components})`,
  },
  share: {
    copy: 'Copiar enlace',
    copied: 'Enlace copiado al portapapeles.',
    copyPermanent: 'Copiar enlace permanente',
    copiedPermanent: (version: string) =>
      `Enlace permanente copiado al portapapeles: seguirá mostrando la versión de los datos ${version}.`,
    latestHint: 'siempre los datos más recientes',
    permanentHint: 'esta versión de los datos, aun después de actualizaciones',
    failed: 'No se pudo copiar automáticamente. Seleccione el enlace de abajo y cópielo:',
    linkLabel: 'Enlace a esta vista',
    cite: 'Citar',
    citeHint: 'citar esta vista o insertar un panel de ella',
  },
  lists: {
    showMore: (next: number, remaining: number) => `Mostrar ${n(next)} más (${n(remaining)} sin mostrar)`,
  },
  panels: {
    kpis: 'Cifras principales',
    outcomes: 'Resultados anunciados',
    timeline: 'Cronología',
    people: 'Personas',
    sources: 'Fuentes',
    versions: 'Versiones de los datos',
  },
};

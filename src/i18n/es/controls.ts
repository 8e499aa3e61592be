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
    dateWindow: 'Intervalo de fechas',
    from: 'Desde',
    to: 'Hasta',
    search: 'Buscar',
    searchHint: 'Nombres, cargos, títulos, etiquetas y citas',
    clearAll: 'Quitar todos',
    allCategories: 'Todas',
    more: 'Más filtros',
    activeShort: 'activos',
    remove: (filter: string) => `Quitar el filtro ${filter}`,
    selectAll: 'Todas',
    active: (count: number) =>
      count === 0
        ? 'Ningún filtro activo'
        : `${n(count)} ${p(count, { one: 'filtro activo', other: 'filtros activos' })}`,
    invalidRange:
      'La fecha de inicio debe ser igual o anterior a la fecha de fin; el intervalo de fechas no se cambió.',
    eventTypes: {
      policy: 'Política',
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
    includedIn: (parent: string) => `incluida en ${parent}`,
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
  },
  notice: {
    heading: 'Se ignoraron partes de este enlace',
    intro: 'Se aplicó el resto del enlace. Se ignoró:',
    dismiss: 'Cerrar',
    item: (key: string, value: string, reason: string) =>
      value === '' ? `${key}: ${reason}` : `${key} “${value}”: ${reason}`,
    reasons: {
      'unknown-parameter': 'no es un parámetro que este panel conozca',
      repeated: 'aparece más de una vez; se usó el primer valor',
      'unknown-value': 'no es un valor conocido',
      'invalid-date': 'no es una fecha válida (AAAA-MM-DD)',
      'from-after-to': 'la fecha de inicio es posterior a la fecha de fin',
      truncated: 'tiene más de 100 caracteres; se acortó',
      'unknown-id': 'ninguna persona, evento, cifra o fuente tiene este identificador',
      'unknown-version': 'no es una versión publicada de los datos; se muestran los datos más recientes',
    },
  },
  lists: {
    showMore: (next: number, remaining: number) => `Mostrar ${n(next)} más (${n(remaining)} sin mostrar)`,
  },
  embed: {
    openFull: 'Abrir el panel completo',
    openFullHint: '(se abre en una pestaña nueva)',
  },
  panels: {
    kpis: 'Cifras principales',
    outcomes: 'Resultados reportados',
    timeline: 'Cronología',
    people: 'Personas',
    sources: 'Fuentes',
    versions: 'Versiones de los datos',
  },
};

import type { Messages } from '../messages';
import { n, p } from './format';

/** Texto de la sección de fuentes. */
export const sources: Messages['sources'] = {
  intro:
    'Cada fuente que cita el conjunto de datos, con las cifras, declaraciones, eventos y personas que se apoyan en ella. Los enlaces al original se abren en una pestaña nueva.',
  count: (shown: number, total: number) =>
    shown === total
      ? `${n(total)} ${p(total, { one: 'fuente', other: 'fuentes' })}`
      : `Se muestran ${n(shown)} de ${n(total)} ${p(total, { one: 'fuente', other: 'fuentes' })}`,
  empty: 'Ninguna fuente coincide con la búsqueda.',
  open: 'Leer la fuente',
  partialAddress: (address: string) => `Dirección registrada solo en parte: ${address}`,
  noAddress: 'No hay dirección registrada.',
  published: 'Publicada',
  kindLabel: 'Tipo',
  kind: {
    'news-report': 'Nota periodística',
    'official-statement': 'Declaración oficial',
    transcript: 'Transcripción',
    'secondary-summary': 'Resumen secundario',
    document: 'Documento',
  },
  language: { en: 'Inglés', es: 'Español' },
  languageLabel: 'Idioma',
  figures: (count: number) => `Cifras que se apoyan en ella (${n(count)})`,
  reports: (count: number) => `Declaraciones que la citan (${n(count)})`,
  events: (count: number) => `Eventos que se apoyan en ella (${n(count)})`,
  people: (count: number) => `Personas para las que se cita (${n(count)})`,
  tableCaption: 'Fuentes, con lo que se apoya en cada una',
  columns: { source: 'Fuente' },
  sortBy: {
    none: 'sin ordenar; seleccione para ordenar de forma ascendente',
    ascending: 'orden ascendente; seleccione para ordenar de forma descendente',
    descending: 'orden descendente; seleccione para volver al orden del conjunto de datos',
  },
  nothingRelies: 'Ninguna cifra ni evento del conjunto de datos cita esta fuente directamente.',
};

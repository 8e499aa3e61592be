import type { Messages } from '../messages';
import { n, p } from './format';

/** Texto de la sección de personas. */
export const people: Messages['people'] = {
  intro:
    'Funcionarios presentes en la mesa redonda de la Casa Blanca sobre las Fuerzas de Tarea de Seguridad Nacional (23 de octubre de 2025) o vinculados a ella, con sus cargos de ese día, los cambios posteriores con fecha, sus citas y las cifras que anunciaron.',
  count: (shown: number, total: number) =>
    shown === total
      ? p(total, {
          one: `Se muestra ${n(total)} persona`,
          other: `Se muestran las ${n(total)} personas`,
        })
      : `Se muestran ${n(shown)} de ${n(total)} ${p(total, { one: 'persona', other: 'personas' })}`,
  empty: 'Ninguna persona coincide con los filtros actuales.',
  clearFilters: 'Quitar filtros',
  focusHidden: 'Los filtros actuales ocultan a la persona del enlace.',
  showAll: 'Mostrar a todas las personas',
  officials: 'Funcionarios',
  associations: 'Representantes de asociaciones policiales',
  associationsIntro:
    'Solo un medio informó de su presencia en la mesa redonda; ninguna otra fuente confirma su asistencia.',
  singleSource: 'Una sola fuente',
  singleSourceDescription: 'Solo lo informa un medio',
  roleAsOf: 'Cargo al 23 de octubre de 2025',
  secondaryTitle: (title: string, date: string) => `${title} (título secundario desde el ${date})`,
  secondaryTitleOrder: 'por orden ejecutiva',
  agency: 'Agencia',
  organisation: 'Organización',
  appearance: 'Participación',
  appearances: { host: 'Anfitrión', attendee: 'Asistente', quoted: 'Citado' },
  details: 'Detalles',
  detailsLabel: (name: string) => `Detalles: ${name}`,
  quotes: 'Citas',
  noQuotes: 'No hay citas registradas.',
  figuresAnnounced: 'Cifras anunciadas',
  noFigures: 'No anunció cifras.',
  showFigure: (label: string) => `${label} (ver con sus detalles)`,
  changes: 'Cambios posteriores',
  sources: 'Fuentes',
  note: 'Nota',
  groups: {
    heading: 'Grupos nombrados',
    intro:
      'Grupos criminales nombrados en las fuentes, con otros nombres que se usan para ellos y dónde se menciona cada uno.',
    aliases: 'También escrito como',
    mentions: 'Mencionado en',
    mentionCount: (count: number) => `${n(count)} ${p(count, { one: 'mención', other: 'menciones' })}`,
    empty: 'Ningún grupo nombrado coincide con la búsqueda.',
  },
};

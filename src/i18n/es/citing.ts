import type { Messages } from '../messages';

/** Texto de citar e insertar una vista y de las licencias (ver `../en/citing.ts`). */
export const citing: Messages['citing'] = {
  heading: 'Citar o insertar esta vista',
  close: 'Cerrar',
  cite: {
    heading: 'Citar esta vista',
    intro: (version: string) =>
      `La cita nombra la versión de los datos ${version} y el enlace permanente de esta vista, que sigue mostrando esa versión; la fecha de consulta es hoy.`,
    plain: 'Texto simple',
    bibtex: 'BibTeX',
    copyPlain: 'Copiar la cita en texto simple',
    copyBibtex: 'Copiar la entrada BibTeX',
  },
  embed: {
    heading: 'Insertar un panel',
    intro:
      'Pegue este código en una página web para mostrar allí un panel de esta vista, fijado a esta versión de los datos, con un enlace al panel completo.',
    panel: 'Panel',
    code: 'Código para insertar (HTML)',
    copy: 'Copiar el código para insertar',
    frameTitle: (panel: string) => `Panel HSTF: ${panel}`,
  },
  copied: {
    plain: 'Cita en texto simple copiada al portapapeles.',
    bibtex: 'Entrada BibTeX copiada al portapapeles.',
    embed: 'Código para insertar copiado al portapapeles.',
  },
  copyFailed:
    'No se pudo copiar automáticamente: el texto está seleccionado, cópielo con Ctrl+C (⌘C en una Mac).',
  format: {
    dataSet: (version: string) => `Conjunto de datos, versión ${version}`,
    accessed: (date: string) => `Consultado el ${date}`,
  },
  licence: {
    data: 'Datos',
    code: 'código',
    deed: 'deed.es',
    quotes:
      'Las citas son palabras de quienes las dijeron, reproducidas como referencia; no están bajo esta licencia.',
    citeAs: (citation: string) => `Cítese como: ${citation}`,
  },
};

export const footer: Messages['footer'] = {
  about:
    'Conjunto de datos de código abierto, escrito a mano a partir de fuentes públicas. Cada cifra conserva la redacción de su fuente; las declaraciones sucesivas sobre el mismo periodo se muestran como afirmaciones sucesivas, nunca se suman.',
  version: (id: string) => `Versión de los datos ${id}.`,
};

import type { Messages } from '../messages';

/** Texto de las descargas (CSV, SVG, PNG) y de la impresión. */
export const downloads: Messages['downloads'] = {
  view: {
    heading: 'Descargar o imprimir',
    figuresCsv: 'Descargar cifras (CSV)',
    figuresHint: 'Cada cifra que muestran los filtros actuales, con sus fuentes',
    datasetJson: 'Conjunto de datos (JSON)',
    print: 'Imprimir',
    printHint: 'o guardar como PDF',
  },
  print: {
    link: 'Vista impresa desde',
  },
};

/**
 * Interface text of downloads (CSV, SVG, PNG) and printing (English).
 * Part of the one message module, `../messages.ts`.
 */
export const downloads = {
  view: {
    heading: 'Take it with you',
    figuresCsv: 'Download figures (CSV)',
    figuresHint: 'Every figure the current filters show, with its sources',
    datasetJson: 'Dataset (JSON)',
    print: 'Print',
    printHint: 'or save as PDF',
  },
  print: {
    link: 'View printed from',
  },
} as const;

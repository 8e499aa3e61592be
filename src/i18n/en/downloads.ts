/**
 * Interface text of downloads (CSV, SVG, PNG) and printing (English).
 * Part of the one message module, `../messages.ts`.
 */
export const downloads = {
  menu: {
    button: 'Download',
    /** The button's accessible name, starting with its visible text. */
    label: (title: string) => `Download: ${title}`,
    csv: 'Data (CSV)',
    svg: 'Image (SVG)',
    png: 'Image (PNG)',
    imageNeedsChart: 'show the chart, not the table, to download it as an image',
    chartLoading: 'The chart is still being drawn; try again in a moment.',
    preparing: 'Preparing the download…',
    saved: (fileName: string) => `Downloaded ${fileName}.`,
    failed: (fileName: string) => `Could not create ${fileName}.`,
  },
  view: {
    heading: 'Take it with you',
    figuresCsv: 'Download figures (CSV)',
    figuresHint: 'Every figure the current filters show, with its sources',
    datasetJson: 'Dataset (JSON)',
    print: 'Print',
    printHint: 'or save as PDF',
  },
  file: {
    sourcesLine: (publishers: string) => `Sources: ${publishers}`,
    viewLine: (url: string) => `View: ${url}`,
    reviewedLine: (date: string) => `Data last reviewed ${date}`,
    versionLine: (version: string) => `Data version ${version}`,
    publisher: 'HSTF Dashboard',
  },
  /** Column names of the downloaded CSV files, after the columns of the chart's table. */
  columns: {
    measure: 'Measure',
    figureId: 'Figure id',
    metric: 'Metric id',
    value: 'Value',
    unit: 'Unit',
    qualifier: 'Qualifier',
    statedAs: 'As stated',
    saidBy: 'Said by',
    reportDate: 'Report date',
    support: 'Support level',
    quote: 'Quote',
    sourceTitles: 'Source titles',
    sourceAddresses: 'Source addresses',
    eventId: 'Event id',
    date: 'Date',
    datePrecision: 'Date precision',
    reviewedOn: 'Data reviewed on',
    dataVersion: 'Data version',
    view: 'View',
  },
  print: {
    link: 'View printed from',
  },
} as const;

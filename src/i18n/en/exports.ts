/**
 * The text of the files themselves and of a chart's Download menu (English): loaded with
 * the sections' text (`sections.ts`), as only the export code, itself loaded lazily, uses it.
 */
export const exportFiles = {
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
  file: {
    sourcesLine: (publishers: string) => `Sources: ${publishers}`,
    viewLine: (url: string) => `View: ${url}`,
    reviewedLine: (date: string) => `Data last reviewed ${date}`,
    versionLine: (version: string) => `Data version ${version}`,
    publisher: 'HSTF Dashboard',
    citeLine: (citation: string) => `Cite as: ${citation}`,
    /** The data licence, in a CSV cell and (after "Data licence:") under a picture. */
    licence: (name: string, url: string) =>
      `${name} (${url}). Quotes are their speakers’ words, reproduced for reference; they are not under this licence.`,
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
    caveat: 'Caveat',
    saidBy: 'Said by',
    /** `said`: "Said by" names who made the claim; `reported`: it names the outlet that reported it. */
    attribution: 'Attribution (said / reported)',
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
    licence: 'Data licence',
    citation: 'Citation',
    /**
     * A chart's CSV repeats its record's fields after the columns of the chart's table, which
     * may have the same names ("Said by", "Date"): the record's are named apart.
     */
    record: (name: string) => `Record: ${name}`,
  },
} as const;

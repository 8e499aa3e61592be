// The tables of a data package (docs/data-package.md): which records each holds, its columns with
// their types and descriptions, its key and its references. scripts/data-package.mjs writes them.

// Columns. `path` is where the value sits in the record (a row of a nested table carries its
// parent's id as `parentId` and its place as `position`); `enum` where its allowed values are in
// the JSON Schema, so they come from the app's schema, never a list kept here.
const text = (name, path, description, more = {}) => ({ name, path, type: 'string', description, ...more });
const id = (name, path, description, more = {}) => text(name, path, description, { id: true, ...more });
const ids = (name, path, description, more = {}) => ({ name, path, type: 'list', description, ...more });
const date = (name, path, description, more = {}) => ({ name, path, type: 'date', description, ...more });
const bool = (name, path, description) => ({ name, path, type: 'boolean', description, required: true });
const required = { required: true };
const DATE_PRECISION = 'day, or month (the date is then the first of the month and means only the month)';
const SOURCES = 'Ids of the sources (sources.csv), separated by semicolons';
const SUPPORT =
  'How well it is supported: primary (the speaker’s or agency’s own words, or a document), reported (a named ' +
  'outlet reporting what officials said), secondary (seen second-hand or in one outlet), disputed (sources ' +
  'that should agree give different values)';

const datedColumns = (table) => [
  date('date', ['date'], 'Date, YYYY-MM-DD', required),
  text('date_precision', ['datePrecision'], DATE_PRECISION, {
    ...required,
    enum: [table, 'datePrecision'].flat(),
  }),
];

/**
 * The tables: which records each holds (`rows`), its columns, key and references. A nested
 * list (a person's quotes and role changes) is a table of its own, keyed by the parent's id
 * and the position in the list.
 */
export const TABLES = [
  {
    name: 'figures',
    title: 'Reported figures',
    description:
      'One reported number per row: what it counts, its value and unit, the qualifier and wording the source ' +
      'gave, a quote, who said it, the report it belongs to, its sources and support level. Figures are the ' +
      'administration’s claims about its own programme, not independently verified counts; successive figures ' +
      'for the same period restate one quantity and are not to be added up.',
    rows: (d) => d.figures,
    columns: [
      id('id', ['id'], 'Id of the figure (stable; part of the dashboard’s links)', required),
      id('metric_id', ['metricId'], 'What is counted (metrics.csv)', required),
      id('category_id', ['category'], 'Category (categories.csv)', required),
      id('report_id', ['reportId'], 'The report or statement that gave the figure (reports.csv)', required),
      id('period_id', ['periodId'], 'The period the figure describes (periods.csv), when known'),
      id('group_id', ['groupId'], 'A named group the figure is about (in hstf.json, groups)'),
      id(
        'person_id',
        ['personId'],
        'The person who said it (people.csv), when one person of the dataset did',
      ),
      {
        name: 'value',
        path: ['value'],
        type: 'number',
        description: 'The number, in `unit`',
        required: true,
      },
      text('unit', ['unit'], 'Unit of the value', { ...required, enum: ['figures', 'unit'] }),
      text(
        'qualifier',
        ['qualifier'],
        'The source’s qualifier of the number (none: stated with no qualifier)',
        {
          ...required,
          enum: ['figures', 'qualifier'],
        },
      ),
      text('stated_as', ['statedAs'], 'The number as the source words it', required),
      text(
        'quote',
        ['quote', 'text'],
        'A quote of the claim, in its speaker’s words (see quote_verbatim)',
        required,
      ),
      text('quote_language', ['quote', 'language'], 'Language of the quote', {
        ...required,
        enum: ['figures', 'quote', 'language'],
      }),
      bool('quote_verbatim', ['quote', 'verbatim'], 'true: verbatim; false: the source paraphrases'),
      text('said_by', ['saidBy'], 'Who said it, in words', required),
      text('attribution', ['attribution'], 'reported: said_by is the outlet that reported the figure', {
        enum: ['figures', 'attribution'],
      }),
      text('caveat', ['caveat'], 'A warning that the figure may count something besides its measure'),
      text('support', ['support'], SUPPORT, { ...required, enum: ['figures', 'support'] }),
      ids('source_ids', ['sourceIds'], SOURCES, required),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [
      ['metric_id', 'metrics'],
      ['category_id', 'categories'],
      ['report_id', 'reports'],
      ['period_id', 'periods'],
      ['person_id', 'people'],
    ],
  },
  {
    name: 'reports',
    title: 'Reports and statements',
    description:
      'One dated statement or release of figures per row: who made it, the period it covers, its sources.',
    rows: (d) => d.reports,
    columns: [
      id('id', ['id'], 'Id of the report', required),
      text('title', ['title'], 'Title', required),
      ...datedColumns('reports'),
      text('date_note', ['dateNote'], 'Doubt about the date'),
      text('made_by', ['madeBy'], 'Who made the statement, in words', required),
      ids('person_ids', ['personIds'], 'Ids of the people who made it (people.csv), separated by semicolons'),
      ids(
        'agency_ids',
        ['agencyIds'],
        'Ids of the agencies concerned (agencies.csv), separated by semicolons',
      ),
      id('period_id', ['periodId'], 'The period it covers (periods.csv)'),
      ids('source_ids', ['sourceIds'], SOURCES, required),
      text('support', ['support'], SUPPORT, { ...required, enum: ['reports', 'support'] }),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [['period_id', 'periods']],
  },
  {
    name: 'sources',
    title: 'Sources',
    description: 'One source per row: publisher, title, date, address, kind and language.',
    rows: (d) => d.sources,
    columns: [
      id('id', ['id'], 'Id of the source', required),
      text('publisher', ['publisher'], 'Publisher', required),
      text('title', ['title'], 'Title', required),
      ...datedColumns('sources'),
      text('date_note', ['dateNote'], 'Doubt about the date'),
      text('url', ['url'], 'Full address, when it is known', { format: 'uri' }),
      text('partial_address', ['partialAddress'], 'The part of the address that was recorded (not a link)'),
      text('kind', ['kind'], 'Kind of source', { ...required, enum: ['sources', 'kind'] }),
      text('language', ['language'], 'Language of the source', {
        ...required,
        enum: ['sources', 'language'],
      }),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [],
  },
  {
    name: 'events',
    title: 'Timeline events',
    description:
      'One timeline event per row: date and its precision, type, title, a neutral summary, agencies, sources.',
    rows: (d) => d.events,
    columns: [
      id('id', ['id'], 'Id of the event (stable; part of the dashboard’s links)', required),
      ...datedColumns('events'),
      text('month_part', ['monthPart'], 'For a month-precision date: which part of the month', {
        enum: ['events', 'monthPart'],
      }),
      text('date_note', ['dateNote'], 'Doubt about the date'),
      text('type', ['type'], 'Type of event', { ...required, enum: ['events', 'type'] }),
      text('title', ['title'], 'Title', required),
      text('summary', ['summary'], 'Neutral summary', required),
      ids(
        'agency_ids',
        ['agencyIds'],
        'Ids of the agencies concerned (agencies.csv), separated by semicolons',
      ),
      ids('category_ids', ['categories'], 'Ids of the categories (categories.csv), separated by semicolons'),
      ids('source_ids', ['sourceIds'], SOURCES, required),
      text('support', ['support'], SUPPORT, { ...required, enum: ['events', 'support'] }),
      id('report_id', ['reportId'], 'For a report event, the report whose figures it carries (reports.csv)'),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [['report_id', 'reports']],
  },
  {
    name: 'people',
    title: 'People',
    description:
      'One person per row: name, role as of the White House roundtable of 23 October 2025, organisation, agency ' +
      'and how they appear. Their quotes and later role changes are in person-quotes.csv and person-changes.csv.',
    rows: (d) => d.people,
    columns: [
      id('id', ['id'], 'Id of the person (stable; part of the dashboard’s links)', required),
      text('name', ['name'], 'Name', required),
      text('role', ['role'], 'Role as of the roundtable, 23 October 2025', required),
      text('secondary_title', ['secondaryTitle', 'title'], 'A second official title'),
      date('secondary_title_since', ['secondaryTitle', 'since'], 'Since when the second title is held'),
      ids('secondary_title_source_ids', ['secondaryTitle', 'sourceIds'], `${SOURCES}, for the second title`),
      text('organisation', ['organisation'], 'Organisation', required),
      id('agency_id', ['agencyId'], 'Agency (agencies.csv); empty for representatives of associations'),
      text('group', ['group'], 'official or association', { ...required, enum: ['people', 'group'] }),
      ids('appearance', ['appearance'], 'How they appear (host, attendee, quoted), separated by semicolons', {
        ...required,
        enum: ['people', 'appearance'],
      }),
      text('appearance_note', ['appearanceNote'], 'Note on how they appear'),
      ids('source_ids', ['sourceIds'], SOURCES, required),
      text('support', ['support'], SUPPORT, { ...required, enum: ['people', 'support'] }),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [['agency_id', 'agencies']],
  },
  {
    name: 'person-quotes',
    title: 'Quotes of people',
    description: 'One quote per row, in the language it was said in: the speaker’s own words.',
    rows: (d) => d.people.flatMap((p) => p.quotes.map((q, i) => ({ parentId: p.id, position: i + 1, ...q }))),
    nested: { in: 'people', key: 'quotes' },
    columns: [
      id('person_id', ['parentId'], 'The person (people.csv)', required),
      {
        name: 'position',
        path: ['position'],
        type: 'integer',
        description: 'Order among the person’s quotes, from 1',
        required: true,
      },
      text('text', ['text'], 'The quote', required),
      text('language', ['language'], 'Language of the quote', {
        ...required,
        enum: ['people', 'quotes', 'language'],
      }),
      ...datedColumns(['people', 'quotes']),
      text('date_note', ['dateNote'], 'Doubt about when the words were said'),
      text('context', ['context'], 'Context'),
      ids('source_ids', ['sourceIds'], SOURCES, required),
    ],
    primaryKey: ['person_id', 'position'],
    foreignKeys: [['person_id', 'people']],
  },
  {
    name: 'person-changes',
    title: 'Later changes of people’s roles',
    description: 'One dated change per row of a person’s role after the roundtable.',
    rows: (d) =>
      d.people.flatMap((p) => p.changes.map((c, i) => ({ parentId: p.id, position: i + 1, ...c }))),
    nested: { in: 'people', key: 'changes' },
    columns: [
      id('person_id', ['parentId'], 'The person (people.csv)', required),
      {
        name: 'position',
        path: ['position'],
        type: 'integer',
        description: 'Order among the person’s changes, from 1',
        required: true,
      },
      ...datedColumns(['people', 'changes']),
      text('description', ['description'], 'What changed', required),
      ids('source_ids', ['sourceIds'], SOURCES, required),
      text('support', ['support'], SUPPORT, { ...required, enum: ['people', 'changes', 'support'] }),
    ],
    primaryKey: ['person_id', 'position'],
    foreignKeys: [['person_id', 'people']],
  },
  {
    name: 'metrics',
    title: 'Measures',
    description: 'What is counted, its category, and whether the dashboard shows it as a headline figure.',
    rows: (d) => d.metrics,
    columns: [
      id('id', ['id'], 'Id of the measure', required),
      text('label', ['label'], 'Label', required),
      id('category_id', ['category'], 'Category (categories.csv)', required),
      bool('headline', ['headline'], 'true: shown as a headline figure'),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [['category_id', 'categories']],
  },
  {
    name: 'periods',
    title: 'Periods',
    description: 'The windows of time that figures describe.',
    rows: (d) => d.periods,
    columns: [
      id('id', ['id'], 'Id of the period', required),
      text('label', ['label'], 'Label', required),
      date('from', ['from'], 'First day, YYYY-MM-DD', required),
      date('to', ['to'], 'Last day, YYYY-MM-DD', required),
      bool(
        'approximate',
        ['approximate'],
        'true: the bounds are the best available reading, not stated exactly',
      ),
      text('note', ['note'], 'Note'),
    ],
    foreignKeys: [],
  },
  {
    name: 'agencies',
    title: 'Agencies',
    description: 'Agencies, and which is part of which.',
    rows: (d) => d.agencies,
    columns: [
      id('id', ['id'], 'Id of the agency', required),
      text('name', ['name'], 'Name', required),
      text('short_name', ['shortName'], 'Short name', required),
      id('parent_id', ['parentId'], 'The agency it is part of (agencies.csv)'),
    ],
    foreignKeys: [['parent_id', 'agencies']],
  },
  {
    name: 'categories',
    title: 'Categories',
    description: 'Categories of figures and events; outcome categories are the dashboard’s category filter.',
    rows: (d) => d.categories,
    columns: [
      id('id', ['id'], 'Id of the category', required),
      text('label', ['label'], 'Label', required),
      bool('outcome', ['outcome'], 'true: an outcome category'),
    ],
    foreignKeys: [],
  },
];

// The data package of each published version (docs/data-package.md): the archive's bytes as
// hstf.json, its JSON Schema, tidy CSV tables (one row per record), datapackage.json
// (Frictionless Data Package v2) and a README. Written by the build into dist/data/<id>/ and
// dist/data/latest/, always from the archives, never by hand. Plain JavaScript: the build, the
// data scripts and the tests all import it. What it needs of the app's TypeScript (the parsed
// dataset, its JSON Schema) it is given by the caller (src/app/data-tools.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { escapeHtml } from './markup.mjs';

/** The data's licence, in the descriptor and each README. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
};

/** Where a version's package is, relative to the site: `data/<id>/`, and the newest also at `data/latest/`. */
export const LATEST_FOLDER = 'latest';
export const packageFolder = (id) => `data/${id}/`;

/**
 * Every file of a version's package, in the order the README lists them: its name, a line on
 * what it holds, and its media type. The same list for every version and for `latest/`.
 */
export const PACKAGE_FILES = [
  {
    name: 'hstf.json',
    description: 'The dataset as published, byte for byte.',
    mediaType: 'application/json',
  },
  {
    name: 'hstf.schema.json',
    description: 'JSON Schema (draft 2020-12) of hstf.json, generated from the dashboard’s schema.',
    mediaType: 'application/schema+json',
  },
  {
    name: 'datapackage.json',
    description: 'Frictionless Data Package (v2) descriptor: licence, sources and a Table Schema per CSV.',
    mediaType: 'application/json',
  },
  {
    name: 'README.md',
    description: 'What the files hold, the licence and how to cite.',
    mediaType: 'text/markdown',
  },
  { name: 'figures.csv', description: 'One row per reported figure.', mediaType: 'text/csv' },
  {
    name: 'reports.csv',
    description: 'One row per dated statement or release of figures.',
    mediaType: 'text/csv',
  },
  { name: 'sources.csv', description: 'One row per source.', mediaType: 'text/csv' },
  { name: 'events.csv', description: 'One row per timeline event.', mediaType: 'text/csv' },
  { name: 'people.csv', description: 'One row per person.', mediaType: 'text/csv' },
  { name: 'person-quotes.csv', description: 'One row per quote of a person.', mediaType: 'text/csv' },
  {
    name: 'person-changes.csv',
    description: 'One row per later change of a person’s role.',
    mediaType: 'text/csv',
  },
  { name: 'metrics.csv', description: 'One row per measure counted.', mediaType: 'text/csv' },
  { name: 'periods.csv', description: 'One row per period that figures describe.', mediaType: 'text/csv' },
  { name: 'agencies.csv', description: 'One row per agency.', mediaType: 'text/csv' },
  { name: 'categories.csv', description: 'One row per category.', mediaType: 'text/csv' },
];

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

/** Separates the ids of a list column: ids are kebab-case, so it never occurs in one. */
export const LIST_DELIMITER = ';';

/**
 * A spreadsheet reads a cell beginning with one of these as a formula, which a crafted value
 * could abuse (CSV injection). A text cell beginning with one, or with an apostrophe, gets a
 * leading apostrophe, as OWASP advises; removing one leading apostrophe gives the text back
 * exactly. Numbers, dates, booleans and ids are never changed.
 */
const GUARDED_START = /^[=+\-@\t\r']/;

const valueAt = (record, path) =>
  path.reduce((value, key) => (value == null ? undefined : value[key]), record);

/** One cell's text. */
export function toCell(column, value) {
  if (value === undefined) return '';
  if (column.type === 'list') return value.join(LIST_DELIMITER);
  if (column.type === 'number' || column.type === 'integer' || column.type === 'boolean')
    return String(value);
  if (column.type === 'string' && !column.id && GUARDED_START.test(value)) return `'${value}`;
  return value;
}

/** A cell's text back to its value; `undefined` for an empty cell of an optional column. */
export function fromCell(column, cell) {
  if (column.type === 'list') return cell === '' ? [] : cell.split(LIST_DELIMITER);
  if (cell === '') return undefined;
  if (column.type === 'number' || column.type === 'integer') return Number(cell);
  if (column.type === 'boolean') return cell === 'true';
  if (column.type === 'string' && !column.id && cell.startsWith("'")) return cell.slice(1);
  return cell;
}

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
const csvField = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A table as CSV: UTF-8 without byte-order mark, a header row, every line ending in CRLF. */
export function tableCsv(table, dataset) {
  const lines = [table.columns.map((c) => c.name)];
  for (const record of table.rows(dataset)) {
    lines.push(table.columns.map((column) => toCell(column, valueAt(record, column.path))));
  }
  return lines.map((cells) => `${cells.map(csvField).join(',')}\r\n`).join('');
}

/** The records of a table from its parsed CSV rows (objects keyed by column name). */
export function tableRecords(table, rows) {
  return rows.map((row) => {
    const record = {};
    for (const column of table.columns) {
      const value = fromCell(column, row[column.name]);
      // An optional nested object (a person's second title) exists when any of its cells is filled.
      if (value === undefined || (column.path.length > 1 && Array.isArray(value) && value.length === 0))
        continue;
      let holder = record;
      for (const key of column.path.slice(0, -1)) holder = holder[key] ??= {};
      holder[column.path.at(-1)] = value;
    }
    return record;
  });
}

/** Allowed values of a field, read from the dataset's JSON Schema (`['figures', 'quote', 'language']`). */
export function enumAt(jsonSchema, path) {
  let node = jsonSchema;
  for (const key of path) {
    node = node.properties?.[key] ?? node.items?.properties?.[key];
    if (node?.items && !node.enum && node.type === 'array') node = node.items;
  }
  if (!Array.isArray(node?.enum))
    throw new Error(`The dataset's JSON Schema has no enum at ${path.join('.')}.`);
  return node.enum;
}

const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
const listPattern = (item) => `^(?:${item}(?:${LIST_DELIMITER}${item})*)?$`;

/**
 * A column's Table Schema field. A list column is a `string` whose pattern says what it holds:
 * Table Schema v2 describes a `list` type, but the published Data Package v2 profile does not
 * accept it yet, and most tools read a string.
 */
function fieldOf(column, jsonSchema) {
  const list = column.type === 'list';
  const field = { name: column.name, type: list ? 'string' : column.type, description: column.description };
  if (column.format) field.format = column.format;
  const constraints = {};
  if (column.required) constraints.required = true;
  const values = column.enum ? enumAt(jsonSchema, [column.enum].flat()) : null;
  if (list) constraints.pattern = listPattern(values ? `(?:${values.join('|')})` : SLUG);
  else if (values) constraints.enum = values;
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

/** A table's Table Schema (Data Package v2). */
export function tableSchema(table, jsonSchema) {
  return {
    fields: table.columns.map((column) => fieldOf(column, jsonSchema)),
    missingValues: [''],
    primaryKey: table.primaryKey ?? ['id'],
    // The profile wants at least one foreign key where the property is present.
    ...(table.foreignKeys.length > 0
      ? {
          foreignKeys: table.foreignKeys.map(([field, resource]) => ({
            fields: [field],
            // A reference to the table itself names no resource.
            reference: resource === table.name ? { fields: ['id'] } : { resource, fields: ['id'] },
          })),
        }
      : {}),
  };
}

const sha256 = (content) => createHash('sha256').update(content).digest('hex');

const sourceTitle = (s) =>
  `${s.publisher}, “${s.title}” (${s.date.slice(0, s.datePrecision === 'month' ? 7 : 10)})`;

/** The version folder's address, absolute when the site's address is known. */
export function versionAddress(id, siteUrl) {
  return siteUrl ? new URL(packageFolder(id), siteUrl).href : packageFolder(id);
}

/** `datapackage.json`. Deterministic: the same version gives the same bytes on every build. */
export function descriptor({ dataset, files, jsonSchema, siteUrl }) {
  const tables = TABLES.map((table) => ({
    name: table.name,
    type: 'table',
    path: `${table.name}.csv`,
    title: table.title,
    description: table.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: Buffer.byteLength(files[`${table.name}.csv`]),
    hash: `sha256:${sha256(files[`${table.name}.csv`])}`,
    dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
    schema: tableSchema(table, jsonSchema),
  }));
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'hstf-dashboard',
    title: dataset.title,
    description:
      'Reported outcomes of the US Homeland Security Task Forces, as announced by the administration and ' +
      'reported by news outlets: every figure with its qualifier as stated, who said it and when, a quote, ' +
      'its sources and a support level. The figures are claims, not independently verified counts. The data ' +
      'is published under CC BY 4.0; quotes remain the words of their speakers.',
    version: dataset.version,
    created: `${dataset.reviewedOn}T00:00:00Z`,
    ...(siteUrl ? { homepage: siteUrl } : {}),
    contributors: [{ title: 'HSTF Dashboard contributors', roles: ['creator'] }],
    keywords: ['Homeland Security Task Forces', 'HSTF', 'law enforcement', 'cartels', 'human trafficking'],
    licenses: [DATA_LICENSE],
    sources: dataset.sources.map((s) => ({ title: sourceTitle(s), ...(s.url ? { path: s.url } : {}) })),
    resources: [
      {
        name: 'hstf',
        path: 'hstf.json',
        title: 'The dataset',
        description:
          'The dataset file as published, with records the tables do not hold (named groups, renamed ids). ' +
          'Its JSON Schema is hstf.schema.json.',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        bytes: Buffer.byteLength(files['hstf.json']),
        hash: `sha256:${sha256(files['hstf.json'])}`,
      },
      ...tables,
    ],
  };
}

/** The version's README: what the files hold, the licence, how to cite. */
export function readme({ dataset, archiveSchemaVersion, schemaVersion, siteUrl, cite }) {
  const id = dataset.version;
  const address = versionAddress(id, siteUrl);
  const lines = [
    `# ${dataset.title}, data version ${id}`,
    '',
    `Reviewed on ${dataset.reviewedOn}. The reported outcomes of the US Homeland Security Task Forces, as the`,
    'administration announced them and news outlets reported them. Every figure keeps the qualifier and',
    'wording its source gave, who said it and when, a quote, its sources and a support level. The figures are',
    'claims about the programme, not independently verified counts; figures for the same period restate one',
    'quantity and are not to be added up.',
    '',
    '## Files',
    '',
    ...PACKAGE_FILES.map((f) => `- \`${f.name}\`: ${f.description}`),
    '',
    'The CSV files are UTF-8 (no byte-order mark), comma-separated, with a header row and CRLF line ends;',
    'a field holding a comma, a quote or a line break is quoted (RFC 4180). One row per record; ids are the',
    'keys, and a column ending in `_id` (or `_ids`, several separated by semicolons) names records of another',
    'table. A date has its precision beside it: for `month`, the date is the first of the month and means only',
    'the month. An empty cell means the record has no value there. A text cell that would begin with `=`, `+`,',
    '`-`, `@`, a tab, a carriage return or an apostrophe begins with an added apostrophe, so that no spreadsheet',
    'reads it as a formula: remove it to get the text. `datapackage.json` describes every column.',
    '',
  ];
  if (archiveSchemaVersion !== schemaVersion) {
    lines.push(
      `\`hstf.json\` is in the format of its day (schema version ${archiveSchemaVersion}); \`hstf.schema.json\``,
      `and the CSV files follow the current format (schema version ${schemaVersion}), to which the dashboard`,
      'brings older files up: schema version 2 added the version id (`version`) and the table of renamed ids',
      '(`aliases`); schema version 3 calls a number stated without a qualifier `none`, not `exact`.',
      '',
    );
  }
  lines.push(
    '## Licence',
    '',
    `The data is published under the Creative Commons Attribution 4.0 International licence (CC BY 4.0,`,
    `${DATA_LICENSE.path}). Quotes remain the words of their speakers, attributed to them.`,
    '',
    '## How to cite',
    '',
    // One line, so that it copies whole.
    cite(id, address),
    '',
    ...(siteUrl
      ? []
      : [
          `The address is relative to the dashboard's site: put the site's address before \`${address}\`.`,
          '',
        ]),
    `This folder never changes once published; \`data/${LATEST_FOLDER}/\` always holds the newest version.`,
    '',
  );
  return lines.join('\n');
}

/**
 * The folder's own page (`index.html`), so that the address a citation or the feed names opens
 * on any static host: the files, each linked, the licence and the citation. Not one of the
 * package's files: it only shows them. No script and no style, so the site's CSP allows it as is.
 */
export function indexPage({ dataset, cite, siteUrl = null }) {
  const id = dataset.version;
  const items = PACKAGE_FILES.map(
    (f) => `<li><a href="${escapeHtml(f.name)}">${escapeHtml(f.name)}</a>: ${escapeHtml(f.description)}</li>`,
  );
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(`${dataset.title}, data version ${id}`)}</title>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(`${dataset.title}, data version ${id}`)}</h1>`,
    `<p>Reviewed on ${escapeHtml(dataset.reviewedOn)}. The figures are the administration's claims about its own programme, as stated by their sources, not independently verified counts. <a href="README.md">What the files hold</a>.</p>`,
    '<h2>Files</h2>',
    `<ul>${items.join('')}</ul>`,
    '<h2>Licence</h2>',
    `<p>The data is published under the <a href="${DATA_LICENSE.path}">${DATA_LICENSE.title}</a> licence (CC BY 4.0). Quotes remain the words of their speakers, attributed to them.</p>`,
    '<h2>How to cite</h2>',
    `<p>${escapeHtml(cite(id, versionAddress(id, siteUrl)))}</p>`,
    `<p><a href="../../?v=${encodeURIComponent(id)}">This version in the dashboard</a></p>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Every file of a version's package, by name. `archiveText` is the archive's bytes (as text),
 * `dataset` its parsed and migrated content, `jsonSchema` the dataset's JSON Schema, `cite` the
 * dashboard's citation of an address (`citeVersion` of src/app/data-tools.ts), so the README
 * cites as the Cite control and the item pages do.
 */
export function packageFiles({ archiveText, dataset, jsonSchema, schemaVersion, cite, siteUrl = null }) {
  const files = { 'hstf.json': archiveText, 'hstf.schema.json': `${JSON.stringify(jsonSchema, null, 2)}\n` };
  for (const table of TABLES) files[`${table.name}.csv`] = tableCsv(table, dataset);
  files['datapackage.json'] =
    `${JSON.stringify(descriptor({ dataset, files, jsonSchema, siteUrl }), null, 2)}\n`;
  const archiveSchemaVersion = JSON.parse(archiveText).schemaVersion;
  files['README.md'] = readme({ dataset, archiveSchemaVersion, schemaVersion, siteUrl, cite });
  return files;
}

/**
 * Writes the package of every published version into `<outDir>/<id>/`, and the newest again
 * into `<outDir>/latest/`. `versions` is versions.json's list, oldest first; `readArchive(id)`
 * gives an archive's text; `tools` is src/app/data-tools.ts (bundled or the server entry's).
 */
export function writeDataPackages({ outDir, versions, readArchive, tools, siteUrl = null }) {
  const jsonSchema = tools.datasetJsonSchema();
  const written = [];
  versions.forEach((version, position) => {
    const archiveText = readArchive(version.id);
    const checked = tools.checkDataset(`data/archive/${version.id}.json`, archiveText);
    if (!checked.ok) throw new Error([checked.message, ...checked.details].join('\n  '));
    const files = packageFiles({
      archiveText,
      dataset: checked.dataset,
      jsonSchema,
      schemaVersion: tools.SCHEMA_VERSION,
      cite: tools.citeVersion,
      siteUrl,
    });
    const index = indexPage({ dataset: checked.dataset, cite: tools.citeVersion, siteUrl });
    const folders = position === versions.length - 1 ? [version.id, LATEST_FOLDER] : [version.id];
    for (const folder of folders) {
      mkdirSync(join(outDir, folder), { recursive: true });
      for (const { name } of PACKAGE_FILES) writeFileSync(join(outDir, folder, name), files[name]);
      writeFileSync(join(outDir, folder, 'index.html'), index);
      written.push(folder);
    }
  });
  return written;
}

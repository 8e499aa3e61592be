// The data package of each published version (docs/data-package.md): the archive's bytes as
// hstf.json, its JSON Schema, tidy CSV tables (one row per record), datapackage.json
// (Frictionless Data Package v2) and a README. Written by the build into dist/data/<id>/ and
// dist/data/latest/, always from the archives, never by hand. Plain JavaScript: the build, the
// data scripts and the tests all import it. What it needs of the app's TypeScript (the parsed
// dataset, its JSON Schema) it is given by the caller (src/app/data-tools.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { TABLES } from './data-tables.mjs';
import { escapeHtml } from './markup.mjs';

// The tables and their columns are in scripts/data-tables.mjs.
export { TABLES };

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
  // One CSV per table, named and described where the table is defined.
  ...TABLES.map((table) => ({
    name: `${table.name}.csv`,
    description: table.description,
    mediaType: 'text/csv',
  })),
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

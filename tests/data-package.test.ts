import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';

import * as dataTools from '../src/app/data-tools';
import type { Dataset } from '../src/data/schema';
import {
  fromCell,
  LATEST_FOLDER,
  PACKAGE_FILES,
  packageFiles,
  TABLES,
  tableRecords,
  toCell,
  versionAddress,
  writeDataPackages,
  type Column,
  type DataTools,
} from '../scripts/data-package.mjs';

/**
 * The data package of every published version (scripts/data-package.mjs): its CSV files parse
 * and give back exactly the records of the JSON, its references resolve, and its
 * datapackage.json is a valid Data Package v2 descriptor (the official profile, vendored in
 * tests/fixtures/datapackage-v2, so no network is needed).
 */

const tools = dataTools as unknown as DataTools;
const dataDir = resolve(import.meta.dirname, '../public/data');
const read = (path: string) => readFileSync(join(dataDir, path), 'utf8');
const versions = dataTools.parseVersionList('data/versions.json', read('versions.json'));
const jsonSchema = dataTools.datasetJsonSchema();

function packageOf(id: string) {
  const archiveText = read(`archive/${id}.json`);
  const checked = dataTools.checkDataset(id, archiveText);
  if (!checked.ok) throw new Error(checked.details.join('\n'));
  const files = packageFiles({
    archiveText,
    dataset: checked.dataset,
    jsonSchema,
    schemaVersion: dataTools.SCHEMA_VERSION,
    cite: dataTools.citeVersion,
  });
  return { dataset: checked.dataset, files };
}

const packages = new Map(versions.map((v) => [v.id, packageOf(v.id)]));
const pkg = (id: string) => packages.get(id)!;

type Row = Record<string, string>;
const parseCsv = (text: string): Row[] =>
  parse(text, { columns: true, bom: false, relax_column_count: false, skip_empty_lines: false }) as Row[];
const tableNamed = (name: string) => TABLES.find((t) => t.name === name)!;

/** Every table's records, read back from its CSV. */
function readBack(files: Record<string, string>) {
  return Object.fromEntries(
    TABLES.map((table) => [table.name, tableRecords(table, parseCsv(files[`${table.name}.csv`]!))]),
  ) as Record<string, Record<string, unknown>[]>;
}

/** The ajv of the official profile: draft-07, with the profile's own formats checked. Compiled once. */
const profileValidator = cachedOnce(() => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)) && /T/.test(value));
  ajv.addFormat('textarea', true);
  const profile = JSON.parse(
    readFileSync('tests/fixtures/datapackage-v2/datapackage.json', 'utf8'),
  ) as object;
  return ajv.compile(profile);
});

/** The JSON Schema of hstf.json (the same for every version), compiled once. */
const datasetValidator = cachedOnce(() => {
  const ajv = new Ajv2020({ strict: false });
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  return ajv.compile(jsonSchema);
});

function cachedOnce<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

describe.each(versions.map((v) => v.id))('the data package of version %s', (id) => {
  it('parses as CSV: a header of unique names, the same number of cells on every line, CRLF line ends', () => {
    const { files } = pkg(id);
    for (const table of TABLES) {
      const text = files[`${table.name}.csv`]!;
      const header = text.slice(0, text.indexOf('\r\n')).split(',');
      expect(header).toEqual(table.columns.map((c) => c.name));
      expect(new Set(header).size).toBe(header.length);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(parseCsv(text).length).toBe(table.rows(pkg(id).dataset as never).length);
    }
  });

  it('gives back every record of the JSON exactly, nested quotes and role changes included', () => {
    const { dataset, files } = pkg(id);
    const back = readBack(files);
    for (const name of [
      'figures',
      'reports',
      'sources',
      'events',
      'metrics',
      'periods',
      'agencies',
      'categories',
    ]) {
      expect(back[name], name).toEqual(dataset[name as keyof Dataset]);
    }
    const nestedOf = (name: string, personId: string) =>
      back[name]!.filter((row) => row.parentId === personId)
        .sort((a, b) => Number(a.position) - Number(b.position))
        .map(({ parentId: _parent, position: _position, ...rest }) => rest);
    const people = back.people!.map((person) => ({
      ...person,
      quotes: nestedOf('person-quotes', person.id as string),
      changes: nestedOf('person-changes', person.id as string),
    }));
    expect(people).toEqual(dataset.people);
  });

  it('resolves every reference: the declared foreign keys and the lists of ids', () => {
    const { files } = pkg(id);
    const descriptor = JSON.parse(files['datapackage.json']!) as {
      resources: {
        name: string;
        schema?: { foreignKeys: { fields: string[]; reference: { resource?: string; fields: string[] } }[] };
      }[];
    };
    const rows = Object.fromEntries(TABLES.map((t) => [t.name, parseCsv(files[`${t.name}.csv`]!)]));
    const unresolved: string[] = [];
    const check = (table: string, field: string, target: string, values: string[]) => {
      const ids = new Set(rows[target]!.map((row) => row.id));
      for (const value of values)
        if (!ids.has(value)) unresolved.push(`${table}.${field} → ${target}: ${value}`);
    };
    let declared = 0;
    for (const resource of descriptor.resources) {
      for (const key of resource.schema?.foreignKeys ?? []) {
        declared++;
        const [field] = key.fields;
        const target = key.reference.resource ?? resource.name;
        check(resource.name, field!, target, rows[resource.name]!.map((row) => row[field!]!).filter(Boolean));
      }
    }
    expect(declared).toBeGreaterThanOrEqual(10);
    // Lists of ids cannot be declared as foreign keys in a Table Schema; they are checked here.
    const LISTS: Record<string, string> = {
      source_ids: 'sources',
      person_ids: 'people',
      agency_ids: 'agencies',
      category_ids: 'categories',
      secondary_title_source_ids: 'sources',
    };
    for (const table of TABLES) {
      for (const column of table.columns.filter((c) => c.type === 'list' && LISTS[c.name])) {
        const values = rows[table.name]!.flatMap((row) =>
          row[column.name] ? row[column.name]!.split(';') : [],
        );
        check(table.name, column.name, LISTS[column.name]!, values);
      }
    }
    expect(unresolved).toEqual([]);
  });

  it('describes itself with a valid Data Package v2 descriptor', () => {
    const { dataset, files } = pkg(id);
    const validate = profileValidator();
    const descriptor = JSON.parse(files['datapackage.json']!) as Record<string, unknown> & {
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(descriptor).toMatchObject({
      version: id,
      licenses: [{ name: 'CC-BY-4.0' }],
      title: dataset.title,
    });
    expect(descriptor.description).toMatch(/quotes remain the words of their speakers/);
    // Each resource's size and hash are those of the file beside it.
    for (const resource of descriptor.resources) {
      const content = files[resource.path]!;
      expect(resource.bytes).toBe(Buffer.byteLength(content));
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
    }
  });

  it('publishes the archive’s own bytes, and a JSON Schema its data in the current form satisfies', () => {
    const { dataset, files } = pkg(id);
    expect(files['hstf.json']).toBe(read(`archive/${id}.json`));
    expect(JSON.parse(files['hstf.schema.json']!)).toEqual(jsonSchema);
    const validate = datasetValidator();
    expect(validate(JSON.parse(dataTools.normalisedText(dataset))), JSON.stringify(validate.errors)).toBe(
      true,
    );
    expect(files['README.md']).toContain(
      `\nHSTF Dashboard contributors. (${dataset.reviewedOn.slice(0, 4)}). HSTF Dashboard: reported outcomes of the Homeland Security Task Forces [Data set, version ${id}]. data/${id}/.\n`,
    );
    expect(files['README.md']).toContain('relative to the dashboard');
    expect(files['README.md']).toContain('CC BY 4.0');
  });
});

describe('the JSON Schema of hstf.json', () => {
  it('refuses what the app refuses: a figure whose value is text, an unknown key', () => {
    const validate = datasetValidator();
    const data = JSON.parse(dataTools.normalisedText(pkg(versions.at(-1)!.id).dataset)) as Dataset;
    expect(validate(data)).toBe(true);
    expect(validate({ ...data, figures: [{ ...data.figures[0], value: 'many' }] })).toBe(false);
    expect(validate({ ...data, extra: 1 })).toBe(false);
  });
});

describe('docs/data-package.md', () => {
  it('lists every file of a package and every column of every table', () => {
    const doc = readFileSync('docs/data-package.md', 'utf8');
    const missing = [
      // The CSVs are listed by their tables' sections.
      ...PACKAGE_FILES.filter((file) => !file.name.endsWith('.csv')).map((file) => `| \`${file.name}\``),
      ...TABLES.flatMap((table) => [
        `### \`${table.name}.csv\``,
        ...table.columns.map((column) => `| \`${column.name}\``),
      ]),
    ].filter((text) => !doc.includes(text));
    expect(missing).toEqual([]);
  });
});

describe('the CSV cells', () => {
  const textColumn: Column = { name: 'note', path: ['note'], type: 'string', description: '' };
  const numberColumn: Column = { name: 'value', path: ['value'], type: 'number', description: '' };

  it('keep a text that a spreadsheet would read as a formula as text, and give it back exactly', () => {
    for (const value of ['=SUM(A1:A9)', '+1', '-5 percent', '@cmd', '\tx', '\rx', "'quoted", 'plain']) {
      const cell = toCell(textColumn, value);
      if (value !== 'plain') expect(cell).toBe(`'${value}`);
      expect(fromCell(textColumn, cell)).toBe(value);
    }
  });

  it('leave numbers as numbers, and an empty cell of an optional column means no value', () => {
    expect(toCell(numberColumn, -5)).toBe('-5');
    expect(fromCell(numberColumn, '-5')).toBe(-5);
    expect(toCell(textColumn, undefined)).toBe('');
    expect(fromCell(textColumn, '')).toBeUndefined();
  });

  it('quote a field holding a comma, a quote or a line break, as RFC 4180 says', () => {
    const figures = tableNamed('figures');
    const dataset = structuredClone(pkg(versions.at(-1)!.id).dataset);
    dataset.figures[0]!.note = 'one, "two"\r\nthree';
    const text = packageFiles({
      archiveText: '{}',
      dataset,
      jsonSchema,
      schemaVersion: 3,
      cite: dataTools.citeVersion,
    })['figures.csv']!;
    expect(text).toContain('"one, ""two""\r\nthree"');
    expect(tableRecords(figures, parseCsv(text))[0]).toEqual(dataset.figures[0]);
  });
});

describe('the package writer', () => {
  let out: string;
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), 'hstf-packages-'));
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  it('writes every version’s folder from the real archives, and the newest again as latest', () => {
    const written = writeDataPackages({
      outDir: out,
      versions,
      readArchive: (id) => read(`archive/${id}.json`),
      tools,
    });
    const folders = [...versions.map((v) => v.id), LATEST_FOLDER];
    expect(written).toEqual(folders);
    expect(readdirSync(out).sort()).toEqual([...folders].sort());
    const names = PACKAGE_FILES.map((f) => f.name).sort();
    for (const folder of folders) {
      expect(readdirSync(join(out, folder)).sort()).toEqual([...names, 'index.html'].sort());
      // The folder's address (cited, and linked from the feed) opens a page linking every file.
      const page = readFileSync(join(out, folder, 'index.html'), 'utf8');
      for (const name of names) expect(page).toContain(`<a href="${name}">${name}</a>`);
      expect(page).toContain('CC BY 4.0');
      expect(page).toMatch(
        /HSTF Dashboard contributors\. \(\d{4}\)\..*\[Data set, version [\d-]+\]\. data\/[\d-]+\/\./,
      );
      expect(page).not.toMatch(/<script|style=/);
    }
    const newest = versions.at(-1)!.id;
    // latest/ is the newest version, byte for byte, whose hstf.json is the newest archive and hstf.json.
    for (const name of names) {
      expect(readFileSync(join(out, LATEST_FOLDER, name))).toEqual(readFileSync(join(out, newest, name)));
    }
    expect(readFileSync(join(out, LATEST_FOLDER, 'hstf.json'), 'utf8')).toBe(read('hstf.json'));
  });

  it('names the version’s absolute address in its README when the site’s address is known', () => {
    const site = 'https://example.org/hstf/';
    const id = versions[0]!.id;
    const files = packageFiles({
      archiveText: read(`archive/${id}.json`),
      dataset: pkg(id).dataset,
      jsonSchema,
      schemaVersion: 3,
      cite: dataTools.citeVersion,
      siteUrl: site,
    });
    expect(versionAddress(id, site)).toBe(`https://example.org/hstf/data/${id}/`);
    expect(files['README.md']).toContain(
      `[Data set, version ${id}]. https://example.org/hstf/data/${id}/.\n`,
    );
    expect(files['README.md']).not.toContain('relative to the dashboard');
    expect(JSON.parse(files['datapackage.json']!)).toMatchObject({ homepage: site });
  });
});

// The editor's commands for the dataset (docs/data-package.md):
//   npm run data:check                 checks public/data/hstf.json as the page would, and that
//                                      no published archive changed; fast, writes nothing.
//   npm run data:publish -- --summary "…" --summary-es "…"
//                                      the same checks, then publishes hstf.json as a new version:
//                                      archive/<id>.json and hstf.json in normalised form, its entry
//                                      in versions.json, its Spanish summary in hstf.es.json, its
//                                      hash in archive/SHA256SUMS, the version in the repository's
//                                      CITATION.cff (two folders above the data), and the changelog.
// `--dir <folder>` works on another copy of the data folder (the tests use a temporary one).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The file of archive hashes, in `sha256sum` format, so `sha256sum -c SHA256SUMS` works in archive/. */
export const SUMS_FILE = 'SHA256SUMS';

const sha256 = (content) => createHash('sha256').update(content).digest('hex');

/** The `sha256sum` lines: `<hex>  <file>`, a `*` before the name marking binary mode. */
export function parseSums(text) {
  const sums = new Map();
  for (const line of text.split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
    if (match) sums.set(match[2], match[1]);
  }
  return sums;
}

/**
 * CITATION.cff with the published version: `version` and `date-released` rewritten, the rest as
 * it was. The repository's file, two folders above the data (public/data → the root).
 */
export function citationWithVersion(text, { version, reviewedOn }) {
  return text
    .replace(/^version: .*$/m, `version: '${version}'`)
    .replace(/^date-released: .*$/m, `date-released: '${reviewedOn}'`);
}

const formatSums = (sums) => [...sums].map(([file, hash]) => `${hash}  ${file}\n`).join('');

/** Everything the checks found, and what publishing needs from them. */
function inspect(dir, tools) {
  const problems = [];
  const notes = [];
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  const archiveFile = (id) => `archive/${id}.json`;

  let versions = [];
  try {
    versions = tools.parseVersionList('data/versions.json', read('versions.json'));
  } catch (error) {
    problems.push(`versions.json: ${error instanceof Error ? error.message : String(error)}`);
  }

  // Published archives never change: each must match the hash recorded when it was published.
  const sumsPath = join(dir, 'archive', SUMS_FILE);
  const sums = existsSync(sumsPath) ? parseSums(readFileSync(sumsPath, 'utf8')) : new Map();
  if (!existsSync(sumsPath))
    problems.push(`archive/${SUMS_FILE} is missing: it records each archive's hash.`);
  for (const { id } of versions) {
    const name = `${id}.json`;
    if (!existsSync(join(dir, archiveFile(id))))
      problems.push(`${archiveFile(id)} is missing (listed in versions.json).`);
    else if (!sums.has(name)) problems.push(`archive/${SUMS_FILE} has no hash for ${name}.`);
    else if (sha256(readFileSync(join(dir, archiveFile(id)))) !== sums.get(name)) {
      problems.push(
        `${archiveFile(id)} has changed since it was published. A published version never changes: restore it ` +
          `(git checkout -- ${archiveFile(id)}) and put the correction in a new version.`,
      );
    }
  }
  const listed = new Set(versions.map((v) => `${v.id}.json`));
  for (const file of readdirSync(join(dir, 'archive')).filter((f) => f.endsWith('.json'))) {
    if (!listed.has(file)) problems.push(`archive/${file} is not listed in versions.json.`);
  }

  const newest = versions.at(-1);
  const previous =
    newest && existsSync(join(dir, archiveFile(newest.id)))
      ? tools.checkDataset(archiveFile(newest.id), read(archiveFile(newest.id)))
      : null;
  const text = read('hstf.json');
  const checked = tools.checkDataset('data/hstf.json', text);
  if (!checked.ok) problems.push(checked.message, ...checked.details.map((d) => `  ${d}`));

  let changelog = [];
  if (checked.ok && previous?.ok) {
    changelog = tools.changelogLines(previous.dataset, checked.dataset);
    // Reader-facing texts with no Spanish, or Spanish written from other English: the page shows the English.
    const texts = tools.parseDatasetTexts(JSON.parse(read('hstf.es.json')));
    const untranslated = tools
      .textFields(structuredClone(checked.dataset))
      .filter((field) => texts.texts[field.key]?.en !== field.english)
      .map((field) => field.key);
    if (untranslated.length > 0) {
      notes.push(
        `${untranslated.length} text(s) have no Spanish written from their current English in hstf.es.json ` +
          `(the page shows the English): ${untranslated.slice(0, 5).join(', ')}${untranslated.length > 5 ? ', …' : ''}`,
      );
    }
  }
  return { problems, notes, versions, newest, sums, text, checked, changelog };
}

function printChecked(result, log) {
  for (const note of result.notes) log(`note: ${note}`);
  if (result.problems.length > 0) {
    log('Problems:');
    for (const problem of result.problems) log(`  ${problem}`);
  }
}

/** `data:check`. Returns the exit code. */
export function runCheck({ dir, tools, log = console.log }) {
  const result = inspect(dir, tools);
  printChecked(result, log);
  if (result.problems.length > 0) return 1;
  const { checked, newest, text } = result;
  if (newest && text === readFileSync(join(dir, 'archive', `${newest.id}.json`), 'utf8')) {
    log(`hstf.json is valid and is the published version ${newest.id}: nothing to publish.`);
  } else {
    log(`hstf.json is valid (version ${checked.dataset.version}, reviewed ${checked.dataset.reviewedOn}).`);
    log(`Changes since version ${newest?.id ?? '(none)'}:`);
    for (const line of result.changelog) log(`  ${line}`);
  }
  return 0;
}

/** Why `dataset` cannot be published as a new version after `versions` (the list, oldest first). */
function publishProblems(dataset, versions, dir, summaries) {
  const problems = [];
  const { version: id, reviewedOn } = dataset;
  const newest = versions.at(-1);
  if (versions.some((v) => v.id === id) || existsSync(join(dir, 'archive', `${id}.json`))) {
    problems.push(
      `version ${id} is already published: set "version" in hstf.json to a new id (the review date, with -2, -3 … ` +
        `when two versions share a day) and "reviewedOn" to the review date.`,
    );
  }
  if (id !== reviewedOn && !id.startsWith(`${reviewedOn}-`)) {
    problems.push(
      `version ${id} should be the review date ${reviewedOn}, with -2, -3 … when two versions share a day.`,
    );
  }
  if (newest && reviewedOn < newest.reviewedOn) {
    problems.push(`reviewedOn ${reviewedOn} is before the newest version's (${newest.reviewedOn}).`);
  }
  if (!summaries.en?.trim())
    problems.push('--summary is missing: one line, in English, on what changed for readers.');
  if (!summaries.es?.trim()) problems.push('--summary-es is missing: the same line in Spanish.');
  return problems;
}

/** `data:publish`. Writes nothing unless every check passes. Returns the exit code. */
export function runPublish({ dir, tools, summary, summaryEs, log = console.log }) {
  const result = inspect(dir, tools);
  printChecked(result, log);
  const { checked, versions, sums } = result;
  const problems = [...result.problems];
  if (checked.ok)
    problems.push(...publishProblems(checked.dataset, versions, dir, { en: summary, es: summaryEs }));
  if (problems.length > 0) {
    if (result.problems.length === 0) log('Problems:');
    for (const problem of problems.slice(result.problems.length)) log(`  ${problem}`);
    log('Nothing was published.');
    return 1;
  }
  const { dataset } = checked;
  const id = dataset.version;
  const archiveName = `${id}.json`;
  const normalised = tools.normalisedText(dataset);
  const entry = { id, reviewedOn: dataset.reviewedOn, summary: summary.trim() };
  const versionsJson = { versions: [...versions, entry] };
  const texts = JSON.parse(readFileSync(join(dir, 'hstf.es.json'), 'utf8'));
  texts.texts[tools.versionSummaryKey(id)] = { en: entry.summary, es: summaryEs.trim() };
  sums.set(archiveName, sha256(normalised));

  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  const written = [
    [`archive/${archiveName}`, normalised],
    ['hstf.json', normalised],
    ['versions.json', json(versionsJson)],
    ['hstf.es.json', json(texts)],
    [`archive/${SUMS_FILE}`, formatSums(sums)],
  ];
  const citation = join('..', '..', 'CITATION.cff');
  if (existsSync(join(dir, citation))) {
    written.push([citation, citationWithVersion(readFileSync(join(dir, citation), 'utf8'), dataset)]);
  } else {
    log(`No CITATION.cff two folders above ${dir}: not updated.`);
  }
  for (const [file, content] of written) writeFileSync(join(dir, file), content);

  log(`Published version ${id} (reviewed ${dataset.reviewedOn}).`);
  log(`  Summary: ${entry.summary}`);
  log(`  Resumen: ${summaryEs.trim()}`);
  log(`Changes since version ${versions.at(-1)?.id ?? '(none)'}:`);
  for (const line of result.changelog) log(`  ${line}`);
  log('Written:');
  for (const [file] of written) log(`  ${relative(process.cwd(), join(dir, file)) || file}`);
  log('Review the changes (git diff), then commit them.');
  return 0;
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'public/data' },
      summary: { type: 'string' },
      'summary-es': { type: 'string' },
    },
  });
  const command = positionals[0];
  if (command !== 'check' && command !== 'publish') {
    console.error(
      'Usage: node scripts/data.mjs check | publish --summary "…" --summary-es "…" [--dir public/data]',
    );
    return 2;
  }
  const started = performance.now();
  const { loadDataTools } = await import('./data-tools.mjs');
  const { tools, built } = await loadDataTools();
  const loaded = performance.now();
  const dir = resolve(values.dir);
  const code =
    command === 'check'
      ? runCheck({ dir, tools })
      : runPublish({ dir, tools, summary: values.summary, summaryEs: values['summary-es'] });
  const ms = (a, b) => `${Math.round(b - a)} ms`;
  console.log(
    `(${command} took ${ms(started, performance.now())}: the app's schema ${built ? 'bundled' : 'loaded from its cache'} ` +
      `in ${ms(started, loaded)}, the checks ${ms(loaded, performance.now())})`,
  );
  return code;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main();
}

import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

import * as dataTools from '../src/app/data-tools';
import type { DataTools } from '../scripts/data-package.mjs';
import { parseSums, runCheck, runPublish } from '../scripts/data.mjs';

/**
 * `npm run data:check` and `npm run data:publish` (scripts/data.mjs), each on a copy of
 * public/data in a temporary folder. The commands run in-process with the app's data code
 * (the same module the npm scripts bundle); the last tests run the npm scripts' own command.
 */

const tools = dataTools as unknown as DataTools;
const source = resolve(import.meta.dirname, '../public/data');
let root: string;
let dir: string;

// A copy of the repository's layout: the data in public/data, CITATION.cff at the root.
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'hstf-data-'));
  dir = join(root, 'public', 'data');
  cpSync(source, dir, { recursive: true });
  cpSync(resolve(import.meta.dirname, '../CITATION.cff'), join(root, 'CITATION.cff'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const read = (file: string) => readFileSync(join(dir, file), 'utf8');
const json = <T>(file: string) => JSON.parse(read(file)) as T;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Data = {
  version: string;
  reviewedOn: string;
  figures: { value: unknown }[];
  events: { id: string; agencyIds: string[] }[];
};
type Versions = { versions: { id: string; reviewedOn: string; summary: string }[] };

/** Every file of the folder with the hash of its bytes: what a command wrote shows as a difference. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = sha256(readFileSync(path, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** hstf.json edited: a new version id and review date, and one event's agencies changed. */
function edit(change: (data: Data) => void = () => {}) {
  const data = json<Data>('hstf.json');
  data.version = '2027-01-05';
  data.reviewedOn = '2027-01-05';
  data.events[0]!.agencyIds = ['dhs'];
  change(data);
  writeFileSync(join(dir, 'hstf.json'), `${JSON.stringify(data, null, 2)}\n`);
  return data;
}

function run(command: 'check' | 'publish', summaries = { en: 'A summary.', es: 'Un resumen.' }) {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const code =
    command === 'check'
      ? runCheck({ dir, tools, log })
      : runPublish({ dir, tools, summary: summaries.en, summaryEs: summaries.es, log });
  return { code, output: lines.join('\n') };
}

describe('data:check', () => {
  it('passes the published data, and says there is nothing to publish', () => {
    const { code, output } = run('check');
    expect(output).toMatch(/hstf\.json is valid and is the published version [\d-]+: nothing to publish/);
    expect(code).toBe(0);
  });

  it('names the invalid paths of an edited file in the page’s words, and writes nothing', () => {
    edit((data) => {
      data.figures[0]!.value = 'many';
      data.events[1]!.agencyIds = ['nowhere'];
    });
    const before = snapshot();
    const { code, output } = run('check');
    expect(output).toContain('figures[0].value: expected number, received string');
    expect(code).toBe(1);
    expect(snapshot()).toEqual(before);
  });

  it('lists the changes of a valid edit', () => {
    const data = edit();
    const { code, output } = run('check');
    expect(output).toContain('hstf.json is valid (version 2027-01-05, reviewed 2027-01-05)');
    expect(output).toContain(`~ events/${data.events[0]!.id}: agencyIds`);
    expect(code).toBe(0);
  });
});

describe('data:publish', () => {
  it('publishes a valid edit: the archive and hstf.json normalised, its versions.json entry, Spanish summary and hash, and the changelog', () => {
    const data = edit();
    const { code, output } = run('publish', {
      en: 'One event names its agency.',
      es: 'Un evento nombra su agencia.',
    });
    expect(code).toBe(0);
    const archive = read('archive/2027-01-05.json');
    expect(read('hstf.json')).toBe(archive);
    // Normalised: the schema's output, defaults written out, as the build expects to name its hash.
    const checked = dataTools.checkDataset('x', archive);
    if (!checked.ok) throw new Error(checked.details.join('\n'));
    expect(archive).toBe(dataTools.normalisedText(checked.dataset));
    expect(json<Versions>('versions.json').versions.at(-1)).toEqual({
      id: '2027-01-05',
      reviewedOn: '2027-01-05',
      summary: 'One event names its agency.',
    });
    expect(
      json<{ texts: Record<string, unknown> }>('hstf.es.json').texts['versions/2027-01-05/summary'],
    ).toEqual({ en: 'One event names its agency.', es: 'Un evento nombra su agencia.' });
    expect(parseSums(read('archive/SHA256SUMS')).get('2027-01-05.json')).toBe(sha256(archive));
    expect(read('archive/SHA256SUMS').split('\n').at(-2)).toBe(`${sha256(archive)}  2027-01-05.json`);
    expect(output).toContain('Published version 2027-01-05');
    expect(output).toContain('Resumen: Un evento nombra su agencia.');
    expect(output).toContain(`~ events/${data.events[0]!.id}: agencyIds`);
    // Published: the check now finds nothing to publish.
    expect(run('check').output).toContain('is the published version 2027-01-05: nothing to publish');
  });

  it('refuses an invalid edit with path-named messages, and writes nothing', () => {
    edit((data) => (data.figures[0]!.value = 'many'));
    const before = snapshot();
    const { code, output } = run('publish');
    expect(code).toBe(1);
    expect(output).toContain('figures[0].value: expected number, received string');
    expect(output).toContain('Nothing was published.');
    expect(snapshot()).toEqual(before);
  });

  it('refuses when a published archive has changed', () => {
    const first = json<Versions>('versions.json').versions[0]!.id;
    writeFileSync(
      join(dir, `archive/${first}.json`),
      read(`archive/${first}.json`).replace('"title"', '"title" '),
    );
    edit();
    const before = snapshot();
    const { code, output } = run('publish');
    expect(code).toBe(1);
    expect(output).toContain(`archive/${first}.json has changed since it was published`);
    expect(snapshot()).toEqual(before);
    expect(run('check').code).toBe(1);
  });

  it('refuses a version id that is already published', () => {
    const newest = json<Versions>('versions.json').versions.at(-1)!;
    edit((data) => {
      data.version = newest.id;
      data.reviewedOn = newest.reviewedOn;
    });
    const before = snapshot();
    const { code, output } = run('publish');
    expect(code).toBe(1);
    expect(output).toContain(`version ${newest.id} is already published`);
    expect(snapshot()).toEqual(before);
  });

  it('refuses without a Spanish summary', () => {
    edit();
    const before = snapshot();
    const { code, output } = run('publish', { en: 'A summary.', es: '  ' });
    expect(code).toBe(1);
    expect(output).toContain('--summary-es is missing');
    expect(snapshot()).toEqual(before);
  });
});

describe('the npm scripts’ command', () => {
  const exec = promisify(execFile);
  const script = resolve(import.meta.dirname, '../scripts/data.mjs');

  it('checks, then publishes, a copy of the data, saying how long it took', async () => {
    edit();
    const checked = await exec(process.execPath, [script, 'check', '--dir', dir]);
    expect(checked.stdout).toContain('hstf.json is valid (version 2027-01-05');
    expect(checked.stdout).toMatch(/\(check took \d+ ms/);
    const published = await exec(process.execPath, [
      script,
      'publish',
      '--dir',
      dir,
      '--summary',
      'A summary.',
      '--summary-es',
      'Un resumen.',
    ]);
    expect(published.stdout).toContain('Published version 2027-01-05');
    expect(read('hstf.json')).toBe(read('archive/2027-01-05.json'));
    // The citation file names the new version; nothing else of it changed.
    const citation = readFileSync(join(root, 'CITATION.cff'), 'utf8');
    expect(citation).toMatch(/^version: '2027-01-05'$/m);
    expect(citation).toMatch(/^date-released: '2027-01-05'$/m);
    const others = (text: string) => text.replace(/^(version|date-released): .*$/gm, '');
    expect(others(citation)).toBe(
      others(readFileSync(resolve(import.meta.dirname, '../CITATION.cff'), 'utf8')),
    );
  });

  it('exits non-zero on an invalid file', async () => {
    edit((data) => (data.figures[0]!.value = 'many'));
    await expect(exec(process.execPath, [script, 'check', '--dir', dir])).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining('figures[0].value: expected number, received string') as string,
    });
  });
});

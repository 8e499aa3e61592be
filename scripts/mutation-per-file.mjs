#!/usr/bin/env node
// Stryker's own threshold applies to the total; the target is 80 for each mutated module. Reads
// the JSON report of the last `stryker run` and fails if any file scores below it.
import { existsSync, readFileSync } from 'node:fs';

const TARGET = 80;
const REPORT = 'reports/mutation/mutation.json';
if (!existsSync(REPORT)) {
  console.error(`No ${REPORT}: run \`npm run test:mutation\` (Stryker writes it), not this script alone.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8'));

let failed = false;
for (const [path, { mutants }] of Object.entries(report.files)) {
  const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
  const detected = count('Killed') + count('Timeout');
  // Stryker's mutation score: mutants a test detected, of those that ran or had no test.
  const valid = detected + count('Survived') + count('NoCoverage');
  const score = valid === 0 ? 100 : (detected / valid) * 100;
  const ok = score >= TARGET;
  failed ||= !ok;
  console.log(`${ok ? '✓' : '✗'} ${score.toFixed(2).padStart(6)}  ${path} (${valid} mutants)`);
}
console.log(failed ? `A file scores below ${TARGET}.` : `Every file scores ${TARGET} or more.`);
process.exit(failed ? 1 : 0);

/**
 * `npm run test:stress`: the suite must pass on a busy machine, not only on an idle one.
 * Keeps every core busy with another process (one spinning Node process per core), runs
 * a test command several times in a row (by default the unit suite, three times), and prints
 * how long each run took. Exits non-zero if any run fails. The busy processes stop by
 * themselves after a deadline even if this script is killed.
 *
 *   node scripts/test-stress.mjs [--runs N] [-- command and arguments]
 *   npm run test:stress:all      (`npm test`, unit and browser, once)
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
const dashes = args.indexOf('--');
const command = dashes === -1 ? ['npx', 'vitest', 'run', '--reporter=dot'] : args.slice(dashes + 1);
const runsAt = args.indexOf('--runs');
const RUNS = Number(runsAt === -1 ? (process.env.STRESS_RUNS ?? 3) : args[runsAt + 1]);
const cores = availableParallelism();
const deadline = Date.now() + 60 * 60 * 1000;

const burners = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', `while (Date.now() < ${deadline}) {}`], { stdio: 'ignore' }),
);
const stopBurners = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill();
};
process.on('exit', stopBurners);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

console.log(
  `test:stress: ${cores} busy process(es), one per core; \`${command.join(' ')}\` ${RUNS} time(s) in a row`,
);
const results = [];
for (let run = 1; run <= RUNS; run += 1) {
  const start = performance.now();
  const result = spawnSync(command[0], command.slice(1), { stdio: 'inherit' });
  const seconds = (performance.now() - start) / 1000;
  results.push({ run, ok: result.status === 0, seconds });
  console.log(`run ${run}: ${result.status === 0 ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
}
stopBurners();

const failed = results.filter((r) => !r.ok).length;
console.log(
  `test:stress: ${RUNS - failed} of ${RUNS} runs passed under load (${results
    .map((r) => `${r.seconds.toFixed(0)} s`)
    .join(', ')})`,
);
process.exit(failed === 0 ? 0 : 1);

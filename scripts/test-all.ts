/**
 * `npm test`: every test Rapport has, in order — unit and component tests,
 * then both extension builds, then end-to-end tests in real browsers — ending
 * with one line that counts them all: `N passed, N failed[, N skipped]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function runVitest(label: string, configArgs: string[]): { ok: boolean; counts: VitestJson | null } {
  const outputFile = `${resultsDir}/${label}.json`;
  rmSync(outputFile, { force: true });
  const ok = run('npx', [
    'vitest',
    'run',
    ...configArgs,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ]);
  const counts = existsSync(outputFile) ? (JSON.parse(readFileSync(outputFile, 'utf8')) as VitestJson) : null;
  return { ok, counts };
}

const failures: string[] = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
function add(label: string, { ok, counts }: { ok: boolean; counts: VitestJson | null }) {
  if (counts) {
    totals.passed += counts.numPassedTests;
    totals.failed += counts.numFailedTests;
    totals.skipped += counts.numPendingTests + counts.numTodoTests;
  }
  if (!ok || !counts) failures.push(label);
}

add('unit', runVitest('unit', []));

const built = run('npx', ['wxt', 'build']) && run('npx', ['wxt', 'build', '-b', 'firefox']);
if (built) add('e2e', runVitest('e2e', ['--config', 'vitest.e2e.config.ts']));
else failures.push('build');

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(failures.length > 0 ? 1 : 0);

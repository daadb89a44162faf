// `npm test`: typecheck, lint, unit tests and end-to-end tests, every step run even when an
// earlier one fails, then one plain closing line `N passed, N failed` for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status === 0;
}

function check(label, command, args) {
  const ok = run(label, command, args);
  totals[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${label}: ${ok ? 'ok' : 'ÉCHEC'}`);
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function suite(label, command, args, reportFile, count) {
  rmSync(reportFile, { force: true });
  const ok = run(label, command, args);
  const report = existsSync(reportFile) ? readJson(reportFile) : null;
  const counts = report ? count(report) : { passed: 0, failed: 0, skipped: 0 };
  // A runner that crashed before writing its report still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  lines.push(`${label}: ${counts.passed} réussis, ${counts.failed} en échec, ${counts.skipped} ignorés`);
}

check('Typecheck', 'npx', ['tsc', '-b']);
check('Lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
check('Format', 'npx', ['prettier', '--check', '.']);
check('Electronegativity (main et preload construits)', 'node', ['scripts/electronegativity.mjs', '--build']);
check('Paquet de l’application (ASAR)', 'node', ['scripts/check-package.mjs']);
suite(
  'Unit tests',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  'test-results/unit.json',
  (report) => ({
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
  }),
);
suite('End-to-end tests', 'node', ['scripts/e2e.mjs'], 'test-results/e2e.json', (report) => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected,
  skipped: report.stats.skipped,
}));

console.log('\n' + lines.join('\n'));
const summary = `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`;
writeFileSync('test-results/summary.txt', summary + '\n');
console.log(summary);
process.exit(totals.failed === 0 ? 0 : 1);

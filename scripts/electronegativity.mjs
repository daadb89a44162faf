// Runs Electronegativity on the *built* main and preload JavaScript (on TypeScript sources it
// both misses and invents findings), reads its CSV (it exits 0 whatever it finds) and fails on
// any finding not listed, with its reason, in security/electronegativity-exceptions.json.
// Its SARIF output is read: its CSV writer overlaps writes and garbles lines.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
if (!existsSync('out/main/index.js') || process.argv.includes('--build')) {
  execFileSync('npx', ['electron-vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const dir = mkdtempSync(path.join(tmpdir(), 'ctai-electronegativity-'));
const input = path.join(dir, 'app');
execFileSync('mkdir', ['-p', input]);
copyFileSync('out/main/index.js', path.join(input, 'main.js'));
copyFileSync('out/preload/index.cjs', path.join(input, 'preload.js'));
const report = path.join(dir, 'findings.sarif');
execFileSync('npx', ['electronegativity', '-i', input, '-o', report, '-e', electronVersion], { stdio: 'ignore' });

const exceptions = JSON.parse(readFileSync('security/electronegativity-exceptions.json', 'utf8'));
const sarif = JSON.parse(readFileSync(report, 'utf8'));
const findings = sarif.runs.flatMap((run) =>
  run.results.map((result) => {
    const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '';
    const file = uri.endsWith('.js') ? path.basename(uri) : 'N/A';
    return { issue: result.ruleId, severity: result.level, file };
  }),
);
const unexplained = findings.filter(
  (f) => !exceptions.some((e) => e.issue === f.issue && e.file === f.file && e.reason?.length > 20),
);
for (const finding of findings) {
  const listed = !unexplained.includes(finding);
  console.log(`${listed ? 'accepté ' : 'REFUSÉ  '} ${finding.issue} (${finding.severity}) ${finding.file}`);
}
if (unexplained.length) {
  console.error(
    `${unexplained.length} constat(s) d’Electronegativity sans justification dans security/electronegativity-exceptions.json.`,
  );
  process.exit(1);
}
console.log(`Electronegativity : ${findings.length} constat(s), tous justifiés.`);

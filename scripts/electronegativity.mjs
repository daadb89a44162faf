// Runs Electronegativity on the *built* main and preload JavaScript (on TypeScript sources it
// both misses and invents findings), reads its CSV (it exits 0 whatever it finds) and fails on
// any finding not listed, with its reason, in security/electronegativity-exceptions.json.
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
const csv = path.join(dir, 'findings.csv');
execFileSync('npx', ['electronegativity', '-i', input, '-o', csv, '-e', electronVersion], { stdio: 'ignore' });

const exceptions = JSON.parse(readFileSync('security/electronegativity-exceptions.json', 'utf8'));
const findings = readFileSync(csv, 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [issue, severity, , file] = line.split(',').map((cell) => cell.replace(/^"|"$/g, ''));
    return { issue, severity, file: file === 'N/A' ? 'N/A' : path.basename(file), line };
  });
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

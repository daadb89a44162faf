// Packs the unpacked desktop app with a stub Electron (installers need downloads this machine
// cannot make) and inspects the ASAR: only built files, no sources, tests or node_modules, and
// under 40 MB; and the installers' icon is there, large enough. Fuses are left to the release
// build (`npm run dist`), the stub has none.
import { listPackage, statFile } from '@electron/asar';
import { build, Platform } from 'electron-builder';
import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';

const stub = mkdtempSync(path.join(tmpdir(), 'ctai-electron-stub-'));
writeFileSync(path.join(stub, 'electron'), '#!/bin/sh\n');
chmodSync(path.join(stub, 'electron'), 0o755);
const output = mkdtempSync(path.join(tmpdir(), 'ctai-package-'));
const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'));
const electronVersion = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;

await build({
  targets: Platform.LINUX.createTarget('dir'),
  config: {
    ...config,
    electronFuses: null,
    electronDist: stub,
    electronVersion,
    directories: { ...config.directories, output },
  },
});

const asar = path.join(output, 'linux-unpacked', 'resources', 'app.asar');
const files = listPackage(asar, { isPack: false }).map((file) => file.replace(/\\/g, '/'));
const forbidden = files.filter(
  (file) =>
    /^\/(node_modules|main|renderer|shared|tests|cli|scripts|assets)\//.test(file) || /\.(ts|tsx|map)$/.test(file),
);
const allowed = files.filter((file) => !file.startsWith('/out/') && file !== '/out' && file !== '/package.json');
const megabytes = statSync(asar).size / 1024 / 1024;
console.log(`ASAR : ${files.length} entrées, ${megabytes.toFixed(1)} Mo.`);
// A PNG's width and height are the two big-endian words after its IHDR tag.
function iconProblems(platform) {
  const file = config[platform]?.icon;
  if (!file || !existsSync(file)) return [`icône absente pour ${platform} : ${file ?? 'non indiquée'}`];
  const png = readFileSync(file);
  if (png.toString('latin1', 12, 16) !== 'IHDR') return [`icône ${file} : ce n’est pas un PNG`];
  const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
  return width >= 512 && width === height ? [] : [`icône ${file} : ${width} × ${height} px (carré de 512 px au moins)`];
}

const problems = [
  ...iconProblems('win'),
  ...iconProblems('linux'),
  ...forbidden.map((file) => `fichier qui ne doit pas être livré : ${file}`),
  ...allowed.filter((file) => !forbidden.includes(file)).map((file) => `fichier inattendu : ${file}`),
  ...(megabytes >= 40 ? [`archive trop lourde : ${megabytes.toFixed(1)} Mo (40 Mo au plus)`] : []),
  ...(statFile(asar, 'out/main/index.js') ? [] : ['out/main/index.js manque']),
];
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('Paquet vérifié : seulement les fichiers construits, sous 40 Mo, icône présente.');

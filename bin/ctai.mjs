#!/usr/bin/env node
// Entry of the `ctai` command: runs the build in out/cli/ (made by `npm install`, see
// scripts/build-cli.mjs), building it first when it is missing or older than the sources
// (a fresh clone, or sources changed since), so it never transpiles at each start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const built = path.join(root, 'out/cli/main.js');

/** The newest modification time of the TypeScript sources the command is built from, in ms. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  for (const dir of ['cli', 'shared']) if (existsSync(path.join(root, dir))) visit(path.join(root, dir));
  return newest;
}

if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { stdio: 'inherit' });
}

/**
 * `ctai doc` runs from its startup snapshot when there is one made by this Node (see
 * scripts/build-cli.mjs and cli/doc-snapshot.ts): a fresh Node process started from the
 * snapshot, with the V8 options it was built with. Anything else runs from the build.
 */
function docSnapshot() {
  const blob = path.join(root, 'out/cli/doc.blob');
  const about = path.join(root, 'out/cli/doc-snapshot.json');
  if (process.argv[2] !== 'doc' || !existsSync(blob) || !existsSync(about)) return null;
  const made = JSON.parse(readFileSync(about, 'utf8'));
  return made.node === process.version && made.arch === process.arch ? { blob, flags: made.flags } : null;
}

const snapshot = docSnapshot();
if (snapshot) {
  const run = spawnSync(
    process.execPath,
    // « -- »: what follows is the command's, never Node's (« ctai doc --version », « --inspect »).
    [...snapshot.flags, '--snapshot-blob', snapshot.blob, '--', ...process.argv.slice(3)],
    { stdio: 'inherit' },
  );
  // 14: Node could not load the snapshot (said on stderr); the build below does the work.
  if (!run.error && run.status !== 14) process.exit(run.status ?? 1);
}
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

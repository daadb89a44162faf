#!/usr/bin/env node
// Entry of the `ctai` command: runs the build in out/cli/ (made by `npm install`, see
// scripts/build-cli.mjs), building it first when it is missing or older than the sources
// (a fresh clone, or sources changed since), so it never transpiles at each start.
import { existsSync, readdirSync, statSync } from 'node:fs';
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
const { main } = await import(pathToFileURL(built).href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});

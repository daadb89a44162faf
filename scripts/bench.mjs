// `npm run bench`: builds the app, runs every benchmark in tests/bench/ and prints one JSON
// object per line, also written to bench-results.json.
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

const only = process.argv[2];
const results = [];
for (const file of readdirSync('tests/bench')
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()) {
  if (only && !file.includes(only)) continue;
  const module = await import(`../tests/bench/${file}`);
  for (const line of await module.run()) {
    console.log(JSON.stringify(line));
    results.push(line);
  }
}
writeFileSync('bench-results.json', JSON.stringify(results, null, 2) + '\n');

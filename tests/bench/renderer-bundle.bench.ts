// renderer.bundle.gzip: gzipped bytes of the JavaScript the renderer loads at start-up
// (the entry script and its static imports; lazy chunks and WebAssembly excluded).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { result, type BenchResult } from './bench-result';

const START_UP_BUDGET_BYTES = 300_000;

export function run(rendererDir = 'out/renderer'): BenchResult[] {
  const html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map(
    (match) => match[1]!,
  );
  const bytes = scripts.reduce(
    (sum, script) => sum + gzipSync(readFileSync(path.join(rendererDir, script)), { level: 9 }).length,
    0,
  );
  return [result('renderer.bundle.gzip', bytes, 'bytes', { name: 'start-up budget', value: START_UP_BUDGET_BYTES })];
}

// How a bundle is laid out and read: its dossiers before its documents, small files read in runs,
// and long validation cut into slices.
import '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { bytesSource } from '../../../shared/bundle/byte-source';
import { timeSlices } from '../../../shared/bundle/time-slices';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import { adjacentRuns, entriesBytes, entryBytes, readZipDirectory } from '../../../shared/bundle/zip-directory';
import { testBundleInput } from '../helpers/bundle-input';

describe('the reading plan of a bundle', () => {
  it('writes every dossier’s files before the documents, and the documents’ lists last', async () => {
    const names = (await readZipDirectory(bytesSource(await writeBundle(testBundleInput(3)))))
      .map((entry) => entry.name.split('/').slice(1).join('/'))
      .filter((name) => name.startsWith('data/'));
    const kind = (name: string) =>
      name.startsWith('data/dossiers/') ? 'dossier' : name.endsWith('/index.json') ? 'list' : 'document';
    const kinds = names.map(kind);
    expect(kinds.filter((k) => k === 'document')).toHaveLength(3);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) => ['dossier', 'document', 'list'].indexOf(a) - ['dossier', 'document', 'list'].indexOf(b),
      ),
    );
  });

  it('reads files lying one after the other in runs under a bound, each file as entryBytes gives it', async () => {
    const bytes = await writeBundle(testBundleInput(3));
    const entries = await readZipDirectory(bytesSource(bytes));
    const runs = adjacentRuns(entries, 64 * 1024);
    expect(runs.flat()).toEqual(entries);
    expect(runs.length).toBeLessThan(entries.length);
    for (const run of runs) {
      const end = (e: (typeof entries)[number]) => e.offset + e.headerGuess + e.compressedSize;
      run.slice(1).forEach((entry, i) => expect(entry.offset).toBe(end(run[i]!)));
      if (run.length > 1) expect(end(run.at(-1)!) - run[0]!.offset).toBeLessThanOrEqual(64 * 1024);
    }
    const reads: number[] = [];
    const source = {
      ...bytesSource(bytes),
      read: (o: number, l: number) => (reads.push(l), bytesSource(bytes).read(o, l)),
    };
    for (const run of runs) {
      const got = await entriesBytes(source, run);
      for (const [i, entry] of run.entries()) expect(got[i]).toEqual(await entryBytes(bytesSource(bytes), entry));
    }
    expect(reads).toHaveLength(runs.length);
  });

  it('lets the event loop run between slices of a long loop, and not more often', async () => {
    const pause = timeSlices(5);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const start = performance.now();
    let pauses = 0;
    while (performance.now() - start < 60) {
      const busy = performance.now();
      while (performance.now() - busy < 1);
      await pause();
      pauses++;
    }
    clearInterval(timer);
    // A resolved promise alone would never have let the interval run.
    expect(ticks).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThan(ticks);
  });
});

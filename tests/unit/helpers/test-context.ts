// A repository context on a fresh IndexedDB database (in memory: see indexeddb-setup.ts), with a fixed clock and ids.
// The full Automerge entry initialises the WebAssembly that the slim entry (used by shared/) needs.
import '@automerge/automerge';
import { CtaiDatabase } from '../../../renderer/db/database';
import type { RepositoryContext } from '../../../renderer/db/dossiers-repository';

let counter = 0;

export interface TestContext extends RepositoryContext {
  tick: (ms?: number) => void;
}

export function testContext(options: { author?: RepositoryContext['author']; db?: CtaiDatabase } = {}): TestContext {
  const db = options.db ?? new CtaiDatabase(`test-${process.pid}-${++counter}`);
  let time = Date.parse('2026-03-01T09:00:00Z');
  let id = 0;
  return {
    db,
    now: () => new Date(time),
    tick: (ms = 60_000) => {
      time += ms;
    },
    newId: () => `dossier-${++id}`,
    author:
      options.author ??
      (() => ({ nom: 'Claire Martin', service: 'Bureau de l’intégration', site: 'Préfecture de l’Isère' })),
    automergeReady: async () => undefined,
  };
}

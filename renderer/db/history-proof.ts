// The proof, deferred to just after an import's commit, that each dossier received new has a
// JSON view equal to what its Automerge history gives (two views of one thing). Loading 2 000
// histories takes longer than everything else an import does, so the import stores new dossiers
// as received and lists them here, in the same transaction; this proof then loads each history
// (Automerge's checked load), validates its JSON as the verifier validated the view, and
// compares. A dossier whose two disagree, or whose history does not load, is taken out again
// (it was not here before the import) and the journal says so. The list survives a restart: the
// app finishes it at start (startup.ts).
import { historyAgrees } from '../../shared/sync/history-agreement';
import type { CtaiDatabase } from './database';
import { dossierTables } from './dossier-row';
import type { RepositoryContext } from './dossiers-repository';

const PENDING_KEY = 'history-proof-pending';
/** Dossiers proven per read transaction: the histories of one batch are held together. */
const BATCH = 100;

export interface ProofReport {
  proven: number;
  /** The ids of the dossiers taken out again, their view and history disagreeing. */
  withdrawn: string[];
  /** Why the proof stopped before the end (the database closed…): what is left is proven at the next start. */
  stopped?: string;
}

/** A dossier to prove, with who sent it (named in the journal if it is taken out). */
export interface PendingProof {
  id: string;
  from: string;
}

export async function pendingProofs(db: CtaiDatabase): Promise<PendingProof[]> {
  return ((await db.settings.get(PENDING_KEY))?.value as PendingProof[] | undefined) ?? [];
}

/** Adds dossiers to prove; call inside the import's transaction (on `settings`). */
export async function addPendingProofs(db: CtaiDatabase, ids: readonly string[], from: string): Promise<void> {
  if (ids.length === 0) return;
  const adding = new Set(ids);
  const kept = (await pendingProofs(db)).filter((p) => !adding.has(p.id));
  await db.settings.put({ key: PENDING_KEY, value: [...kept, ...ids.map((id) => ({ id, from }))] });
}

let running: Promise<ProofReport> | null = null;

/**
 * Proves every pending dossier (one run at a time; a second call waits for the first, then
 * proves what was added since). Never rejects: a stopped proof says why in its report. A dossier edited since its import (revision above 1) needs no
 * proof: the edit loaded its history and rebuilt its view from it.
 */
export function proveReceivedHistories(context: RepositoryContext): Promise<ProofReport> {
  const previous = running ?? Promise.resolve({ proven: 0, withdrawn: [] });
  const run = previous.then(() =>
    proveAll(context).catch((error: unknown) => ({
      proven: 0,
      withdrawn: [],
      stopped: error instanceof Error ? error.message : String(error),
    })),
  );
  running = run.finally(() => {
    if (running === run) running = null;
  });
  return run;
}

async function proveAll(context: RepositoryContext): Promise<ProofReport> {
  const { db } = context;
  const report: ProofReport = { proven: 0, withdrawn: [] };
  let pending = await pendingProofs(db);
  if (pending.length === 0) return report;
  await context.automergeReady();
  while (pending.length) {
    const batch = pending.slice(0, BATCH);
    const ids = batch.map((p) => p.id);
    const [rows, views, docs] = await db.transaction('r', dossierTables(db), () =>
      Promise.all([db.dossiers.bulkGet(ids), db.dossierViews.bulkGet(ids), db.dossierDocs.bulkGet(ids)]),
    );
    const failed = batch.flatMap(({ id, from }, i) => {
      const row = rows[i];
      if (!row || row.rev !== 1) return [];
      const view = views[i]?.view;
      return view && historyAgrees(view, docs[i]?.bytes ?? null) ? [] : [{ id, from, rev: row.rev, nom: row.nom }];
    });
    await db.transaction('rw', [...dossierTables(db), db.settings, db.journal], async () => {
      for (const { id, from, rev, nom } of failed) {
        // An edit since the read rebuilt the view from the history (which therefore loads): kept.
        if ((await db.dossiers.get(id))?.rev !== rev) continue;
        await Promise.all(dossierTables(db).map((table) => table.delete(id)));
        await db.journal.add({
          id: context.newId(),
          at: context.now().toISOString(),
          direction: 'import',
          correspondent: from,
          dossiers: [id],
          outcome: { code: 'history-mismatch', dossier: nom },
          fileSha256: '',
        });
        report.withdrawn.push(id);
      }
      const done = new Set(ids);
      const left = (await pendingProofs(db)).filter((p) => !done.has(p.id));
      await db.settings.put({ key: PENDING_KEY, value: left });
      pending = left;
    });
    report.proven += batch.length - failed.length;
  }
  return report;
}

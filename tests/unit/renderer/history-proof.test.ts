import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDossier } from '../../../renderer/db/dossiers-repository';
import { pendingProofs } from '../../../renderer/db/history-proof';
import { importBundle } from '../../../renderer/db/import-bundle';
import { journalResultText } from '../../../renderer/src/exchanges/journal-text';
import { writeBundle, type BundleDossier } from '../../../shared/bundle/write-bundle';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import { demoDossiers } from '../helpers/demo';
import { testContext } from '../helpers/test-context';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const author = { nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' };

/** A dossier whose history gives `history` (the view itself when not given). */
function entry(view: Dossier, history: Dossier = view): BundleDossier {
  return {
    dossier: view,
    doc: saveDossierDoc(createDossierDoc(history, { author, summary: 'Création', paths: [] }, new Date())),
  };
}

function bundle(dossiers: BundleDossier[]) {
  return writeBundle({
    name: 'CTAI_38_Test_2026-03-01_1',
    bundleId: '3f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
    sequence: 1,
    createdAt: new Date('2026-03-01T10:00:00Z'),
    sender: author,
    recipient: '',
    dossiers,
    publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
    sign: async (message) => new Uint8Array(sign(null, message, privateKey)),
  });
}

/** Bundles above this many dossiers are proved after their commit: here, every one. */
const AFTER_COMMIT = { askUnknownSender: async () => true, historyProofLimit: 0 };

describe('the proof that a dossier received new has the view its history gives', () => {
  it('refuses a small bundle whose dossier disagrees with its history before anything is written', async () => {
    const [agreeing, disagreeing] = demoDossiers({ count: 2, seed: 8 }) as [Dossier, Dossier];
    const rewritten: Dossier = { ...disagreeing, collectivite: { ...disagreeing.collectivite, nom: 'Autre nom' } };
    const context = testContext();
    const outcome = await importBundle(context, await bundle([entry(agreeing), entry(disagreeing, rewritten)]), {
      askUnknownSender: async () => true,
    });
    expect(outcome.status).toBe('refused');
    if (outcome.status === 'refused')
      expect(outcome.error.message).toBe(
        `La fiche du dossier ${disagreeing.collectivite.nom} ne correspond pas à son historique : l’échange est refusé, rien n’a été enregistré. Demandez à l’expéditeur de le renvoyer depuis Contrats CTAI.`,
      );
    expect(await context.db.dossiers.count()).toBe(0);
    expect(await context.db.settings.get('correspondents')).toBeUndefined();
    expect((await context.db.journal.toArray()).map((line) => line.outcome)).toEqual([
      { code: 'refused', reason: 'bundle-history-mismatch' },
    ]);
    await context.db.delete();
  });

  it('keeps a dossier whose two agree, and takes out again one whose two disagree, saying so in the journal', async () => {
    const [agreeing, disagreeing] = demoDossiers({ count: 2, seed: 8 }) as [Dossier, Dossier];
    const rewritten: Dossier = { ...disagreeing, collectivite: { ...disagreeing.collectivite, nom: 'Autre nom' } };
    const context = testContext();
    const outcome = await importBundle(
      context,
      await bundle([entry(agreeing), entry(disagreeing, rewritten)]),
      AFTER_COMMIT,
    );
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    // Stored as received, the proof pending (kept in the database until done).
    expect((await pendingProofs(context.db)).map((p) => p.id).sort()).toEqual([agreeing.id, disagreeing.id].sort());
    expect(await outcome.historyProof).toEqual({ proven: 1, withdrawn: [disagreeing.id] });
    expect(await pendingProofs(context.db)).toEqual([]);
    expect(await getDossier(context.db, agreeing.id)).toEqual(agreeing);
    expect(await getDossier(context.db, disagreeing.id)).toBeUndefined();
    expect(await context.db.dossierDocs.get(disagreeing.id)).toBeUndefined();
    const line = (await context.db.journal.toArray()).find((row) => row.outcome?.code === 'history-mismatch')!;
    expect(line.correspondent).toBe('Claire Martin (Préfecture de l’Isère)');
    expect(journalResultText(line)).toBe(
      `dossier « ${disagreeing.collectivite.nom} » retiré : sa vue ne correspond pas à son historique ; demandez à l’expéditeur de le renvoyer`,
    );
    await context.db.delete();
  });

  it('takes out a dossier whose history does not load', async () => {
    const [dossier] = demoDossiers({ count: 1, seed: 9 }) as [Dossier];
    const context = testContext();
    const broken = { ...entry(dossier), doc: new TextEncoder().encode('pas un historique Automerge') };
    const outcome = await importBundle(context, await bundle([broken]), AFTER_COMMIT);
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    expect(await outcome.historyProof).toEqual({ proven: 0, withdrawn: [dossier.id] });
    expect(await context.db.dossiers.count()).toBe(0);
    await context.db.delete();
  });
});

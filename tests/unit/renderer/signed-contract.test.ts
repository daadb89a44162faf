// A signature that holds: every path that writes a dossier (a field, undo, a workflow step, an
// import from another site) leaves the signed amounts as they are and says why.
import { blobSource } from '../../../shared/bundle/byte-source';
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDossier, editDossier, getDossier, storeDossiers } from '../../../renderer/db/dossiers-repository';
import { prepareExport } from '../../../renderer/db/export-bundle';
import { importBundle } from '../../../renderer/db/import-bundle';
import { stateCommitment } from '../../../shared/dossier/commitment';
import type { Dossier } from '../../../shared/dossier/dossier-schema';
import {
  FROZEN_AMOUNT_MESSAGE,
  FROZEN_FIRST_YEAR_MESSAGE,
  SIGNED_CONTRACT_FROZEN,
} from '../../../shared/dossier/signed-contract';
import { cancelSignature, goBack } from '../../../shared/dossier/workflow';
import { diffToEdits } from '../../../shared/sync/diff-edits';
import { aDossier } from '../helpers/a-dossier';
import { testContext } from '../helpers/test-context';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = {
  publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  sign: async (bytes: Uint8Array) => new Uint8Array(sign(null, bytes, privateKey)),
};

const signedDossier = () =>
  aDossier()
    .withContract(2026, 2)
    .withAction('a', { granted: { 2026: 10_000_00, 2027: 12_000_00 } })
    .withAction('b', { granted: { 2026: 5_000_00 } })
    .signed()
    .build();

async function stored(context = testContext()) {
  await storeDossiers(context, [signedDossier()]);
  return context;
}

const grantedPath = ['actions', 0, 'budgets', 0, 'ctaiAccorde'];

// The receiving agent recognises the sender (the screen asks before unpacking).
const trusting = { askUnknownSender: async () => true };

describe('after signature, the granted amounts hold', () => {
  it('a field edit of a granted amount is refused, saying to make an avenant (or, for the first year, to cancel the signature)', async () => {
    const context = await stored();
    const result = await editDossier(context, 'dossier-tours', [{ op: 'set', path: grantedPath, value: 1 }], 'Montant');
    expect(result).toEqual({
      ok: false,
      problems: [{ path: grantedPath, message: FROZEN_FIRST_YEAR_MESSAGE, code: SIGNED_CONTRACT_FROZEN }],
    });
    const secondYear = ['actions', 0, 'budgets', 1, 'ctaiAccorde'];
    const later = await editDossier(context, 'dossier-tours', [{ op: 'set', path: secondYear, value: 1 }], 'Montant');
    expect(later).toEqual({
      ok: false,
      problems: [{ path: secondYear, message: FROZEN_AMOUNT_MESSAGE, code: SIGNED_CONTRACT_FROZEN }],
    });
    expect((await getDossier(context.db, 'dossier-tours'))!.actions[0]!.budgets[0]!.ctaiAccorde).toBe(10_000_00);
    // What the signature does not freeze stays editable: the cost, the description…
    const cost = await editDossier(
      context,
      'dossier-tours',
      [{ op: 'set', path: ['actions', 0, 'budgets', 0, 'coutTotal'], value: 25_000_00 }],
      'Coût',
    );
    expect(cost.ok).toBe(true);
  });

  it('setting a retained action aside, deleting it, or retaining another are refused too', async () => {
    const context = await stored();
    const refused = async (edits: Parameters<typeof editDossier>[2]) =>
      (await editDossier(context, 'dossier-tours', edits, 'x')).ok;
    expect(await refused([{ op: 'set', path: ['actions', 1, 'statut'], value: 'ecartee' }])).toBe(false);
    expect(await refused([{ op: 'delete', path: ['actions'], index: 1 }])).toBe(false);
    expect(await refused([{ op: 'delete', path: ['actions', 0, 'budgets'], index: 1 }])).toBe(false);
    expect(await refused([{ op: 'set', path: ['contrat', 'duree'], value: 3 }])).toBe(false);
    // Nor can the step go back but through the cancellation of the signature.
    expect(await refused([{ op: 'set', path: ['workflow', 'etape'], value: 'proposition' }])).toBe(false);
    expect(await refused([{ op: 'set', path: ['actions', 1, 'statut'], value: 'en-cours' }])).toBe(true);
  });

  it('an undo that would put back an amount from before the signature is refused the same way', async () => {
    const context = testContext();
    const unsigned = aDossier()
      .withContract(2026, 1)
      .withAction('a', { granted: { 2026: 10_000_00 } })
      .build();
    await storeDossiers(context, [unsigned]);
    await editDossier(context, unsigned.id, [{ op: 'set', path: grantedPath, value: 9_000_00 }], 'Montant');
    const signed = signedDossier();
    const before = (await getDossier(context.db, unsigned.id))!;
    const sign = diffToEdits(before, { ...before, contrat: signed.contrat, workflow: signed.workflow });
    expect((await editDossier(context, unsigned.id, sign, 'Signature')).ok).toBe(true);
    // The undo of « Montant » is the inverse edit: it goes through the same check.
    const undo = await editDossier(
      context,
      unsigned.id,
      [{ op: 'set', path: grantedPath, value: 10_000_00 }],
      'Annulation : Montant',
    );
    expect(undo.ok).toBe(false);
    expect(!undo.ok && undo.problems[0]!.message).toBe(FROZEN_FIRST_YEAR_MESSAGE);
  });

  it('stepping back is refused; « Annuler la signature » asks a reason, keeps the signature in the events, then frees the amounts', async () => {
    const dossier = signedDossier();
    const back = goBack(dossier, 'proposition', '2026-03-01', 'Erreur', 'Agent');
    expect(!back.ok && back.reasons[0]).toMatch(/^Le contrat est signé : le dossier ne revient pas/);
    expect(cancelSignature(dossier, '2026-03-01', ' ', 'Agent')).toEqual({
      ok: false,
      reasons: ['Indiquez le motif de l’annulation de la signature.'],
      input: 'motif',
    });
    const cancelled = cancelSignature(dossier, '2026-03-01', 'Montants erronés', 'Claire Martin');
    if (!cancelled.ok) throw new Error(cancelled.reasons.join(' '));
    expect(cancelled.dossier.workflow.etape).toBe('proposition');
    expect(cancelled.dossier.contrat.signature.date).toBe('');
    expect(cancelled.dossier.workflow.evenements.at(-1)).toEqual({
      date: '2026-03-01',
      type: 'annulation-signature',
      etape: 'proposition',
      motif:
        'Montants erronés — signature du 10 février 2026 à Tours par Anne Préfète (Préfète d’Indre-et-Loire), Paul Maire (Maire de Tours) annulée',
      auteur: 'Claire Martin',
    });
    const context = await stored();
    const write = await editDossier(context, dossier.id, diffToEdits(dossier, cancelled.dossier), 'Signature annulée');
    expect(write.ok).toBe(true);
    expect((await editDossier(context, dossier.id, [{ op: 'set', path: grantedPath, value: 1 }], 'Montant')).ok).toBe(
      true,
    );
  });
});

describe('an import never changes a signed amount silently', () => {
  it('keeps the signed amount and sets the received one aside, with who sent it', async () => {
    // The préfecture has the signed dossier; a sous-préfecture's copy changes a granted amount
    // (an older version of the app, or a bundle made by hand).
    const prefecture = await stored({ ...testContext(), newId: () => crypto.randomUUID() });
    const sousPrefecture = {
      ...testContext({
        author: () => ({ nom: 'Marc Petit', service: 'Bureau de la cohésion', site: 'Sous-préfecture de Chinon' }),
      }),
      newId: () => crypto.randomUUID(),
    };
    const [bundle] = await prepareExport(prefecture, {
      dossierIds: ['dossier-tours'],
      recipient: 'Sous-préfecture',
      departement: '37',
      withScans: true,
      ...signer,
    });
    expect((await importBundle(sousPrefecture, blobSource(bundle!.file), trusting)).status).toBe('imported');
    // There, the signature is cancelled, an amount changed and the contract signed again.
    const theirs = (await getDossier(sousPrefecture.db, 'dossier-tours'))!;
    const cancelled = cancelSignature(theirs, '2026-03-01', 'Montant à revoir', 'Marc Petit');
    if (!cancelled.ok) throw new Error(cancelled.reasons.join(' '));
    const changed: Dossier = structuredClone(cancelled.dossier);
    changed.actions[0]!.budgets[0]!.ctaiAccorde = 7_000_00;
    changed.workflow.etape = 'signature';
    changed.contrat.signature.date = '2026-03-02';
    const write = await editDossier(sousPrefecture, 'dossier-tours', diffToEdits(theirs, changed), 'Signature');
    expect(write.ok).toBe(true);
    const [reply] = await prepareExport(sousPrefecture, {
      dossierIds: ['dossier-tours'],
      recipient: 'Préfecture',
      departement: '37',
      withScans: true,
      ...signer,
    });
    const outcome = await importBundle(prefecture, blobSource(reply!.file), trusting);
    expect(outcome.status).toBe('imported');
    const after = (await getDossier(prefecture.db, 'dossier-tours'))!;
    expect(after.actions[0]!.budgets[0]!.ctaiAccorde).toBe(10_000_00);
    expect(stateCommitment(after, 2026).total).toBe(15_000_00);
    expect(after.contrat.modificationsRefusees).toEqual([
      expect.objectContaining({
        champ: 'Montant CTAI accordé 2026 de l’action « Action a »',
        valeurSignee: '10\u202f000,00\u00a0€',
        valeurRecue: '7\u202f000,00\u00a0€',
        auteur: 'Marc Petit (Sous-préfecture de Chinon)',
      }),
      expect.objectContaining({
        champ: 'Signature du contrat',
        valeurSignee: 'signé le 10 février 2026 à Tours',
        valeurRecue: 'signé le 2 mars 2026 à Tours',
      }),
    ]);
    expect(after.contrat.signature.date).toBe('2026-02-10');
    expect(outcome.status === 'imported' && outcome.items[0]!.refused).toHaveLength(2);
  });
});

describe('a new dossier', () => {
  it('starts with an advance share of 50 % and nothing set aside', async () => {
    const context = testContext();
    const created = await createDossier(context, { nom: 'Tours', type: 'commune' });
    expect(created.ok && created.dossier.contrat).toMatchObject({ tauxAvance: 50, modificationsRefusees: [] });
  });
});

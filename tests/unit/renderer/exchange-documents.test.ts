// What an exchange carries besides the dossiers (their documents), and bundles that arrive out of
// order, and deletions against edits: two sites, each with its own database, through the app's
// export and import services.
import { blobSource } from '../../../shared/bundle/byte-source';
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { listDocuments, markSigned, storeDocumentVersion } from '../../../renderer/db/documents-repository';
import {
  editDossier,
  getDeletionConflicts,
  getDossier,
  getDossierConflicts,
  storeDossiers,
} from '../../../renderer/db/dossiers-repository';
import { prepareExport } from '../../../renderer/db/export-bundle';
import { confirmImport, importBundle, prepareImport } from '../../../renderer/db/import-bundle';
import type { DocumentRow } from '../../../renderer/db/records';
import { sha256Hex } from '../../../shared/bundle/bytes';
import { resolveDeletion } from '../../../shared/sync/tombstones';
import { demoDossiers } from '../helpers/demo';
import { testContext } from '../helpers/test-context';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = {
  publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  sign: async (bytes: Uint8Array) => new Uint8Array(sign(null, bytes, privateKey)),
};
const trusting = { askUnknownSender: async () => true };
const SOUS_PREFECTURE = { nom: 'Paul Durand', service: 'Pôle intégration', site: 'Sous-préfecture de Vienne' };

function site(author = SOUS_PREFECTURE) {
  return { ...testContext({ author: () => author }), newId: () => crypto.randomUUID() };
}

function exportAll(context: ReturnType<typeof site>, ids: string[], withScans = true) {
  return prepareExport(context, {
    dossierIds: ids,
    recipient: 'Préfecture de l’Isère',
    departement: '38',
    withScans,
    ...signer,
  });
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A generation of the contract (its PDF and DOCX), as the Documents tab stores it. */
async function generateContract(context: ReturnType<typeof site>, dossierId: string, text: string) {
  return storeDocumentVersion(
    context.db,
    {
      dossierId,
      kind: 'contract',
      year: null,
      author: context.author().nom,
      createdAt: context.now().toISOString(),
      files: [
        { format: 'pdf', name: (v) => `contrat-v${v}.pdf`, bytes: bytesOf(`%PDF-1.7 ${text}`) },
        { format: 'docx', name: (v) => `contrat-v${v}.docx`, bytes: bytesOf(`PK docx ${text}`) },
      ],
    },
    context.newId,
  );
}

async function attachScan(context: ReturnType<typeof site>, dossierId: string, text: string) {
  return storeDocumentVersion(
    context.db,
    {
      dossierId,
      kind: 'signed-scan',
      year: null,
      author: context.author().nom,
      createdAt: context.now().toISOString(),
      files: [{ format: 'pdf', name: (v) => `scan-v${v}.pdf`, bytes: bytesOf(`%PDF-1.7 scan ${text}`) }],
    },
    context.newId,
  );
}

const shape = (rows: DocumentRow[]) =>
  rows
    .map(({ kind, version, format, signed, sha256, receivedFrom }) => ({
      kind,
      version,
      format,
      signed,
      sha256,
      receivedFrom,
    }))
    .sort((a, b) => `${a.kind}${a.version}${a.format}`.localeCompare(`${b.kind}${b.version}${b.format}`));

describe('documents in an exchange', () => {
  it('are refused at confirmation, with nothing written and the refusal journaled, if the file changed since its preview', async () => {
    const sender = site();
    const [dossier] = demoDossiers({ count: 1, seed: 5 });
    await storeDossiers(sender, [dossier!]);
    await attachScan(sender, dossier!.id, 'contrat signé '.repeat(200));
    const [bundle] = await exportAll(sender, [dossier!.id]);
    const bytes = new Uint8Array(await bundle!.file.arrayBuffer());
    const receiver = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    // The file as read from its USB stick, which someone changes while the agent reads the preview.
    const preview = await prepareImport(
      receiver,
      { ...blobSource(new Blob([bytes.slice()])), read: async (o, l) => bytes.slice(o, o + l) },
      trusting,
    );
    expect(preview.status).toBe('ready');
    // A byte of the scan (the last file of the payload: documents come after the dossiers).
    const at = new TextDecoder('latin1').decode(bytes).lastIndexOf('contrat signé'.slice(0, 7));
    bytes[at] = bytes[at]! ^ 1;
    const outcome = await confirmImport(receiver, preview as Extract<typeof preview, { status: 'ready' }>);
    expect(outcome.status).toBe('refused');
    if (outcome.status === 'refused') {
      expect(outcome.error.code).toBe('bundle-payload-hash-mismatch');
      expect(outcome.error.message).toMatch(/a changé depuis sa vérification .* Ouvrez de nouveau l’échange/);
    }
    expect(await getDossier(receiver.db, dossier!.id)).toBeUndefined();
    expect(await listDocuments(receiver.db, dossier!.id)).toEqual([]);
    const journal = await receiver.db.journal.toArray();
    expect(journal.map((line) => line.outcome)).toEqual([{ code: 'refused', reason: 'bundle-payload-hash-mismatch' }]);
  });

  it('bring the signed contract and its scan to the préfecture, with their hash and who sent them', async () => {
    const sender = site();
    const [dossier] = demoDossiers({ count: 1, seed: 5 });
    await storeDossiers(sender, [dossier!]);
    await generateContract(sender, dossier!.id, 'projet');
    const [signedPdf] = await generateContract(sender, dossier!.id, 'version signée');
    await markSigned(sender.db, dossier!.id, 2);
    await attachScan(sender, dossier!.id, 'contrat signé');
    const [bundle] = await exportAll(sender, [dossier!.id]);
    expect(bundle!.documentCount).toBe(5);

    const receiver = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    const outcome = await importBundle(receiver, blobSource(bundle!.file), trusting);
    expect(outcome.status).toBe('imported');
    if (outcome.status === 'imported') expect(outcome.items[0]!.documents).toBe(5);
    const received = await listDocuments(receiver.db, dossier!.id);
    const from = 'Paul Durand (Sous-préfecture de Vienne)';
    expect(shape(received)).toEqual(
      shape(await listDocuments(sender.db, dossier!.id)).map((row) => ({ ...row, receivedFrom: from })),
    );
    const signed = received.find((row) => row.kind === 'contract' && row.signed && row.format === 'pdf')!;
    expect(signed.sha256).toBe(signedPdf!.sha256);
    expect(await sha256Hex(signed.bytes)).toBe(signedPdf!.sha256);
    expect(signed.author).toBe('Paul Durand');
  });

  it('are stored once however often they are received, and numbered after the receiver’s own versions', async () => {
    const sender = site();
    const [dossier] = demoDossiers({ count: 1, seed: 6 });
    await storeDossiers(sender, [dossier!]);
    await generateContract(sender, dossier!.id, 'de la sous-préfecture');
    const [first] = await exportAll(sender, [dossier!.id]);

    const receiver = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    await storeDossiers(receiver, [dossier!]);
    await generateContract(receiver, dossier!.id, 'de la préfecture');
    expect((await importBundle(receiver, blobSource(first!.file), trusting)).status).toBe('imported');
    // The sender then marks its version signed and sends again: the same files, now signed.
    await markSigned(sender.db, dossier!.id, 1);
    const [second] = await exportAll(sender, [dossier!.id]);
    expect((await importBundle(receiver, blobSource(second!.file), trusting)).status).toBe('imported');

    const rows = await listDocuments(receiver.db, dossier!.id);
    expect(rows).toHaveLength(4);
    const theirs = rows.filter((row) => row.receivedFrom);
    // The PDF and the DOCX of one generation stay one version (2), after the receiver's own (1).
    expect(theirs.map((row) => [row.version, row.format, row.signed]).sort()).toEqual([
      [2, 'docx', true],
      [2, 'pdf', true],
    ]);
    expect(rows.filter((row) => !row.receivedFrom).map((row) => row.version)).toEqual([1, 1]);
  });

  it('leave the scans out when the agent asks, and say how many stay', async () => {
    const sender = site();
    const [dossier] = demoDossiers({ count: 1, seed: 7 });
    await storeDossiers(sender, [dossier!]);
    await generateContract(sender, dossier!.id, 'signée');
    await attachScan(sender, dossier!.id, 'un');
    await attachScan(sender, dossier!.id, 'deux');
    const [bundle] = await exportAll(sender, [dossier!.id], false);
    expect(bundle!.scansLeftOut).toBe(2);
    expect(bundle!.scanBytes).toBe(0);
    const receiver = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    await importBundle(receiver, blobSource(bundle!.file), trusting);
    expect((await listDocuments(receiver.db, dossier!.id)).map((row) => row.kind).sort()).toEqual([
      'contract',
      'contract',
    ]);
  });
});

describe('bundles out of order', () => {
  it('applies a bundle received after a later one from the same sender, and refuses only the same bundle twice', async () => {
    const sender = site();
    const [dossier] = demoDossiers({ count: 1, seed: 8 });
    await storeDossiers(sender, [dossier!]);
    const edit = (path: string[], value: unknown) =>
      editDossier(sender, dossier!.id, [{ op: 'set', path, value }], 'x');
    expect((await edit(['collectivite', 'population'], 6400)).ok).toBe(true);
    const [first] = await exportAll(sender, [dossier!.id]);
    sender.tick();
    expect((await edit(['collectivite', 'arrondissement'], 'Vienne')).ok).toBe(true);
    const [second] = await exportAll(sender, [dossier!.id]);

    const receiver = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    expect((await importBundle(receiver, blobSource(second!.file), trusting)).status).toBe('imported');
    expect((await importBundle(receiver, blobSource(first!.file), trusting)).status).toBe('imported');
    expect((await importBundle(receiver, blobSource(first!.file), trusting)).status).toBe('already-imported');
    const stored = (await getDossier(receiver.db, dossier!.id))!;
    expect(stored.collectivite.population).toBe(6400);
    expect(stored.collectivite.arrondissement).toBe('Vienne');
    expect(await getDossierConflicts(receiver, dossier!.id)).toEqual([]);
  });
});

describe('a change typed while the import is being confirmed', () => {
  it('is kept beside the received changes to other fields, without a conflict', async () => {
    const sender = site();
    const [dossier] = demoDossiers({ count: 1, seed: 9 });
    await storeDossiers(sender, [dossier!]);
    const receiver = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    const [shared] = await exportAll(sender, [dossier!.id]);
    expect((await importBundle(receiver, blobSource(shared!.file), trusting)).status).toBe('imported');

    sender.tick();
    const sent = await editDossier(
      sender,
      dossier!.id,
      [{ op: 'set', path: ['collectivite', 'population'], value: 6391 }],
      'Population',
    );
    expect(sent.ok).toBe(true);
    const [bundle] = await exportAll(sender, [dossier!.id]);
    const preview = await prepareImport(receiver, blobSource(bundle!.file), trusting);
    if (preview.status !== 'ready') throw new Error(preview.status);
    expect(preview.items[0]!.changedFields).toEqual(['collectivite.population']);
    receiver.tick();
    const typed = await editDossier(
      receiver,
      dossier!.id,
      [{ op: 'set', path: ['collectivite', 'arrondissement'], value: 'Saisi pendant l’aperçu' }],
      'Arrondissement',
    );
    expect(typed.ok).toBe(true);
    expect((await confirmImport(receiver, preview)).status).toBe('imported');
    const stored = (await getDossier(receiver.db, dossier!.id))!;
    expect(stored.collectivite.arrondissement).toBe('Saisi pendant l’aperçu');
    expect(stored.collectivite.population).toBe(6391);
    expect(await getDossierConflicts(receiver, dossier!.id)).toEqual([]);
  });
});

describe('an action deleted on one site while the other edits it', () => {
  it('shows a conflict at both sites through the import service, settled by the agent’s choice', async () => {
    const sousPrefecture = site();
    const [dossier] = demoDossiers({ count: 1, seed: 10 });
    const withTwo = {
      ...dossier!,
      actions: [dossier!.actions[0]!, { ...dossier!.actions[0]!, id: 'autre', intitule: 'Permanences juridiques' }],
    };
    await storeDossiers(sousPrefecture, [withTwo]);
    const prefecture = site({ nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' });
    const [shared] = await exportAll(sousPrefecture, [withTwo.id]);
    expect((await importBundle(prefecture, blobSource(shared!.file), trusting)).status).toBe('imported');

    sousPrefecture.tick();
    expect(
      (
        await editDossier(
          sousPrefecture,
          withTwo.id,
          [{ op: 'delete', path: ['actions'], index: 1 }],
          'Action supprimée',
        )
      ).ok,
    ).toBe(true);
    prefecture.tick();
    const edited = await editDossier(
      prefecture,
      withTwo.id,
      [{ op: 'set', path: ['actions', 1, 'description'], value: 'Revue par la préfecture' }],
      'Description',
    );
    expect(edited.ok).toBe(true);
    const [fromSousPrefecture] = await exportAll(sousPrefecture, [withTwo.id]);
    const [fromPrefecture] = await exportAll(prefecture, [withTwo.id]);
    const preview = await prepareImport(prefecture, blobSource(fromSousPrefecture!.file), trusting);
    if (preview.status !== 'ready') throw new Error(preview.status);
    expect(preview.items[0]!.deletions).toEqual(['Action « Permanences juridiques »']);
    expect((await confirmImport(prefecture, preview)).status).toBe('imported');
    expect((await importBundle(sousPrefecture, blobSource(fromPrefecture!.file), trusting)).status).toBe('imported');

    for (const context of [prefecture, sousPrefecture]) {
      const [conflict] = await getDeletionConflicts(context, withTwo.id);
      expect(conflict).toMatchObject({
        libelle: 'Action « Permanences juridiques »',
        deletedBy: 'Paul Durand (Sous-préfecture de Vienne)',
        editedBy: { nom: 'Claire Martin', site: 'Préfecture de l’Isère' },
        edited: { id: 'autre', description: 'Revue par la préfecture' },
      });
    }
    const [conflict] = await getDeletionConflicts(prefecture, withTwo.id);
    expect((await editDossier(prefecture, withTwo.id, resolveDeletion(conflict!, 'restore'), 'Rétablie')).ok).toBe(
      true,
    );
    const restored = (await getDossier(prefecture.db, withTwo.id))!;
    expect(restored.actions.find((a) => a.id === 'autre')?.description).toBe('Revue par la préfecture');
    expect(await getDeletionConflicts(prefecture, withTwo.id)).toEqual([]);
  });
});

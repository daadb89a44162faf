import { blobSource } from '../../../shared/bundle/byte-source';
import { generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDossier, listDossierViews, storeDossiers } from '../../../renderer/db/dossiers-repository';
import { storeDocumentVersion } from '../../../renderer/db/documents-repository';
import {
  dossiersChangedSince,
  lastExportTo,
  packBySize,
  prepareExport,
  recordExport,
} from '../../../renderer/db/export-bundle';
import { confirmImport, importBundle, prepareImport } from '../../../renderer/db/import-bundle';
import { verifyBundle } from '../../../shared/bundle/verify-bundle';
import { demoDossiers } from '../helpers/demo';
import { testContext } from '../helpers/test-context';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = {
  publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  sign: async (bytes: Uint8Array) => new Uint8Array(sign(null, bytes, privateKey)),
};

/** A context whose ids are UUIDs, as bundle ids must be. */
const trusting = { askUnknownSender: async () => true };

function exportContext() {
  return { ...testContext(), newId: () => crypto.randomUUID() };
}

function request(ids: string[], extra: Partial<Parameters<typeof prepareExport>[1]> = {}) {
  return {
    dossierIds: ids,
    recipient: 'Préfecture de l’Isère',
    departement: '38',
    withScans: true,
    ...signer,
    ...extra,
  };
}

async function addScan(context: ReturnType<typeof exportContext>, dossierId: string, size: number) {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
  await storeDocumentVersion(
    context.db,
    {
      dossierId,
      kind: 'signed-scan',
      year: null,
      author: 'Claire Martin',
      createdAt: context.now().toISOString(),
      files: [{ format: 'pdf', name: (v) => `contrat-signe-v${v}.pdf`, bytes }],
    },
    context.newId,
  );
}

describe('export', () => {
  it('splits a large export into bundles that each stand alone and stay under the limit', async () => {
    const context = exportContext();
    const dossiers = demoDossiers({ count: 5 });
    await storeDossiers(context, dossiers);
    for (const dossier of dossiers) await addScan(context, dossier.id, 300_000);
    const ids = dossiers.map((d) => d.id);
    const progress: number[] = [];
    const whole = await prepareExport(
      context,
      request(ids, { onProgress: (done, total) => progress.push(done / total) }),
    );
    expect(whole).toHaveLength(1);
    expect(whole[0]!.size).toBeGreaterThan(1_500_000);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const parts = await prepareExport(context, request(ids, { splitAbove: 700_000 }));
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts.flatMap((p) => p.dossierIds).sort()).toEqual([...ids].sort());
    for (const part of parts) {
      expect(part.size).toBeLessThanOrEqual(700_000);
      const verified = await verifyBundle(blobSource(part.file));
      expect(verified.dossiers.map((d) => d.dossier.id)).toEqual([...part.dossierIds].sort());
    }
    expect(new Set(parts.map((p) => p.name)).size).toBe(parts.length);
    expect(parts[0]!.name).toMatch(new RegExp(`-1sur${parts.length}\\.ctai$`));

    // The parts share one sequence number: imported in any order, none is refused as a replay.
    const receiver = exportContext();
    for (const part of [...parts].reverse())
      expect((await importBundle(receiver, blobSource(part.file), trusting)).status, part.name).toBe('imported');
    expect(await receiver.db.dossiers.count()).toBe(ids.length);

    const withoutScans = await prepareExport(context, request(ids, { withScans: false }));
    expect(withoutScans[0]!.scanBytes).toBe(0);
    expect(withoutScans[0]!.size).toBeLessThan(300_000);
  });

  it('packs items in order, a larger one alone', () => {
    expect(packBySize([3, 3, 3, 9, 1, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1, 1]]);
  });

  it('selects the dossiers changed since the last bundle saved for a recipient', async () => {
    const context = exportContext();
    const dossiers = demoDossiers({ count: 3 });
    await storeDossiers(context, dossiers);
    expect(await lastExportTo(context, 'Préfecture de l’Isère')).toBeNull();
    expect((await dossiersChangedSince(context, null)).sort()).toEqual(dossiers.map((d) => d.id).sort());

    context.tick();
    const [bundle] = await prepareExport(context, request(dossiers.map((d) => d.id)));
    expect(await lastExportTo(context, 'Préfecture de l’Isère')).toBeNull(); // Prepared is not sent.
    await recordExport(context, bundle!, 'a'.repeat(64));
    const sent = await lastExportTo(context, '  préfecture de l’isère ');
    expect(sent).toBe(context.now().toISOString());
    expect(await dossiersChangedSince(context, sent)).toEqual([]);

    context.tick();
    const edited = await editDossier(
      context,
      dossiers[1]!.id,
      [{ op: 'set', path: ['diagnostic', 'synthese'], value: 'Relancé' }],
      'n',
    );
    expect(edited.ok).toBe(true);
    expect(await dossiersChangedSince(context, sent)).toEqual([dossiers[1]!.id]);
    expect(await lastExportTo(context, 'Sous-préfecture de Vienne')).toBeNull();
  });
});

describe('export then import', () => {
  it('gives back the same dossiers, whatever they are, encrypted or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        async (seed, count, encrypted) => {
          const sender = exportContext();
          const dossiers = demoDossiers({ count, seed });
          await storeDossiers(sender, dossiers);
          const passphrase = encrypted ? 'quatre mots sans rapport' : undefined;
          const [bundle] = await prepareExport(
            sender,
            request(
              dossiers.map((d) => d.id),
              passphrase ? { passphrase } : {},
            ),
          );
          const receiver = exportContext();
          const outcome = await importBundle(receiver, blobSource(bundle!.file), {
            ...trusting,
            ...(passphrase ? { passphrase } : {}),
          });
          expect(outcome.status).toBe('imported');
          const byId = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
          expect(byId(await listDossierViews(receiver.db))).toEqual(byId(await listDossierViews(sender.db)));
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('import after a preview', () => {
  it('writes the preview’s merge, unless a received dossier changed locally in between', async () => {
    const sender = exportContext();
    const dossiers = demoDossiers({ count: 2, seed: 3 });
    await storeDossiers(sender, dossiers);
    // The receiver holds the sender's documents (a first exchange), so that both share one history.
    const [first] = await prepareExport(sender, request(dossiers.map((d) => d.id)));
    const receiver = exportContext();
    expect((await importBundle(receiver, blobSource(first!.file), trusting)).status).toBe('imported');
    const [prepared] = await prepareExport(sender, request(dossiers.map((d) => d.id)));
    const preview = await prepareImport(receiver, blobSource(prepared!.file));
    if (preview.status !== 'ready') throw new Error(preview.status);
    // The preview holds its dossiers, not every file verification read.
    expect(preview.bundle.files.size).toBe(0);
    expect(preview.bundle.dossiers).toHaveLength(2);
    expect(preview.items.map((item) => item.status)).toEqual(['unchanged', 'unchanged']);
    // The agent edits one of the dossiers while the preview is shown: the import keeps the edit.
    const edited = await editDossier(
      receiver,
      dossiers[0]!.id,
      [{ op: 'set', path: ['collectivite', 'arrondissement'], value: 'Édité pendant l’aperçu' }],
      'Arrondissement',
    );
    expect(edited.ok).toBe(true);
    expect((await confirmImport(receiver, preview)).status).toBe('imported');
    const stored = (await listDossierViews(receiver.db)).find((d) => d.id === dossiers[0]!.id)!;
    expect(stored.collectivite.arrondissement).toBe('Édité pendant l’aperçu');
  });
});

import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dumpDatabase, readBackup, restoreDatabase, writeBackup, type BackupSigner } from '../../../renderer/db/backup';
import { CtaiDatabase } from '../../../renderer/db/database';
import { migrationPending, openAsStored, storedSchemaVersion } from '../../../renderer/db/stored-database';
import { storeDocumentVersion } from '../../../renderer/db/documents-repository';
import { createDossier, editDossier, getDossier } from '../../../renderer/db/dossiers-repository';
import { importBundle } from '../../../renderer/db/import-bundle';
import { setAgentIdentity } from '../../../renderer/db/settings-repository';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema-versions';
import { writeBag } from '../../../shared/bundle/write-bundle';
import { V1_DOSSIERS } from '../../fixtures/v1-dossiers';
import { testContext } from '../helpers/test-context';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const signer = (passphrase: string | null = null): BackupSigner => ({
  author: { nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' },
  publicKey: new Uint8Array(publicKey.export({ format: 'der', type: 'spki' })),
  sign: async (bytes) => new Uint8Array(sign(null, bytes, privateKey)),
  passphrase,
});
const NAME = 'CTAI_sauvegarde_2026-11-23T09-00-00-000Z_quotidienne.ctai';
const AT = new Date('2026-11-23T09:00:00Z');
let counter = 0;

async function filledDatabase() {
  const context = testContext({ db: new CtaiDatabase(`sauvegarde-${process.pid}-${++counter}`) });
  const created = await createDossier(context, { nom: 'Tours', type: 'commune' });
  if (!created.ok) throw new Error('création');
  const id = created.dossier.id;
  await editDossier(context, id, [{ op: 'set', path: ['diagnostic', 'synthese'], value: 'Besoins en logement' }], 's');
  await storeDocumentVersion(
    context.db,
    {
      dossierId: id,
      kind: 'signed-scan',
      year: null,
      author: 'Claire Martin',
      createdAt: AT.toISOString(),
      files: [{ format: 'pdf', name: () => 'contrat-signe.pdf', bytes: new TextEncoder().encode('%PDF-1.7 scan') }],
    },
    context.newId,
  );
  await setAgentIdentity(context.db, signer().author);
  return { context, id };
}

async function everything(db: CtaiDatabase) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('backups of the whole database', () => {
  it('restore every table, binaries included, after the database was changed', async () => {
    const { context, id } = await filledDatabase();
    const before = await everything(context.db);
    const dump = await dumpDatabase(context.db);
    expect(dump.version).toBe(LATEST_SCHEMA_VERSION);
    expect([...dump.payload.keys()].some((p) => p.endsWith('.pdf'))).toBe(true);
    const sealedKey = new TextEncoder().encode('clé scellée par le système');
    const bytes = await writeBackup(dump, sealedKey, NAME, AT, signer());

    context.tick();
    await editDossier(context, id, [{ op: 'set', path: ['diagnostic', 'synthese'], value: 'Changé après' }], 's');
    await context.db.documents.clear();
    const name = context.db.name;
    context.db.close();

    const backup = await readBackup(bytes);
    expect(backup.sealedKey).toEqual(sealedKey);
    await restoreDatabase(name, backup);
    const restored = new CtaiDatabase(name);
    expect(await everything(restored)).toEqual(before);
    expect((await getDossier(restored, id))?.diagnostic.synthese).toBe('Besoins en logement');
    restored.close();
  });

  it('are encrypted with the backup passphrase when there is one', async () => {
    const { context } = await filledDatabase();
    const sealedKey = new TextEncoder().encode('clé scellée par le système');
    const bytes = await writeBackup(
      await dumpDatabase(context.db),
      sealedKey,
      NAME,
      AT,
      signer('phrase de sauvegarde'),
    );
    expect(Buffer.from(bytes).includes(Buffer.from(sealedKey))).toBe(false);
    await expect(readBackup(bytes)).rejects.toMatchObject({ code: 'bundle-passphrase-required' });
    await expect(readBackup(bytes, 'une autre phrase')).rejects.toMatchObject({ code: 'bundle-wrong-passphrase' });
    const backup = await readBackup(bytes, 'phrase de sauvegarde');
    expect(backup.tables.get('dossiers')).toHaveLength(1);
    expect(backup.sealedKey).toEqual(sealedKey);
  });

  it('are refused when altered, and are never imported as an exchange', async () => {
    const { context } = await filledDatabase();
    const bytes = await writeBackup(await dumpDatabase(context.db), null, NAME, AT, signer());
    // The scan is stored as it is (a PDF is not deflated): change one of its bytes.
    const altered = bytes.slice();
    const at = Buffer.from(altered).indexOf('%PDF-1.7 scan') + 5;
    expect(at).toBeGreaterThan(4);
    altered[at] = altered[at]! ^ 0xff;
    await expect(readBackup(altered)).rejects.toMatchObject({ code: 'bundle-payload-hash-mismatch' });
    const exchange = await writeBag({
      name: 'CTAI_38_Test_2026-11-23_1',
      bundleId: crypto.randomUUID(),
      sequence: 1,
      createdAt: AT,
      sender: signer().author,
      recipient: '',
      payload: new Map(),
      dossierCount: 0,
      publicKey: signer().publicKey,
      sign: signer().sign,
    });
    await expect(readBackup(exchange)).rejects.toThrow(/Ce fichier est un échange, pas une sauvegarde/);
    const other = testContext();
    const outcome = await importBundle(other, bytes, { askUnknownSender: async () => true });
    expect(outcome).toMatchObject({ status: 'refused', error: { code: 'bundle-is-backup' } });
    expect(await other.db.dossiers.count()).toBe(0);
  });

  it('taken before a migration, from the database as stored, restore through the migration', async () => {
    const name = `avant-migration-${process.pid}-${++counter}`;
    const v1 = new CtaiDatabase(name, {}, SCHEMA_VERSIONS.slice(0, 1));
    await v1.table('dossiers').bulkAdd(V1_DOSSIERS);
    v1.close();
    expect(await storedSchemaVersion(name)).toBe(1);
    expect(await storedSchemaVersion(`${name}-absente`)).toBe(0);
    expect(await migrationPending(name)).toBe(true);
    expect(await migrationPending(`${name}-absente`)).toBe(false);
    const stored = await openAsStored(name);
    const bytes = await writeBackup(await dumpDatabase(stored), null, NAME, AT, signer());
    stored.close();

    const migrated = new CtaiDatabase(name);
    await migrated.dossiers.clear();
    expect(await migrated.dossiers.count()).toBe(0);
    migrated.close();

    const backup = await readBackup(bytes);
    expect(backup.version).toBe(1);
    expect(backup.sealedKey).toBeNull();
    await restoreDatabase(name, backup);
    const after = new CtaiDatabase(name);
    expect(await storedSchemaVersion(name)).toBe(LATEST_SCHEMA_VERSION);
    expect(await migrationPending(name)).toBe(false);
    expect((await getDossier(after, 'a'))?.collectivite.nom).toBe('Clermont-Ferrand');
    after.close();
  });
});

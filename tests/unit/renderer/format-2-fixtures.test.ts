// The files of today's format, kept in tests/fixtures/format-2 as this version wrote them, open in
// every later version: an exchange (dossiers, histories, a deletion's tombstone, documents with
// their signed version and scan), a backup of the whole database, and an exchange from a later
// version whose dossier carries fields this one does not know — kept, edited around, and sent on
// byte for byte.
import { blobSource } from '../../../shared/bundle/byte-source';
import { generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBackup, restoreDatabase } from '../../../renderer/db/backup';
import { CtaiDatabase } from '../../../renderer/db/database';
import { listDocuments } from '../../../renderer/db/documents-repository';
import { editDossier, getDossier } from '../../../renderer/db/dossiers-repository';
import { prepareExport } from '../../../renderer/db/export-bundle';
import { proveReceivedHistories } from '../../../renderer/db/history-proof';
import { importBundle } from '../../../renderer/db/import-bundle';
import { verifyBundle } from '../../../shared/bundle/verify-bundle';
import { fingerprint, pemToSpki } from '../../../shared/bundle/bytes';
import { contractYears, stateCommitment } from '../../../shared/dossier/commitment';
import { DOSSIER_FORMAT_VERSION } from '../../../shared/dossier/dossier-schema';
import { docToJson, loadDossierDoc } from '../../../shared/sync/dossier-doc';
import { UNKNOWN_FIELDS, valueAtPath } from '../../fixtures/format-2/unknown-fields';
import { testContext } from '../helpers/test-context';

const FIXTURES = 'tests/fixtures/format-2';
const read = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}/${name}`));
const expected = JSON.parse(readFileSync(`${FIXTURES}/expected.json`, 'utf8')) as {
  id: string;
  numero: string;
  nom: string;
  etape: string | null;
  actions: string[];
  etat: [number, number][];
  documents: unknown[][];
}[];
const trusting = { askUnknownSender: async () => true };
const site = (db?: CtaiDatabase) => ({ ...testContext(db ? { db } : {}), newId: () => crypto.randomUUID() });

/** Each dossier of a database as expected.json describes it (amounts recomputed by this version). */
async function described(db: CtaiDatabase, id: string) {
  const view = (await getDossier(db, id))!;
  return {
    id: view.id,
    numero: view.numero,
    nom: view.collectivite.nom,
    etape: view.workflow.etape,
    actions: view.actions.map((a) => a.intitule),
    etat: contractYears(view).map((annee) => [annee, stateCommitment(view, annee).total]),
    documents: (await listDocuments(db, id)).map((r) => [r.kind, r.version, r.format, r.signed, r.sha256]).sort(),
  };
}

/** A member of pretty-printed JSON (two spaces per level), as the bundle writer lays it out. */
/** A member of a dossier's JSON as the fixture's version wrote it (indented) and as this one does (not). */
function memberText(path: (string | number)[], value: unknown, indented: boolean): string {
  if (!indented) return `"${String(path.at(-1))}":${JSON.stringify(value)}`;
  const indent = '  '.repeat(path.length);
  return `${indent}"${String(path.at(-1))}": ${JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)}`;
}

/** A payload file of a bundle, as written in it. */
const bundleFile = (bundle: Uint8Array, suffix: string) =>
  Object.entries(unzipSync(bundle)).find(([path]) => path.endsWith(suffix))![1];

const dossierFileText = (bundle: Uint8Array, id: string) =>
  new TextDecoder().decode(bundleFile(bundle, `data/dossiers/${id}.json`));

describe('format 2 fixtures', () => {
  it('the exchange of today imports with its dossiers, amounts, tombstone and documents as they were', async () => {
    const context = site();
    const outcome = await importBundle(context, read('bundle-format-1.ctai'), trusting);
    expect(outcome.status).toBe('imported');
    for (const dossier of expected) {
      const { documents, ...rest } = await described(context.db, dossier.id);
      // Documents arrive as received copies: the same files, hashes, versions and signed flag.
      expect({ ...rest, documents }).toEqual(dossier);
      expect((await getDossier(context.db, dossier.id))!.formatVersion).toBe(DOSSIER_FORMAT_VERSION);
    }
    const withTombstone = (await Promise.all(expected.map((d) => getDossier(context.db, d.id)))).filter(
      (d) => d!.suppressions.length > 0,
    );
    expect(withTombstone.map((d) => d!.suppressions[0]!.par)).toEqual(['Nadia Benali (Sous-préfecture de Chinon)']);
    expect((await proveReceivedHistories(context)).withdrawn).toEqual([]);
  });

  it('the backup of today’s database restores with every dossier and document, and stays editable', async () => {
    const name = `fixture-backup-${Date.now()}`;
    await restoreDatabase(name, await readBackup(read('backup-schema-5.ctai')));
    const db = new CtaiDatabase(name);
    const context = site(db);
    for (const dossier of expected) {
      expect(await described(db, dossier.id)).toEqual(dossier);
      const edited = await editDossier(
        context,
        dossier.id,
        [{ op: 'set', path: ['diagnostic', 'synthese'], value: 'Relu après restauration.' }],
        'Relecture',
      );
      expect(edited.ok).toBe(true);
    }
    await db.delete();
  });

  it('fields of a later version are kept through import, edit and export, byte for byte', async () => {
    const fixture = read('bundle-format-1.3-unknown-fields.ctai');
    const sent = await verifyBundle(fixture, {
      knownKeys: [
        {
          name: 'Sous-préfecture de Chinon',
          fingerprint: await fingerprint(pemToSpki(readFileSync(`${FIXTURES}/sender-public-key.pem`, 'utf8'))!),
          revoked: false,
        },
      ],
      requireKnownSender: true,
    });
    expect(sent.info.formatMinor).toBe(3);
    const id = sent.dossiers[0]!.dossier.id;
    const sentText = dossierFileText(fixture, id);

    const context = site();
    expect((await importBundle(context, fixture, trusting)).status).toBe('imported');
    const stored = (await getDossier(context.db, id))!;
    for (const { path, value } of UNKNOWN_FIELDS) expect(valueAtPath(stored, path), path.join('.')).toEqual(value);
    expect((await proveReceivedHistories(context)).withdrawn).toEqual([]);

    // Edited here, in the same objects and lists that hold the unknown fields.
    const edited = await editDossier(
      context,
      id,
      [
        { op: 'set', path: ['collectivite', 'population'], value: 4321 },
        { op: 'set', path: ['actions', 0, 'intitule'], value: 'Intitulé revu' },
        { op: 'set', path: ['actions', 0, 'budgets', 0, 'coutTotal'], value: 1_234_500 },
      ],
      'Revu ici',
    );
    expect(edited.ok).toBe(true);

    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const spki = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }));
    const [bundle] = await prepareExport(context, {
      dossierIds: [id],
      recipient: 'Sous-préfecture de Chinon',
      departement: '37',
      withScans: true,
      publicKey: spki,
      sign: async (bytes) => new Uint8Array(sign(null, bytes, privateKey)),
    });
    await verifyBundle(blobSource(bundle!.file));
    const outBytes = new Uint8Array(await bundle!.file.arrayBuffer());
    const outText = dossierFileText(outBytes, id);
    const history = docToJson(loadDossierDoc(bundleFile(outBytes, `data/dossiers/${id}.automerge`)));
    for (const { path, value } of UNKNOWN_FIELDS) {
      expect(sentText, path.join('.')).toContain(memberText(path, value, true));
      expect(outText, path.join('.')).toContain(memberText(path, value, false));
      expect(valueAtPath(history, path), path.join('.')).toEqual(value);
    }
    expect(JSON.parse(outText).actions[0].intitule).toBe('Intitulé revu');
  });
});

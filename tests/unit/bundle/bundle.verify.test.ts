import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/db/import-bundle';
import { createDossier } from '../../../renderer/db/dossiers-repository';
import { fingerprint } from '../../../shared/bundle/bytes';
import { verifyBundle } from '../../../shared/bundle/verify-bundle';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import { corpusDossier, makeCorpus, testKey, type CorpusCase, type TestKey } from '../../bundle-corpus/make-corpus';
import { runCli } from '../helpers/run-cli';
import { testContext } from '../helpers/test-context';

let key: TestKey;
let corpus: CorpusCase[];

beforeAll(async () => {
  key = testKey();
  corpus = await makeCorpus(key, testKey());
}, 60_000);

async function knownKeys(item?: CorpusCase) {
  return [{ name: 'Préfecture de l’Isère', fingerprint: await fingerprint(key.spki), revoked: !!item?.revoke }];
}

async function validBundle() {
  const dossier = corpusDossier();
  const doc = saveDossierDoc(
    createDossierDoc(dossier, { author: { nom: 'A', service: '', site: 'S' }, summary: 's', paths: [] }, new Date()),
  );
  const bytes = await writeBundle({
    name: 'CTAI_38_Test_2026-03-01_4',
    bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
    sequence: 4,
    createdAt: new Date('2026-03-01T10:00:00Z'),
    sender: { nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' },
    recipient: 'Sous-préfecture de Vienne',
    dossiers: [{ dossier, doc, attachments: [{ name: 'scan.pdf', bytes: new TextEncoder().encode('%PDF-1.7') }] }],
    publicKey: key.spki,
    sign: async (message) => new Uint8Array(sign(null, message, key.privateKey)),
  });
  return { dossier, doc, bytes };
}

describe('bundle verification', () => {
  it('reads back a bundle it wrote, with its dossiers, history and attachments', async () => {
    const { dossier, doc, bytes } = await validBundle();
    const bundle = await verifyBundle(bytes, { knownKeys: await knownKeys(), requireKnownSender: true });
    expect(bundle.info).toMatchObject({
      sequence: 4,
      recipient: 'Sous-préfecture de Vienne',
      sender: { nom: 'Claire Martin' },
    });
    expect(bundle.sender.known?.name).toBe('Préfecture de l’Isère');
    expect(bundle.dossiers).toHaveLength(1);
    expect(bundle.dossiers[0]!.dossier).toEqual(dossier);
    expect(bundle.dossiers[0]!.doc).toEqual(doc);
    expect(bundle.dossiers[0]!.attachments.map((a) => a.name)).toEqual(['scan.pdf']);
  });

  it('has a corpus of at least thirty malformed or malicious bundles, each with its own refusal', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('refuses every bundle of the corpus, with a French message saying what is wrong', async () => {
    const messages = new Map<string, string>();
    for (const item of corpus) {
      const refusal = await verifyBundle(item.bytes, {
        knownKeys: await knownKeys(item),
        requireKnownSender: !!item.requireKnown,
      }).then(
        () => null,
        (error: unknown) => error as { code: string; message: string },
      );
      expect(refusal?.code, item.name).toBe(item.code);
      expect(refusal?.message, item.name).toMatch(/[éèà’]|refus|manque|abîm/);
      messages.set(item.code, refusal!.message);
    }
    expect(messages.size).toBeGreaterThanOrEqual(20);
  });

  it('is refused by the command line too, exit code 1 and the reason on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-corpus-'));
    writeFileSync(path.join(dir, 'cle.pem'), key.pem);
    for (const item of corpus) {
      const file = path.join(dir, `${item.name}.ctai`);
      writeFileSync(file, item.bytes);
      const trust = item.requireKnown ? ['--trust', path.join(dir, 'cle.pem')] : [];
      const { code, err } = await runCli('bundle', 'verify', file, ...trust);
      if (item.revoke) continue; // The command line keeps no revocation list; the app does (next test).
      expect(code, item.name).toBe(1);
      expect(err, item.name).toContain(`[${item.code}]`);
    }
  });

  it('is accepted by the command line from a trusted key, several keys given after one --trust', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-trust-'));
    const file = path.join(dir, 'echange.ctai');
    writeFileSync(file, (await validBundle()).bytes);
    writeFileSync(path.join(dir, 'cle.pem'), key.pem);
    writeFileSync(path.join(dir, 'autre.pem'), testKey().pem);
    const both = await runCli(
      'bundle',
      'verify',
      file,
      '--trust',
      path.join(dir, 'autre.pem'),
      path.join(dir, 'cle.pem'),
    );
    expect(both).toMatchObject({ code: 0, err: '' });
    expect(both.out).toMatch(/^Échange valide : 1 dossier, signé par Claire Martin/);
    const other = await runCli('bundle', 'verify', '--trust', path.join(dir, 'autre.pem'), file);
    expect(other.code).toBe(1);
    expect(other.err).toContain('[bundle-untrusted-sender]');
    writeFileSync(path.join(dir, 'privee.pem'), key.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const secret = await runCli('bundle', 'verify', file, '--trust', path.join(dir, 'privee.pem'));
    expect(secret.code).not.toBe(0);
    expect(secret.err).toContain('est une clé privée');
    const extra = await runCli('bundle', 'verify', file, path.join(dir, 'autre.ctai'));
    expect(extra.code).not.toBe(0);
    expect(extra.err).toContain('Un seul échange à la fois');
  });

  it('is refused by the app, which leaves every dossier as it was', async () => {
    const context = testContext();
    await createDossier(context, { nom: 'Vienne', type: 'commune' });
    const snapshot = async () => ({
      dossiers: await context.db.dossiers.toArray(),
      views: await context.db.dossierViews.toArray(),
      docs: await context.db.dossierDocs.toArray(),
      received: await context.db.receivedBundles.toArray(),
    });
    const before = await snapshot();
    for (const item of corpus) {
      const outcome = await importBundle(context, item.bytes, { knownKeys: await knownKeys(item) });
      if (item.requireKnown) {
        // The app shows an unknown sender's fingerprint for comparison instead of refusing outright.
        expect(outcome.status, item.name).toBe('imported');
        await context.db.dossiers.clear();
        await context.db.dossierViews.clear();
        await context.db.dossierDocs.clear();
        await context.db.receivedBundles.clear();
        await context.db.dossiers.bulkAdd(before.dossiers);
        await context.db.dossierViews.bulkAdd(before.views);
        await context.db.dossierDocs.bulkAdd(before.docs);
        continue;
      }
      expect(outcome.status, item.name).toBe('refused');
      expect(outcome.status === 'refused' && outcome.error.code, item.name).toBe(item.code);
      expect(await snapshot(), item.name).toEqual(before);
    }
    const journal = await context.db.journal.toArray();
    expect(journal.filter((line) => line.result.startsWith('refusé')).length).toBe(corpus.length - 1);
    await context.db.delete();
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash, sign } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/db/import-bundle';
import { createDossier } from '../../../renderer/db/dossiers-repository';
import { addCorrespondent, getCorrespondents, revokeCorrespondent } from '../../../renderer/db/settings-repository';
import { journalResultText } from '../../../renderer/src/exchanges/journal-text';
import { REFUSAL_TEXT } from '../../../shared/bundle/refusal-text';
import { fingerprint } from '../../../shared/bundle/bytes';
import { verifyBundle } from '../../../shared/bundle/verify-bundle';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import {
  CORPUS_SCAN,
  corpusDossier,
  makeCorpus,
  testKey,
  type CorpusCase,
  type TestKey,
} from '../../bundle-corpus/make-corpus';
import { runCli } from '../helpers/run-cli';
import { testContext } from '../helpers/test-context';
import { scanDocument } from '../helpers/scan-document';

let key: TestKey;
let otherKey: TestKey;
let corpus: CorpusCase[];

beforeAll(async () => {
  key = testKey();
  otherKey = testKey();
  corpus = await makeCorpus(key, otherKey);
}, 60_000);

const NAME = 'CTAI_38_Prefecture-de-l-Isere_2026-03-01_1';
const ID = '8a96afce-9c68-4467-ac04-cc5e2dd54997';
const SCAN = `data/documents/${ID}/${createHash('sha256').update(CORPUS_SCAN).digest('hex')}.pdf`;
const SIGNATURE =
  'La signature de l’échange ne correspond pas à son contenu : le fichier a été modifié ou abîmé. Ne l’importez pas ; demandez à l’expéditeur de le renvoyer.';
const NOT_ZIP =
  'Ce fichier n’est pas un échange CTAI : ce n’est pas une archive ZIP. Vérifiez que c’est bien le fichier .ctai reçu ; sinon, demandez à l’expéditeur de le renvoyer.';
const TRUNCATED =
  'L’archive est tronquée ou abîmée (fin d’archive introuvable) : demandez à l’expéditeur de la renvoyer.';
const OXUM =
  'Le nombre ou la taille des fichiers ne correspond pas à ce qu’annonce l’échange. Demandez à l’expéditeur de le renvoyer.';
const RESEND = 'Demandez à l’expéditeur de le refaire depuis Contrats CTAI.';
const NEWER = 'Il vient d’une version plus récente de Contrats CTAI (format 1.3) : installez-la pour l’ouvrir.';
const NOT_ONE_BAG =
  'L’archive ne contient pas un seul dossier d’échange (sac BagIt) : elle est refusée. Demandez à l’expéditeur de la renvoyer.';

/** The sentence each case of the corpus is refused with, written by hand (the unknown key's depends on its fingerprint). */
const REFUSALS: Record<string, string | ((otherPrint: string) => string)> = {
  'not-a-zip': NOT_ZIP,
  'empty-file':
    'Ce fichier est vide : ce n’est pas un échange CTAI. Demandez à l’expéditeur de le renvoyer ; s’il vient d’une clé USB, vérifiez qu’elle a été retirée proprement.',
  'truncated-end': TRUNCATED,
  'truncated-half': TRUNCATED,
  'tampered-payload-json': `Le fichier « data/dossiers/${ID}.json » a été modifié ou abîmé : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'tampered-payload-json-unreadable': `Le fichier « data/dossiers/${ID}.json » a été modifié ou abîmé : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'payload-does-not-inflate': `L’archive est abîmée : le fichier « ${NAME}/data/documents/${ID}/index.json » ne peut pas être décompressé. Demandez à l’expéditeur de la renvoyer.`,
  'local-header-outside': `L’archive est abîmée : le fichier « ${NAME}/data/dossiers/${ID}.json » ne peut pas être décompressé. Demandez à l’expéditeur de la renvoyer.`,
  'tampered-payload-longer': OXUM,
  'tampered-payload-history': `Le fichier « data/dossiers/${ID}.automerge » a été modifié ou abîmé : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'tampered-attachment': `Le fichier « ${SCAN} » a été modifié ou abîmé : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'tampered-manifest':
    'Le fichier manifest-sha256.txt a été modifié depuis la signature : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
  'tampered-bag-info':
    'Le fichier bag-info.txt a été modifié depuis la signature : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
  'tampered-tag-manifest': SIGNATURE,
  'tampered-signature': SIGNATURE,
  'short-signature': SIGNATURE,
  'key-swapped': SIGNATURE,
  'key-not-pem':
    'La clé publique de l’expéditeur est illisible : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
  'signed-by-unknown-key': (print) =>
    `L’expéditeur (empreinte ${print}) ne figure pas parmi les correspondants de confiance.`,
  'revoked-key':
    'La clé de Préfecture de l’Isère a été révoquée : ses échanges ne sont plus acceptés. Demandez-lui sa nouvelle clé.',
  'path-traversal': `L’archive tente de sortir de son dossier (« ${NAME}/data/../../evil.sh ») : elle est refusée. Demandez à l’expéditeur de le renvoyer.`,
  'path-traversal-at-root':
    'L’archive tente de sortir de son dossier (« ../evil.sh ») : elle est refusée. Demandez à l’expéditeur de le renvoyer.',
  'absolute-path':
    'L’archive contient un chemin absolu (« /etc/cron.d/evil ») : elle est refusée. Demandez à l’expéditeur de le renvoyer.',
  'drive-letter':
    'L’archive contient un chemin absolu (« C:/Windows/evil.bat ») : elle est refusée. Demandez à l’expéditeur de le renvoyer.',
  'backslash-name': `L’archive contient une barre oblique inverse (« ${NAME}\\data\\evil.txt ») : elle est refusée. Demandez à l’expéditeur de le renvoyer.`,
  'control-character-name': `Le nom « ${NAME}/data/a\u0007b.txt » contient des caractères interdits. Demandez à l’expéditeur de le renvoyer.`,
  'not-nfc-name': `Le nom « ${NAME}/data/cafe\u0301.txt » n’est pas normalisé : l’archive est refusée. Demandez à l’expéditeur de le renvoyer.`,
  // Names are cut at 80 characters in messages.
  'duplicate-entry': `Le fichier « ${NAME}/data/dossiers/${ID}.json » figure deux fois dans l’archive : elle est refusée. Demandez à l’expéditeur de le renvoyer.`,
  symlink: `L’archive contient un lien symbolique (« ${NAME}/data/link ») : elle est refusée. Demandez à l’expéditeur de le renvoyer.`,
  'unlisted-file':
    'Le fichier « data/extra.txt » n’est pas déclaré dans le manifeste : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
  'missing-manifest':
    'Le fichier manifest-sha256.txt manque : ce n’est pas un échange CTAI complet. Demandez à l’expéditeur de le renvoyer.',
  'missing-signature':
    'Le fichier signature.ed25519 manque : ce n’est pas un échange CTAI complet. Demandez à l’expéditeur de le renvoyer.',
  'listed-file-missing': `Le fichier « ${SCAN} » déclaré dans le manifeste manque. Demandez à l’expéditeur de le renvoyer.`,
  'name-not-declared-utf8':
    'Un nom de fichier de l’archive n’est pas déclaré en UTF-8 : il serait lu de deux façons. L’archive est refusée. Demandez à l’expéditeur de le renvoyer.',
  'two-bags': NOT_ONE_BAG,
  'file-at-root': NOT_ONE_BAG,
  'zip-bomb': `Le fichier « ${NAME}/data/bombe.bin » se décompresse en une taille démesurée : l’archive est refusée par sécurité. Demandez à l’expéditeur de le renvoyer.`,
  'future-format-version':
    'Cet échange est au format 7, qu’une version plus récente de Contrats CTAI a écrit : cette application (format 1, depuis la version 0.1) ne sait pas le lire. Installez Contrats CTAI 4.1 ou une version plus récente pour l’ouvrir.',
  // A sender naming a reader version this application already is: the latest version, then.
  'future-format-version-same-reader':
    'Cet échange est au format 2, qu’une version plus récente de Contrats CTAI a écrit : cette application (format 1, depuis la version 0.1) ne sait pas le lire. Installez la dernière version de Contrats CTAI pour l’ouvrir.',
  'bag-info-without-id': `Les informations de l’échange (${NAME}/bag-info.txt) sont incomplètes ou invalides : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'wrong-payload-oxum': OXUM,
  'bagit-version-0.97':
    'Le fichier bagit.txt n’annonce pas un sac BagIt 1.0 : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
  'schema-invalid-dossier': `Le dossier ${ID} n’est pas valide (Code INSEE doit comporter 5 caractères (par exemple 38185 ou 2A004).) : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'dossier-not-json': `Le dossier ${ID} n’est pas un JSON lisible : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'dossier-id-mismatch': `Le dossier ${ID} porte un autre identifiant (autre-id) : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'history-missing': `L’historique du dossier ${ID} manque : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'unknown-payload-file': `Le fichier « data/notes/lisez-moi.txt » ne fait pas partie du format des échanges : l’échange est refusé. ${RESEND}`,
  'unknown-payload-file-newer-minor': `Le fichier « data/notes/lisez-moi.txt » ne fait pas partie du format des échanges : l’échange est refusé. ${NEWER}`,
  'dossier-id-not-a-file-name': `Le fichier « data/dossiers/autre.dossier.automerge » ne fait pas partie du format des échanges : l’échange est refusé. ${RESEND}`,
  'history-without-dossier':
    'Le dossier autre-dossier a un historique ou des documents mais pas sa fiche (JSON) : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.',
  'dossier-json-differs-from-history':
    'La fiche du dossier Commune falsifiée ne correspond pas à son historique : l’échange est refusé, rien n’a été enregistré. Demandez à l’expéditeur de le renvoyer depuis Contrats CTAI.',
  'dossier-count-differs':
    'L’échange annonce 2 dossiers mais en contient 1 : il est refusé. Demandez à l’expéditeur de le renvoyer.',
  'document-unlisted': `Les documents du dossier ${ID} contiennent un fichier non déclaré (« annexe.pdf ») : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'document-listed-absent': `Les documents du dossier ${ID} annoncent « contrat-signe.pdf », absent de l’échange : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'document-hash-differs': `Les documents du dossier ${ID} ont un fichier (« contrat-signe.pdf ») dont l’empreinte diffère de celle annoncée : l’échange est refusé. Demandez à l’expéditeur de le renvoyer.`,
  'document-of-newer-kind': `Le dossier ${ID} contient un document de type « convention-ptai » que cette version ne connaît pas : l’échange est refusé. ${RESEND}`,
  'encryption-unknown-scheme':
    'Cet échange est chiffré d’une manière que cette application ne connaît pas (ROT13) : installez la dernière version de Contrats CTAI.',
  'encrypted-with-clear-files-beside':
    'Cet échange chiffré ne contient pas son contenu chiffré seul : il est refusé. Demandez à l’expéditeur de le renvoyer.',
};

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
    dossiers: [{ dossier, doc, documents: [scanDocument(new TextEncoder().encode('%PDF-1.7'), 'scan.pdf')] }],
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
    expect(bundle.dossiers[0]!.documents.map((a) => a.name)).toEqual(['scan.pdf']);
  });

  it('has a corpus of at least thirty malformed or malicious bundles, each with its own refusal', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it('refuses every bundle of the corpus, with its code and the French sentence saying what is wrong', async () => {
    for (const item of corpus) {
      const refusal = await verifyBundle(item.bytes, {
        knownKeys: await knownKeys(item),
        requireKnownSender: !!item.requireKnown,
      }).then(
        () => null,
        (error: unknown) => error as { code: string; message: string },
      );
      expect(refusal?.code, item.name).toBe(item.code);
      const expected = REFUSALS[item.name];
      expect(expected, `${item.name} : phrase attendue à écrire dans REFUSALS`).toBeDefined();
      expect(refusal?.message, item.name).toBe(
        typeof expected === 'function' ? expected(await fingerprint(otherKey.spki)) : expected,
      );
    }
  });

  it('refuses the corpus the same way when histories are proved after the commit (dossiers read while the payload is hashed)', async () => {
    for (const item of corpus) {
      // Only the proof of the histories finds this one; after the commit, for a large bundle.
      if (item.name === 'dossier-json-differs-from-history') continue;
      const refusal = await verifyBundle(item.bytes, {
        knownKeys: await knownKeys(item),
        requireKnownSender: !!item.requireKnown,
        historyProofLimit: 0,
      }).then(
        () => null,
        (error: unknown) => error as { code: string; message: string },
      );
      expect(refusal?.code, item.name).toBe(item.code);
      const expected = REFUSALS[item.name];
      expect(refusal?.message, item.name).toBe(
        typeof expected === 'function' ? expected(await fingerprint(otherKey.spki)) : expected,
      );
    }
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
      // The refusal names the bytes it was given, as sha256sum does.
      expect(err, item.name).toContain(
        `SHA-256 du fichier vérifié : ${createHash('sha256').update(item.bytes).digest('hex')}`,
      );
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
    // The verdict names the bytes it was given: the file's SHA-256, as sha256sum gives it.
    expect(both.out).toContain(
      `SHA-256 du fichier vérifié : ${createHash('sha256').update(readFileSync(file)).digest('hex')}`,
    );
    const other = await runCli('bundle', 'verify', '--trust', path.join(dir, 'autre.pem'), file);
    expect(other.code).toBe(1);
    expect(other.err).toContain('[bundle-untrusted-sender]');
    expect(other.err).toMatch(/Comparez cette empreinte .* puis donnez sa clé avec --trust CLE\.pem\./);
    writeFileSync(path.join(dir, 'privee.pem'), key.privateKey.export({ format: 'pem', type: 'pkcs8' }));
    const secret = await runCli('bundle', 'verify', file, '--trust', path.join(dir, 'privee.pem'));
    expect(secret.code).not.toBe(0);
    expect(secret.err).toContain('est une clé privée');
    const extra = await runCli('bundle', 'verify', file, path.join(dir, 'autre.ctai'));
    expect(extra.code).not.toBe(0);
    expect(extra.err).toContain('Un seul échange à la fois');
  });

  it('is refused by the app’s import service, which journals each refusal by its code and changes nothing else', async () => {
    const context = testContext();
    await createDossier(context, { nom: 'Vienne', type: 'commune' });
    const snapshot = async () => ({
      dossiers: await context.db.dossiers.toArray(),
      views: await context.db.dossierViews.toArray(),
      docs: await context.db.dossierDocs.toArray(),
      received: await context.db.receivedBundles.toArray(),
    });
    const before = await snapshot();
    const correspondent = { name: 'Préfecture de l’Isère', service: '', fingerprint: await fingerprint(key.spki) };
    await addCorrespondent(context.db, { ...correspondent, addedAt: context.now().toISOString() });
    const refused: string[] = [];
    const hashes: string[] = [];
    const names: string[] = [];
    // Revoking is for good: the revoked key's case comes last.
    for (const item of [...corpus].sort((a, b) => Number(!!a.revoke) - Number(!!b.revoke))) {
      if (item.revoke) await revokeCorrespondent(context.db, correspondent.fingerprint, context.now());
      const asked: string[] = [];
      const outcome = await importBundle(context, item.bytes, {
        // The screen asks about an unknown sender before unpacking; here the agent does not recognise it.
        askUnknownSender: async (sender) => (asked.push(sender.fingerprint), false),
      });
      if (item.requireKnown) {
        expect(asked, item.name).toEqual([await fingerprint(otherKey.spki)]);
        expect(outcome.status, item.name).toBe('cancelled');
      } else {
        expect(outcome.status === 'refused' && outcome.error.code, item.name).toBe(item.code);
        refused.push(item.code);
        hashes.push(createHash('sha256').update(item.bytes).digest('hex'));
        names.push(item.name);
      }
      expect(await snapshot(), item.name).toEqual(before);
      context.tick();
    }
    const journal = await context.db.journal.orderBy('at').toArray();
    expect(journal.map((line) => line.outcome)).toEqual(refused.map((reason) => ({ code: 'refused', reason })));
    // Each line names the file refused by its hash, and its sender once the signature held.
    expect(journal.map((line) => line.fileSha256)).toEqual(hashes);
    const signer = 'Claire Martin (Préfecture de l’Isère)';
    const correspondentOf = (name: string) => journal[names.indexOf(name)]?.correspondent;
    for (const name of ['tampered-payload-json', 'tampered-attachment', 'revoked-key', 'schema-invalid-dossier'])
      expect(correspondentOf(name), name).toBe(signer);
    for (const name of ['not-a-zip', 'tampered-signature', 'key-swapped', 'tampered-bag-info'])
      expect(correspondentOf(name), name).toBe('');
    expect(journalResultText(journal.find((line) => line.outcome?.code === 'refused')!)).toBe(
      `refusé : ${REFUSAL_TEXT[corpus.find((item) => !item.requireKnown)!.code]}`,
    );
    await context.db.delete();
  });

  it('asks about an unknown sender before unpacking, and adds it to the correspondents with the import', async () => {
    const context = testContext();
    const { bytes } = await validBundle();
    const steps: string[] = [];
    const outcome = await importBundle(context, bytes, {
      onStep: (step) => steps.push(step),
      askUnknownSender: async (sender) => {
        steps.push(`question : ${sender.info.sender.nom}, ${sender.fingerprint}`);
        return true;
      },
    });
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    // Its history was proved before the preview: nothing is left to prove after the commit.
    expect(await outcome.historyProof).toEqual({ proven: 0, withdrawn: [] });
    expect(steps).toEqual([
      'archive',
      'structure',
      'signature',
      'version',
      'sender',
      `question : Claire Martin, ${await fingerprint(key.spki)}`,
      'integrity',
      'dossiers',
    ]);
    expect(await getCorrespondents(context.db)).toEqual([
      expect.objectContaining({ name: 'Claire Martin', fingerprint: await fingerprint(key.spki), revoked: false }),
    ]);
    const [line] = await context.db.journal.toArray();
    expect(line?.outcome).toEqual({ code: 'imported' });
    expect(journalResultText(line!)).toBe('importé');
    await context.db.delete();
  });
});

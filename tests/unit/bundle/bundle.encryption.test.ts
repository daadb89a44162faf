import { sign } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../shared/bundle/bytes';
import { decryptPayload, encryptPayload, passphraseProblem } from '../../../shared/bundle/payload-crypto';
import { verifyBundle } from '../../../shared/bundle/verify-bundle';
import { writeBundle } from '../../../shared/bundle/write-bundle';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import { corpusDossier, testKey, type TestKey } from '../../bundle-corpus/make-corpus';
import { runCli } from '../helpers/run-cli';
import { scanDocument } from '../helpers/scan-document';

const PASSPHRASE = 'cheval agrafe batterie correcte';
const BUNDLE_ID = '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d';
let key: TestKey;

beforeAll(() => {
  key = testKey();
});

async function encryptedBundle() {
  const dossier = corpusDossier();
  const doc = saveDossierDoc(
    createDossierDoc(dossier, { author: { nom: 'A', service: '', site: 'S' }, summary: 's', paths: [] }, new Date()),
  );
  const bytes = await writeBundle({
    name: 'CTAI_38_Test_2026-03-01_1',
    bundleId: BUNDLE_ID,
    sequence: 1,
    createdAt: new Date('2026-03-01T10:00:00Z'),
    sender: { nom: 'Claire Martin', service: 'BIAE', site: 'Préfecture de l’Isère' },
    recipient: '',
    dossiers: [{ dossier, doc, documents: [scanDocument(utf8.encode('%PDF-1.7 scan'), 'scan.pdf')] }],
    publicKey: key.spki,
    sign: async (message) => new Uint8Array(sign(null, message, key.privateKey)),
    passphrase: PASSPHRASE,
  });
  return { dossier, doc, bytes };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'accepted',
    (error: { code?: string }) => error.code ?? String(error),
  );
}

describe('passphrase-encrypted bundles', () => {
  it('hold only ciphertext under data/, which the manifests hash', async () => {
    const { dossier, bytes } = await encryptedBundle();
    const files = unzipSync(bytes);
    const payload = Object.keys(files).filter((name) => name.includes('/data/'));
    expect(payload).toEqual(['CTAI_38_Test_2026-03-01_1/data/payload.enc']);
    const clear = new TextDecoder('latin1').decode(files[payload[0]!]);
    expect(clear).not.toContain(dossier.collectivite.nom);
    const bagInfo = new TextDecoder().decode(files['CTAI_38_Test_2026-03-01_1/bag-info.txt']);
    expect(bagInfo).toMatch(/CTAI-Encryption: AES-256-GCM/);
    expect(bagInfo).toMatch(/CTAI-KDF-Iterations: 600000/);
  });

  it('are verified up to the signature and integrity, then ask for the passphrase', async () => {
    const { bytes } = await encryptedBundle();
    const steps: string[] = [];
    expect(await refusal(verifyBundle(bytes, { onStep: (step) => steps.push(step) }))).toBe(
      'bundle-passphrase-required',
    );
    expect(steps).toEqual(['archive', 'structure', 'signature', 'version', 'sender', 'integrity', 'decryption']);
    expect(await refusal(verifyBundle(bytes, { passphrase: 'une autre phrase de passe' }))).toBe(
      'bundle-wrong-passphrase',
    );
  });

  it('ask for the passphrase once integrity holds, again after a wrong one, without checking twice', async () => {
    const { dossier, bytes } = await encryptedBundle();
    const steps: string[] = [];
    const asked: { wrong: boolean; after: string | undefined }[] = [];
    const answers = ['une autre phrase de passe', PASSPHRASE];
    const bundle = await verifyBundle(bytes, {
      onStep: (step) => steps.push(step),
      passphrase: async (wrong) => {
        asked.push({ wrong, after: steps.at(-1) });
        return answers.shift()!;
      },
    });
    expect(bundle.dossiers[0]!.dossier).toEqual(dossier);
    expect(asked).toEqual([
      { wrong: false, after: 'decryption' },
      { wrong: true, after: 'decryption' },
    ]);
    expect(steps.filter((step) => step === 'integrity')).toHaveLength(1);
    // Giving up (null) ends the verification as if no passphrase had been given.
    expect(await refusal(verifyBundle(bytes, { passphrase: async () => null }))).toBe('bundle-passphrase-required');
  });

  it('give back the dossiers, their history and attachments with the right passphrase', async () => {
    const { dossier, doc, bytes } = await encryptedBundle();
    const bundle = await verifyBundle(bytes, { passphrase: PASSPHRASE });
    expect(bundle.info.encryption?.iterations).toBe(600_000);
    expect(bundle.dossiers).toHaveLength(1);
    expect(bundle.dossiers[0]!.dossier).toEqual(dossier);
    expect(bundle.dossiers[0]!.doc).toEqual(doc);
    const documents = bundle.dossiers[0]!.documents;
    expect(await Promise.all(documents.map(async ({ name, read }) => ({ name, bytes: await read() })))).toEqual([
      { name: 'scan.pdf', bytes: utf8.encode('%PDF-1.7 scan') },
    ]);
  });

  it('refuse a changed ciphertext byte before any decryption', async () => {
    const { bytes } = await encryptedBundle();
    const tampered = bytes.slice();
    // The payload file is stored, so its bytes sit as they are after its local header.
    const name = utf8.encode('data/payload.enc');
    const at = indexOf(tampered, name) + name.length + 40;
    tampered[at] = tampered[at]! ^ 0xff;
    expect(await refusal(verifyBundle(tampered, { passphrase: PASSPHRASE }))).toBe('bundle-payload-hash-mismatch');
  });
});

describe('encrypted bundles on the command line', () => {
  it('are written and read with --passphrase-file, and refused without it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-chiffre-'));
    const run = async (...args: string[]) => {
      const { code, out, err } = await runCli(...args);
      return { code, out: out + err };
    };
    expect((await run('keygen', '--out', dir)).code).toBe(0);
    writeFileSync(path.join(dir, 'dossier.json'), JSON.stringify(corpusDossier()));
    writeFileSync(path.join(dir, 'phrase.txt'), `${PASSPHRASE}\n`);
    writeFileSync(path.join(dir, 'courte.txt'), 'court\n');
    const out = path.join(dir, 'echange.ctai');
    const create = ['bundle', 'create', '--key', dir, '--out', out];
    expect(
      (await run(...create, '--passphrase-file', path.join(dir, 'courte.txt'), path.join(dir, 'dossier.json'))).out,
    ).toMatch(/au moins 12/);
    expect(
      (await run(...create, '--passphrase-file', path.join(dir, 'phrase.txt'), path.join(dir, 'dossier.json'))).code,
    ).toBe(0);
    expect(readFileSync(out).includes(Buffer.from(corpusDossier().collectivite.nom))).toBe(false);
    const locked = await run('bundle', 'verify', out);
    expect(locked.code).toBe(1);
    expect(locked.out).toContain('[bundle-passphrase-required]');
    // The command line has no prompt: it names the option that gives the passphrase.
    expect(locked.out).toMatch(/avec --passphrase-file FICHIER/);
    // A sequence number that is not a whole number of at least 1 is refused before anything is written.
    for (const sequence of ['abc', '0', '-1', '1.5', '99999999999999999999']) {
      const refused = await run(...create, '--sequence', sequence, path.join(dir, 'dossier.json'));
      expect(refused.code, sequence).toBe(2);
      expect(refused.out).toMatch(/--sequence attend le numéro d’ordre de l’échange, un nombre entier à partir de 1/);
    }
    const inspect = await run('bundle', 'inspect', out, '--passphrase-file', path.join(dir, 'phrase.txt'));
    expect(inspect.code).toBe(0);
    expect(JSON.parse(inspect.out)).toMatchObject({ encrypted: true, dossiers: [{ id: corpusDossier().id }] });
    // Saved by a Windows editor: a byte-order mark and CRLF, or a lone CR, are not part of the passphrase.
    for (const [name, content] of [
      ['bom-crlf.txt', `\uFEFF${PASSPHRASE}\r\n`],
      ['cr.txt', `${PASSPHRASE}\r`],
    ]) {
      writeFileSync(path.join(dir, name!), content!);
      expect((await run('bundle', 'inspect', out, '--passphrase-file', path.join(dir, name!))).code, name).toBe(0);
    }
  });
});

describe('chunked AES-256-GCM', () => {
  const plaintext = utf8.encode('x'.repeat(5000) + 'fin');

  it('round-trips across several chunks', async () => {
    const { ciphertext, params } = await encryptPayload(plaintext, PASSPHRASE, BUNDLE_ID, 1024);
    expect(params.chunkSize).toBe(1024);
    expect(await decryptPayload(ciphertext, PASSPHRASE, BUNDLE_ID, params)).toEqual(plaintext);
  });

  it('refuses chunks swapped, cut off, or moved to another bundle', async () => {
    const { ciphertext, params } = await encryptPayload(plaintext, PASSPHRASE, BUNDLE_ID, 1024);
    const sealed = 12 + 1024 + 16;
    const swapped = ciphertext.slice();
    swapped.set(ciphertext.subarray(sealed, 2 * sealed), 0);
    swapped.set(ciphertext.subarray(0, sealed), sealed);
    expect(await refusal(decryptPayload(swapped, PASSPHRASE, BUNDLE_ID, params))).toBe('bundle-wrong-passphrase');
    const secondSwapped = ciphertext.slice();
    secondSwapped.set(ciphertext.subarray(2 * sealed, 3 * sealed), sealed);
    secondSwapped.set(ciphertext.subarray(sealed, 2 * sealed), 2 * sealed);
    expect(await refusal(decryptPayload(secondSwapped, PASSPHRASE, BUNDLE_ID, params))).toBe(
      'bundle-decryption-failed',
    );
    const cut = ciphertext.slice(0, 3 * sealed);
    expect(await refusal(decryptPayload(cut, PASSPHRASE, BUNDLE_ID, params))).toBe('bundle-decryption-failed');
    const other = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(decryptPayload(ciphertext, PASSPHRASE, other, params))).toBe('bundle-wrong-passphrase');
  });

  it('refuses iteration counts below 600 000 or absurdly high', async () => {
    const { ciphertext, params } = await encryptPayload(plaintext, PASSPHRASE, BUNDLE_ID, 1024);
    for (const iterations of [1000, 1e9])
      expect(await refusal(decryptPayload(ciphertext, PASSPHRASE, BUNDLE_ID, { ...params, iterations }))).toBe(
        'bundle-bad-bag-info',
      );
  });

  it('asks for a passphrase of twelve characters at least', () => {
    expect(passphraseProblem('court')).toMatch(/au moins 12 caractères/);
    expect(passphraseProblem(PASSPHRASE)).toBeNull();
  });
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

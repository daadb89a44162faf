// A bundle made by the app checks with standard tools: unzip, sha256sum -c and openssl.
import { execFileSync } from 'node:child_process';
import { sign } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasTool } from '../helpers/tools';
import { describe, expect, it } from 'vitest';
import { writeBundle, zipBag } from '../../../shared/bundle/write-bundle';
import { createDossierDoc, saveDossierDoc } from '../../../shared/sync/dossier-doc';
import { corpusDossier, signedFiles, testKey, type TestKey } from '../../bundle-corpus/make-corpus';
import { scanDocument } from '../helpers/scan-document';

/** An exchange as the app exports it: written file by file by the streaming ZIP writer. */
async function exported(key: TestKey): Promise<Uint8Array> {
  const dossier = corpusDossier();
  const author = { nom: 'Claire Martin', service: '', site: 'Préfecture de l’Isère' };
  const doc = saveDossierDoc(createDossierDoc(dossier, { author, summary: 'essai', paths: [] }, new Date()));
  // Bytes of every value, so that a CRC computed a wrong way could not pass by chance.
  const scan = new Uint8Array(300_000).map((_, i) => (i * 7919) % 256);
  scan.set(new TextEncoder().encode('%PDF-1.7\n'));
  return writeBundle({
    name: 'CTAI_38_Prefecture-de-l-Isere_2026-03-01_1',
    bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
    sequence: 1,
    createdAt: new Date(),
    sender: author,
    recipient: '',
    dossiers: [{ dossier, doc, documents: [scanDocument(scan)] }],
    publicKey: key.spki,
    sign: async (message) => new Uint8Array(sign(null, message, key.privateKey)),
  });
}

// Skipped only where unzip, sha256sum or openssl are missing (CI installs them).
describe.skipIf(!['unzip', 'sha256sum', 'openssl'].every(hasTool))('bundle interoperability', () => {
  it.each([
    [
      'zipped in memory (backups, fixtures)',
      async (key: TestKey) => zipBag(await signedFiles(key, corpusDossier()), new Date()),
    ],
    ['written file by file (exports)', exported],
  ])('%s: passes unzip -t, sha256sum -c on both manifests, and openssl pkeyutl -verify -rawin', async (_, make) => {
    const key = testKey();
    const dir = mkdtempSync(path.join(tmpdir(), 'ctai-interop-'));
    writeFileSync(path.join(dir, 'echange.ctai'), await make(key));
    // unzip -t checks each entry's CRC-32 against the one the archive records.
    expect(execFileSync('unzip', ['-t', 'echange.ctai'], { cwd: dir }).toString()).toMatch(/No errors detected/);
    execFileSync('unzip', ['-q', 'echange.ctai'], { cwd: dir });
    const [bag] = readdirSync(dir).filter((name) => name.startsWith('CTAI_'));
    const cwd = path.join(dir, bag!);
    const payload = execFileSync('sha256sum', ['-c', 'manifest-sha256.txt'], { cwd }).toString();
    expect(payload).toMatch(/\.json: OK/);
    expect(payload).toMatch(/\.automerge: OK/);
    expect(payload).toMatch(/\.pdf: OK/);
    const tags = execFileSync('sha256sum', ['-c', 'tagmanifest-sha256.txt'], { cwd }).toString();
    expect(tags.trim().split('\n')).toHaveLength(4);
    const verify = [
      'pkeyutl',
      '-verify',
      '-pubin',
      '-inkey',
      'sender-key.pem',
      '-rawin',
      '-in',
      'tagmanifest-sha256.txt',
      '-sigfile',
      'signature.ed25519',
    ];
    expect(execFileSync('openssl', verify, { cwd }).toString()).toContain('Signature Verified Successfully');
    // The same check fails once one character of the signed tag manifest changes.
    const signed = readFileSync(path.join(cwd, 'tagmanifest-sha256.txt'), 'utf8');
    writeFileSync(path.join(cwd, 'tagmanifest-sha256.txt'), (signed[0] === '0' ? '1' : '0') + signed.slice(1));
    expect(() => execFileSync('openssl', verify, { cwd, stdio: 'pipe' })).toThrow();
  });
});

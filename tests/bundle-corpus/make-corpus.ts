// A corpus of malformed and malicious .ctai bundles, each with the refusal it must meet.
// Run `npx tsx tests/bundle-corpus/make-corpus.ts DIR` to write them as files; the tests
// import `makeCorpus` directly.
import '@automerge/automerge';
import { generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import {
  APP_VERSION_FOR_FORMAT,
  BAGIT_TXT,
  BUNDLE_FORMAT_MINOR,
  BUNDLE_FORMAT_VERSION,
  formatBagInfo,
} from '../../shared/bundle/bag-format';
import type { BundleErrorCode } from '../../shared/bundle/bundle-error';
import { concatBytes, utf8 } from '../../shared/bundle/bytes';
import { assembleBag, bagZippable, bundlePayload } from '../../shared/bundle/write-bundle';
import type { Dossier } from '../../shared/dossier/dossier-schema';
import { createDossierDoc, saveDossierDoc } from '../../shared/sync/dossier-doc';
import { loadReferentiel } from '../../cli/referentiel-node';
import { generateDemoDossiers } from '../../shared/demo/generate-demo';
import { scanDocument } from '../unit/helpers/scan-document';

export interface CorpusCase {
  name: string;
  bytes: Uint8Array;
  code: BundleErrorCode;
  /** Verify with this key revoked, or requiring a known sender. */
  revoke?: boolean;
  requireKnown?: boolean;
}

export interface TestKey {
  privateKey: KeyObject;
  spki: Uint8Array;
  pem: string;
}

/** The signed scan every corpus bundle carries (named in the bundle by its SHA-256). */
export const CORPUS_SCAN = utf8.encode('%PDF-1.7\n% scan de test\n');

export function testKey(): TestKey {
  const pair = generateKeyPairSync('ed25519');
  return {
    privateKey: pair.privateKey,
    spki: new Uint8Array(pair.publicKey.export({ format: 'der', type: 'spki' })),
    pem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

const NAME = 'CTAI_38_Prefecture-de-l-Isere_2026-03-01_1';
const AT = new Date('2026-03-01T10:00:00Z');

export function corpusDossier(): Dossier {
  return generateDemoDossiers(loadReferentiel().entries, { count: 8, seed: 4 }).find(
    (d) => d.workflow.etape === 'proposition',
  )!;
}

interface Variant {
  payload?: (payload: Map<string, Uint8Array>) => void;
  bagInfo?: (text: string) => string;
  bagit?: string;
  key?: TestKey;
}

/** A bag consistent and signed, with whatever a variant changes before the signing. */
export async function signedFiles(
  key: TestKey,
  dossier: Dossier,
  variant: Variant = {},
): Promise<Map<string, Uint8Array>> {
  const doc = saveDossierDoc(
    createDossierDoc(
      dossier,
      { author: { nom: 'Corpus', service: '', site: 'Tests' }, summary: 'corpus', paths: [] },
      AT,
    ),
  );
  const payload = await bundlePayload([{ dossier, doc, documents: [scanDocument(CORPUS_SCAN)] }]);
  variant.payload?.(payload);
  const signer = variant.key ?? key;
  return assembleBag({
    name: NAME,
    payload,
    bagit: variant.bagit ?? BAGIT_TXT,
    bagInfo: (oxum) => {
      const text = formatBagInfo({
        bundleId: '2f1c7a52-6b0e-4a8e-9c1d-3e5f7a9b1c2d',
        formatVersion: BUNDLE_FORMAT_VERSION,
        formatMinor: BUNDLE_FORMAT_MINOR,
        readerVersion: APP_VERSION_FOR_FORMAT[BUNDLE_FORMAT_VERSION]!,
        sequence: 1,
        createdAt: AT.toISOString(),
        sender: { nom: 'Claire Martin', service: 'Bureau de l’intégration', site: 'Préfecture de l’Isère' },
        recipient: 'Sous-préfecture de Vienne',
        payloadOxum: oxum,
        dossiers: 1,
        encryption: null,
        backupSchemaVersion: null,
      });
      return variant.bagInfo ? variant.bagInfo(text) : text;
    },
    publicKey: signer.spki,
    sign: async (bytes) => new Uint8Array(nodeSign(null, bytes, signer.privateKey)),
  });
}

/** A ZIP written entry by entry, so that names can repeat and attributes be set. */
function rawZip(entries: { name: string; bytes: Uint8Array; symlink?: boolean; store?: boolean }[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const file = entry.store ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: 6 });
    if (entry.symlink) {
      file.os = 3;
      file.attrs = (0o120777 << 16) >>> 0;
    }
    zip.add(file);
    file.push(entry.bytes, true);
  }
  zip.end();
  return concatBytes(chunks);
}

/** The same ZIP with the « names are UTF-8 » flag (bit 11) cleared in every header. */
function withoutUtf8Flag(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 10 < out.length; i++) {
    const signature = view.getUint32(i, true);
    const at = signature === 0x04034b50 ? i + 6 : signature === 0x02014b50 ? i + 8 : -1;
    if (at >= 0) view.setUint16(at, view.getUint16(at, true) & ~0x0800, true);
  }
  return out;
}

function entriesOf(files: Map<string, Uint8Array>) {
  return [...files].map(([name, bytes]) => ({ name, bytes }));
}

function changed(
  files: Map<string, Uint8Array>,
  suffix: string,
  change: (bytes: Uint8Array) => Uint8Array,
): Map<string, Uint8Array> {
  const copy = new Map(files);
  const key = [...copy.keys()].find((name) => name.endsWith(suffix))!;
  copy.set(key, change(copy.get(key)!));
  return copy;
}

/** Where the entry whose name ends with `suffix` is: its central directory header and its local header. */
function zipEntryAt(zip: Uint8Array, suffix: string): { central: number; local: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = utf8.encode(suffix);
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const end = i + 46 + view.getUint16(i + 28, true);
    const name = zip.subarray(end - wanted.length, end);
    if (name.every((byte, k) => byte === wanted[k])) return { central: i, local: view.getUint32(i + 42, true) };
  }
  throw new Error(`No entry ending with ${suffix}`);
}

/** The same ZIP with `change` applied to a copy of its bytes. */
function patched(zip: Uint8Array, change: (bytes: Uint8Array, view: DataView) => void): Uint8Array {
  const copy = zip.slice();
  change(copy, new DataView(copy.buffer));
  return copy;
}

const flipByte = (index: (bytes: Uint8Array) => number) => (bytes: Uint8Array) => {
  const copy = bytes.slice();
  const i = index(copy);
  copy[i] = copy[i]! ^ 0x01;
  return copy;
};

export async function makeCorpus(key: TestKey, attacker: TestKey): Promise<CorpusCase[]> {
  const dossier = corpusDossier();
  const good = await signedFiles(key, dossier);
  const zip = (files: Map<string, Uint8Array>) => zipSync(bagZippable(files, AT));
  const valid = zip(good);
  const jsonPath = [...good.keys()].find((n) => n.endsWith(`/data/dossiers/${corpusDossier().id}.json`))!;
  const cases: CorpusCase[] = [
    { name: 'not-a-zip', bytes: utf8.encode('Ceci est une lettre, pas un échange.'), code: 'bundle-not-zip' },
    { name: 'empty-file', bytes: new Uint8Array(), code: 'bundle-not-zip' },
    { name: 'truncated-end', bytes: valid.subarray(0, valid.length - 100), code: 'bundle-truncated' },
    { name: 'truncated-half', bytes: valid.subarray(0, Math.floor(valid.length / 2)), code: 'bundle-truncated' },
    {
      name: 'tampered-payload-json',
      bytes: zip(
        changed(good, `${corpusDossier().id}.json`, (b) =>
          // Same length, so that the sizes still match the signed Payload-Oxum and the hash is what refuses it.
          utf8.encode(
            new TextDecoder()
              .decode(b)
              .replace(/"beneficiaires":(\d+)/, (_m, n: string) => `"beneficiaires":${'9'.repeat(n.length)}`),
          ),
        ),
      ),
      code: 'bundle-payload-hash-mismatch',
    },
    {
      // Modified so that it is no longer JSON, same length: refused as a modified file, not as an
      // unreadable dossier, even where the dossiers are read while the payload is hashed.
      name: 'tampered-payload-json-unreadable',
      bytes: zip(
        changed(good, `${corpusDossier().id}.json`, (b) => utf8.encode(`X${new TextDecoder().decode(b.subarray(1))}`)),
      ),
      code: 'bundle-payload-hash-mismatch',
    },
    {
      // Its deflated data start with a block of a type DEFLATE does not have (BTYPE 11): the
      // list of the dossier's documents, deflated (its JSON view is stored).
      name: 'payload-does-not-inflate',
      bytes: patched(valid, (bytes, view) => {
        const { local } = zipEntryAt(valid, `${corpusDossier().id}/index.json`);
        bytes[local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)] = 0xff;
      }),
      code: 'bundle-truncated',
    },
    {
      // The directory sends the reader past the end of the archive for one file.
      name: 'local-header-outside',
      bytes: patched(valid, (_, view) => {
        view.setUint32(zipEntryAt(valid, `${corpusDossier().id}.json`).central + 42, valid.length + 10, true);
      }),
      code: 'bundle-truncated',
    },
    {
      name: 'tampered-payload-longer',
      bytes: zip(changed(good, `${corpusDossier().id}.json`, (b) => utf8.encode(`${new TextDecoder().decode(b)} `))),
      code: 'bundle-payload-oxum',
    },
    {
      name: 'tampered-payload-history',
      bytes: zip(
        changed(
          good,
          '.automerge',
          flipByte((b) => b.length - 1),
        ),
      ),
      code: 'bundle-payload-hash-mismatch',
    },
    {
      name: 'tampered-attachment',
      bytes: zip(
        changed(
          good,
          '.pdf',
          flipByte((b) => b.length - 2),
        ),
      ),
      code: 'bundle-payload-hash-mismatch',
    },
    {
      name: 'tampered-manifest',
      bytes: zip(
        changed(
          good,
          'manifest-sha256.txt',
          flipByte(() => 3),
        ),
      ),
      code: 'bundle-tag-hash-mismatch',
    },
    {
      name: 'tampered-bag-info',
      bytes: zip(
        changed(good, 'bag-info.txt', (b) =>
          utf8.encode(new TextDecoder().decode(b).replace('Claire Martin', 'Claude Martin')),
        ),
      ),
      code: 'bundle-tag-hash-mismatch',
    },
    {
      name: 'tampered-tag-manifest',
      bytes: zip(
        changed(
          good,
          'tagmanifest-sha256.txt',
          flipByte(() => 0),
        ),
      ),
      code: 'bundle-signature-invalid',
    },
    {
      name: 'tampered-signature',
      bytes: zip(
        changed(
          good,
          'signature.ed25519',
          flipByte(() => 10),
        ),
      ),
      code: 'bundle-signature-invalid',
    },
    {
      name: 'short-signature',
      bytes: zip(changed(good, 'signature.ed25519', (b) => b.subarray(0, 63))),
      code: 'bundle-signature-invalid',
    },
    {
      name: 'key-swapped',
      bytes: zip(changed(good, 'sender-key.pem', () => utf8.encode(attacker.pem))),
      code: 'bundle-signature-invalid',
    },
    {
      name: 'key-not-pem',
      bytes: zip(changed(good, 'sender-key.pem', () => utf8.encode('pas une clé'))),
      code: 'bundle-bad-key',
    },
    {
      name: 'signed-by-unknown-key',
      bytes: zip(await signedFiles(key, dossier, { key: attacker })),
      code: 'bundle-untrusted-sender',
      requireKnown: true,
    },
    { name: 'revoked-key', bytes: valid, code: 'bundle-revoked-key', revoke: true },
    {
      name: 'path-traversal',
      bytes: rawZip([...entriesOf(good), { name: `${NAME}/data/../../evil.sh`, bytes: utf8.encode('rm -rf /') }]),
      code: 'bundle-path-traversal',
    },
    {
      name: 'path-traversal-at-root',
      bytes: rawZip([{ name: '../evil.sh', bytes: utf8.encode('x') }, ...entriesOf(good)]),
      code: 'bundle-path-traversal',
    },
    {
      name: 'absolute-path',
      bytes: rawZip([...entriesOf(good), { name: '/etc/cron.d/evil', bytes: utf8.encode('x') }]),
      code: 'bundle-absolute-path',
    },
    {
      name: 'drive-letter',
      bytes: rawZip([...entriesOf(good), { name: 'C:/Windows/evil.bat', bytes: utf8.encode('x') }]),
      code: 'bundle-absolute-path',
    },
    {
      name: 'backslash-name',
      bytes: rawZip([...entriesOf(good), { name: `${NAME}\\data\\evil.txt`, bytes: utf8.encode('x') }]),
      code: 'bundle-bad-name',
    },
    {
      name: 'control-character-name',
      bytes: rawZip([...entriesOf(good), { name: `${NAME}/data/a\u0007b.txt`, bytes: utf8.encode('x') }]),
      code: 'bundle-bad-name',
    },
    {
      name: 'not-nfc-name',
      bytes: rawZip([...entriesOf(good), { name: `${NAME}/data/cafe\u0301.txt`, bytes: utf8.encode('x') }]),
      code: 'bundle-bad-name',
    },
    {
      name: 'duplicate-entry',
      bytes: rawZip([...entriesOf(good), { name: jsonPath, bytes: good.get(jsonPath)! }]),
      code: 'bundle-duplicate-entry',
    },
    {
      name: 'symlink',
      bytes: rawZip([
        ...entriesOf(good),
        { name: `${NAME}/data/link`, bytes: utf8.encode('/etc/passwd'), symlink: true, store: true },
      ]),
      code: 'bundle-symlink',
    },
    {
      name: 'unlisted-file',
      bytes: zip(new Map([...good, [`${NAME}/data/extra.txt`, utf8.encode('pas dans le manifeste')]])),
      code: 'bundle-unlisted-file',
    },
    {
      name: 'missing-manifest',
      bytes: zip(new Map([...good].filter(([n]) => !n.endsWith('/manifest-sha256.txt')))),
      code: 'bundle-missing-file',
    },
    {
      name: 'missing-signature',
      bytes: zip(new Map([...good].filter(([n]) => !n.endsWith('signature.ed25519')))),
      code: 'bundle-missing-file',
    },
    {
      name: 'listed-file-missing',
      bytes: zip(new Map([...good].filter(([n]) => !n.endsWith('.pdf')))),
      code: 'bundle-missing-file',
    },
    {
      name: 'name-not-declared-utf8',
      bytes: withoutUtf8Flag(
        rawZip([...entriesOf(good), { name: `${NAME}/data/données.txt`, bytes: utf8.encode('x') }]),
      ),
      code: 'bundle-bad-name',
    },
    {
      name: 'two-bags',
      bytes: zip(new Map([...good, ['AUTRE/bagit.txt', utf8.encode(BAGIT_TXT)]])),
      code: 'bundle-not-one-bag',
    },
    {
      name: 'file-at-root',
      bytes: zip(new Map([...good, ['readme.txt', utf8.encode('x')]])),
      code: 'bundle-not-one-bag',
    },
    {
      name: 'zip-bomb',
      bytes: zipSync({
        [`${NAME}/data/bombe.bin`]: [new Uint8Array(64 * 1024 * 1024), { level: 9 }],
        ...Object.fromEntries([...good].map(([n, b]) => [n, b])),
      }),
      code: 'bundle-zip-bomb',
    },
    {
      name: 'future-format-version',
      bytes: zip(
        await signedFiles(key, dossier, {
          bagInfo: (t) =>
            t
              .replace(/CTAI-Format-Version: \d+/, 'CTAI-Format-Version: 7.2')
              .replace(/CTAI-Reader-Version: .*/, 'CTAI-Reader-Version: 4.1'),
        }),
      ),
      code: 'bundle-future-version',
    },
    {
      name: 'future-format-version-same-reader',
      bytes: zip(
        await signedFiles(key, dossier, {
          bagInfo: (t) => t.replace(/CTAI-Format-Version: \d+/, 'CTAI-Format-Version: 2'),
        }),
      ),
      code: 'bundle-future-version',
    },
    {
      name: 'bag-info-without-id',
      bytes: zip(await signedFiles(key, dossier, { bagInfo: (t) => t.replace(/CTAI-Bundle-Id: .*\n/, '') })),
      code: 'bundle-bad-bag-info',
    },
    {
      name: 'wrong-payload-oxum',
      bytes: zip(
        await signedFiles(key, dossier, { bagInfo: (t) => t.replace(/Payload-Oxum: \d+/, 'Payload-Oxum: 1') }),
      ),
      code: 'bundle-payload-oxum',
    },
    {
      name: 'bagit-version-0.97',
      bytes: zip(
        await signedFiles(key, dossier, { bagit: 'BagIt-Version: 0.97\nTag-File-Character-Encoding: UTF-8\n' }),
      ),
      code: 'bundle-bad-bagit',
    },
    {
      name: 'schema-invalid-dossier',
      bytes: zip(await signedFiles(key, { ...dossier, collectivite: { ...dossier.collectivite, codeInsee: 'XX' } })),
      code: 'bundle-invalid-dossier',
    },
    {
      name: 'dossier-not-json',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) =>
            p.set(
              [...p.keys()].find((k) => k.endsWith('.json'))!,
              utf8.encode('{ pas du json'),
            ),
        }),
      ),
      code: 'bundle-invalid-dossier',
    },
    {
      name: 'dossier-id-mismatch',
      bytes: zip(
        await signedFiles(
          key,
          { ...dossier },
          {
            payload: (p) => {
              const k = [...p.keys()].find((n) => n.endsWith('.json'))!;
              p.set(k, utf8.encode(JSON.stringify({ ...dossier, id: 'autre-id' })));
            },
          },
        ),
      ),
      code: 'bundle-invalid-dossier',
    },
    {
      name: 'history-missing',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => p.delete([...p.keys()].find((k) => k.endsWith('.automerge'))!),
        }),
      ),
      code: 'bundle-missing-file',
    },
    // The strict reader: each case breaks one rule of the payload's layout, signed as a sender would.
    {
      name: 'unknown-payload-file',
      bytes: zip(
        await signedFiles(key, dossier, { payload: (p) => p.set('data/notes/lisez-moi.txt', utf8.encode('?')) }),
      ),
      code: 'bundle-unknown-file',
    },
    {
      name: 'unknown-payload-file-newer-minor',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => p.set('data/notes/lisez-moi.txt', utf8.encode('?')),
          bagInfo: (t) => t.replace(/CTAI-Format-Version: \d+/, 'CTAI-Format-Version: 1.3'),
        }),
      ),
      code: 'bundle-unknown-file',
    },
    {
      name: 'dossier-id-not-a-file-name',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) =>
            p.set('data/dossiers/autre.dossier.automerge', p.get(`data/dossiers/${dossier.id}.automerge`)!),
        }),
      ),
      code: 'bundle-unknown-file',
    },
    {
      name: 'history-without-dossier',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) =>
            p.set('data/dossiers/autre-dossier.automerge', p.get(`data/dossiers/${dossier.id}.automerge`)!),
        }),
      ),
      code: 'bundle-missing-file',
    },
    {
      name: 'dossier-json-differs-from-history',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => {
            const k = `data/dossiers/${dossier.id}.json`;
            const json = JSON.parse(new TextDecoder().decode(p.get(k))) as Dossier;
            json.collectivite.nom = 'Commune falsifiée';
            p.set(k, utf8.encode(JSON.stringify(json, null, 2)));
          },
        }),
      ),
      code: 'bundle-history-mismatch',
    },
    {
      name: 'dossier-count-differs',
      bytes: zip(
        await signedFiles(key, dossier, { bagInfo: (t) => t.replace('CTAI-Dossiers: 1', 'CTAI-Dossiers: 2') }),
      ),
      code: 'bundle-dossier-count',
    },
    {
      name: 'document-unlisted',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => p.set(`data/documents/${dossier.id}/annexe.pdf`, utf8.encode('%PDF-1.7 annexe')),
        }),
      ),
      code: 'bundle-bad-documents',
    },
    {
      name: 'document-listed-absent',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => {
            for (const k of [...p.keys()]) if (k.endsWith('.pdf')) p.delete(k);
          },
        }),
      ),
      code: 'bundle-bad-documents',
    },
    {
      name: 'document-hash-differs',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => {
            const k = [...p.keys()].find((n) => n.endsWith('.pdf'))!;
            p.set(k, utf8.encode('%PDF-1.7 autre contenu'));
          },
        }),
      ),
      code: 'bundle-bad-documents',
    },
    {
      name: 'document-of-newer-kind',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => {
            const k = `data/documents/${dossier.id}/index.json`;
            const index = JSON.parse(new TextDecoder().decode(p.get(k))) as { documents: { kind: string }[] };
            index.documents[0]!.kind = 'convention-ptai';
            p.set(k, utf8.encode(JSON.stringify(index)));
          },
        }),
      ),
      code: 'bundle-bad-documents',
    },
    {
      name: 'encryption-unknown-scheme',
      bytes: zip(
        await signedFiles(key, dossier, {
          bagInfo: (t) => `${t}CTAI-Encryption: ROT13\nCTAI-Key-Derivation: aucune\nCTAI-KDF-Salt: AAAA\n`,
        }),
      ),
      code: 'bundle-bad-bag-info',
    },
    {
      name: 'encrypted-with-clear-files-beside',
      bytes: zip(
        await signedFiles(key, dossier, {
          payload: (p) => p.set('data/payload.enc', new Uint8Array(64)),
          bagInfo: (t) =>
            `${t}CTAI-Encryption: AES-256-GCM\nCTAI-Key-Derivation: PBKDF2-SHA256\nCTAI-KDF-Iterations: 600000\nCTAI-KDF-Salt: AAAAAAAAAAAAAAAAAAAAAA==\nCTAI-Chunk-Size: 1048576\n`,
        }),
      ),
      code: 'bundle-bad-manifest',
    },
  ];
  return cases;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dir = process.argv[2] ?? 'test-results/bundle-corpus';
  mkdirSync(dir, { recursive: true });
  const key = testKey();
  writeFileSync(path.join(dir, 'cle-publique.pem'), key.pem);
  for (const item of await makeCorpus(key, testKey())) writeFileSync(path.join(dir, `${item.name}.ctai`), item.bytes);
  console.log(`Corpus écrit dans ${dir}.`);
}

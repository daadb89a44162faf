// Writes a signed .ctai bundle. The signing key never reaches this code: it gets a `sign`
// function from the platform (Electron main process, browser key store, or the command line).
import { zipSync, type Zippable } from 'fflate';
import type { Dossier } from '../dossier/dossier-schema';
import {
  BAGIT_TXT,
  BUNDLE_FORMAT_VERSION,
  dossierDocPath,
  dossierJsonPath,
  documentPath,
  formatBagInfo,
  formatManifest,
  SIGNATURE_FILE,
  SIGNED_FILE,
  type BagInfo,
} from './bag-format';
import { sha256Hex, spkiToPem, utf8 } from './bytes';

export interface BundleDossier {
  dossier: Dossier;
  /** Its Automerge document, carrying the full change history. */
  doc: Uint8Array;
  attachments?: { name: string; bytes: Uint8Array }[];
}

export interface BundleInput {
  name: string;
  bundleId: string;
  sequence: number;
  createdAt: Date;
  sender: BagInfo['sender'];
  recipient: string;
  dossiers: BundleDossier[];
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Promise<Uint8Array>;
}

export async function writeBundle(input: BundleInput): Promise<Uint8Array> {
  const payload = new Map<string, Uint8Array>();
  for (const { dossier, doc, attachments } of input.dossiers) {
    payload.set(dossierJsonPath(dossier.id), utf8.encode(JSON.stringify(dossier, null, 2) + '\n'));
    payload.set(dossierDocPath(dossier.id), doc);
    for (const attachment of attachments ?? [])
      payload.set(documentPath(dossier.id, attachment.name), attachment.bytes);
  }
  const paths = [...payload.keys()].sort();
  const manifest = formatManifest(
    await Promise.all(paths.map(async (path) => ({ path, hash: await sha256Hex(payload.get(path)!) }))),
  );
  const octets = paths.reduce((sum, path) => sum + payload.get(path)!.length, 0);
  const tags = new Map<string, Uint8Array>([
    ['bagit.txt', utf8.encode(BAGIT_TXT)],
    [
      'bag-info.txt',
      utf8.encode(
        formatBagInfo({
          bundleId: input.bundleId,
          formatVersion: BUNDLE_FORMAT_VERSION,
          sequence: input.sequence,
          createdAt: input.createdAt.toISOString(),
          sender: input.sender,
          recipient: input.recipient,
          payloadOxum: `${octets}.${paths.length}`,
          dossiers: input.dossiers.length,
        }),
      ),
    ],
    ['manifest-sha256.txt', utf8.encode(manifest)],
    ['sender-key.pem', utf8.encode(spkiToPem(input.publicKey))],
  ]);
  const tagManifest = utf8.encode(
    formatManifest(
      await Promise.all([...tags.entries()].map(async ([path, bytes]) => ({ path, hash: await sha256Hex(bytes) }))),
    ),
  );
  const signature = await input.sign(tagManifest);
  const files: Zippable = {};
  const mtime = input.createdAt;
  const put = (path: string, bytes: Uint8Array, level: 0 | 6) => {
    files[`${input.name}/${path}`] = [bytes, { level, mtime }];
  };
  for (const [path, bytes] of tags) put(path, bytes, 6);
  put(SIGNED_FILE, tagManifest, 6);
  put(SIGNATURE_FILE, signature, 0);
  // PDFs are already compressed: deflate gains nothing on them and costs eight times the time.
  for (const path of paths) put(path, payload.get(path)!, path.endsWith('.pdf') ? 0 : 6);
  return zipSync(files);
}

// Writes a signed .ctai bundle. The signing key never reaches this code: it gets a `sign`
// function from the platform (Electron main process, browser key store, or the command line).
import { zip, type Zippable } from 'fflate';
import type { Dossier } from '../dossier/dossier-schema';
import {
  BAGIT_TXT,
  APP_VERSION_FOR_FORMAT,
  BUNDLE_FORMAT_MINOR,
  BUNDLE_FORMAT_VERSION,
  dossierDocPath,
  dossierJsonPath,
  ENCRYPTED_PAYLOAD,
  formatBagInfo,
  isBundleDossierId,
  formatManifest,
  SIGNATURE_FILE,
  SIGNED_FILE,
} from './bag-format';
import { BundleError } from './bundle-error';
import { documentFilePath, documentIndexPath, formatDocumentIndex, type BundleDocument } from './bundle-documents';
import { sha256Hex, spkiToPem, utf8 } from './bytes';
import { encryptPayload, type EncryptionParams } from './payload-crypto';

export interface BundleDossier {
  dossier: Dossier;
  /** Its Automerge document, carrying the full change history. */
  doc: Uint8Array;
  /** Its generated documents and signed scans (see bundle-documents.ts). */
  documents?: BundleDocument[];
}

export interface BundleInput {
  name: string;
  bundleId: string;
  sequence: number;
  createdAt: Date;
  sender: { nom: string; service: string; site: string };
  recipient: string;
  dossiers: BundleDossier[];
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Promise<Uint8Array>;
  /** When given, the payload travels encrypted (see payload-crypto.ts). */
  passphrase?: string;
}

export interface BagParts {
  name: string;
  payload: Map<string, Uint8Array>;
  bagit: string;
  /** bag-info.txt, given the Payload-Oxum computed from the payload. */
  bagInfo: (payloadOxum: string) => string;
  publicKey: Uint8Array;
  sign: (bytes: Uint8Array) => Promise<Uint8Array>;
}

/** Every file of a signed bag, by its path inside the archive (manifests and signature computed). */
export async function assembleBag(parts: BagParts): Promise<Map<string, Uint8Array>> {
  const paths = [...parts.payload.keys()].sort();
  const manifest = formatManifest(
    await Promise.all(paths.map(async (path) => ({ path, hash: await sha256Hex(parts.payload.get(path)!) }))),
  );
  const octets = paths.reduce((sum, path) => sum + parts.payload.get(path)!.length, 0);
  const tags = new Map<string, Uint8Array>([
    ['bagit.txt', utf8.encode(parts.bagit)],
    ['bag-info.txt', utf8.encode(parts.bagInfo(`${octets}.${paths.length}`))],
    ['manifest-sha256.txt', utf8.encode(manifest)],
    ['sender-key.pem', utf8.encode(spkiToPem(parts.publicKey))],
  ]);
  const tagManifest = utf8.encode(
    formatManifest(
      await Promise.all([...tags.entries()].map(async ([path, bytes]) => ({ path, hash: await sha256Hex(bytes) }))),
    ),
  );
  const files = new Map<string, Uint8Array>();
  for (const [path, bytes] of tags) files.set(`${parts.name}/${path}`, bytes);
  files.set(`${parts.name}/${SIGNED_FILE}`, tagManifest);
  files.set(`${parts.name}/${SIGNATURE_FILE}`, await parts.sign(tagManifest));
  for (const path of paths) files.set(`${parts.name}/${path}`, parts.payload.get(path)!);
  return files;
}

// Deflate gains nothing on these and costs eight times the time: they are stored.
const INCOMPRESSIBLE = ['.pdf', SIGNATURE_FILE, ENCRYPTED_PAYLOAD];

/** The given files, by path, as fflate takes them, each with its compression level. */
export function bagZippable(files: Map<string, Uint8Array>, mtime: Date): Zippable {
  const zippable: Zippable = {};
  for (const [path, bytes] of files)
    zippable[path] = [bytes, { level: INCOMPRESSIBLE.some((end) => path.endsWith(end)) ? 0 : 6, mtime }];
  return zippable;
}

/**
 * A ZIP of the given files. Asynchronous: fflate deflates large files (a backup's tables) in a
 * worker, so the screens stay responsive while a backup or a large export is written.
 */
export function zipBag(files: Map<string, Uint8Array>, mtime: Date): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    zip(bagZippable(files, mtime), (error, data) => (error ? reject(error) : resolve(data))),
  );
}

/** The payload sealed into one file: the ZIP of its files, encrypted with the passphrase. */
async function sealPayload(
  payload: Map<string, Uint8Array>,
  passphrase: string,
  bundleId: string,
  mtime: Date,
): Promise<{ payload: Map<string, Uint8Array>; encryption: EncryptionParams }> {
  const { ciphertext, params } = await encryptPayload(await zipBag(payload, mtime), passphrase, bundleId);
  return { payload: new Map([[ENCRYPTED_PAYLOAD, ciphertext]]), encryption: params };
}

/**
 * The payload files of these dossiers. A document's SHA-256 is computed here from its bytes (the
 * receiver checks the index against the signed manifest), not taken from where it was stored.
 */
export async function bundlePayload(dossiers: readonly BundleDossier[]): Promise<Map<string, Uint8Array>> {
  const payload = new Map<string, Uint8Array>();
  for (const { dossier, doc, documents } of dossiers) {
    if (!isBundleDossierId(dossier.id))
      throw new BundleError(
        'bundle-bad-dossier-id',
        `Le dossier ${dossier.collectivite.nom || 'sans nom'} a un identifiant (« ${dossier.id.slice(0, 80)} ») qui ne peut pas nommer un fichier de l’échange : lettres, chiffres, « - » et « _ » seulement, 64 au plus. Corrigez l’identifiant dans le fichier du dossier.`,
      );
    payload.set(dossierJsonPath(dossier.id), utf8.encode(JSON.stringify(dossier, null, 2) + '\n'));
    payload.set(dossierDocPath(dossier.id), doc);
    if (!documents?.length) continue;
    const hashed = await Promise.all(
      documents.map(async (document) => ({ ...document, sha256: await sha256Hex(document.bytes) })),
    );
    payload.set(documentIndexPath(dossier.id), utf8.encode(formatDocumentIndex(hashed)));
    for (const document of hashed) payload.set(documentFilePath(dossier.id, document), document.bytes);
  }
  return payload;
}

export async function writeBundle(input: BundleInput): Promise<Uint8Array> {
  return writeBag({ ...input, payload: await bundlePayload(input.dossiers), dossierCount: input.dossiers.length });
}

export interface BagInput extends Omit<BundleInput, 'dossiers'> {
  payload: Map<string, Uint8Array>;
  dossierCount: number;
  /** Set for a backup of the whole database: the schema version its tables follow. */
  backupSchemaVersion?: number;
}

/** A signed bag of any payload under data/ (an exchange's dossiers, or a backup's tables). */
export async function writeBag(input: BagInput): Promise<Uint8Array> {
  const { payload, encryption } = input.passphrase
    ? await sealPayload(input.payload, input.passphrase, input.bundleId, input.createdAt)
    : { payload: input.payload, encryption: null };
  const files = await assembleBag({
    name: input.name,
    payload,
    bagit: BAGIT_TXT,
    bagInfo: (payloadOxum) =>
      formatBagInfo({
        bundleId: input.bundleId,
        formatVersion: BUNDLE_FORMAT_VERSION,
        formatMinor: BUNDLE_FORMAT_MINOR,
        readerVersion: APP_VERSION_FOR_FORMAT[BUNDLE_FORMAT_VERSION]!,
        sequence: input.sequence,
        createdAt: input.createdAt.toISOString(),
        sender: input.sender,
        recipient: input.recipient,
        payloadOxum,
        dossiers: input.dossierCount,
        encryption,
        backupSchemaVersion: input.backupSchemaVersion ?? null,
      }),
    publicKey: input.publicKey,
    sign: input.sign,
  });
  return zipBag(files, input.createdAt);
}

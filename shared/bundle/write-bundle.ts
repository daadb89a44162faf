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
import {
  documentFilePath,
  documentIndexPath,
  formatDocumentIndex,
  type BundleDocument,
  type DocumentEntry,
} from './bundle-documents';
import { memorySink, type ByteSink } from './byte-source';
import { sha256Hex, spkiToPem, utf8 } from './bytes';
import { encryptPayload, type EncryptionParams } from './payload-crypto';
import { compressionLevel, ZipWriter } from './zip-writer';

/** A document to send: its entry, and its bytes read when the writer reaches it (one at a time). */
export interface OutgoingDocument extends Omit<BundleDocument, 'sha256' | 'bytes'> {
  read: () => Promise<Uint8Array>;
}

export interface BundleDossier {
  dossier: Dossier;
  /** Its Automerge document, carrying the full change history. */
  doc: Uint8Array;
  /** Its generated documents and signed scans (see bundle-documents.ts). */
  documents?: OutgoingDocument[];
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

/**
 * The control files of a signed bag, by their path inside the archive, in the order they are
 * written: bagit.txt, bag-info.txt, the payload manifest, the sender's key, then the tag manifest
 * and its signature. `manifest`: each payload file's path in the bag and SHA-256; `octets`: their
 * total size.
 */
async function signedTagFiles(
  parts: Omit<BagParts, 'payload'>,
  manifest: { path: string; hash: string }[],
  octets: number,
): Promise<[string, Uint8Array][]> {
  const sorted = [...manifest].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const tags = new Map<string, Uint8Array>([
    ['bagit.txt', utf8.encode(parts.bagit)],
    ['bag-info.txt', utf8.encode(parts.bagInfo(`${octets}.${manifest.length}`))],
    ['manifest-sha256.txt', utf8.encode(formatManifest(sorted))],
    ['sender-key.pem', utf8.encode(spkiToPem(parts.publicKey))],
  ]);
  const tagManifest = utf8.encode(
    formatManifest(
      await Promise.all([...tags.entries()].map(async ([path, bytes]) => ({ path, hash: await sha256Hex(bytes) }))),
    ),
  );
  return [
    ...[...tags].map(([path, bytes]): [string, Uint8Array] => [`${parts.name}/${path}`, bytes]),
    [`${parts.name}/${SIGNED_FILE}`, tagManifest],
    [`${parts.name}/${SIGNATURE_FILE}`, await parts.sign(tagManifest)],
  ];
}

/** Every file of a signed bag, by its path inside the archive (manifests and signature computed). */
export async function assembleBag(parts: BagParts): Promise<Map<string, Uint8Array>> {
  const paths = [...parts.payload.keys()].sort();
  const manifest = await Promise.all(
    paths.map(async (path) => ({ path, hash: await sha256Hex(parts.payload.get(path)!) })),
  );
  const octets = paths.reduce((sum, path) => sum + parts.payload.get(path)!.length, 0);
  const files = new Map(await signedTagFiles(parts, manifest, octets));
  for (const path of paths) files.set(`${parts.name}/${path}`, parts.payload.get(path)!);
  return files;
}

/** The given files, by path, as fflate takes them, each with its compression level. */
export function bagZippable(files: Map<string, Uint8Array>, mtime: Date): Zippable {
  const zippable: Zippable = {};
  for (const [path, bytes] of files) zippable[path] = [bytes, { level: compressionLevel(path), mtime }];
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

interface PayloadEntry {
  /** Path in the bag (data/…). */
  path: string;
  bytes: Uint8Array;
  /** Its SHA-256 when already computed (a document's, which names its file). */
  sha256?: string;
}

/**
 * The payload files of these dossiers, one at a time, each document read only when its turn
 * comes. A document's SHA-256 is computed here from its bytes (the receiver checks the index
 * against the signed manifest), not taken from where it was stored.
 */
async function* payloadEntries(dossiers: readonly BundleDossier[]): AsyncGenerator<PayloadEntry> {
  for (const { dossier, doc } of dossiers) {
    if (!isBundleDossierId(dossier.id))
      throw new BundleError(
        'bundle-bad-dossier-id',
        `Le dossier ${dossier.collectivite.nom || 'sans nom'} a un identifiant (« ${dossier.id.slice(0, 80)} ») qui ne peut pas nommer un fichier de l’échange : lettres, chiffres, « - » et « _ » seulement, 64 au plus. Corrigez l’identifiant dans le fichier du dossier.`,
      );
    // Without indentation: a third smaller, and as quick again to write and to read.
    yield { path: dossierJsonPath(dossier.id), bytes: utf8.encode(JSON.stringify(dossier) + '\n') };
    yield { path: dossierDocPath(dossier.id), bytes: doc };
  }
  // The documents after every dossier, and their lists after them: the reader keeps the dossiers
  // and the lists and lets the documents go, so each of the two is one run of the file, read in
  // its order. Each document is read and hashed (by the platform's threads) up to READ_AHEAD
  // before its turn, so that reading the next ones goes on while this one is written.
  const queued = dossiers.flatMap(({ dossier, documents }) =>
    (documents ?? []).map((document) => ({ dossier, document })),
  );
  const reading: Promise<{ bytes: Uint8Array; sha256: string }>[] = [];
  const readNext = () => {
    const { document } = queued[reading.length]!;
    const read = document.read().then(async (bytes) => ({ bytes, sha256: await sha256Hex(bytes) }));
    // Marked as handled: a failure is thrown when its turn comes, not as unhandled before.
    read.catch(() => undefined);
    reading.push(read);
  };
  const indexes: PayloadEntry[] = [];
  let entries: DocumentEntry[] = [];
  // One file per content: the same bytes listed twice in the index travel once.
  let sent = new Set<string>();
  for (const [i, { dossier, document }] of queued.entries()) {
    while (reading.length < Math.min(queued.length, i + READ_AHEAD)) readNext();
    const { bytes, sha256 } = await reading[i]!;
    delete reading[i];
    const { read: _read, ...entry } = document;
    entries.push({ ...entry, sha256 });
    const path = documentFilePath(dossier.id, { sha256, format: document.format });
    if (!sent.has(path)) {
      sent.add(path);
      yield { path, bytes, sha256 };
    }
    if (queued[i + 1]?.dossier !== dossier) {
      indexes.push({ path: documentIndexPath(dossier.id), bytes: utf8.encode(formatDocumentIndex(entries)) });
      entries = [];
      sent = new Set();
    }
  }
  yield* indexes;
}

/** Documents read and hashed ahead of the one being written (each a few megabytes at most, usually). */
const READ_AHEAD = 3;

/**
 * The items of `items`, each next one asked for as soon as the current one is handed over: the
 * next file is prepared (a dossier's view written out, a document's turn awaited) while this one
 * is written.
 */
async function* oneAhead<T>(items: AsyncIterator<T>): AsyncGenerator<T> {
  let next = items.next();
  try {
    for (;;) {
      const current = await next;
      if (current.done) return;
      next = items.next();
      yield current.value;
    }
  } finally {
    // Stopped early (an error while writing): the step already asked for must not reject unheard.
    next.catch(() => undefined);
  }
}

/** The payload files of these dossiers, in memory, by their path in the bag. */
export async function bundlePayload(dossiers: readonly BundleDossier[]): Promise<Map<string, Uint8Array>> {
  const payload = new Map<string, Uint8Array>();
  for await (const { path, bytes } of payloadEntries(dossiers)) payload.set(path, bytes);
  return payload;
}

/**
 * Writes a signed bundle into `sink`, file by file: each dossier's files and each document, read
 * one at a time, are written as they come and only their digests kept for the manifest, so the
 * memory an export takes does not grow with its documents. An encrypted bundle is sealed in
 * memory first (its payload is one ciphertext). Resolves with the bundle's size in bytes.
 */
export async function writeBundleTo(input: BundleInput, sink: ByteSink): Promise<{ size: number }> {
  if (input.passphrase) {
    const bytes = await writeBag({
      ...input,
      payload: await bundlePayload(input.dossiers),
      dossierCount: input.dossiers.length,
    });
    await sink.write(bytes);
    return { size: bytes.length };
  }
  const zip = new ZipWriter(sink, input.createdAt);
  // Each file's digest is computed (by WebCrypto, off this thread) while the next is written; the
  // manifest waits for them all at the end. WebCrypto hashes its own copy: `bytes` may go.
  const hashes: Promise<{ path: string; hash: string }>[] = [];
  let octets = 0;
  for await (const { path, bytes, sha256 } of oneAhead(payloadEntries(input.dossiers))) {
    const hash = sha256 ?? sha256Hex(bytes);
    hashes.push(Promise.resolve(hash).then((digest) => ({ path, hash: digest })));
    hashes.at(-1)!.catch(() => undefined);
    await zip.add(`${input.name}/${path}`, bytes);
    octets += bytes.length;
  }
  const manifest = await Promise.all(hashes);
  const parts = bagParts({ ...input, dossierCount: input.dossiers.length }, null);
  for (const [path, bytes] of await signedTagFiles(parts, manifest, octets)) await zip.add(path, bytes);
  return { size: await zip.end() };
}

/** A signed bundle, in memory (see writeBundleTo). */
export async function writeBundle(input: BundleInput): Promise<Uint8Array> {
  const sink = memorySink();
  await writeBundleTo(input, sink);
  return sink.bytes();
}

export interface BagInput extends Omit<BundleInput, 'dossiers'> {
  payload: Map<string, Uint8Array>;
  dossierCount: number;
  /** Set for a backup of the whole database: the schema version its tables follow. */
  backupSchemaVersion?: number;
}

/** What a bag's control files are made of, for this input and its encryption. */
function bagParts(input: Omit<BagInput, 'payload'>, encryption: EncryptionParams | null): Omit<BagParts, 'payload'> {
  return {
    name: input.name,
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
  };
}

/**
 * A signed bag of any payload under data/ (a backup's tables, or an encrypted exchange), in
 * memory: deflated in fflate's workers, so the screens stay responsive while a backup is written.
 */
export async function writeBag(input: BagInput): Promise<Uint8Array> {
  const { payload, encryption } = input.passphrase
    ? await sealPayload(input.payload, input.passphrase, input.bundleId, input.createdAt)
    : { payload: input.payload, encryption: null };
  const files = await assembleBag({ ...bagParts(input, encryption), payload });
  return zipBag(files, input.createdAt);
}
